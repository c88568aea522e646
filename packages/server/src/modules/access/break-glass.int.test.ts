import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { demoUser, loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import { demoTotpSecret } from '../../demo/demo-staff.ts';
import { totpCode } from '../../platform/auth/totp.ts';

let t: TestApp;
let bergen: string;
let trondheim: string;
beforeEach(async () => {
  t = await testApp();
  bergen = await withDemoCentre(t, 'bergen');
  trondheim = await withDemoCentre(t, 'trondheim');
  await t.app.ready();
});
afterEach(async () => t.close());

/** A person registered by the centre's own unit leader. */
const personOf = async (centre: 'bergen' | 'trondheim') => {
  const leader = await loginAs(t, 'unit_leader', centre);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/people',
    headers: leader.headers,
    payload: { alias: 'Lilje' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};

const staffId = async (username: string) =>
  (
    await t.database.db
      .selectFrom('staff_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).id;

const reason = 'Beboer ringte om natten, primærkontakt utilgjengelig';

/** A fresh code each time: the clock moves on, since a code is used once. */
const breakGlass = (session: Session, recordId: string) => {
  t.clock.advance(30_000);
  return t.app.inject({
    method: 'POST',
    url: '/api/break-glass',
    headers: session.headers,
    payload: {
      recordType: 'person',
      recordId,
      reason,
      code: totpCode(demoTotpSecret, t.clock.now()),
    },
  });
};

const grants = () => t.database.db.selectFrom('break_glass_grants').selectAll().execute();

const denials = (recordId: string) =>
  t.database.db
    .selectFrom('audit_entries')
    .select(['centre_id', 'actor', 'verb', 'outcome', 'reason', 'action'])
    .where('record_id', '=', recordId)
    .where('outcome', '=', 'denied')
    .orderBy('seq')
    .execute();

const history = async (session: Session, recordType: string, recordId: string) =>
  (
    await t.app.inject({
      method: 'GET',
      url: `/api/audit/records/${recordType}/${recordId}`,
      headers: session.headers,
    })
  ).json().items as { verb: string; outcome: string; reason: string | null; action: string }[];

describe('break the glass asks for a record of the own centre (issue 12, finding 14)', () => {
  it('answers 404 to an id that names no record, and leaves no grant to review', async () => {
    const coordinator = await loginAs(t, 'coordinator');
    const res = await breakGlass(coordinator, '0192f4c2-0000-7000-8000-000000000001');
    expect(res.statusCode).toBe(404);
    expect(await grants()).toEqual([]);
  });

  it("answers 404 to another centre's person, and both centres' histories show the probe", async () => {
    const coordinator = await loginAs(t, 'coordinator');
    const theirs = await personOf('trondheim');
    const res = await breakGlass(coordinator, theirs);
    expect(res.statusCode).toBe(404);
    expect(await grants()).toEqual([]);
    const actor = await staffId(demoUser('coordinator'));
    expect(await denials(theirs)).toEqual([
      expect.objectContaining({ centre_id: bergen, actor, reason: 'other_centre' }),
      expect.objectContaining({ centre_id: trondheim, actor, reason: 'other_centre' }),
    ]);
  });

  it('seals the reason: neither the grant row nor the audit log holds its words; the unit leader reads them', async () => {
    const coordinator = await loginAs(t, 'coordinator');
    const ours = await personOf('bergen');
    const res = await breakGlass(coordinator, ours);
    expect(res.statusCode).toBe(201);

    const [grant] = await grants();
    expect(JSON.stringify(grant)).not.toContain('primærkontakt');
    const audit = await t.database.db.selectFrom('audit_entries').selectAll().execute();
    expect(JSON.stringify(audit)).not.toContain('primærkontakt');
    const entries = audit.filter((e) => e.action.startsWith('break_glass.'));
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'break_glass.request',
        record_type: 'break_glass_grant',
        record_id: res.json().id,
        fields: '["reason"]',
      }),
      expect.objectContaining({
        action: 'break_glass.grant',
        record_type: 'person',
        record_id: ours,
        reason: null,
      }),
    ]);

    const leader = await loginAs(t, 'unit_leader');
    const review = await t.app.inject({
      method: 'GET',
      url: '/api/break-glass',
      headers: leader.headers,
    });
    expect(review.json().items).toEqual([
      expect.objectContaining({ id: res.json().id, recordId: ours, reason }),
    ]);
  });
});

describe("a denied read of another centre's record is filed for both centres (issue 12, finding 15)", () => {
  it("shows in the probed record's own history as denied: other centre", async () => {
    const prober = await loginAs(t, 'unit_leader');
    const theirs = await personOf('trondheim');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/people/${theirs}`,
      headers: prober.headers,
    });
    expect(res.statusCode).toBe(404);
    expect(await denials(theirs)).toEqual([
      expect.objectContaining({ centre_id: bergen, reason: 'other_centre' }),
      expect.objectContaining({ centre_id: trondheim, reason: 'other_centre' }),
    ]);

    const owner = await loginAs(t, 'unit_leader', 'trondheim');
    expect(await history(owner, 'person', theirs)).toContainEqual(
      expect.objectContaining({ verb: 'deny', outcome: 'denied', reason: 'other_centre' }),
    );
  });

  it("files a look at another centre's staff member as a denial for both, answered 404", async () => {
    const prober = await loginAs(t, 'unit_leader');
    const theirs = await staffId(demoUser('night_watch', 'trondheim'));
    for (const [method, url] of [
      ['GET', `/api/staff/${theirs}/activity`],
      ['DELETE', `/api/staff/${theirs}/sessions`],
    ] as const) {
      const res = await t.app.inject({ method, url, headers: prober.headers });
      expect(res.statusCode, url).toBe(404);
    }
    const filed = await denials(theirs);
    expect(filed.map((d) => [d.centre_id, d.action, d.reason])).toEqual([
      [bergen, 'audit.read_staff_activity', 'other_centre'],
      [trondheim, 'audit.read_staff_activity', 'other_centre'],
      [bergen, 'staff.revoke_sessions', 'other_centre'],
      [trondheim, 'staff.revoke_sessions', 'other_centre'],
    ]);
  });
});
