import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';

let t: TestApp;
let coordinator: Session;
let leader: Session;
let staff: { id: string; username: string }[];
let nav: { id: string };

beforeEach(async () => {
  t = await testApp({ start: new Date('2026-11-24T02:00:00Z') });
  await withDemoCentre(t, 'bergen');
  await withDemoCentre(t, 'moss');
  await t.app.ready();
  coordinator = await loginAs(t, 'coordinator');
  leader = await loginAs(t, 'unit_leader');
  await t.app.inject({ method: 'POST', url: '/api/shifts/start', headers: coordinator.headers });
  staff = (await t.app.inject({ method: 'GET', url: '/api/staff', headers: leader.headers })).json()
    .items;
  const navs = (
    await t.app.inject({
      method: 'GET',
      url: '/api/partners?type=nav',
      headers: coordinator.headers,
    })
  ).json().items;
  nav = navs.find((p: { name: string }) => p.name === 'NAV Bergenhus');
});
afterEach(async () => t.close());

const post = (session: Session, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: session.headers, payload });
const idOf = (username: string) => staff.find((s) => s.username === username)!.id;

async function personWithContact() {
  const person = (await post(coordinator, '/api/people', { alias: 'Lilje' })).json();
  const contact = (
    await post(coordinator, '/api/contacts', {
      openedAt: t.clock.now().toISOString(),
      channel: 'phone',
      contactBy: 'person_at_risk',
      personId: person.id,
      topics: ['psychological'],
      urgency: 'medium',
      actions: ['day_service_appointment'],
    })
  ).json();
  return { personId: person.id as string, contactId: contact.id as string };
}

describe('day users', () => {
  it('turns a logged contact into a day-user case without retyping, and counts every kind of visit', async () => {
    const { personId, contactId } = await personWithContact();
    const started = await post(coordinator, '/api/day-users', {
      fromContactId: contactId,
      firstContactBy: 'self',
    });
    expect(started.statusCode, started.body).toBe(201);
    const caseId = started.json().id;
    for (const kind of ['conversation', 'home_visit', 'accompanying']) {
      const visit = await post(coordinator, `/api/day-users/${caseId}/visits`, {
        date: '2026-11-24',
        kind,
        minutes: 45,
        staffIds: [idOf('koordinator')],
        interpreter: kind === 'home_visit',
        topic: 'Bolig og økonomi',
      });
      expect(visit.statusCode, visit.body).toBe(201);
    }
    const view = (
      await t.app.inject({
        method: 'GET',
        url: `/api/day-users/${caseId}`,
        headers: coordinator.headers,
      })
    ).json();
    expect(view).toMatchObject({
      person: { id: personId, displayName: 'Lilje' },
      sourceContactId: contactId,
      startedOn: '2026-11-24',
    });
    expect(view.visits.map((v: { kind: string }) => v.kind).sort()).toEqual([
      'accompanying',
      'conversation',
      'home_visit',
    ]);
    // Opening the case made nobody its primary contact: the unit leader assigns one.
    expect(view.primaryContact).toBeNull();

    const twice = await post(coordinator, '/api/day-users', { personId, firstContactBy: 'self' });
    expect(twice.json().error).toMatchObject({ code: 'conflict', reason: 'case_open' });
    const ended = await post(coordinator, `/api/day-users/${caseId}/end`, {
      version: 1,
      endedOn: '2026-11-30',
      reason: 'goal_reached',
    });
    expect(ended.json()).toEqual({ version: 2 });
    const afterEnd = await post(coordinator, `/api/day-users/${caseId}/visits`, {
      date: '2026-12-01',
      kind: 'conversation',
      minutes: 30,
      staffIds: [idOf('koordinator')],
    });
    // The web says the case has ended, not just "refused".
    expect(afterEnd.json().error).toMatchObject({ code: 'conflict', reason: 'case_ended' });
  });

  it('records perpetrators on the case only, for those working it, never as a searchable person', async () => {
    const { contactId } = await personWithContact();
    const caseId = (
      await post(coordinator, '/api/day-users', {
        fromContactId: contactId,
        firstContactBy: 'self',
      })
    ).json().id;
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/day-users/${caseId}/perpetrators`,
      headers: coordinator.headers,
      payload: {
        perpetrators: [
          {
            relation: 'ex_partner',
            gender: 'male',
            childrenExposed: 'yes',
            notes: 'Kjører hvit varebil MARKER-perp',
          },
        ],
        version: 1,
      },
    });
    expect(res.json()).toEqual({ count: 1, version: 2 });
    // A second edit made from the same first reading would overwrite the first: refused.
    const stale = await t.app.inject({
      method: 'PUT',
      url: `/api/day-users/${caseId}/perpetrators`,
      headers: coordinator.headers,
      payload: { perpetrators: [], version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    const view = (
      await t.app.inject({
        method: 'GET',
        url: `/api/day-users/${caseId}`,
        headers: coordinator.headers,
      })
    ).json();
    expect(view.perpetrators).toEqual([
      {
        relation: 'ex_partner',
        gender: 'male',
        childrenExposed: 'yes',
        notes: 'Kjører hvit varebil MARKER-perp',
      },
    ]);
    const search = await post(coordinator, '/api/people/search', { text: 'varebil' });
    expect(search.json().items).toEqual([]);
    const watch = await loginAs(t, 'night_watch');
    const denied = await t.app.inject({
      method: 'GET',
      url: `/api/day-users/${caseId}`,
      headers: watch.headers,
    });
    expect(denied.statusCode).toBe(404);
    expect(denied.body).not.toContain('MARKER-perp');
    const row = await t.database.db
      .selectFrom('case_perpetrators')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('MARKER-perp');
  });

  it('refuses to start a case from an anonymous contact', async () => {
    const anonymous = (
      await post(coordinator, '/api/contacts', {
        openedAt: t.clock.now().toISOString(),
        channel: 'phone',
        contactBy: 'person_at_risk',
        topics: ['physical'],
        urgency: 'high',
        actions: ['advice'],
      })
    ).json();
    const res = await post(coordinator, '/api/day-users', {
      fromContactId: anonymous.id,
      firstContactBy: 'self',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({
      path: 'body.fromContactId',
      code: 'anonymous_contact',
    });
  });

  it('keeps another centre out of a case', async () => {
    const { contactId } = await personWithContact();
    const caseId = (
      await post(coordinator, '/api/day-users', {
        fromContactId: contactId,
        firstContactBy: 'police',
      })
    ).json().id;
    const moss = await loginAs(t, 'unit_leader', 'moss');
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/day-users/${caseId}`,
          headers: moss.headers,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/day-users', headers: moss.headers })).json()
        .items,
    ).toEqual([]);
  });
});

