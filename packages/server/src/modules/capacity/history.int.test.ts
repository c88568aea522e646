import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import { bedsIn, endStay, getBoard, newPerson, post, startStay } from './test-support.ts';

let t: TestApp;
let leader: Session;

beforeEach(async () => {
  t = await testApp({ start: new Date('2027-01-10T12:00:00Z') });
  await withDemoCentre(t, 'trondheim');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader', 'trondheim');
});
afterEach(async () => t.close());

interface History {
  units: { id: string; name: string }[];
  days: {
    date: string;
    persons: number;
    occupiedBeds: number;
    overFull: boolean;
    byUnit: Record<string, { persons: number }>;
  }[];
  months: {
    month: string;
    adults: number;
    children: number;
    total: number;
    placeNights: number;
    overFullDays: number;
    byUnit: Record<string, { total: number }>;
    byTargetGroup: Record<string, { total: number }>;
  }[];
  overFullDays: string[];
}

const history = async (query: string) => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/capacity/history${query}`,
    headers: leader.headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as History;
};

/** A stay that has come and gone, registered afterwards; its beds are then cleaned. */
async function pastStay(
  personId: string,
  beds: { adult: string; children?: { personId: string; bedId: string }[] },
  arrivalAt: string,
  departAt: string,
  move?: { at: string; bedId: string },
) {
  const started = await startStay(t, leader, {
    personId,
    bedId: beds.adult,
    children: beds.children ?? [],
    arrivalAt,
  });
  expect(started.statusCode, started.body).toBe(201);
  const { id } = started.json();
  let version = 1;
  if (move) {
    const moved = await post(t, leader, `/api/capacity/stays/${id}/move`, {
      version,
      at: move.at,
      moves: [{ personId, bedId: move.bedId }],
    });
    expect(moved.statusCode, moved.body).toBe(200);
    version += 1;
  }
  const left = await endStay(t, leader, id, { version, at: departAt });
  expect(left.statusCode, left.body).toBe(201);
  for (const bedId of [beds.adult, move?.bedId, ...(beds.children ?? []).map((c) => c.bedId)])
    if (bedId) await post(t, leader, `/api/capacity/beds/${bedId}/ready`);
}

describe('occupancy history', () => {
  it('counts nights on Oslo dates across a year end and a daylight-saving change', async () => {
    const board = await getBoard(t, leader);
    const [r1] = bedsIn(board, 'Kvinnesenteret', 'Rom 1');
    const [r2] = bedsIn(board, 'Kvinnesenteret', 'Rom 2');
    const [r3a, r3b] = bedsIn(board, 'Kvinnesenteret', 'Rom 3');
    const [leistad] = bedsIn(board, 'Plass for enslige menn', 'Rom 1');

    // Over the year end: 23:30 in Oslo on 30 December, with a child; gone on 2 January.
    const mother = await newPerson(t, leader, { alias: 'Nyttår', gender: 'female' });
    const child = await newPerson(t, leader, {
      alias: 'Rakett',
      isChild: true,
      birthDate: '2019-04-01',
      adultIds: [mother],
    });
    await pastStay(
      mother,
      { adult: r3a!.id, children: [{ personId: child, bedId: r3b!.id }] },
      '2025-12-30T22:30:00Z',
      '2026-01-02T09:00:00Z',
    );
    // 00:30 in Oslo on 1 January is still 31 December in UTC: the first night is New Year's.
    const man = await newPerson(t, leader, { alias: 'Midnatt', gender: 'male' });
    await pastStay(man, { adult: leistad!.id }, '2025-12-31T23:30:00Z', '2026-01-03T12:00:00Z');
    // Over the spring change (29 March 2026), moving rooms on the day of the change.
    const spring = await newPerson(t, leader, { alias: 'Vår', gender: 'female' });
    await pastStay(spring, { adult: r1!.id }, '2026-03-28T14:00:00Z', '2026-03-31T08:00:00Z', {
      at: '2026-03-29T10:00:00Z',
      bedId: r2!.id,
    });

    const h = await history('?from=2025-12&to=2026-03');
    expect(
      h.months.map(({ month, adults, children, total }) => [month, adults, children, total]),
    ).toEqual([
      ['2025-12', 2, 2, 4],
      ['2026-01', 3, 1, 4],
      ['2026-02', 0, 0, 0],
      ['2026-03', 3, 0, 3],
    ]);
    const day = (date: string) => h.days.find((d) => d.date === date)!;
    expect(day('2025-12-29').persons).toBe(0);
    expect(day('2025-12-30').persons).toBe(2);
    expect(day('2025-12-31').persons).toBe(2);
    expect(day('2026-01-01').persons).toBe(3);
    expect(day('2026-01-02').persons).toBe(1);
    expect(day('2026-01-03').persons).toBe(0);
    for (const date of ['2026-03-28', '2026-03-29', '2026-03-30'])
      expect(day(date), date).toMatchObject({ persons: 1, occupiedBeds: 1 });
    expect(day('2026-03-31').persons).toBe(0);
    // The nights summed over the days are the overnights.
    expect(h.days.reduce((sum, d) => sum + d.persons, 0)).toBe(11);

    const unitId = (name: string) => h.units.find((u) => u.name === name)!.id;
    const january = h.months[1]!;
    expect(january.byUnit[unitId('Kvinnesenteret')]!.total).toBe(2);
    expect(january.byUnit[unitId('Plass for enslige menn')]!.total).toBe(2);
    expect(january.byTargetGroup).toMatchObject({
      women_and_children: { total: 2 },
      men: { total: 2 },
      men_with_children: { total: 0 },
    });
    expect(january.placeNights).toBe(22 * 31);
    expect(h.overFullDays).toEqual([]);
  });

  it('names the nights the centre was over full', async () => {
    // A small centre: one room with a bed and an extra bed — the extra bed is not a place.
    const config = (
      await t.app.inject({
        method: 'GET',
        url: '/api/capacity/configuration',
        headers: leader.headers,
      })
    ).json() as { sites: { id: string; version: number }[] };
    for (const site of config.sites)
      await t.app.inject({
        method: 'DELETE',
        url: `/api/capacity/sites/${site.id}?version=${site.version}`,
        headers: leader.headers,
      });
    const site = (await post(t, leader, '/api/capacity/sites', { name: 'Lite hus' })).json();
    const unit = (
      await post(t, leader, '/api/capacity/units', {
        siteId: site.id,
        name: 'Liten leilighet',
        kind: 'apartment',
        allocation: 'whole_unit',
        targetGroup: 'any',
      })
    ).json();
    const room = (
      await post(t, leader, '/api/capacity/rooms', { unitId: unit.id, name: 'Rom' })
    ).json();
    const bed = (
      await post(t, leader, '/api/capacity/beds', { roomId: room.id, label: 'Seng' })
    ).json();
    const extra = (
      await post(t, leader, '/api/capacity/beds', {
        roomId: room.id,
        label: 'Ekstra',
        kind: 'extra_bed',
      })
    ).json();
    const mother = await newPerson(t, leader, { alias: 'Full', gender: 'female' });
    const child = await newPerson(t, leader, {
      alias: 'Fullere',
      isChild: true,
      birthDate: '2018-01-01',
    });
    await pastStay(
      mother,
      { adult: bed.id, children: [{ personId: child, bedId: extra.id }] },
      '2026-10-24T12:00:00Z',
      '2026-10-26T12:00:00Z',
    );
    const h = await history('?from=2026-10&to=2026-10');
    expect(h.overFullDays).toEqual(['2026-10-24', '2026-10-25']);
    expect(h.months[0]).toMatchObject({ total: 4, overFullDays: 2, placeNights: 31 });
  });

  it('refuses a range backwards or longer than two years', async () => {
    for (const query of [
      '?from=2026-03&to=2026-01',
      '?from=2024-01&to=2026-01',
      '?from=2026-13&to=2026-12',
      '',
    ])
      expect(
        (
          await t.app.inject({
            method: 'GET',
            url: `/api/capacity/history${query}`,
            headers: leader.headers,
          })
        ).statusCode,
        query,
      ).toBe(400);
  });
});
