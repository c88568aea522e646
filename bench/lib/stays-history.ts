import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '@havn/server';

/*
 * Ten years of stays for a centre, written straight into the database (no HTTP, no audit): the
 * board must stay fast however much history lies behind the open rows it reads.
 */

const dayMs = 86_400_000;

/** A small seeded generator (mulberry32): the same history every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Sortable ids like the server's UUIDv7 are not needed here; uniqueness is. */
const id = (): string => randomUUID();

async function insertChunked(
  database: DatabaseHandle,
  table: 'persons' | 'stays' | 'bed_assignments' | 'bed_cleanings',
  rows: Record<string, unknown>[],
): Promise<void> {
  await database.db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += 200)
      await tx
        .insertInto(table)
        .values(rows.slice(i, i + 200) as never)
        .execute();
  });
}

/** Adds a site of `rooms` rooms with three beds each, so the centre reaches the size measured. */
export async function addBeds(
  database: DatabaseHandle,
  centreId: string,
  rooms: number,
  now: Date,
) {
  const stamp = {
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    version: 1,
    removed_at: null,
  };
  const siteId = id();
  const unitId = id();
  const { db } = database;
  await db
    .insertInto('sites')
    .values({
      id: siteId,
      centre_id: centreId,
      name: 'Benk',
      position: 9,
      demo_values: '[]',
      ...stamp,
    })
    .execute();
  await db
    .insertInto('units')
    .values({
      id: unitId,
      centre_id: centreId,
      site_id: siteId,
      name: 'Benkehuset',
      kind: 'house',
      allocation: 'room',
      target_group: 'women_and_children',
      screened: 0,
      screening: null,
      accessible: 0,
      floor: 1,
      may_serve_as_transition: 0,
      features: '[]',
      facilities: '{}',
      notes: null,
      position: 0,
      demo_values: '[]',
      ...stamp,
    })
    .execute();
  for (let r = 0; r < rooms; r += 1) {
    const roomId = id();
    await db
      .insertInto('rooms')
      .values({
        id: roomId,
        centre_id: centreId,
        unit_id: unitId,
        name: `Benk ${r + 1}`,
        position: r,
        demo_values: '[]',
        ...stamp,
      })
      .execute();
    for (let b = 0; b < 3; b += 1)
      await db
        .insertInto('beds')
        .values({
          id: id(),
          centre_id: centreId,
          room_id: roomId,
          label: `Seng ${b + 1}`,
          kind: 'bed',
          position: b,
          ...stamp,
        })
        .execute();
  }
}

/**
 * For every bed: one stay after another for `years`, 2–60 days each with a few days between,
 * each bed marked ready a few hours after a departure. History stops before a bed's first demo
 * stay; a bed without one may end with a stay still going on. Returns what was written.
 */
export async function generateHistory(
  database: DatabaseHandle,
  centreId: string,
  now: Date,
  years: number,
  seed = 20_260_101,
) {
  const random = seeded(seed);
  const { db } = database;
  const beds = await db
    .selectFrom('beds')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('removed_at', 'is', null)
    .orderBy('id')
    .execute();
  const firstUse = new Map(
    (
      await db
        .selectFrom('bed_assignments')
        .select(['bed_id', (eb) => eb.fn.min('from_at').as('first')])
        .where('centre_id', '=', centreId)
        .groupBy('bed_id')
        .execute()
    ).map((r) => [r.bed_id, new Date(String(r.first)).getTime()]),
  );
  const openBeds = new Set(
    (
      await db
        .selectFrom('bed_out_of_service')
        .select('bed_id')
        .where('centre_id', '=', centreId)
        .execute()
    ).map((r) => r.bed_id),
  );

  const persons: Record<string, unknown>[] = [];
  const stays: Record<string, unknown>[] = [];
  const assignments: Record<string, unknown>[] = [];
  const cleanings: Record<string, unknown>[] = [];
  const iso = (ms: number) => new Date(ms).toISOString();
  const stamp = now.toISOString();

  for (const bed of beds) {
    const end = Math.min(firstUse.get(bed.id) ?? now.getTime(), now.getTime()) - dayMs;
    const mayStayOpen = !firstUse.has(bed.id) && !openBeds.has(bed.id);
    let t = now.getTime() - years * 365 * dayMs + Math.floor(random() * 30 * dayMs);
    for (;;) {
      const arrival = t;
      const departure =
        arrival + (2 + Math.floor(random() * 58)) * dayMs + Math.floor(random() * 8) * 3_600_000;
      const open = departure > end;
      if (open && !(mayStayOpen && random() < 0.6)) break;
      const personId = id();
      const stayId = id();
      const assignmentId = id();
      persons.push({
        id: personId,
        centre_id: centreId,
        is_child: 0,
        alias: `Benk ${persons.length + 1}`,
        first_name: null,
        last_name: null,
        birth_date: null,
        national_id_sealed: null,
        national_id_hash: null,
        gender: 'female',
        languages: '[]',
        interpreter_needed: 0,
        home_municipality_number: null,
        address_protection: 'none',
        address_sealed: null,
        contact_sealed: null,
        accessibility_notes: null,
        merged_into: null,
        created_by: 'bench',
        created_at: stamp,
        updated_at: stamp,
        version: 1,
      });
      stays.push({
        id: stayId,
        centre_id: centreId,
        person_id: personId,
        arrival_at: iso(arrival),
        departure_at: open ? null : iso(departure),
        lent_screened: 0,
        transition_for_woman: 0,
        meets_screened_criteria: 0,
        is_demo: 1,
        created_by: 'bench',
        created_at: stamp,
        updated_at: stamp,
        version: 1,
      });
      assignments.push({
        id: assignmentId,
        centre_id: centreId,
        stay_id: stayId,
        person_id: personId,
        bed_id: bed.id,
        from_at: iso(arrival),
        to_at: open ? null : iso(departure),
        created_by: 'bench',
        created_at: stamp,
      });
      if (open) break;
      cleanings.push({
        id: id(),
        centre_id: centreId,
        bed_id: bed.id,
        assignment_id: assignmentId,
        vacated_at: iso(departure),
        ready_at: iso(departure + 3 * 3_600_000),
        ready_by: 'bench',
      });
      t = departure + Math.floor(random() * 5 * dayMs) + 4 * 3_600_000;
    }
  }
  await insertChunked(database, 'persons', persons);
  await insertChunked(database, 'stays', stays);
  await insertChunked(database, 'bed_assignments', assignments);
  await insertChunked(database, 'bed_cleanings', cleanings);
  return {
    beds: beds.length,
    stays: stays.length,
    open: assignments.filter((a) => a.to_at === null).length,
  };
}
