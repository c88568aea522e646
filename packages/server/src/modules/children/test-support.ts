import type { Role } from '@havn/domain';
import { expect } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { loginAs, type Session } from '../../../test/auth.ts';
import {
  bedsIn,
  getBoard,
  newPerson,
  post,
  startShift,
  startStay,
} from '../capacity/test-support.ts';

/*
 * Helpers for the children API tests: a stay with a mother and a child, made through the people
 * and capacity APIs as staff would, and sessions that are on shift.
 */

export interface StayWithChild {
  stayId: string;
  motherId: string;
  childId: string;
  childPath: string;
}

/** A mother and a six-year-old in Trondheim's women's centre, room 5. */
export async function stayWithChild(
  t: TestApp,
  leader: Session,
  names: { mother: string; child: string } = { mother: 'Sol', child: 'Stjerne' },
): Promise<StayWithChild> {
  const motherId = await newPerson(t, leader, {
    alias: names.mother,
    firstName: 'Marit',
    lastName: 'Hansen',
    gender: 'female',
  });
  const childId = await newPerson(t, leader, {
    alias: names.child,
    firstName: 'Ida',
    lastName: 'Hansen',
    isChild: true,
    birthDate: '2020-02-29',
    adultIds: [motherId],
  });
  const board = await getBoard(t, leader);
  const [bed, second] = bedsIn(board, 'Kvinnesenteret', 'Rom 5');
  const res = await startStay(t, leader, {
    personId: motherId,
    bedId: bed!.id,
    children: [{ personId: childId, bedId: second!.id }],
  });
  expect(res.statusCode, res.body).toBe(201);
  const stayId = res.json().id as string;
  return { stayId, motherId, childId, childPath: `/api/stays/${stayId}/children/${childId}` };
}

/** Logged in and on shift, as casework staff must be to open a stay without another relation. */
export async function onShift(t: TestApp, role: Role, centre = 'trondheim'): Promise<Session> {
  const session = await loginAs(t, role, centre);
  expect((await startShift(t, session)).statusCode).toBe(200);
  return session;
}

export const get = (t: TestApp, session: Session, url: string) =>
  t.app.inject({ method: 'GET', url, headers: session.headers });

export const put = (t: TestApp, session: Session, url: string, payload: object) =>
  t.app.inject({ method: 'PUT', url, headers: session.headers, payload });

export { post };

/** Registers a concern about the child and answers its id. */
export async function newConcern(
  t: TestApp,
  session: Session,
  stay: StayWithChild,
  concern = 'Barnet forteller at far slo mor foran henne, og er redd for å dra hjem.',
): Promise<string> {
  const res = await post(t, session, `${stay.childPath}/concerns`, { concern });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** The audit entries of one record, oldest first. */
export const auditOf = (t: TestApp, recordId: string) =>
  t.database.db
    .selectFrom('audit_entries')
    .select(['action', 'verb', 'outcome', 'record_type', 'fields', 'actor', 'reason'])
    .where('record_id', '=', recordId)
    .orderBy('seq')
    .execute();
