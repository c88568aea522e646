import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, startShift, withDemoCentre, type Session } from '../../../test/auth.ts';
import { demoTotpSecret } from '../../demo/demo-staff.ts';
import { totpCode } from '../../platform/auth/totp.ts';

/**
 * Issue 13 #9 and #10: every record a page can refuse — a stay and its journal, a day-user case,
 * a follow-up case, a child — says why in the domain's words, and opens by breaking the glass
 * with a reason and a fresh code; another centre's record looks like none at all.
 */
let t: TestApp;
let leader: Session;
/** The children's coordinator, off shift: child-responsible for Lilje's and Furu's stays only. */
let outsider: Session;
let records: Record<'stay' | 'child' | 'dayUserCase' | 'followUp', { url: string; grant: object }>;

const stayOf = async (alias: string) =>
  (
    await t.database.db
      .selectFrom('stays')
      .innerJoin('persons', 'persons.id', 'stays.person_id')
      .select('stays.id')
      .where('persons.alias', '=', alias)
      .where('stays.departure_at', 'is', null)
      .executeTakeFirstOrThrow()
  ).id;
const personOf = async (alias: string) =>
  (
    await t.database.db
      .selectFrom('persons')
      .select('id')
      .where('alias', '=', alias)
      .executeTakeFirstOrThrow()
  ).id;

const get = (session: Session, url: string) =>
  t.app.inject({ method: 'GET', url, headers: session.headers });
const post = (session: Session, url: string, payload?: object) =>
  t.app.inject({ method: 'POST', url, headers: session.headers, ...(payload ? { payload } : {}) });

const reason = 'Beboeren ringte i natt og ba om hjelp, primærkontakten er syk';
/** A fresh code each time: the clock moves on, since a code is used once. */
const breakGlass = (session: Session, grant: object, code?: string) => {
  t.clock.advance(30_000);
  return post(session, '/api/break-glass', {
    ...grant,
    reason,
    code: code ?? totpCode(demoTotpSecret, t.clock.now()),
  });
};

beforeEach(async () => {
  t = await testApp();
  await withDemoCentre(t, 'bergen');
  await withDemoCentre(t, 'trondheim');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader');
  outsider = await loginAs(t, 'children_coordinator');
  const ask = await stayOf('Ask');
  const trost = await personOf('Trost');
  const dayUser = await post(leader, '/api/people', {
    alias: 'Hvitveis',
    confirmNotDuplicate: true,
  });
  const dayCase = await post(leader, '/api/day-users', {
    personId: dayUser.json().id,
    firstContactBy: 'self',
  });
  expect(dayCase.statusCode, dayCase.body).toBe(201);
  const followUp = (
    await t.database.db
      .selectFrom('reestablishment_cases')
      .select('id')
      .where('person_id', '=', await personOf('Vier'))
      .executeTakeFirstOrThrow()
  ).id;
  records = {
    stay: { url: `/api/stays/${ask}`, grant: { recordType: 'stay', recordId: ask } },
    child: {
      url: `/api/stays/${ask}/children/${trost}`,
      grant: { recordType: 'person', recordId: trost },
    },
    dayUserCase: {
      url: `/api/day-users/${dayCase.json().id}`,
      grant: { recordType: 'day_user_case', recordId: dayCase.json().id },
    },
    followUp: {
      url: `/api/reestablishment/${followUp}`,
      grant: { recordType: 'reestablishment_case', recordId: followUp },
    },
  };
});
afterEach(async () => t.close());

const aliasOf = { stay: 'Ask', child: 'Trost', dayUserCase: 'Hvitveis', followUp: 'Vier' };

