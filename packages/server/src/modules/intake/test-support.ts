import { helpNeedAreas } from '@havn/domain';
import { expect } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { demoUser, type Session } from '../../../test/auth.ts';

/* Helpers for the intake API tests: requests as staff would make them, and looks at the rows. */

export const call = (
  t: TestApp,
  session: Session,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
) => t.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

export async function ok<T = Record<string, unknown>>(
  response: Promise<{ statusCode: number; body: string; json: () => unknown }>,
  status = 200,
): Promise<T> {
  const res = await response;
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

export async function staffId(t: TestApp, role: Parameters<typeof demoUser>[0], centre: string) {
  const row = await t.database.db
    .selectFrom('staff_users')
    .select('id')
    .where('username', '=', demoUser(role, centre))
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function intakeAudit(t: TestApp) {
  return t.database.db
    .selectFrom('audit_entries')
    .select(['action', 'verb', 'outcome', 'record_type', 'record_id', 'fields', 'reason'])
    .where('action', 'like', 'intake.%')
    .orderBy('seq')
    .execute();
}

/** Every help-need area answered. */
export const allNeeds = (level = 'some') =>
  Object.fromEntries(helpNeedAreas.map((a) => [a, { level, note: null }]));
