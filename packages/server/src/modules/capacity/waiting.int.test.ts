import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import { capacityAudit, getBoard, newPerson, post, startStay, unitNamed } from './test-support.ts';

let t: TestApp;
let leader: Session;

beforeEach(async () => {
  t = await testApp({ start: new Date('2026-11-24T02:00:00Z') });
  await withDemoCentre(t, 'moss');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader', 'moss');
});
afterEach(async () => t.close());

async function waiting(session: Session) {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/capacity/waiting',
    headers: session.headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { id: string; version: number; label: string; sinceAt: string }[];
}

const addWaiting = (session: Session, payload: object) =>
  post(t, session, '/api/capacity/waiting', payload);

/** Every bed of the residents' part out of service, and rom 23 lent to a woman outside its group. */
async function lendRom23(): Promise<string> {
  const board = await getBoard(t, leader);
  for (const room of unitNamed(board, 'Beboerdelen').rooms)
    for (const bed of room.beds)
      await post(t, leader, `/api/capacity/beds/${bed.id}/out-of-service`, { reason: 'Vannskade' });
  const guest = await newPerson(t, leader, { alias: 'Gjest', gender: 'female' });
  const [bed] = unitNamed(board, 'Rom 23').rooms[0]!.beds;
  const stay = await startStay(t, leader, { personId: guest, bedId: bed!.id });
  expect(stay.statusCode, stay.body).toBe(201);
  expect(stay.json().flags.lentScreened).toBe(true);
  return stay.json().id as string;
}

describe('the waiting list', () => {
  it('keeps households waiting, longest first, by label and needs', async () => {
    const first = await addWaiting(leader, {
      label: 'A.A.',
      adultGender: 'female',
      childAges: [3, 7],
      accessible: true,
      floor: 'ground_floor',
      sinceAt: '2026-11-23T20:00:00Z',
    });
    expect(first.statusCode, first.body).toBe(201);
    const second = await addWaiting(leader, { label: 'Ugle', adultGender: 'male' });
    expect(second.statusCode, second.body).toBe(201);
    expect(await waiting(leader)).toEqual([
      {
        id: first.json().id,
        version: 1,
        label: 'A.A.',
        personId: null,
        need: {
          adultGender: 'female',
          childAges: [3, 7],
          accessible: true,
          floor: 'ground_floor',
          meetsScreenedCriteria: false,
        },
        sinceAt: '2026-11-23T20:00:00.000Z',
      },
      expect.objectContaining({
        id: second.json().id,
        label: 'Ugle',
        sinceAt: t.clock.now().toISOString(),
      }),
    ]);
    const future = await addWaiting(leader, {
      label: 'X',
      adultGender: 'male',
      sinceAt: '2026-11-25T20:00:00Z',
    });
    expect(future.statusCode).toBe(400);
    const longName = await addWaiting(leader, {
      label: 'Kari Nordmann fra Moss sentrum',
      adultGender: 'female',
    });
    expect(longName.statusCode).toBe(400);
  });

  it('feeds the board: "move out of the screened unit" while one of its group waits', async () => {
    const lentStayId = await lendRom23();
    expect((await getBoard(t, leader)).alerts).toEqual([]);
    const entry = await addWaiting(leader, {
      label: 'S.V.',
      adultGender: 'female',
      meetsScreenedCriteria: true,
    });
    const id = entry.json().id as string;
    expect((await getBoard(t, leader)).alerts).toEqual([
      expect.objectContaining({
        code: 'move_out_of_screened_unit',
        lentStayId,
        admittedStayIds: [],
        waitingIds: [id],
      }),
    ]);

    const stale = await post(t, leader, `/api/capacity/waiting/${id}/resolve`, {
      version: 2,
      resolution: 'placed_elsewhere',
    });
    expect(stale.statusCode).toBe(409);
    const resolved = await post(t, leader, `/api/capacity/waiting/${id}/resolve`, {
      version: 1,
      resolution: 'placed_elsewhere',
    });
    expect(resolved.json()).toEqual({ version: 2 });
    expect(await waiting(leader)).toEqual([]);
    expect((await getBoard(t, leader)).alerts).toEqual([]);
    const twice = await post(t, leader, `/api/capacity/waiting/${id}/resolve`, {
      version: 2,
      resolution: 'withdrawn',
    });
    expect(twice.statusCode).toBe(409);

    const entries = (await capacityAudit(t)).filter((e) => e.record_type === 'waiting_entry');
    expect(entries.map((e) => [e.action, e.record_id])).toEqual([
      ['capacity.waiting.create', id],
      ['capacity.waiting.resolve', id],
    ]);
    const fields = await t.database.db
      .selectFrom('audit_entries')
      .select('fields')
      .where('action', '=', 'capacity.waiting.create')
      .executeTakeFirstOrThrow();
    expect(fields.fields).not.toContain('S.V.');
  });

  it('is kept per centre, and open to casework roles only', async () => {
    const nightWatch = await loginAs(t, 'night_watch', 'moss');
    expect((await addWaiting(nightWatch, { label: 'N', adultGender: 'male' })).statusCode).toBe(
      201,
    );
    expect(await waiting(nightWatch)).toHaveLength(1);
    const finance = await loginAs(t, 'finance', 'moss');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/capacity/waiting',
      headers: finance.headers,
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('moving a resident', () => {
  it('offers the places the household fits, as the moves to send', async () => {
    const person = await newPerson(t, leader, { alias: 'Flytter', gender: 'female' });
    const board = await getBoard(t, leader);
    const [from] = unitNamed(board, 'Beboerdelen').rooms[0]!.beds;
    const stay = (await startStay(t, leader, { personId: person, bedId: from!.id })).json();
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/capacity/stays/${stay.id}/move-options`,
      headers: leader.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const { options } = res.json() as {
      options: {
        unitName: string;
        roomName: string;
        moves: { personId: string; bedId: string }[];
      }[];
    };
    expect(options.length).toBeGreaterThan(0);
    expect(options.every((o) => o.unitName === 'Beboerdelen')).toBe(true);
    expect(options.some((o) => o.moves.some((m) => m.bedId === from!.id))).toBe(false);
    const moved = await post(t, leader, `/api/capacity/stays/${stay.id}/move`, {
      version: 1,
      moves: options[0]!.moves.map((m) => ({ personId: m.personId, bedId: m.bedId })),
    });
    expect(moved.statusCode, moved.body).toBe(200);
  });
});
