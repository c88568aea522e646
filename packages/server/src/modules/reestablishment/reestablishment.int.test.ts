import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import { getBoard, newPerson, unitNamed } from '../capacity/test-support.ts';

let t: TestApp;
let coordinator: Session;
let leader: Session;
let staff: { id: string; username: string }[];
let nav: { id: string };

beforeEach(async () => {
  t = await testApp({ start: new Date('2026-11-24T09:00:00Z') });
  await withDemoCentre(t, 'bergen');
  await t.app.ready();
  coordinator = await loginAs(t, 'coordinator');
  leader = await loginAs(t, 'unit_leader');
  await post(coordinator, '/api/shifts/start');
  staff = (await get(leader, '/api/staff')).json().items;
  nav = (await get(coordinator, '/api/partners?type=nav'))
    .json()
    .items.find((p: { name: string }) => p.name === 'NAV Bergenhus');
});
afterEach(async () => t.close());

const get = (session: Session, url: string) =>
  t.app.inject({ method: 'GET', url, headers: session.headers });
const post = (session: Session, url: string, payload?: object) =>
  t.app.inject({ method: 'POST', url, headers: session.headers, ...(payload ? { payload } : {}) });
const send = (session: Session, method: 'PATCH' | 'PUT', url: string, payload: object) =>
  t.app.inject({ method, url, headers: session.headers, payload });
const idOf = (username: string) => staff.find((s) => s.username === username)!.id;

/** A demo person's stays, by alias: the raw rows, as only a test reads them. */
async function staysOf(alias: string) {
  return t.database.db
    .selectFrom('stays')
    .innerJoin('persons', 'persons.id', 'stays.person_id')
    .select(['stays.id', 'stays.kind', 'stays.departure_at', 'persons.id as person_id'])
    .where('persons.alias', '=', alias)
    .orderBy('stays.arrival_at')
    .execute();
}

