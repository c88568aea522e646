import { roles, type Role } from '@havn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { demoUser, loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import { createStaff } from './create-staff.ts';

/**
 * Who may grant which role, through the API: every role as granter × every role granted, to
 * her own account, to a colleague of the same centre and to someone of another centre. The
 * expectations are written out here, apart from the domain's table, so a change to either shows.
 */
const grants: Record<Role, 'gate' | readonly Role[]> = {
  unit_leader: roles,
  system_admin: ['finance', 'system_admin', 'municipality_contact'],
  coordinator: 'gate',
  children_coordinator: 'gate',
  night_watch: 'gate',
  on_call_substitute: 'gate',
  finance: 'gate',
  municipality_contact: 'gate',
};

let t: TestApp;
let bergen: string;
let trondheim: string;
const sessions = new Map<Role, Session>();
let created = 0;

beforeAll(async () => {
  t = await testApp();
  bergen = await withDemoCentre(t, 'bergen');
  trondheim = await withDemoCentre(t, 'trondheim');
  await t.app.ready();
  for (const role of roles) sessions.set(role, await loginAs(t, role));
});
afterAll(async () => t.close());

/** A fresh account, so that each case starts from the same roles and version. */
const account = async (centreId: string, held: Role[] = ['finance']) =>
  (
    await createStaff(
      t.ctx,
      { system: 'system:test' },
      {
        centreId,
        username: `target.${++created}`,
        displayName: `Target ${created}`,
        roles: held,
      },
    )
  ).id;

