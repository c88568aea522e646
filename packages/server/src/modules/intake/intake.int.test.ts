import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import type { z } from 'zod';
import { newPerson, startShift, type Board } from '../capacity/test-support.ts';
import type { intakeView } from './schema.ts';
import { allNeeds, call, intakeAudit, ok, staffId } from './test-support.ts';

type View = z.infer<typeof intakeView>;

let t: TestApp;
let leader: Session;

beforeEach(async () => {
  t = await testApp();
  await withDemoCentre(t, 'trondheim');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader', 'trondheim');
});
afterEach(async () => t.close());

const secret = 'Truet med kniv i trappeoppgangen';

/** A mother from Melhus with two children, as registered during the night. */
async function family(session: Session) {
  const mother = await newPerson(t, session, { alias: 'Sol', gender: 'female' });
  const children = [
    await newPerson(t, session, {
      alias: 'Stjerne',
      isChild: true,
      birthDate: '2019-05-01',
      adultIds: [mother],
    }),
    await newPerson(t, session, {
      alias: 'Måne',
      isChild: true,
      birthDate: '2025-02-01',
      adultIds: [mother],
    }),
  ];
  return { mother, children };
}

async function logContact(session: Session, personId: string) {
  return ok<{ id: string }>(
    call(t, session, 'POST', '/api/contacts', {
      openedAt: '2026-11-24T02:40:00Z',
      channel: 'phone',
      contactBy: 'person_at_risk',
      personId,
      topics: ['physical', 'forced_marriage'],
      urgency: 'acute',
      actions: ['intake_planned'],
    }),
    201,
  );
}

const consent = (granted: Record<string, boolean>) =>
  Object.entries(granted).map(([scope, g]) => ({ scope, granted: g, how: 'oral' }));