describe('break the glass from the page that refused (issue 13 #9)', () => {
  it.each(['stay', 'child', 'dayUserCase', 'followUp'] as const)(
    'opens a %s: refused, a wrong code refused, then readable with a grant, audited with the reason',
    async (kind) => {
      const { url, grant } = records[kind];
      const refused = await get(outsider, url);
      expect(refused.statusCode).toBe(404);
      expect(refused.json().error.reason).toBe('not_on_shift');

      const wrongCode = await breakGlass(outsider, grant, '000000');
      expect(wrongCode.statusCode).toBe(401);
      expect((await get(outsider, url)).statusCode).toBe(404);

      const granted = await breakGlass(outsider, grant);
      expect(granted.statusCode, granted.body).toBe(201);
      const opened = await get(outsider, url);
      expect(opened.statusCode, opened.body).toBe(200);

      const grants = (await get(leader, '/api/break-glass')).json().items;
      expect(grants).toEqual([
        expect.objectContaining({
          id: granted.json().id,
          ...grant,
          reason,
          personAlias: aliasOf[kind],
        }),
      ]);
      const uses = await t.database.db
        .selectFrom('audit_entries')
        .select(['action', 'reason'])
        .where('actor', '=', grants[0].userId)
        .where('reason', '=', 'break_glass')
        .execute();
      expect(uses.length).toBeGreaterThan(0);
    },
  );

  it("opens the stay's journal with the stay's grant", async () => {
    const journal = `${records.stay.url}/journal`;
    expect((await get(outsider, journal)).json().error.reason).toBe('not_on_shift');
    expect((await breakGlass(outsider, records.stay.grant)).statusCode).toBe(201);
    expect((await get(outsider, journal)).statusCode).toBe(200);
  });

  it("opens one child's pages, not her mother's stay", async () => {
    expect((await breakGlass(outsider, records.child.grant)).statusCode).toBe(201);
    expect((await get(outsider, records.child.url)).statusCode).toBe(200);
    expect((await get(outsider, records.stay.url)).json().error.reason).toBe('not_on_shift');
  });

  it('holds for the time set, then the record closes again', async () => {
    expect((await breakGlass(outsider, records.dayUserCase.grant)).statusCode).toBe(201);
    t.clock.advance(t.ctx.config.breakGlassMs + 60_000);
    const later = await loginAs(t, 'children_coordinator');
    expect((await get(later, records.dayUserCase.url)).json().error.reason).toBe('not_on_shift');
  });
});

describe('a refusal says why without saying whether the record exists (issue 13 #10)', () => {
  it('names what is missing: not on shift; on shift, a case of the past is the primary contact’s', async () => {
    const { url } = records.dayUserCase;
    expect((await get(outsider, url)).json().error).toMatchObject({
      code: 'not_found',
      reason: 'not_on_shift',
    });
    const view = (await get(leader, url)).json();
    const ended = await post(leader, `${url}/end`, {
      version: view.version,
      endedOn: t.clock.now().toISOString().slice(0, 10),
      reason: 'goal_reached',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    t.clock.advance(10 * 86_400_000);
    const onShift = await loginAs(t, 'children_coordinator');
    expect((await startShift(t, onShift)).statusCode).toBe(200);
    expect((await get(onShift, url)).json().error).toMatchObject({
      code: 'not_found',
      reason: 'not_primary_contact',
    });
  });

  it('tells a night watch her role does not work stays, and one without police certificate so', async () => {
    const watch = await loginAs(t, 'night_watch');
    const byRole = await get(watch, records.stay.url);
    expect(byRole.statusCode).toBe(403);
    expect(byRole.json().error.reason).toBe('role_not_permitted');
    await t.database.db
      .updateTable('staff_users')
      .set({ police_certificate_date: null })
      .where('username', '=', 'barnekoordinator')
      .execute();
    const uncleared = await get(outsider, records.stay.url);
    expect(uncleared.statusCode).toBe(403);
    expect(uncleared.json().error.reason).toBe('not_cleared');
  });

  it.each(['stay', 'child', 'dayUserCase', 'followUp'] as const)(
    "answers another centre's %s exactly as one that does not exist",
    async (kind) => {
      const prober = await loginAs(t, 'unit_leader', 'trondheim');
      const nobody = '0192f4c2-0000-7000-8000-000000000001';
      const theirs = await get(prober, records[kind].url);
      const missing = await get(
        prober,
        records[kind].url.replace(/[0-9a-f-]{36}(?!.*[0-9a-f-]{36})/, nobody),
      );
      expect(theirs.statusCode).toBe(404);
      expect(theirs.body).toBe(missing.body);
      expect(theirs.json().error.reason).toBeUndefined();
    },
  );
});
