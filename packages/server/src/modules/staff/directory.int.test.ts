import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
  await withDemoCentre(t, 'bergen');
  await withDemoCentre(t, 'trondheim');
  await t.app.ready();
});
afterEach(async () => t.close());

interface Entry {
  id: string;
  name: string;
  roles: string[];
}
const directory = async (session: Session) => {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/staff/directory',
    headers: session.headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { staff: Entry[] };
};
const staffRow = (username: string) =>
  t.database.db
    .selectFrom('staff_users')
    .select(['id', 'version', 'display_name'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();

describe('staff directory', () => {
  it('gives a night watch the names and roles of casework colleagues, nothing more', async () => {
    const body = await directory(await loginAs(t, 'night_watch'));
    expect(Object.keys(body)).toEqual(['staff']);
    for (const entry of body.staff)
      expect(Object.keys(entry).sort()).toEqual(['id', 'name', 'roles']);
    const coordinator = await staffRow('koordinator');
    expect(body.staff).toContainEqual({
      id: coordinator.id,
      name: coordinator.display_name,
      roles: ['coordinator'],
    });
    const roles = new Set(body.staff.flatMap((s) => s.roles));
    expect(roles.has('night_watch') && roles.has('unit_leader')).toBe(true);
    // Finance, the system administrator and the municipality contact do no casework.
    const ids = body.staff.map((s) => s.id);
    for (const username of ['okonomi', 'admin', 'kommune'])
      expect(ids).not.toContain((await staffRow(username)).id);
  });

  it('never lists the staff of another centre', async () => {
    const body = await directory(await loginAs(t, 'coordinator'));
    const other = await staffRow('koordinator.trondheim');
    expect(body.staff.map((s) => s.id)).not.toContain(other.id);
    expect(body.staff.length).toBeGreaterThan(0);
  });

  it('drops a deactivated colleague', async () => {
    const leader = await loginAs(t, 'unit_leader');
    const watch = await staffRow('nattevakt');
    expect((await directory(leader)).staff.map((s) => s.id)).toContain(watch.id);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/staff/${watch.id}/deactivate`,
      headers: leader.headers,
      payload: { version: watch.version },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await directory(leader)).staff.map((s) => s.id)).not.toContain(watch.id);
  });

  it('is closed to roles without casework', async () => {
    const finance = await loginAs(t, 'finance');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/staff/directory',
      headers: finance.headers,
    });
    expect(res.statusCode).toBe(403);
  });
});
