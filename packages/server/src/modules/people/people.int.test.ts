import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import { syntheticNationalId } from '../../../test/national-id.ts';

let t: TestApp;
let leader: Session;
let coordinator: Session;

/** 15 March 1985. */
const syntheticId = syntheticNationalId('150385');

beforeEach(async () => {
  t = await testApp();
  await withDemoCentre(t, 'bergen');
  await withDemoCentre(t, 'trondheim');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader');
  coordinator = await loginAs(t, 'coordinator');
});
afterEach(async () => t.close());

const create = (session: Session, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/people', headers: session.headers, payload });
const read = (session: Session, id: string) =>
  t.app.inject({ method: 'GET', url: `/api/people/${id}`, headers: session.headers });
const search = (session: Session, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/people/search', headers: session.headers, payload });
const startShift = (session: Session) =>
  t.app.inject({ method: 'POST', url: '/api/shifts/start', headers: session.headers });

describe('people', () => {
  it('registers a person by alias alone, and refuses a record with no name at all', async () => {
    const ok = await create(coordinator, { alias: 'Stjerne' });
    expect(ok.statusCode).toBe(201);
    const none = await create(coordinator, { gender: 'female' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields).toEqual([
      expect.objectContaining({
        path: 'body.alias',
        message: 'Give at least an alias or a first name',
      }),
    ]);
  });

  it('opens a record to the unit leader, and to a coordinator only while on shift', async () => {
    const { id } = (await create(coordinator, { alias: 'Stjerne' })).json();
    expect((await read(leader, id)).statusCode).toBe(200);
    expect((await read(coordinator, id)).statusCode).toBe(404);
    const denial = await t.database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('verb', '=', 'deny')
      .where('record_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(denial).toMatchObject({
      action: 'people.read',
      reason: 'not_on_shift',
      outcome: 'denied',
    });
    await startShift(coordinator);
    expect((await read(coordinator, id)).json()).toMatchObject({ displayName: 'Stjerne' });
    await t.app.inject({ method: 'POST', url: '/api/shifts/end', headers: coordinator.headers });
    expect((await read(coordinator, id)).statusCode).toBe(404);
  });

  it('never lets another centre reach a record, not even its unit leader', async () => {
    const { id } = (await create(leader, { firstName: 'Kari' })).json();
    const other = await loginAs(t, 'unit_leader', 'trondheim');
    const res = await read(other, id);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Kari');
  });

  it('validates a national id by its check digits, derives the birth date, and shows no digit of it', async () => {
    const bad = await create(leader, { firstName: 'Ola', nationalId: '15038512345' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({ path: 'body.nationalId' });
    const { id } = (await create(leader, { firstName: 'Ola', nationalId: syntheticId })).json();
    const person = (await read(leader, id)).json();
    expect(person.birthDate).toBe('1985-03-15');
    expect(person.nationalIdRegistered).toBe(true);
    // The last digits with the birth date would leave one candidate: none are shown.
    const { id: _id, ...shown } = person;
    expect(JSON.stringify(shown)).not.toContain(syntheticId.slice(-4));
    expect(JSON.stringify(shown)).not.toContain(syntheticId.slice(6));
    const row = await t.database.db
      .selectFrom('persons')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(syntheticId);
  });

  it('shows possible duplicates instead of saving, and saves when told it is someone else', async () => {
    await create(leader, { firstName: 'Mohammed', lastName: 'Ali', birthDate: '1990-05-01' });
    const suggested = await create(leader, {
      firstName: 'Muhammed',
      lastName: 'Ali',
      birthDate: '1990-05-01',
    });
    expect(suggested.statusCode).toBe(200);
    expect(suggested.json()).toEqual({
      created: false,
      duplicates: [
        expect.objectContaining({
          displayName: 'Mohammed Ali',
          reason: 'similar_name_and_birth_date',
        }),
      ],
      earlierRecords: [],
    });
    const confirmed = await create(leader, {
      firstName: 'Muhammed',
      lastName: 'Ali',
      birthDate: '1990-05-01',
      confirmNotDuplicate: true,
    });
    expect(confirmed.statusCode).toBe(201);
  });

  it('keeps a child as a record of its own, linked to the adult', async () => {
    const mother = (await create(leader, { firstName: 'Mor' })).json();
    const child = (
      await create(leader, { firstName: 'Barn', isChild: true, adultIds: [mother.id] })
    ).json();
    expect((await read(leader, mother.id)).json().children).toEqual([
      { id: child.id, displayName: 'Barn' },
    ]);
    expect((await read(leader, child.id)).json()).toMatchObject({
      isChild: true,
      adults: [{ id: mother.id, displayName: 'Mor' }],
    });
    const reads = await t.database.db
      .selectFrom('audit_entries')
      .select('record_id')
      .where('action', '=', 'people.read')
      .execute();
    expect(reads.map((r) => r.record_id)).toEqual([mother.id, child.id]);
  });

  it('hides a strictly confidential address, phone, e-mail and safe contact from everyone but the unit leader', async () => {
    const marker = 'Hemmelig vei 12 MARKER-7f3a';
    const contact = {
      phone: '+47 999 MARKER-c0de',
      email: 'marker-mail@example.no',
      safeUse: 'Bare SMS MARKER-5afe',
    };
    const { id } = (
      await create(leader, {
        firstName: 'Skjult',
        addressProtection: 'strictly_confidential',
        address: { street: marker },
        contact,
      })
    ).json();
    await startShift(coordinator);
    const seen = await read(coordinator, id);
    expect(seen.json()).toMatchObject({
      address: null,
      addressHidden: true,
      contact: null,
      contactHidden: true,
    });
    expect(seen.body).not.toMatch(/MARKER-|marker-mail/);
    // Nor may she overwrite them blind.
    const blind = await t.app.inject({
      method: 'PATCH',
      url: `/api/people/${id}`,
      headers: coordinator.headers,
      payload: { version: 1, contact: { phone: '12345678' } },
    });
    expect(blind.statusCode).toBe(404);
    expect((await read(leader, id)).json()).toMatchObject({ address: { street: marker }, contact });
    const row = await t.database.db
      .selectFrom('persons')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('MARKER-7f3a');
  });

  it('refuses a stale update with 409 and keeps the first change', async () => {
    const { id } = (await create(leader, { firstName: 'Kari' })).json();
    const first = await t.app.inject({
      method: 'PATCH',
      url: `/api/people/${id}`,
      headers: leader.headers,
      payload: { version: 1, lastName: 'Nordmann' },
    });
    expect(first.json()).toEqual({ version: 2 });
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/people/${id}`,
      headers: leader.headers,
      payload: { version: 1, lastName: 'Hansen' },
    });
    expect(stale.statusCode).toBe(409);
    expect((await read(leader, id)).json().lastName).toBe('Nordmann');
  });

  it('changes only the fields given: an alias edit keeps the address protection and the rest', async () => {
    const { id } = (
      await create(leader, {
        firstName: 'Vern',
        gender: 'female',
        interpreterNeeded: true,
        languages: ['somali'],
        addressProtection: 'strictly_confidential',
      })
    ).json();
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/people/${id}`,
      headers: leader.headers,
      payload: { version: 1, alias: 'Sol' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await read(leader, id)).json()).toMatchObject({
      alias: 'Sol',
      gender: 'female',
      interpreterNeeded: true,
      languages: ['somali'],
      addressProtection: 'strictly_confidential',
    });
  });

  it('searches by POST and stores that a search happened, not what was searched for', async () => {
    await create(leader, { firstName: 'Ingrid', lastName: 'Solberg' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/people/search',
      headers: leader.headers,
      payload: { text: 'solb' },
    });
    expect(res.json().items).toEqual([expect.objectContaining({ displayName: 'Ingrid Solberg' })]);
    const entry = await t.database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('action', '=', 'people.search')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(entry)).not.toContain('solb');
  });

  it('merges a duplicate into the record kept, moving links and keeping both histories', async () => {
    const keep = (await create(leader, { firstName: 'Kari', birthDate: '1985-03-15' })).json();
    const dup = (
      await create(leader, {
        firstName: 'Karí',
        lastName: 'Nordmann',
        birthDate: '1985-03-15',
        confirmNotDuplicate: true,
      })
    ).json();
    const child = (
      await create(leader, { firstName: 'Barn', isChild: true, adultIds: [dup.id] })
    ).json();
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/people/merge',
      headers: coordinator.headers,
      payload: { keepId: keep.id, mergeId: dup.id, version: 1, mergeVersion: 1 },
    });
    expect(refused.statusCode).toBe(403);
    const merged = await t.app.inject({
      method: 'POST',
      url: '/api/people/merge',
      headers: leader.headers,
      payload: { keepId: keep.id, mergeId: dup.id, version: 1, mergeVersion: 1 },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const kept = (await read(leader, keep.id)).json();
    expect(kept).toMatchObject({
      firstName: 'Kari',
      lastName: 'Nordmann',
      children: [{ id: child.id, displayName: 'Barn' }],
    });
    expect((await read(leader, dup.id)).json().mergedInto).toBe(keep.id);
    const trail = await t.app.inject({
      method: 'GET',
      url: `/api/audit/records/person/${dup.id}`,
      headers: leader.headers,
    });
    expect(trail.json().items.map((i: { action: string }) => i.action)).toEqual(
      expect.arrayContaining(['people.create', 'people.merged_into']),
    );
  });

  it('links a child already registered to a second adult, once, if both may be opened', async () => {
    const mother = (await create(leader, { firstName: 'Mor' })).json();
    const stepFather = (await create(leader, { firstName: 'Stefar' })).json();
    const child = (
      await create(leader, { firstName: 'Barn', isChild: true, adultIds: [mother.id] })
    ).json();
    const link = (session: Session, adultId: string, childId: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/people/${adultId}/children`,
        headers: session.headers,
        payload: { childId, relation: 'step_parent' },
      });
    // Off shift the coordinator may open neither; another centre never.
    expect((await link(coordinator, stepFather.id, child.id)).statusCode).toBe(404);
    const elsewhere = await loginAs(t, 'unit_leader', 'trondheim');
    expect((await link(elsewhere, stepFather.id, child.id)).statusCode).toBe(404);
    expect((await link(leader, stepFather.id, mother.id)).statusCode).toBe(400);
    await startShift(coordinator);
    const linked = await link(coordinator, stepFather.id, child.id);
    expect(linked.statusCode, linked.body).toBe(201);
    expect((await link(coordinator, stepFather.id, child.id)).statusCode).toBe(409);
    expect((await read(leader, child.id)).json().adults).toEqual(
      expect.arrayContaining([
        { id: mother.id, displayName: 'Mor' },
        { id: stepFather.id, displayName: 'Stefar' },
      ]),
    );
    const audited = await t.database.db
      .selectFrom('audit_entries')
      .select(['record_id', 'verb', 'outcome'])
      .where('action', '=', 'people.link_child')
      .where('outcome', '=', 'success')
      .execute();
    expect(audited.map((a) => a.record_id).sort()).toEqual([child.id, stepFather.id].sort());
  });
  it('opens on shift only current records: a current resident, not one whose stay ended', async () => {
    const alias = async (name: string) =>
      (
        await t.database.db
          .selectFrom('persons')
          .select('id')
          .where('alias', '=', name)
          .executeTakeFirstOrThrow()
      ).id;
    // Demo data: Rogn lives here; Hegre left five hours ago, and has no case open. A week and
    // more on, her stay is wrapped up and of the past.
    const [resident, departed] = [await alias('Rogn'), await alias('Hegre')];
    await startShift(coordinator);
    expect((await read(coordinator, departed)).statusCode).toBe(200);
    t.clock.advance(8 * 86_400_000);
    coordinator = await loginAs(t, 'coordinator');
    leader = await loginAs(t, 'unit_leader');
    await startShift(coordinator);
    expect((await read(coordinator, resident)).statusCode).toBe(200);
    expect((await read(coordinator, departed)).statusCode).toBe(404);
    expect((await read(leader, departed)).statusCode).toBe(200);
    const denial = await t.database.db
      .selectFrom('audit_entries')
      .select('reason')
      .where('verb', '=', 'deny')
      .where('record_id', '=', departed)
      .executeTakeFirstOrThrow();
    expect(denial.reason).toBe('not_primary_contact');
    // Nor does a search list her, however it is typed.
    for (const text of ['He', 'Heg', 'Hegre']) {
      const found = (await search(coordinator, { text })).json();
      expect(found.items.map((i: { id: string }) => i.id)).not.toContain(departed);
      expect(found.earlierRecords).toEqual([]);
    }
  });

  it('recognises a returning person by full name or national id without showing the record, and lets the intake link to it', async () => {
    const { id } = (
      await create(leader, {
        firstName: 'Kari',
        lastName: 'Nordmann',
        nationalId: syntheticId,
        gender: 'female',
      })
    ).json();
    // Two weeks on, a record with no case was never followed up: it is of the past.
    t.clock.advance(15 * 86_400_000);
    const [coordinatorNow, nightWatch, leaderNow] = [
      await loginAs(t, 'coordinator'),
      await loginAs(t, 'night_watch'),
      await loginAs(t, 'unit_leader'),
    ];
    await startShift(coordinatorNow);
    await startShift(nightWatch);
    expect((await read(coordinatorNow, id)).statusCode).toBe(404);
    for (const text of ['Ka', 'Kari', 'Nordm']) {
      const found = (await search(coordinatorNow, { text })).json();
      expect(found).toEqual({ items: [], earlierRecords: [] });
    }
    const byName = await search(coordinatorNow, { text: 'Kari Nordmann' });
    expect(byName.json()).toEqual({
      items: [],
      earlierRecords: [{ ref: expect.any(String), reason: 'same_full_name' }],
    });
    const byNumber = await search(coordinatorNow, { text: 'Kari', nationalId: syntheticId });
    expect(byNumber.json().earlierRecords).toEqual([
      { ref: expect.any(String), reason: 'same_national_id' },
    ]);
    for (const res of [byName, byNumber]) {
      expect(res.body).not.toContain(id);
      expect(res.body).not.toContain('1985-03-15');
    }
    // The duplicate check at a registration says the same, and no more.
    const again = await create(coordinatorNow, { firstName: 'Kari', lastName: 'Nordmann' });
    expect(again.json()).toEqual({
      created: false,
      duplicates: [],
      earlierRecords: [{ ref: expect.any(String), reason: 'same_full_name' }],
    });
    expect(again.body).not.toContain(id);
    const { ref } = byNumber.json().earlierRecords[0];
    // A reference is the one staff member's it was given to.
    const borrowed = await t.app.inject({
      method: 'POST',
      url: '/api/intakes',
      headers: nightWatch.headers,
      payload: { earlierRecord: ref },
    });
    expect(borrowed.statusCode).toBe(404);
    const linked = await t.app.inject({
      method: 'POST',
      url: '/api/intakes',
      headers: coordinatorNow.headers,
      payload: { earlierRecord: ref },
    });
    expect(linked.statusCode, linked.body).toBe(201);
    // With an intake going on she is current again: the shift works her record.
    expect((await read(coordinatorNow, id)).json()).toMatchObject({ displayName: 'Kari Nordmann' });
    const trail = await t.app.inject({
      method: 'GET',
      url: `/api/audit/records/person/${id}`,
      headers: leaderNow.headers,
    });
    expect(trail.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'people.recognise' }),
        expect.objectContaining({ action: 'intake.link_earlier_record', reason: 'earlier_record' }),
      ]),
    );
  });

  it('confirms a national id typed against the one registered, audited, a few times a day', async () => {
    const { id } = (await create(leader, { firstName: 'Ola', nationalId: syntheticId })).json();
    const confirm = (session: Session, nationalId: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/people/${id}/national-id/confirm`,
        headers: session.headers,
        payload: { nationalId },
      });
    expect((await confirm(coordinator, syntheticId)).statusCode).toBe(404);
    expect((await confirm(leader, syntheticId)).json()).toEqual({ matches: true });
    expect(
      (await confirm(leader, `${syntheticId.slice(0, 6)} ${syntheticId.slice(6)}`)).json(),
    ).toEqual({
      matches: true,
    });
    expect((await confirm(leader, syntheticNationalId('150386'))).json()).toEqual({
      matches: false,
    });
    // Five tries on a record a day, in parallel too: the rest wait.
    const burst = await Promise.all(
      Array.from({ length: 4 }, () => confirm(leader, syntheticNationalId('160385'))),
    );
    expect(burst.map((r) => r.statusCode).sort()).toEqual([200, 200, 429, 429]);
    const audited = await t.database.db
      .selectFrom('audit_entries')
      .select(['action', 'fields'])
      .where('record_id', '=', id)
      .where('action', '=', 'people.confirm_national_id')
      .where('verb', '=', 'read')
      .execute();
    expect(audited).toHaveLength(5);
    expect(JSON.stringify(audited)).not.toContain(syntheticId);
  });
});