describe('the intake from a phone call at night to a started stay', () => {
  it('turns a contact into an intake for a mother and two children, and moves them in', async () => {
    const coordinator = await loginAs(t, 'coordinator', 'trondheim');
    await ok(startShift(t, coordinator));
    const { mother, children } = await family(coordinator);
    const contact = await logContact(coordinator, mother);

    const started = await ok<{ id: string; version: number }>(
      call(t, coordinator, 'POST', '/api/intakes', { contactId: contact.id }),
      201,
    );
    const url = `/api/intakes/${started.id}`;
    let intake = await ok<View>(call(t, coordinator, 'GET', url));
    expect(intake).toMatchObject({
      status: 'in_progress',
      originContactId: contact.id,
      nextStep: 'consent',
      eligibility: { targetGroups: ['violence_close_relations', 'forced_marriage'] },
    });
    let version = intake.version as number;
    ({ version } = await ok(call(t, coordinator, 'PUT', `${url}/members`, { version, children })));
    ({ version } = await ok(
      call(t, coordinator, 'PUT', `${url}/consent`, {
        version,
        answers: consent({ registration: true, home_municipality: true, nav: false }),
      }),
    ));
    const eligibility = await ok<Record<string, unknown>>(
      call(t, coordinator, 'PUT', `${url}/eligibility`, {
        version,
        targetGroups: ['violence_close_relations', 'forced_marriage'],
        homeMunicipalityNumber: '5028',
        dangerToSelfOrOthers: false,
      }),
    );
    expect(eligibility).toMatchObject({ outcome: 'eligible', outsideCooperation: false });
    version = eligibility.version as number;
    const missingNeeds = await call(t, coordinator, 'PUT', `${url}/help-needs`, {
      version,
      needs: { housing: { level: 'large', note: null } },
    });
    expect(missingNeeds.statusCode).toBe(400);
    ({ version } = await ok(
      call(t, coordinator, 'PUT', `${url}/help-needs`, {
        version,
        needs: { ...allNeeds(), housing: { level: 'large', note: secret } },
      }),
    ));
    const childWorker = await staffId(t, 'children_coordinator', 'trondheim');
    // At night the coordinator names nobody, herself neither: the step is saved with none.
    const herself = await call(t, coordinator, 'PUT', `${url}/primary-contact`, {
      version,
      primaryContactId: await staffId(t, 'coordinator', 'trondheim'),
      childResponsibleId: childWorker,
    });
    expect(herself.statusCode).toBe(403);
    expect(herself.json().error.reason).toBe('primary_contact_not_assignable');
    ({ version } = await ok(
      call(t, coordinator, 'PUT', `${url}/primary-contact`, { version, primaryContactId: null }),
    ));
    // The unit leader names who works the stay, and the children's worker with them.
    const leader = await loginAs(t, 'unit_leader', 'trondheim');
    const noChildResponsible = await call(t, leader, 'PUT', `${url}/primary-contact`, {
      version,
      primaryContactId: await staffId(t, 'coordinator', 'trondheim'),
    });
    expect(noChildResponsible.statusCode).toBe(400);
    ({ version } = await ok(
      call(t, leader, 'PUT', `${url}/primary-contact`, {
        version,
        primaryContactId: await staffId(t, 'coordinator', 'trondheim'),
        childResponsibleId: childWorker,
      }),
    ));
    const flags = await ok<{ version: number; tasksMade: string[] }>(
      call(t, coordinator, 'PUT', `${url}/flags`, {
        version,
        forcedMarriageSuspected: true,
        asylumSeeker: false,
      }),
    );
    expect(flags.tasksMade).toEqual(['notify_imdi', 'notify_home_municipality']);
    version = flags.version;
    // Saved again: the tasks are made once.
    const again = await ok<{ version: number; tasksMade: string[] }>(
      call(t, coordinator, 'PUT', `${url}/flags`, {
        version,
        forcedMarriageSuspected: true,
        asylumSeeker: false,
      }),
    );
    expect(again.tasksMade).toEqual([]);
    version = again.version;

    const notice = await ok<{ text: string }>(
      call(t, coordinator, 'GET', `${url}/notices/home_municipality`),
    );
    expect(notice.text).toContain('Melhus');
    expect(notice.text).not.toContain('Sol');
    expect((await call(t, coordinator, 'GET', `${url}/notices/nav`)).statusCode).toBe(409);
    const sent = await ok<{ sent: unknown[] }>(
      call(t, coordinator, 'POST', `${url}/notices/home_municipality`, {}),
      201,
    );
    expect(sent.sent).toHaveLength(1);

    const find = await ok<{ options: { beds: { id: string }[] }[] }>(
      call(t, coordinator, 'POST', '/api/capacity/find', {
        adultGender: 'female',
        childAges: [7, 1],
      }),
    );
    const [adultBed, ...childBeds] = find.options[0]!.beds;
    const moved = await ok<{ stayId: string; version: number }>(
      call(t, coordinator, 'POST', `${url}/move-in`, {
        version,
        bedId: adultBed!.id,
        children: children.map((personId, i) => ({ personId, bedId: childBeds[i]!.id })),
      }),
      201,
    );
    intake = await ok(call(t, coordinator, 'GET', url));
    expect(intake).toMatchObject({ status: 'completed', stayId: moved.stayId });
    expect(intake.tasks.map((x) => x.ref)).toEqual(['notify_imdi', 'notify_home_municipality']);
    expect(intake.tasks[1]!.doneAt).not.toBeNull();
    const stay = await t.database.db
      .selectFrom('stays')
      .selectAll()
      .where('id', '=', moved.stayId)
      .executeTakeFirstOrThrow();
    expect(stay).toMatchObject({
      person_id: mother,
      primary_contact_id: await staffId(t, 'coordinator', 'trondheim'),
      child_responsible_id: childWorker,
    });
    const tasks = await t.database.db
      .selectFrom('case_tasks')
      .select(['case_type', 'case_id'])
      .where('source', '=', 'intake_flag')
      .execute();
    expect(tasks.every((x) => x.case_type === 'stay' && x.case_id === moved.stayId)).toBe(true);

    const board = await ok<Board>(call(t, coordinator, 'GET', '/api/capacity/board'));
    const occupants = board.sites
      .flatMap((s) => s.units.flatMap((u) => u.rooms.flatMap((r) => r.beds)))
      .filter((b) => b.occupant?.stayId === moved.stayId)
      .map((b) => b.occupant!.label);
    expect(occupants.sort()).toEqual(['Måne', 'Sol', 'Stjerne']);

    // A completed intake no longer changes its steps.
    expect(
      (
        await call(t, coordinator, 'PUT', `${url}/help-needs`, {
          version: moved.version,
          needs: allNeeds(),
        })
      ).statusCode,
    ).toBe(409);

    // Audit: field names only; nothing sealed at rest or in the audit.
    const audit = await intakeAudit(t);
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'intake.from_contact',
        'intake.start',
        'intake.consent',
        'intake.eligibility',
        'intake.help_needs',
        'intake.primary_contact',
        'intake.flags',
        'intake.notice.sent',
        'intake.move_in',
      ]),
    );
    const dump = JSON.stringify(audit);
    expect(dump).not.toContain(secret);
    const row = await t.database.db
      .selectFrom('intakes')
      .selectAll()
      .where('id', '=', started.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.help_needs_sealed).toMatch(/^v1\./);
  });

  it('refuses a notice without consent, and after the consent is withdrawn', async () => {
    await ok(startShift(t, leader));
    const { mother } = await family(leader);
    const { id } = await ok<{ id: string }>(
      call(t, leader, 'POST', '/api/intakes', { personId: mother }),
      201,
    );
    const url = `/api/intakes/${id}`;
    let { version } = await ok<{ version: number }>(
      call(t, leader, 'PUT', `${url}/consent`, {
        version: 1,
        answers: consent({ registration: true, home_municipality: false }),
      }),
    );
    ({ version } = await ok(
      call(t, leader, 'PUT', `${url}/eligibility`, {
        version,
        targetGroups: ['violence_close_relations'],
        homeMunicipalityNumber: '0301',
        dangerToSelfOrOthers: false,
      }),
    ));
    const refused = await call(t, leader, 'GET', `${url}/notices/home_municipality`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/consent/);
    expect((await call(t, leader, 'POST', `${url}/notices/home_municipality`, {})).statusCode).toBe(
      409,
    );

    ({ version } = await ok(
      call(t, leader, 'PUT', `${url}/consent`, {
        version,
        answers: consent({ registration: true, home_municipality: true }),
      }),
    ));
    expect((await call(t, leader, 'GET', `${url}/notices/home_municipality`)).statusCode).toBe(200);
    t.clock.advance(24 * 3600_000);
    leader = await loginAs(t, 'unit_leader', 'trondheim');
    ({ version } = await ok(
      call(t, leader, 'PUT', `${url}/consent`, {
        version,
        answers: consent({ registration: true, home_municipality: false }),
      }),
    ));
    expect((await call(t, leader, 'GET', `${url}/notices/home_municipality`)).statusCode).toBe(409);
    const view = await ok<{
      consents: { scope: string; withdrawnOn: string | null }[];
      eligibility: { outsideCooperation: boolean };
    }>(call(t, leader, 'GET', url));
    expect(view.eligibility.outsideCooperation).toBe(true);
    const history = view.consents.filter((c) => c.scope === 'home_municipality');
    expect(history).toHaveLength(3);
    expect(history.filter((c) => c.withdrawnOn !== null)).toHaveLength(2);
  });

  it('excludes a danger to self or others: decision sealed, status excluded, a task for the home municipality', async () => {
    await ok(startShift(t, leader));
    const { mother } = await family(leader);
    const { id } = await ok<{ id: string }>(
      call(t, leader, 'POST', '/api/intakes', { personId: mother }),
      201,
    );
    const url = `/api/intakes/${id}`;
    const noReason = await call(t, leader, 'PUT', `${url}/eligibility`, {
      version: 1,
      targetGroups: [],
      homeMunicipalityNumber: '5001',
      dangerToSelfOrOthers: true,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0]).toMatchObject({ code: 'exclusion_needs_reason' });
    const excluded = await ok(
      call(t, leader, 'PUT', `${url}/eligibility`, {
        version: 1,
        targetGroups: [],
        homeMunicipalityNumber: '5001',
        dangerToSelfOrOthers: true,
        exclusionReason: secret,
      }),
    );
    expect(excluded).toMatchObject({ outcome: 'excluded' });
    const view = await ok<View>(call(t, leader, 'GET', url));
    expect(view).toMatchObject({
      status: 'excluded',
      eligibility: { dangerToSelfOrOthers: true, exclusionReason: secret },
      tasks: [{ ref: 'exclusion_notify_home_municipality' }],
    });
    const row = await t.database.db
      .selectFrom('intakes')
      .select(['exclusion_sealed', 'eligibility_sealed'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(JSON.stringify(await intakeAudit(t))).not.toContain(secret);
    const audit = await intakeAudit(t);
    expect(audit.find((a) => a.action === 'intake.exclude')).toMatchObject({ verb: 'update' });
    // An excluded intake cannot move in.
    const moveIn = await call(t, leader, 'POST', `${url}/move-in`, {
      version: view.version,
      bedId: mother,
    });
    expect(moveIn.statusCode).toBe(409);
  });
});