const idOf = async (username: string) =>
  (
    await t.database.db
      .selectFrom('staff_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).id;

const rolesOf = async (id: string) =>
  (await t.database.db.selectFrom('staff_roles').select('role').where('user_id', '=', id).execute())
    .map((r) => r.role)
    .sort();

const versionOf = async (id: string) =>
  (
    await t.database.db
      .selectFrom('staff_users')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).version;

const putRoles = async (session: Session, id: string, next: Role[]) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/staff/${id}/roles`,
    headers: session.headers,
    payload: { version: await versionOf(id), roles: next },
  });

/** Status and reason, the way a client tells the refusals apart. */
const outcome = (res: { statusCode: number; json: () => { error?: { reason?: string } } }) =>
  `${res.statusCode}${res.statusCode >= 400 ? ` ${res.json().error?.reason ?? ''}`.trimEnd() : ''}`;

/** The route gate's answer to a role that may not change staff at all, whoever the target. */
const gateRefusal = '403 role_not_permitted';

describe('role-grant matrix', () => {
  for (const granter of roles) {
    const allowed = grants[granter];
    // Past the route gate, the rule decides; a municipality contact is tied to a municipality
    // number given when the account is made, so granting it later is invalid (400) even when
    // the granter may grant it.
    const toColleague = (role: Role) =>
      allowed === 'gate'
        ? gateRefusal
        : !allowed.includes(role)
          ? '403 role_not_grantable'
          : role === 'municipality_contact'
            ? '400'
            : '200';

    it(`${granter}: to a colleague of the same centre`, async () => {
      const actual: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const role of roles) {
        const base: Role[] = [role === 'finance' ? 'system_admin' : 'finance'];
        const id = await account(bergen, base);
        const res = await putRoles(sessions.get(granter)!, id, [...base, role]);
        actual[role] = outcome(res);
        expected[role] = toColleague(role);
        expect(await rolesOf(id)).toEqual(res.statusCode === 200 ? [...base, role].sort() : base);
      }
      expect(actual).toEqual(expected);
    });

    it(`${granter}: to her own account`, async () => {
      const session = sessions.get(granter)!;
      const own = await idOf(demoUser(granter));
      const actual: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const role of roles) {
        actual[role] = outcome(await putRoles(session, own, [granter, role]));
        expected[role] = allowed === 'gate' ? gateRefusal : '403 own_account';
      }
      expect(actual).toEqual(expected);
      expect(await rolesOf(own)).toEqual([granter]);
    });

    it(`${granter}: to someone of another centre`, async () => {
      const actual: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const role of roles) {
        const id = await account(trondheim, ['finance']);
        actual[role] = outcome(await putRoles(sessions.get(granter)!, id, ['finance', role]));
        expected[role] = allowed === 'gate' ? gateRefusal : '404';
        expect(await rolesOf(id)).toEqual(['finance']);
      }
      expect(actual).toEqual(expected);
    });
  }
});

describe('the system administrator reaches no case content', () => {
  it('cannot make herself unit leader, and her session still opens no person', async () => {
    const admin = sessions.get('system_admin')!;
    const own = await idOf(demoUser('system_admin'));
    const res = await putRoles(admin, own, ['system_admin', 'unit_leader']);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.reason).toBe('own_account');
    const person = await t.database.db
      .selectFrom('persons')
      .select('id')
      .where('centre_id', '=', bergen)
      .executeTakeFirstOrThrow();
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/people/${person.id}`,
      headers: admin.headers,
    });
    expect(read.statusCode).toBe(403);
    const denial = await t.database.db
      .selectFrom('audit_entries')
      .select(['outcome', 'reason'])
      .where('action', '=', 'staff.assign_roles')
      .where('record_id', '=', own)
      .executeTakeFirstOrThrow();
    expect(denial).toEqual({ outcome: 'denied', reason: 'own_account' });
  });

  it('cannot create a unit leader, register duties or hold a casework account’s code', async () => {
    const admin = sessions.get('system_admin')!;
    const leader = sessions.get('unit_leader')!;
    const create = (session: Session, username: string, held: Role[]) =>
      t.app.inject({
        method: 'POST',
        url: '/api/staff',
        headers: session.headers,
        payload: { username, displayName: 'Ny Leder', roles: held },
      });
    const refused = await create(admin, 'ny.leder', ['unit_leader']);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'forbidden', reason: 'role_not_grantable' });
    expect(refused.json()).not.toHaveProperty('activationCode');

    // The way round: an account the administrator may make, promoted by the unit leader.
    const made = await create(admin, 'ny.okonomi', ['finance']);
    expect(made.statusCode).toBe(201);
    const { id, activationCode: adminsCode } = made.json();
    const duties = await t.app.inject({
      method: 'PUT',
      url: `/api/staff/${id}/duties`,
      headers: admin.headers,
      payload: {
        version: 1,
        policeCertificateDate: '2026-01-01',
        confidentialityDeclarationDate: '2026-01-01',
      },
    });
    expect(duties.statusCode).toBe(403);
    const promoted = await putRoles(leader, id, ['finance', 'unit_leader']);
    expect(promoted.statusCode).toBe(200);
    const leadersCode = promoted.json().activationCode as string;
    expect(leadersCode).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const activate = (activationCode: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/activate',
        payload: { username: 'ny.okonomi', activationCode, newPassword: 'Fjellbekk-Mose-Lys-2026' },
      });
    expect((await activate(adminsCode)).statusCode).toBe(401);
    expect((await activate(leadersCode)).statusCode).toBe(204);
  });

  it('leaves a casework account’s second factor to the unit leader', async () => {
    const target = await account(bergen, ['night_watch']);
    const reset = (session: Session) =>
      t.app.inject({
        method: 'POST',
        url: `/api/staff/${target}/reset-second-factor`,
        headers: session.headers,
        payload: { version: 1 },
      });
    const refused = await reset(sessions.get('system_admin')!);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.reason).toBe('casework_account');
    expect((await reset(sessions.get('unit_leader')!)).statusCode).toBe(200);
    const finance = await account(bergen, ['finance']);
    const byAdmin = await t.app.inject({
      method: 'POST',
      url: `/api/staff/${finance}/reset-second-factor`,
      headers: sessions.get('system_admin')!.headers,
      payload: { version: 1 },
    });
    expect(byAdmin.statusCode).toBe(200);
  });
});

describe('duties and deactivation', () => {
  it('lets only the unit leader register duties, never her own; finance registers none', async () => {
    const target = await account(bergen, ['coordinator']);
    const register = async (session: Session, id: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/staff/${id}/duties`,
        headers: session.headers,
        payload: {
          version: await versionOf(id),
          policeCertificateDate: '2026-01-01',
          confidentialityDeclarationDate: '2026-01-01',
        },
      });
    for (const role of ['finance', 'system_admin'] as const)
      expect((await register(sessions.get(role)!, target)).statusCode).toBe(403);
    const own = await register(sessions.get('unit_leader')!, await idOf(demoUser('unit_leader')));
    expect(own.statusCode).toBe(403);
    expect(own.json().error.reason).toBe('own_account');
    expect((await register(sessions.get('unit_leader')!, target)).statusCode).toBe(200);
  });

  it('lets nobody deactivate herself', async () => {
    for (const role of ['system_admin', 'unit_leader'] as const) {
      const own = await idOf(demoUser(role));
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/staff/${own}/deactivate`,
        headers: sessions.get(role)!.headers,
        payload: { version: await versionOf(own) },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.reason).toBe('own_account');
    }
  });
});
