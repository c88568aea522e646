import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, startShift, withDemoCentre, type Session } from '../../../test/auth.ts';
import { newPerson, startStay } from '../capacity/test-support.ts';
import type { intakeView } from '../intake/schema.ts';
import { call, ok, staffId } from '../intake/test-support.ts';
import type { agreementsResponse } from '../municipalities/schema.ts';
import type { stayView } from './schema.ts';

type Stay = z.infer<typeof stayView>;
type Intake = z.infer<typeof intakeView>;

let t: TestApp;
let leader: Session;

beforeEach(async () => {
  t = await testApp();
  await withDemoCentre(t, 'bergen');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader', 'bergen');
  await ok(startShift(t, leader));
});
afterEach(async () => t.close());

const reason = 'Feil i inntaket: hun er folkeregistrert i Oslo';

/** Bergen's own terms, set apart from the centre's default (42 overnights, not billed). */
async function bergenAgreesTo60Days() {
  const list = await ok<z.infer<typeof agreementsResponse>>(
    call(t, leader, 'GET', '/api/agreements'),
  );
  const bergen = list.municipalities.find((m) => m.number === '4601')!;
  await ok(
    call(t, leader, 'PUT', '/api/agreements/4601', {
      stayLimitDays: 60,
      warningDays: 10,
      billDaysBeyond: true,
      version: bergen.agreement?.version ?? null,
    }),
  );
}

/** A free bed for a woman alone, as find-a-place offers it. */
async function freeBed(): Promise<string> {
  const find = await ok<{ options: { beds: { id: string }[] }[] }>(
    call(t, leader, 'POST', '/api/capacity/find', { adultGender: 'female', childAges: [] }),
  );
  return find.options[0]!.beds[0]!.id;
}

const getStay = (id: string) => ok<Stay>(call(t, leader, 'GET', `/api/stays/${id}`));