describe('appointments', () => {
  it('books a meeting at NAV with a staff member going along, on the calendar and the reminders', async () => {
    const { personId } = await personWithContact();
    const booked = await post(coordinator, '/api/appointments', {
      personId,
      startsAt: '2026-11-24T09:00:00Z',
      endsAt: '2026-11-24T10:00:00Z',
      place: 'nav',
      partnerId: nav.id,
      staffIds: [idOf('koordinator')],
      transport: 'taxi_agreement',
      safetyNote: 'Han vet hvor NAV-kontoret er: gå inn bakveien.',
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const mineRes = await t.app.inject({
      method: 'GET',
      url: '/api/appointments/mine',
      headers: coordinator.headers,
    });
    expect(mineRes.statusCode, mineRes.body).toBe(200);
    const mine = mineRes.json().items;
    expect(mine).toEqual([
      expect.objectContaining({
        place: 'nav',
        partner: { id: nav.id, name: 'NAV Bergenhus' },
        person: { id: personId, displayName: 'Lilje' },
        transport: 'taxi_agreement',
      }),
    ]);
    const day = await t.app.inject({
      method: 'GET',
      url: `/api/appointments?from=2026-11-24T00:00:00Z&to=2026-11-25T00:00:00Z&staffId=${idOf('koordinator')}`,
      headers: coordinator.headers,
    });
    expect(day.json().items).toHaveLength(1);
  });

  it('shows an appointment only as busy time to a colleague who may not open the person', async () => {
    const { personId } = await personWithContact();
    await post(coordinator, '/api/appointments', {
      personId,
      startsAt: '2026-11-24T09:00:00Z',
      endsAt: '2026-11-24T10:00:00Z',
      place: 'police',
      staffIds: [idOf('koordinator')],
      safetyNote: 'MARKER-appt',
    });
    const watch = await loginAs(t, 'night_watch');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/appointments?from=2026-11-24T00:00:00Z&to=2026-11-25T00:00:00Z',
      headers: watch.headers,
    });
    expect(res.json().items).toEqual([
      expect.objectContaining({ person: null, safetyNote: null, place: 'police' }),
    ]);
    expect(res.body).not.toContain('MARKER-appt');
  });

  it('asks who goes along to a meeting outside, and refuses an end before the start', async () => {
    const res = await post(coordinator, '/api/appointments', {
      startsAt: '2026-11-24T10:00:00Z',
      endsAt: '2026-11-24T09:00:00Z',
      place: 'court',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { code: string }) => f.code)).toEqual([
      'ends_before_start',
      'outside_needs_staff',
    ]);
  });
});

describe('joint meetings', () => {
  it('records who took part, what was decided, and follow-up tasks with owners', async () => {
    const { personId } = await personWithContact();
    const recorded = await post(coordinator, '/api/joint-meetings', {
      personId,
      heldAt: '2026-11-24T12:00:00Z',
      partnerIds: [nav.id],
      attendees: 'Veileder NAV, koordinator',
      decisions: 'Søknad om bostøtte sendes',
      tasks: [
        { description: 'Sende søknad om bostøtte', ownerPartnerId: nav.id, dueOn: '2026-12-01' },
        { description: 'Følge opp svar', ownerUserId: idOf('koordinator'), dueOn: '2026-12-08' },
      ],
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const meetings = (
      await t.app.inject({
        method: 'GET',
        url: `/api/joint-meetings?personId=${personId}`,
        headers: coordinator.headers,
      })
    ).json().items;
    expect(meetings[0]).toMatchObject({
      partners: [{ id: nav.id, name: 'NAV Bergenhus' }],
      decisions: 'Søknad om bostøtte sendes',
    });
    const task = meetings[0].tasks[0];
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/joint-meetings/tasks/${task.id}/done`,
          headers: coordinator.headers,
        })
      ).statusCode,
    ).toBe(204);
    const after = (
      await t.app.inject({
        method: 'GET',
        url: `/api/joint-meetings?personId=${personId}`,
        headers: coordinator.headers,
      })
    ).json().items;
    expect(after[0].tasks[0].done).toBe(true);
  });
});