async function demoCaseId(): Promise<string> {
  const row = await t.database.db
    .selectFrom('reestablishment_cases')
    .innerJoin('persons', 'persons.id', 'reestablishment_cases.person_id')
    .select('reestablishment_cases.id')
    .where('persons.alias', '=', 'Vier')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('re-establishment', () => {
  it('follows a mother up in the transition apartment after her stay: two contacts, then the end', async () => {
    const candidates = (await get(coordinator, '/api/reestablishment/candidates')).json().items;
    expect(candidates).toEqual([
      expect.objectContaining({
        person: expect.objectContaining({ displayName: 'Selje' }),
        unitName: 'Leilighet for forlenget opphold 2',
      }),
    ]);
    const [crisis, transition] = await staysOf('Selje');
    expect([crisis!.kind, transition!.kind]).toEqual(['crisis', 'transition']);

    const opened = await post(coordinator, '/api/reestablishment', {
      fromStayId: crisis!.id,
      housing: 'transition_apartment',
      startedOn: '2026-11-18',
      partnerIds: [nav.id],
      goals: 'Egen kommunal bolig innen mars',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().id as string;
    const again = await post(coordinator, '/api/reestablishment', {
      personId: crisis!.person_id,
      housing: 'transition_apartment',
    });
    expect(again.statusCode).toBe(409);

    for (const contact of [
      { date: '2026-11-20', kind: 'visit', minutes: 60, interpreter: false, note: null },
      {
        date: '2026-11-24',
        kind: 'accompanying',
        minutes: 90,
        interpreter: true,
        note: 'Fulgte henne til NAV om depositumsgaranti',
      },
    ]) {
      const res = await post(coordinator, `/api/reestablishment/${id}/contacts`, {
        ...contact,
        staffIds: [idOf('koordinator')],
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const future = await post(coordinator, `/api/reestablishment/${id}/contacts`, {
      date: '2026-11-25',
      kind: 'call',
      minutes: 10,
      staffIds: [idOf('koordinator')],
    });
    expect(future.statusCode).toBe(400);

    const view = (await get(coordinator, `/api/reestablishment/${id}`)).json();
    expect(view).toMatchObject({
      person: { displayName: 'Selje' },
      children: [{ displayName: 'Stær' }],
      followsStayId: crisis!.id,
      housing: 'transition_apartment',
      transitionStay: { stayId: transition!.id, unitName: 'Leilighet for forlenget opphold 2' },
      municipality: null,
      startedOn: '2026-11-18',
      // Opening the case made nobody its primary contact: the unit leader assigns one.
      primaryContact: null,
      goals: 'Egen kommunal bolig innen mars',
      partners: [{ id: nav.id, name: 'NAV Bergenhus', type: 'nav' }],
      endedOn: null,
      version: 1,
    });
    expect(view.contacts.map((c: { kind: string }) => c.kind)).toEqual(['accompanying', 'visit']);
    expect(view.contacts[0]).toMatchObject({
      interpreter: true,
      note: 'Fulgte henne til NAV om depositumsgaranti',
    });

    // Sealed at rest: the goals and the note are not in the rows as written.
    const row = await t.database.db
      .selectFrom('reestablishment_cases')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.goals_sealed).toMatch(/^v1\./);
    expect(JSON.stringify(row)).not.toContain('kommunal bolig');
    const notes = await t.database.db
      .selectFrom('reestablishment_contacts')
      .select('note_sealed')
      .where('case_id', '=', id)
      .execute();
    expect(JSON.stringify(notes)).not.toContain('depositum');

    // She moves into a home of her own in Bergen: the municipality, never the address.
    const moved = await send(coordinator, 'PATCH', `/api/reestablishment/${id}`, {
      version: 1,
      housing: 'permanent_home',
      municipalityNumber: '4601',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const stale = await post(coordinator, `/api/reestablishment/${id}/end`, {
      version: 1,
      endedOn: '2026-11-24',
      reason: 'goals_reached',
    });
    expect(stale.statusCode).toBe(409);
    const ended = await post(coordinator, `/api/reestablishment/${id}/end`, {
      version: 2,
      endedOn: '2026-11-24',
      reason: 'goals_reached',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect((await get(coordinator, `/api/reestablishment/${id}`)).json()).toMatchObject({
      housing: 'permanent_home',
      municipality: { number: '4601', name: 'Bergen' },
      transitionStay: null,
      endedOn: '2026-11-24',
      endReason: 'goals_reached',
      version: 3,
    });
    const twice = await post(coordinator, `/api/reestablishment/${id}/end`, {
      version: 3,
      endedOn: '2026-11-24',
      reason: 'goals_reached',
    });
    expect(twice.json().error).toMatchObject({ code: 'conflict', reason: 'case_ended' });
    const open = (await get(coordinator, '/api/reestablishment')).json().items;
    expect(open.map((c: { id: string }) => c.id)).not.toContain(id);

    const audit = await t.database.db
      .selectFrom('audit_entries')
      .select(['action', 'verb', 'fields'])
      .where('record_type', '=', 'reestablishment_case')
      .where('record_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => `${a.verb} ${a.action}`)).toEqual([
      'create reestablishment.open',
      'update reestablishment.contact',
      'update reestablishment.contact',
      'read reestablishment.read',
      'update reestablishment.update',
      'update reestablishment.end',
      'read reestablishment.read',
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/kommunal|depositum|4601/);
  });

  it('opens the case to its primary contact, to staff on shift and the unit leader — no one else', async () => {
    const id = await demoCaseId();
    const children = await loginAs(t, 'children_coordinator');
    const denied = await get(children, `/api/reestablishment/${id}`);
    expect(denied.statusCode).toBe(404);
    const denial = await t.database.db
      .selectFrom('audit_entries')
      .select(['outcome', 'reason', 'actor'])
      .where('record_id', '=', id)
      .where('verb', '=', 'deny')
      .executeTakeFirstOrThrow();
    expect(denial).toMatchObject({ outcome: 'denied', reason: 'not_on_shift' });
    expect((await get(children, '/api/reestablishment')).json().items).toEqual([]);

    // The primary contact opens it by relation, shift or not.
    const primary = await loginAs(t, 'coordinator');
    await post(primary, '/api/shifts/end');
    expect((await get(primary, `/api/reestablishment/${id}`)).statusCode).toBe(200);
    expect((await get(leader, `/api/reestablishment/${id}`)).json()).toMatchObject({
      person: { displayName: 'Vier' },
      municipality: { number: '4601' },
      contacts: [{ kind: 'call', note: 'Første uke i ny bolig gikk greit (demo)' }],
    });
    await post(children, '/api/shifts/start');
    expect((await get(children, `/api/reestablishment/${id}`)).statusCode).toBe(200);

    const finance = await loginAs(t, 'finance');
    expect((await get(finance, '/api/reestablishment')).statusCode).toBe(403);
    expect((await get(finance, `/api/reestablishment/${id}`)).statusCode).toBe(403);
  });

  it('says where the person lives the right way, and opens only after a stay has ended', async () => {
    const person = await newPerson(t, coordinator, { alias: 'Hassel', gender: 'female' });
    const noStay = await post(coordinator, '/api/reestablishment', {
      personId: person,
      housing: 'transition_apartment',
    });
    expect(noStay.json().error.fields).toEqual([
      expect.objectContaining({ path: 'body.housing', code: 'no_transition_stay' }),
    ]);
    const noMunicipality = await post(coordinator, '/api/reestablishment', {
      personId: person,
      housing: 'permanent_home',
    });
    expect(noMunicipality.json().error.fields).toEqual([
      expect.objectContaining({ path: 'body.municipalityNumber', code: 'municipality_needed' }),
    ]);
    const [going] = await staysOf('Lilje');
    const stillThere = await post(coordinator, '/api/reestablishment', {
      fromStayId: going!.id,
      housing: 'permanent_home',
      municipalityNumber: '4601',
    });
    expect(stillThere.statusCode).toBe(409);
    const naming = {
      personId: person,
      housing: 'permanent_home',
      municipalityNumber: '4631',
      primaryContactId: idOf('barnekoordinator'),
    };
    const byCoordinator = await post(coordinator, '/api/reestablishment', naming);
    expect(byCoordinator.statusCode).toBe(403);
    expect(byCoordinator.json().error.reason).toBe('primary_contact_not_assignable');
    const fresh = await post(leader, '/api/reestablishment', naming);
    expect(fresh.statusCode, fresh.body).toBe(201);
    expect(
      (await get(coordinator, `/api/reestablishment/${fresh.json().id}`)).json(),
    ).toMatchObject({
      followsStayId: null,
      children: [],
      primaryContact: { id: idOf('barnekoordinator') },
    });
  });
});

describe('transition stays in the capacity model', () => {
  it('are started only in a transition apartment, and count as overnights only when the centre says so', async () => {
    const board = await getBoard(t, leader);
    const apartment = unitNamed(board, 'Leilighet for forlenget opphold 2');
    expect(apartment.totals).toMatchObject({ occupied: 2, persons: 2 });

    // A crisis search never offers the transition apartment, whatever is free.
    const crisis = (
      await post(coordinator, '/api/capacity/find', { adultGender: 'female', childAges: [] })
    ).json();
    expect(crisis.options.map((o: { unitId: string }) => o.unitId)).not.toContain(apartment.id);
    expect(crisis.notFitting).toContainEqual(
      expect.objectContaining({
        unitId: apartment.id,
        reasons: ['transition_apartment'],
      }),
    );

    // A second transition apartment, configured by the unit leader.
    const site = board.sites[1]!.id;
    const unit = await post(leader, '/api/capacity/units', {
      siteId: site,
      name: 'Overgangsbolig B',
      kind: 'apartment',
      allocation: 'whole_unit',
      targetGroup: 'any',
      transitionApartment: true,
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const room = await post(leader, '/api/capacity/rooms', {
      unitId: unit.json().id,
      name: 'Soverom',
    });
    const bed = await post(leader, '/api/capacity/beds', {
      roomId: room.json().id,
      label: 'Seng 1',
    });
    const bedId = bed.json().id as string;

    const person = await newPerson(t, coordinator, { alias: 'Bjørk', gender: 'female' });
    const asCrisis = await post(coordinator, '/api/capacity/stays', { personId: person, bedId });
    expect(asCrisis.statusCode).toBe(409);
    const started = await post(coordinator, '/api/capacity/stays', {
      personId: person,
      bedId,
      arrivalAt: '2026-11-21T12:00:00Z',
      need: { stayKind: 'transition' },
    });
    expect(started.statusCode, started.body).toBe(201);
    const row = await t.database.db
      .selectFrom('stays')
      .select('kind')
      .where('id', '=', started.json().id)
      .executeTakeFirstOrThrow();
    expect(row.kind).toBe('transition');

    // People live there now: its use cannot change under them.
    const unitRow = (await get(leader, '/api/capacity/configuration'))
      .json()
      .sites.flatMap((s: { units: { id: string; version: number }[] }) => s.units)
      .find((u: { id: string }) => u.id === unit.json().id);
    const flip = await send(leader, 'PATCH', `/api/capacity/units/${unitRow.id}`, {
      version: unitRow.version,
      transitionApartment: false,
    });
    expect(flip.statusCode).toBe(409);

    const november = async () =>
      (await get(leader, '/api/capacity/history?from=2026-11&to=2026-11')).json().months[0];
    const off = await november();
    expect(off.byUnit[unit.json().id]).toMatchObject({ adults: 3, total: 3 });

    const settings = (await get(leader, '/api/capacity/configuration')).json().settings;
    expect(settings.transitionStaysCount).toBe(false);
    expect(
      (
        await send(coordinator, 'PUT', '/api/capacity/settings', {
          ...settings,
          transitionStaysCount: true,
        })
      ).statusCode,
    ).toBe(403);
    const on = await send(leader, 'PUT', '/api/capacity/settings', {
      ...settings,
      transitionStaysCount: true,
    });
    expect(on.statusCode, on.body).toBe(200);
    const stale = await send(leader, 'PUT', '/api/capacity/settings', {
      ...settings,
      transitionStaysCount: false,
    });
    expect(stale.statusCode).toBe(409);
    const counted = await november();
    // Bjørk's 3 nights, and Selje and her son's since 18 November: 6 nights × 2 persons.
    expect(counted.total - off.total).toBe(3 + 12);
    expect(counted.byUnit[unit.json().id]).toEqual(off.byUnit[unit.json().id]);
  });
});
