import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';

let t: TestApp;
let leader: Session;
beforeEach(async () => {
  t = await testApp();
  await withDemoCentre(t, 'bergen');
  await withDemoCentre(t, 'trondheim');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader');
});
afterEach(async () => t.close());

const staffList = async (session: Session) =>
  (await t.app.inject({ method: 'GET', url: '/api/staff', headers: session.headers })).json()
    .items as {
    id: string;
    username: string;
    version: number;
    mfaEnabled: boolean;
    activeSessions: number;
    clearedForPersonalData: boolean;
  }[];
const byName = async (username: string) =>
  (await staffList(leader)).find((s) => s.username === username)!;
const me = (session: Session) =>
  t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });

describe('staff screen', () => {
  it('lists only the own centre, with 2FA status and active sessions', async () => {
    const items = await staffList(leader);
    expect(items).toHaveLength(8);
    expect(items.every((s) => !s.username.endsWith('.trondheim'))).toBe(true);
    expect(items.every((s) => s.mfaEnabled)).toBe(true);
    expect((await byName('enhetsleder')).activeSessions).toBe(1);
  });

  it('answers 404 for a staff member of another centre, and changes nothing', async () => {
    const other = await t.database.db
      .selectFrom('staff_users')
      .selectAll()
      .where('username', '=', 'nattevakt.trondheim')
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/staff/${other.id}/deactivate`,
      headers: leader.headers,
      payload: { version: other.version },
    });
    expect(res.statusCode).toBe(404);
    const after = await t.database.db
      .selectFrom('staff_users')
      .selectAll()
      .where('id', '=', other.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(other);
  });

  it('ends every session of a deactivated person at once', async () => {
    const watch = await loginAs(t, 'night_watch');
    const target = await byName('nattevakt');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/staff/${target.id}/deactivate`,
      headers: leader.headers,
      payload: { version: target.version },
    });
    expect(res.statusCode).toBe(200);
    expect((await me(watch)).json()).toEqual({ state: 'anonymous' });
  });

  it('ends the sessions of someone who loses a role, and keeps them for someone who gains one', async () => {
    const coordinator = await loginAs(t, 'coordinator');
    const target = await byName('koordinator');
    const gain = await t.app.inject({
      method: 'PUT',
      url: `/api/staff/${target.id}/roles`,
      headers: leader.headers,
      payload: { version: target.version, roles: ['coordinator', 'night_watch'] },
    });
    expect(gain.json()).toEqual({ version: target.version + 1 });
    expect((await me(coordinator)).json().user.roles.sort()).toEqual([
      'coordinator',
      'night_watch',
    ]);
    const lose = await t.app.inject({
      method: 'PUT',
      url: `/api/staff/${target.id}/roles`,
      headers: leader.headers,
      payload: { version: target.version + 1, roles: ['night_watch'] },
    });
    expect(lose.statusCode).toBe(200);
    expect((await me(coordinator)).json()).toEqual({ state: 'anonymous' });
  });

  it('refuses a stale version with 409 instead of overwriting', async () => {
    const target = await byName('okonomi');
    const first = await t.app.inject({
      method: 'PUT',
      url: `/api/staff/${target.id}/duties`,
      headers: leader.headers,
      payload: {
        version: target.version,
        policeCertificateDate: '2026-01-01',
        confidentialityDeclarationDate: '2026-01-02',
      },
    });
    expect(first.statusCode).toBe(200);
    const stale = await t.app.inject({
      method: 'PUT',
      url: `/api/staff/${target.id}/duties`,
      headers: leader.headers,
      payload: {
        version: target.version,
        policeCertificateDate: null,
        confidentialityDeclarationDate: null,
      },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    const row = await t.database.db
      .selectFrom('staff_users')
      .select('police_certificate_date')
      .where('id', '=', target.id)
      .executeTakeFirstOrThrow();
    expect(row.police_certificate_date).toBe('2026-01-01');
  });

  it('keeps a staff member without police certificate away from personal data at once', async () => {
    const target = await byName('koordinator');
    const coordinator = await loginAs(t, 'coordinator');
    expect((await me(coordinator)).json().user.clearedForPersonalData).toBe(true);
    await t.app.inject({
      method: 'PUT',
      url: `/api/staff/${target.id}/duties`,
      headers: leader.headers,
      payload: {
        version: target.version,
        policeCertificateDate: null,
        confidentialityDeclarationDate: '2025-01-06',
      },
    });
    expect((await me(coordinator)).json().user.clearedForPersonalData).toBe(false);
    const glass = await t.app.inject({
      method: 'POST',
      url: '/api/break-glass',
      headers: coordinator.headers,
      payload: {},
    });
    expect(glass.statusCode).toBe(403);
  });

  it('audits a denial with its reason, and the denied request changes nothing', async () => {
    const watch = await loginAs(t, 'night_watch');
    const target = await byName('koordinator');
    const before = await t.database.db
      .selectFrom('staff_users')
      .selectAll()
      .where('id', '=', target.id)
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/staff/${target.id}/deactivate`,
      headers: watch.headers,
      payload: { version: target.version },
    });
    expect(res.statusCode).toBe(403);
    const denial = await t.database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('verb', '=', 'deny')
      .executeTakeFirstOrThrow();
    expect(denial).toMatchObject({
      action: 'staff.deactivate',
      outcome: 'denied',
      reason: 'role_not_permitted',
    });
    expect(
      await t.database.db
        .selectFrom('staff_users')
        .selectAll()
        .where('id', '=', target.id)
        .executeTakeFirstOrThrow(),
    ).toEqual(before);
  });

  it('creates an account with an activation code and never a password chosen by the administrator', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/staff',
      headers: leader.headers,
      payload: { username: 'Ny.Person', displayName: 'Ny Person', roles: ['coordinator'] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().activationCode).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const row = await t.database.db
      .selectFrom('staff_users')
      .selectAll()
      .where('username', '=', 'ny.person')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toBeNull();
    const taken = await t.app.inject({
      method: 'POST',
      url: '/api/staff',
      headers: leader.headers,
      payload: { username: 'ny.person', displayName: 'X', roles: ['coordinator'] },
    });
    expect(taken.statusCode).toBe(409);
  });
});

describe('audit views', () => {
  it('shows who changed a staff record, and what a staff member did, within the centre', async () => {
    const target = await byName('ringevikar');
    await t.app.inject({
      method: 'PUT',
      url: `/api/staff/${target.id}/duties`,
      headers: leader.headers,
      payload: {
        version: target.version,
        policeCertificateDate: '2026-02-01',
        confidentialityDeclarationDate: '2026-02-01',
      },
    });
    const history = await t.app.inject({
      method: 'GET',
      url: `/api/audit/records/staff_user/${target.id}`,
      headers: leader.headers,
    });
    expect(history.json().items[0]).toMatchObject({
      action: 'staff.update_duties',
      actorName: 'Eva Enhetsleder (demo)',
      fields: ['police_certificate_date', 'confidentiality_declaration_date'],
    });
    const leaderRow = await byName('enhetsleder');
    const activity = await t.app.inject({
      method: 'GET',
      url: `/api/staff/${leaderRow.id}/activity?limit=2`,
      headers: leader.headers,
    });
    const page = activity.json();
    expect(page.items).toHaveLength(2);
    expect(page.nextBefore).toBe(page.items[1].seq);
  });
});

describe('break the glass', () => {
  const recordId = '0192f4c2-0000-7000-8000-000000000001';

  it('grants time-limited access with a reason and a fresh code, flagged for the unit leader', async () => {
    const { totpCode } = await import('../../platform/auth/totp.ts');
    const { demoTotpSecret } = await import('../../demo/demo-staff.ts');
    const coordinator = await loginAs(t, 'coordinator');
    const { id: recordId } = await t.database.db
      .selectFrom('persons')
      .innerJoin('centres', 'centres.id', 'persons.centre_id')
      .select('persons.id')
      .where('centres.slug', '=', 'bergen')
      .executeTakeFirstOrThrow();
    t.clock.advance(30_000);
    const reason = 'Beboer ringte om natten, primærkontakt utilgjengelig';
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/break-glass',
      headers: coordinator.headers,
      payload: { recordType: 'person', recordId, reason, code: '000000' },
    });
    expect(refused.statusCode).toBe(401);
    const granted = await t.app.inject({
      method: 'POST',
      url: '/api/break-glass',
      headers: coordinator.headers,
      payload: {
        recordType: 'person',
        recordId,
        reason,
        code: totpCode(demoTotpSecret, t.clock.now()),
      },
    });
    expect(granted.statusCode).toBe(201);
    expect(new Date(granted.json().expiresAt).getTime() - t.clock.now().getTime()).toBe(
      60 * 60_000,
    );

    const entry = await t.database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('action', '=', 'break_glass.grant')
      .where('record_type', '=', 'person')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ record_type: 'person', record_id: recordId, reason: null });

    const review = await t.app.inject({
      method: 'GET',
      url: '/api/break-glass',
      headers: leader.headers,
    });
    expect(review.json().items).toEqual([
      expect.objectContaining({
        recordId,
        reason,
        userName: 'Kari Koordinator (demo)',
        reviewedAt: null,
      }),
    ]);
    const id = review.json().items[0].id;
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/break-glass/${id}/review`,
          headers: leader.headers,
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (
        await t.app.inject({ method: 'GET', url: '/api/break-glass', headers: leader.headers })
      ).json().items,
    ).toEqual([]);
  });

  it('refuses a reason that says nothing', async () => {
    const coordinator = await loginAs(t, 'coordinator');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/break-glass',
      headers: coordinator.headers,
      payload: { recordType: 'person', recordId, reason: 'trenger', code: '123456' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['body.reason']);
  });
});