describe('the move-in', () => {
  it('refuses before consent, eligibility and primary contact, and with the wrong children', async () => {
    await ok(startShift(t, leader));
    const { mother, children } = await family(leader);
    const { id } = await ok<{ id: string }>(
      call(t, leader, 'POST', '/api/intakes', { personId: mother, children }),
      201,
    );
    const url = `/api/intakes/${id}`;
    const find = await ok<{ options: { beds: { id: string }[] }[] }>(
      call(t, leader, 'POST', '/api/capacity/find', { adultGender: 'female', childAges: [7, 1] }),
    );
    const [adultBed, ...childBeds] = find.options[0]!.beds;
    const early = await call(t, leader, 'POST', `${url}/move-in`, {
      version: 1,
      bedId: adultBed!.id,
      children: children.map((personId, i) => ({ personId, bedId: childBeds[i]!.id })),
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields.map((f: { code: string }) => f.code)).toEqual([
      'step_missing',
      'step_missing',
      'step_missing',
    ]);
    let { version } = await ok<{ version: number }>(
      call(t, leader, 'PUT', `${url}/consent`, {
        version: 1,
        answers: consent({ registration: true }),
      }),
    );
    ({ version } = await ok(
      call(t, leader, 'PUT', `${url}/eligibility`, {
        version,
        targetGroups: ['violence_close_relations'],
        homeMunicipalityNumber: null,
        dangerToSelfOrOthers: false,
      }),
    ));
    ({ version } = await ok(
      call(t, leader, 'PUT', `${url}/primary-contact`, {
        version,
        primaryContactId: await staffId(t, 'coordinator', 'trondheim'),
        childResponsibleId: await staffId(t, 'children_coordinator', 'trondheim'),
      }),
    ));
    const oneChild = await call(t, leader, 'POST', `${url}/move-in`, {
      version,
      bedId: adultBed!.id,
      children: [{ personId: children[0], bedId: childBeds[0]!.id }],
    });
    expect(oneChild.statusCode).toBe(400);
    expect(oneChild.json().error.fields[0]).toMatchObject({ code: 'children_mismatch' });
    const stale = await call(t, leader, 'POST', `${url}/move-in`, {
      version: version - 1,
      bedId: adultBed!.id,
      children: children.map((personId, i) => ({ personId, bedId: childBeds[i]!.id })),
    });
    expect(stale.statusCode).toBe(409);
    const stays = await t.database.db
      .selectFrom('stays')
      .select('id')
      .where('person_id', '=', mother)
      .execute();
    expect(stays).toHaveLength(0);
  });
});

describe('who may work an intake', () => {
  it('hides it from a night watch not on shift (404, audited) and from finance (403)', async () => {
    await ok(startShift(t, leader));
    const { mother } = await family(leader);
    const { id } = await ok<{ id: string }>(
      call(t, leader, 'POST', '/api/intakes', { personId: mother }),
      201,
    );
    const night = await loginAs(t, 'night_watch', 'trondheim');
    expect((await call(t, night, 'GET', `/api/intakes/${id}`)).statusCode).toBe(404);
    const list = await ok<{ items: unknown[] }>(call(t, night, 'GET', '/api/intakes'));
    expect(list.items).toHaveLength(0);
    const denied = (await intakeAudit(t)).find((a) => a.outcome === 'denied');
    expect(denied).toMatchObject({ record_type: 'intake', record_id: id, reason: 'not_on_shift' });
    await ok(startShift(t, night));
    expect((await call(t, night, 'GET', `/api/intakes/${id}`)).statusCode).toBe(200);

    const finance = await loginAs(t, 'finance', 'trondheim');
    expect((await call(t, finance, 'GET', `/api/intakes/${id}`)).statusCode).toBe(403);
    expect((await call(t, finance, 'GET', '/api/intakes')).statusCode).toBe(403);
  });

  it('answers 409 to a stale version and keeps the first change', async () => {
    await ok(startShift(t, leader));
    const { mother } = await family(leader);
    const { id } = await ok<{ id: string }>(
      call(t, leader, 'POST', '/api/intakes', { personId: mother }),
      201,
    );
    const flags = { forcedMarriageSuspected: false, asylumSeeker: true };
    await ok(call(t, leader, 'PUT', `/api/intakes/${id}/flags`, { version: 1, ...flags }));
    const stale = await call(t, leader, 'PUT', `/api/intakes/${id}/flags`, {
      version: 1,
      ...flags,
      asylumSeeker: false,
    });
    expect(stale.statusCode).toBe(409);
    const view = await ok<View>(call(t, leader, 'GET', `/api/intakes/${id}`));
    expect(view.flags.asylumSeeker).toBe(true);
    expect(view.tasks.map((x) => x.ref)).toEqual(['contact_udi']);
  });

  it('refuses a second intake for the same person while one is going on', async () => {
    await ok(startShift(t, leader));
    const { mother } = await family(leader);
    await ok(call(t, leader, 'POST', '/api/intakes', { personId: mother }), 201);
    expect((await call(t, leader, 'POST', '/api/intakes', { personId: mother })).statusCode).toBe(
      409,
    );
  });

  it('seals an anonymous resident’s identity: only the unit leader reads it, audited', async () => {
    const coordinator = await loginAs(t, 'coordinator', 'trondheim');
    await ok(startShift(t, coordinator));
    const mother = await newPerson(t, coordinator, { alias: 'Lilje', gender: 'female' });
    const { id } = await ok<{ id: string }>(
      call(t, coordinator, 'POST', '/api/intakes', { personId: mother }),
      201,
    );
    const identity = { firstName: 'Kari', lastName: 'Hemmelig', birthDate: '1990-01-01' };
    await ok(call(t, coordinator, 'PUT', `/api/intakes/${id}/identity`, { version: 1, identity }));
    const view = await call(t, coordinator, 'GET', `/api/intakes/${id}`);
    expect(view.json().anonymous).toBe(true);
    expect(view.body).not.toContain('Hemmelig');
    const list = await call(t, coordinator, 'GET', '/api/intakes');
    expect(list.body).not.toContain('Hemmelig');
    expect((await call(t, coordinator, 'GET', `/api/intakes/${id}/identity`)).statusCode).toBe(403);
    const revealed = await ok<{ identity: Record<string, unknown> }>(
      call(t, leader, 'GET', `/api/intakes/${id}/identity`),
    );
    expect(revealed.identity).toMatchObject(identity);
    const audit = await intakeAudit(t);
    expect(
      audit.find((a) => a.action === 'intake.reveal_identity' && a.outcome === 'success'),
    ).toMatchObject({
      verb: 'read',
      fields: JSON.stringify(['identity']),
    });
    expect(JSON.stringify(audit)).not.toContain('Hemmelig');
  });

  it('lets the unit leader set the phone number the notice gives', async () => {
    const first = await ok(
      call(t, leader, 'PUT', '/api/intake/settings', { version: 0, noticePhone: '73 00 00 00' }),
    );
    expect(first).toEqual({ noticePhone: '73 00 00 00', version: 1 });
    expect(
      (await call(t, leader, 'PUT', '/api/intake/settings', { version: 0, noticePhone: 'x' }))
        .statusCode,
    ).toBe(409);
    expect(await ok(call(t, leader, 'GET', '/api/intake/settings'))).toEqual(first);
  });
});
