import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';

let t: TestApp;
let leader: Session;
let coordinator: Session;

beforeEach(async () => {
  t = await testApp({ start: new Date('2026-11-24T09:00:00Z') });
  await withDemoCentre(t, 'bergen');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader');
  coordinator = await loginAs(t, 'coordinator');
});
afterEach(async () => t.close());

const get = (session: Session, url: string) =>
  t.app.inject({ method: 'GET', url, headers: session.headers });
const send = (session: Session, method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });
const startShift = (session: Session) => send(session, 'POST', '/api/shifts/start');

type Resident = { stayId: string; label: string | null; canOpen: boolean; dayOfStay: number };
async function residents(session: Session): Promise<Resident[]> {
  const response = await get(session, '/api/stays/residents');
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}
async function stayOf(alias: string): Promise<string> {
  return (await residents(leader)).find((r) => r.label === alias)!.stayId;
}

describe('the stay page', () => {
  it('measures the clock by the home municipality’s agreement, else the centre default', async () => {
    // Furu came 45 days ago from the first partner municipality: 42 days agreed, billed beyond.
    const furu = (await get(coordinator, `/api/stays/${await stayOf('Furu')}`)).json();
    expect(furu.clock).toMatchObject({
      limitDays: 42,
      warningDays: 10,
      status: 'beyond',
      daysBeyond: 3,
      dayOfStay: 46,
      billDaysBeyond: true,
      termsSource: 'municipality',
    });
    expect(furu.primaryContact.name).toContain('Koordinator');
    expect(furu.flags).toMatchObject({ noVisitors: true, perpetratorSearching: true });

    // Rogn has no home municipality: the centre default. The unit leader changes it.
    const rognId = await stayOf('Rogn');
    expect((await get(leader, `/api/stays/${rognId}`)).json().clock).toMatchObject({
      limitDays: 42,
      termsSource: 'centre_default',
      status: 'ok',
    });
    const agreements = (await get(leader, '/api/agreements')).json();
    expect(agreements.default.version).toBe(1);
    expect(agreements.municipalities.length).toBeGreaterThan(5);
    const changed = await send(leader, 'PUT', '/api/agreements/default', {
      stayLimitDays: 21,
      warningDays: 3,
      billDaysBeyond: false,
      version: 1,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await get(leader, `/api/stays/${rognId}`)).json().clock).toMatchObject({
      limitDays: 21,
      dayOfStay: 21,
      status: 'warning',
    });
    // Stale version: 409, nothing overwritten.
    const stale = await send(leader, 'PUT', '/api/agreements/default', {
      stayLimitDays: 90,
      warningDays: 3,
      billDaysBeyond: false,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const audit = await t.database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('action', '=', 'agreements.update')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ record_type: 'agreement', verb: 'update' });
    expect(JSON.parse(audit.fields!)).toEqual(['stay_limit_days', 'warning_days']);
    // Finance manages agreements too; a coordinator reads them only.
    const finance = await loginAs(t, 'finance');
    expect((await get(finance, '/api/agreements')).statusCode).toBe(200);
    expect(
      (
        await send(coordinator, 'PUT', '/api/agreements/4627', {
          stayLimitDays: 30,
          warningDays: 3,
          billDaysBeyond: true,
          version: 1,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('changes the primary contact with the version read, and refuses a stale one', async () => {
    const id = await stayOf('Ask');
    const stay = (await get(leader, `/api/stays/${id}`)).json();
    const staff = (await get(leader, '/api/staff')).json().items as {
      id: string;
      username: string;
    }[];
    const kari = staff.find((s) => s.username === 'koordinator')!.id;
    const set = await send(leader, 'PUT', `/api/stays/${id}/responsible`, {
      primaryContactId: kari,
      childResponsibleId: null,
      version: stay.version,
    });
    expect(set.statusCode, set.body).toBe(200);
    const stale = await send(leader, 'PUT', `/api/stays/${id}/responsible`, {
      primaryContactId: null,
      childResponsibleId: null,
      version: stay.version,
    });
    expect(stale.statusCode).toBe(409);
    // Now the coordinator works the stay by relation, without a shift.
    expect((await get(coordinator, `/api/stays/${id}`)).statusCode).toBe(200);
  });

  it('opens the resident’s own record and her confidential address to her primary contact alone', async () => {
    const id = await stayOf('Ask');
    const stay = (await get(leader, `/api/stays/${id}`)).json();
    const personUrl = `/api/people/${stay.person.id}`;
    const person = (await get(leader, personUrl)).json();
    const street = 'Skjult gate 3 MARKER-primary';
    const protect = await t.app.inject({
      method: 'PATCH',
      url: personUrl,
      headers: leader.headers,
      payload: { version: person.version, addressProtection: 'confidential', address: { street } },
    });
    expect(protect.statusCode, protect.body).toBe(200);
    // Off shift and not hers: not found. A night watch on shift opens the record, not the address.
    expect((await get(coordinator, personUrl)).statusCode).toBe(404);
    const nightWatch = await loginAs(t, 'night_watch');
    await startShift(nightWatch);
    const watched = await get(nightWatch, personUrl);
    expect(watched.json()).toMatchObject({ address: null, addressHidden: true });
    expect(watched.body).not.toContain('MARKER-primary');

    const staff = (await get(leader, '/api/staff')).json().items as {
      id: string;
      username: string;
    }[];
    const set = await send(leader, 'PUT', `/api/stays/${id}/responsible`, {
      primaryContactId: staff.find((s) => s.username === 'koordinator')!.id,
      childResponsibleId: null,
      version: stay.version,
    });
    expect(set.statusCode, set.body).toBe(200);
    const own = await get(coordinator, personUrl);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().address).toEqual({ street });
  });
});

describe('the journal', () => {
  it('seals the body at rest, keeps history on correction, and filters by person and type', async () => {
    const id = await stayOf('Lilje');
    const stay = (await get(coordinator, `/api/stays/${id}`)).json();
    const child = stay.children[0].id as string;
    const first = await send(coordinator, 'POST', `/api/stays/${id}/journal`, {
      type: 'one_to_one',
      channel: 'phone',
      body: 'Enesamtale på telefon om søvn og skole.',
    });
    expect(first.statusCode, first.body).toBe(201);
    const raw = await t.database.db
      .selectFrom('journal_notes')
      .selectAll()
      .where('id', '=', first.json().id)
      .executeTakeFirstOrThrow();
    expect(raw.body_sealed).not.toContain('søvn');
    expect(raw.channel).toBe('phone');

    const missingParent = await send(coordinator, 'POST', `/api/stays/${id}/journal`, {
      personId: child,
      type: 'one_to_one',
      channel: 'in_person',
      body: 'Samtale med barnet.',
    });
    expect(missingParent.statusCode).toBe(400);
    expect(missingParent.json().error.fields[0].path).toBe('body.parentPresent');
    const childNote = await send(coordinator, 'POST', `/api/stays/${id}/journal`, {
      personId: child,
      type: 'one_to_one',
      channel: 'in_person',
      parentPresent: false,
      body: 'Samtale med barnet uten mor til stede.',
    });
    expect(childNote.statusCode, childNote.body).toBe(201);

    const correction = await send(coordinator, 'POST', `/api/stays/${id}/journal`, {
      type: 'one_to_one',
      channel: 'in_person',
      body: 'Rettelse: samtalen var ansikt til ansikt.',
      correctsId: first.json().id,
    });
    expect(correction.statusCode, correction.body).toBe(201);
    const twice = await send(coordinator, 'POST', `/api/stays/${id}/journal`, {
      type: 'observation',
      body: 'Ny rettelse av samme notat.',
      correctsId: first.json().id,
    });
    expect(twice.statusCode).toBe(409);

    const all = (await get(coordinator, `/api/stays/${id}/journal`)).json().items;
    // The demo note, the first note, the child's note and the correction: nothing replaced.
    expect(all).toHaveLength(4);
    const original = all.find((n: { id: string }) => n.id === first.json().id);
    expect(original).toMatchObject({
      body: 'Enesamtale på telefon om søvn og skole.',
      correctedById: correction.json().id,
    });
    const childsNotes = (
      await get(coordinator, `/api/stays/${id}/journal?personId=${child}`)
    ).json().items;
    expect(childsNotes).toHaveLength(1);
    expect(childsNotes[0]).toMatchObject({
      person: { id: child, isChild: true },
      parentPresent: false,
    });
    const conversations = (
      await get(coordinator, `/api/stays/${id}/journal?type=conversation`)
    ).json().items;
    expect(conversations).toHaveLength(1);
    const audit = await t.database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('record_id', '=', first.json().id)
      .executeTakeFirstOrThrow();
    expect(audit.fields).not.toContain('søvn');
  });

  it('keeps a note in progress on the server, per author, until the note is written', async () => {
    const id = await stayOf('Lilje');
    expect((await get(coordinator, `/api/stays/${id}/journal/draft`)).json().draft).toBeNull();
    const payload = { type: 'observation', body: 'Halvskrevet notat' };
    expect(
      (await send(coordinator, 'PUT', `/api/stays/${id}/journal/draft`, { payload })).statusCode,
    ).toBe(204);
    expect(
      (
        await send(coordinator, 'PUT', `/api/stays/${id}/journal/draft`, {
          payload: { ...payload, body: 'Halvskrevet notat, litt lenger' },
        })
      ).statusCode,
    ).toBe(204);
    const raw = await t.database.db.selectFrom('journal_drafts').selectAll().execute();
    expect(raw).toHaveLength(1);
    expect(raw[0]!.payload_sealed).not.toContain('Halvskrevet');
    // A closed tab: a new session finds it.
    const again = await loginAs(t, 'coordinator');
    expect((await get(again, `/api/stays/${id}/journal/draft`)).json().draft.payload).toEqual({
      ...payload,
      body: 'Halvskrevet notat, litt lenger',
    });
    // Someone else's draft is their own.
    expect((await get(leader, `/api/stays/${id}/journal/draft`)).json().draft).toBeNull();
    await send(coordinator, 'POST', `/api/stays/${id}/journal`, {
      type: 'observation',
      body: 'Halvskrevet notat, ferdig',
    });
    expect((await get(coordinator, `/api/stays/${id}/journal/draft`)).json().draft).toBeNull();
  });
});

describe('plan and tasks', () => {
  it('makes a plan, adds a measure and a task, completes with versions, and shows my tasks', async () => {
    const id = await stayOf('Måke');
    const made = await send(coordinator, 'PUT', `/api/stays/${id}/plan`, {
      goals: 'Egen bolig',
      reviewIntervalDays: 14,
      version: null,
    });
    expect(made.statusCode, made.body).toBe(200);
    const me = (await get(coordinator, '/api/auth/me')).json();
    const measure = await send(coordinator, 'POST', `/api/stays/${id}/tasks`, {
      description: 'Søke bolig',
      measure: true,
      ownerUserId: me.user.id,
      dueOn: '2026-11-30',
    });
    expect(measure.statusCode, measure.body).toBe(201);
    const task = await send(coordinator, 'POST', `/api/stays/${id}/tasks`, {
      description: 'Hente post',
      dueOn: '2026-11-25',
    });
    expect(task.statusCode).toBe(201);
    const reviewed = await send(coordinator, 'POST', `/api/stays/${id}/plan/reviews`, {
      note: 'Gjennomgått med henne',
      version: 1,
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);

    let stay = (await get(coordinator, `/api/stays/${id}`)).json();
    expect(stay.plan).toMatchObject({
      goals: 'Egen bolig',
      nextReviewOn: '2026-12-08',
      reviewDue: false,
      version: 2,
    });
    expect(stay.plan.reviews).toHaveLength(1);
    const rawPlan = await t.database.db.selectFrom('stay_plans').selectAll().execute();
    expect(rawPlan.every((p) => !p.goals_sealed?.includes('bolig'))).toBe(true);
    expect(stay.tasks.map((x: { source: string }) => x.source).sort()).toEqual(['manual', 'plan']);

    const mine = (await get(coordinator, '/api/stays/tasks/mine')).json().items;
    expect(mine.some((x: { description: string }) => x.description === 'Søke bolig')).toBe(true);

    const done = await send(coordinator, 'POST', `/api/stays/${id}/tasks/${task.json().id}/done`, {
      version: 1,
    });
    expect(done.statusCode, done.body).toBe(200);
    const again = await send(coordinator, 'POST', `/api/stays/${id}/tasks/${task.json().id}/done`, {
      version: 1,
    });
    expect(again.statusCode).toBe(409);
    stay = (await get(coordinator, `/api/stays/${id}`)).json();
    const finished = stay.tasks.find((x: { id: string }) => x.id === task.json().id);
    expect(finished.doneAt).not.toBeNull();
  });
});

describe('who may see what', () => {
  it('gives the night watch the essentials but never the journal', async () => {
    const nightWatch = await loginAs(t, 'night_watch');
    await startShift(nightWatch);
    const list = (await get(nightWatch, '/api/stays/residents')).json().items as (Resident & {
      noVisitors: boolean;
      safetyNote: string | null;
    })[];
    const furu = list.find((r) => r.label === 'Furu')!;
    expect(furu).toMatchObject({
      noVisitors: true,
      safetyNote: 'Ikke bekreft at hun bor her (demo)',
      canOpen: false,
    });
    expect(JSON.stringify(list)).not.toMatch(/first_?name|journal/i);
    expect((await get(nightWatch, `/api/stays/${furu.stayId}/journal`)).statusCode).toBe(403);
    expect((await get(nightWatch, `/api/stays/${furu.stayId}`)).statusCode).toBe(403);
    const substitute = await loginAs(t, 'on_call_substitute');
    expect((await get(substitute, `/api/stays/${furu.stayId}/journal`)).statusCode).toBe(403);
    const finance = await loginAs(t, 'finance');
    expect((await get(finance, '/api/stays/residents')).statusCode).toBe(403);
    expect((await get(finance, `/api/stays/${furu.stayId}/journal`)).statusCode).toBe(403);
  });

  it('answers a coordinator off shift and not the primary contact 404, and audits the denial', async () => {
    const id = await stayOf('Rogn');
    const denied = await get(coordinator, `/api/stays/${id}/journal`);
    expect(denied.statusCode).toBe(404);
    const denial = await t.database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('verb', '=', 'deny')
      .where('record_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(denial).toMatchObject({
      action: 'stays.journal_read',
      reason: 'not_on_shift',
      record_type: 'stay',
    });
    // The residents list shows the stay, without a way in.
    const offShift = await residents(coordinator);
    expect(offShift.find((r) => r.stayId === id)).toMatchObject({ canOpen: false, label: null });
    // Her own residents she knows, and opens, as primary contact.
    expect(offShift.find((r) => r.label === 'Lilje')).toMatchObject({ canOpen: true });
    // On shift, the coordinator works it.
    await startShift(coordinator);
    expect((await get(coordinator, `/api/stays/${id}/journal`)).statusCode).toBe(200);
    const read = await t.database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('verb', '=', 'read')
      .where('record_id', '=', id)
      .where('action', '=', 'stays.journal_read')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(read.fields!)).toEqual(['journal_notes']);
  });
});