describe('the home municipality at arrival', () => {
  it('comes from the intake to the stay, whose clock follows Bergen’s agreement', async () => {
    await bergenAgreesTo60Days();
    // The person's record says nothing of where she lives: only the intake does.
    const person = await newPerson(t, leader, { alias: 'Lyng', gender: 'female' });
    const started = await ok<{ id: string; version: number }>(
      call(t, leader, 'POST', '/api/intakes', { personId: person }),
      201,
    );
    const url = `/api/intakes/${started.id}`;
    let { version } = started;
    ({ version } = await ok(
      call(t, leader, 'PUT', `${url}/consent`, {
        version,
        answers: [{ scope: 'registration', granted: true, how: 'oral' }],
      }),
    ));
    const eligibility = (homeMunicipalityNumber: string) =>
      call(t, leader, 'PUT', `${url}/eligibility`, {
        version,
        targetGroups: ['violence_close_relations'],
        homeMunicipalityNumber,
        dangerToSelfOrOthers: false,
      });
    const unknown = await eligibility('9999');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual([
      expect.objectContaining({
        path: 'body.homeMunicipalityNumber',
        code: 'unknown_municipality',
      }),
    ]);
    ({ version } = await ok(eligibility('4601')));
    ({ version } = await ok(
      call(t, leader, 'PUT', `${url}/primary-contact`, { version, primaryContactId: null }),
    ));
    const moved = await ok<{ stayId: string }>(
      call(t, leader, 'POST', `${url}/move-in`, { version, bedId: await freeBed() }),
      201,
    );

    const stay = await getStay(moved.stayId);
    expect(stay.person.homeMunicipality).toEqual({ number: '4601', name: 'Bergen' });
    expect(stay.clock).toMatchObject({ termsSource: 'municipality', limitDays: 60 });
    expect(stay.homeMunicipalityCorrections).toEqual([]);
  });

  it('is corrected on the stay with a reason, audited, and the agreement follows', async () => {
    await bergenAgreesTo60Days();
    const created = await ok<{ id: string }>(
      call(t, leader, 'POST', '/api/people', {
        confirmNotDuplicate: true,
        alias: 'Mose',
        gender: 'female',
        homeMunicipalityNumber: '4601',
      }),
      201,
    );
    // Started on the board without an intake: the stay takes what the person's record knows.
    const res = await startStay(t, leader, { personId: created.id, bedId: await freeBed() });
    expect(res.statusCode, res.body).toBe(201);
    const stayId = res.json().id as string;
    let stay = await getStay(stayId);
    expect(stay.person.homeMunicipality).toEqual({ number: '4601', name: 'Bergen' });
    expect(stay.clock.termsSource).toBe('municipality');

    const read = stay.version;
    const correct = (body: object) =>
      call(t, leader, 'PUT', `/api/stays/${stayId}/home-municipality`, { version: read, ...body });
    const noReason = await correct({ homeMunicipalityNumber: '0301' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0]).toMatchObject({
      path: 'body.reason',
      code: 'reason_too_short',
    });
    const unknown = await correct({ homeMunicipalityNumber: '9999', reason });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0]).toMatchObject({
      path: 'body.homeMunicipalityNumber',
      code: 'unknown_municipality',
    });
    expect((await getStay(stayId)).person.homeMunicipality?.number).toBe('4601');

    await ok(correct({ homeMunicipalityNumber: '0301', reason }));
    stay = await getStay(stayId);
    expect(stay.person.homeMunicipality).toEqual({ number: '0301', name: 'Oslo' });
    // Oslo has no agreement with Bergen's centre: its default terms apply from now on.
    expect(stay.clock).toMatchObject({ termsSource: 'centre_default', limitDays: 42 });
    expect(stay.homeMunicipalityCorrections).toEqual([
      {
        from: { number: '4601', name: 'Bergen' },
        to: { number: '0301', name: 'Oslo' },
        reason,
        correctedBy: { id: await staffId(t, 'unit_leader', 'bergen'), name: expect.any(String) },
        correctedAt: t.clock.now().toISOString(),
      },
    ]);
    // A stale version is refused, and nothing changes.
    expect((await correct({ homeMunicipalityNumber: '4601', reason })).statusCode).toBe(409);

    const audit = await t.database.db
      .selectFrom('audit_entries')
      .select(['record_type', 'record_id', 'verb', 'outcome', 'fields'])
      .where('action', '=', 'stays.home_municipality')
      .where('outcome', '=', 'success')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ record_type: 'stay', record_id: stayId, verb: 'update' });
    expect(audit[0]!.fields).not.toContain('Oslo');
    const row = await t.database.db
      .selectFrom('stay_municipality_corrections')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('folkeregistrert');
  });

  it('can be set without a reason where none was known at arrival', async () => {
    const person = await newPerson(t, leader, { alias: 'Siv', gender: 'female' });
    const res = await startStay(t, leader, { personId: person, bedId: await freeBed() });
    expect(res.statusCode, res.body).toBe(201);
    const stayId = res.json().id as string;
    const before = await getStay(stayId);
    expect(before.person.homeMunicipality).toBeNull();
    expect(before.clock.termsSource).toBe('centre_default');
    await ok(
      call(t, leader, 'PUT', `/api/stays/${stayId}/home-municipality`, {
        version: before.version,
        homeMunicipalityNumber: '4601',
      }),
    );
    const after = await getStay(stayId);
    expect(after.person.homeMunicipality?.name).toBe('Bergen');
    expect(after.clock.termsSource).toBe('municipality');
    expect(after.homeMunicipalityCorrections[0]).toMatchObject({ from: null, reason: null });
  });
});

describe('consent as an active choice', () => {
  it('records who asked and when with every answer', async () => {
    const person = await newPerson(t, leader, { alias: 'Eik', gender: 'female' });
    const started = await ok<{ id: string; version: number }>(
      call(t, leader, 'POST', '/api/intakes', { personId: person }),
      201,
    );
    const url = `/api/intakes/${started.id}`;
    // No answer about registration is no consent: the step is refused.
    const silent = await call(t, leader, 'PUT', `${url}/consent`, {
      version: started.version,
      answers: [{ scope: 'nav', granted: true, how: 'oral' }],
    });
    expect(silent.statusCode).toBe(400);
    await ok(
      call(t, leader, 'PUT', `${url}/consent`, {
        version: started.version,
        answers: [
          { scope: 'registration', granted: false, how: 'oral' },
          { scope: 'home_municipality', granted: true, how: 'written' },
        ],
      }),
    );
    const intake = await ok<Intake>(call(t, leader, 'GET', url));
    const asker = { id: await staffId(t, 'unit_leader', 'bergen'), name: expect.any(String) };
    expect(intake.consents).toEqual([
      expect.objectContaining({
        scope: 'registration',
        granted: false,
        recordedBy: asker,
        recordedAt: t.clock.now().toISOString(),
      }),
      expect.objectContaining({
        scope: 'home_municipality',
        granted: true,
        recordedBy: asker,
        recordedAt: t.clock.now().toISOString(),
      }),
    ]);
    expect(intake.consents[0]!.recordedBy.name).not.toBe('');
  });
});
