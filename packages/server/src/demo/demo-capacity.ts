import {
  bergenCapacity,
  mossCapacity,
  trondheimCapacity,
  type BedKind,
  type CapacityModel,
  type Gender,
} from '@havn/domain';
import type { DemoCentre } from '../platform/config/config.ts';
import type { AppContext } from '../platform/context.ts';
import { auditEvent } from '../platform/audit/events.ts';
import type { Tx } from '../platform/db/database.ts';
import { newId } from '../platform/ids.ts';
import { loadExpected } from './demo-expected.ts';
import { dayMs, demoPerson } from './demo-person.ts';

const seeds: Record<DemoCentre, CapacityModel> = {
  bergen: bergenCapacity,
  trondheim: trondheimCapacity,
  moss: mossCapacity,
};

const bedNames: Record<BedKind, string> = {
  bed: 'Seng',
  cot: 'Sprinkelseng',
  extra_bed: 'Ekstraseng',
};

/**
 * Loads a seed centre's places (DOMAIN.md §4) into sites → units → rooms → beds, keeping the
 * names of the fields whose values the demo chose (`demo_values`), so the web app can mark them.
 * Returns the new bed id for each of the seed's bed ids.
 */
async function loadPlaces(tx: Tx, centreId: string, model: CapacityModel, now: string) {
  const stamp = { created_at: now, updated_at: now, version: 1, removed_at: null };
  const bedIds = new Map<string, string>();
  for (const [s, site] of model.sites.entries()) {
    const siteId = newId();
    await tx
      .insertInto('sites')
      .values({
        id: siteId,
        centre_id: centreId,
        name: site.name,
        position: s,
        demo_values: JSON.stringify(site.demoValues ?? []),
        ...stamp,
      })
      .execute();
    for (const [u, unit] of site.units.entries()) {
      const unitId = newId();
      await tx
        .insertInto('units')
        .values({
          id: unitId,
          centre_id: centreId,
          site_id: siteId,
          name: unit.name,
          kind: unit.kind,
          allocation: unit.allocation,
          target_group: unit.targetGroup,
          screened: unit.screened ? 1 : 0,
          screening: unit.screening ? JSON.stringify(unit.screening) : null,
          accessible: unit.accessible ? 1 : 0,
          floor: unit.floor,
          may_serve_as_transition: unit.mayServeAsTransition ? 1 : 0,
          transition_apartment: unit.transitionApartment ? 1 : 0,
          boys_max_age: unit.boysMaxAge ?? null,
          features: JSON.stringify(unit.features ?? []),
          facilities: JSON.stringify(unit.facilities ?? {}),
          notes: unit.notes ?? null,
          position: u,
          demo_values: JSON.stringify(unit.demoValues ?? []),
          ...stamp,
        })
        .execute();
      for (const [r, room] of unit.rooms.entries()) {
        const roomId = newId();
        await tx
          .insertInto('rooms')
          .values({
            id: roomId,
            centre_id: centreId,
            unit_id: unitId,
            name: room.name,
            position: r,
            demo_values: JSON.stringify(room.demoValues ?? []),
            ...stamp,
          })
          .execute();
        const counts: Record<BedKind, number> = { bed: 0, cot: 0, extra_bed: 0 };
        for (const [b, bed] of room.beds.entries()) {
          const id = newId();
          counts[bed.kind] += 1;
          bedIds.set(bed.id, id);
          await tx
            .insertInto('beds')
            .values({
              id,
              centre_id: centreId,
              room_id: roomId,
              label: `${bedNames[bed.kind]} ${counts[bed.kind]}`,
              kind: bed.kind,
              position: b,
              ...stamp,
            })
            .execute();
        }
      }
    }
  }
  return bedIds;
}

/** A synthetic household: aliases only, never a name; children's ages in years. */
interface DemoHousehold {
  alias: string;
  gender: Gender;
  children: { alias: string; age: number }[];
  /** Seed bed ids: the adult's first. */
  beds: string[];
  daysAgo: number;
  /** Left this many hours ago (the beds wait for cleaning), or still there. */
  leftHoursAgo?: number;
}

/** A few current stays in Bergen so that the board is alive; the same every time. */
const bergenHouseholds: DemoHousehold[] = [
  {
    alias: 'Lilje',
    gender: 'female',
    children: [
      { alias: 'Spurv', age: 7 },
      { alias: 'Meis', age: 4 },
    ],
    beds: ['bergen-main-r01-b1', 'bergen-main-r01-b2', 'bergen-main-r01-b3'],
    daysAgo: 12,
  },
  { alias: 'Måke', gender: 'female', children: [], beds: ['bergen-main-r07-b1'], daysAgo: 3 },
  {
    alias: 'Furu',
    gender: 'female',
    children: [{ alias: 'Linerle', age: 1 }],
    beds: ['bergen-main-r03-b1', 'bergen-main-r03-b2'],
    daysAgo: 45,
  },
  {
    alias: 'Ask',
    gender: 'male',
    children: [{ alias: 'Trost', age: 6 }],
    beds: ['bergen-apt-men-r01-b1', 'bergen-apt-men-r02-b1'],
    daysAgo: 8,
  },
  { alias: 'Rogn', gender: 'male', children: [], beds: ['bergen-men-r01-b1'], daysAgo: 20 },
  {
    alias: 'Hegre',
    gender: 'female',
    children: [],
    beds: ['bergen-main-r08-b1'],
    daysAgo: 30,
    leftHoursAgo: 5,
  },
];

async function loadStays(tx: Tx, centreId: string, beds: Map<string, string>, now: Date) {
  const stamp = now.toISOString();
  const person = (alias: string, gender: Gender, child: number | null) =>
    demoPerson(tx, centreId, now, alias, gender, child);
  for (const household of bergenHouseholds) {
    const adultId = await person(household.alias, household.gender, null);
    const childIds: string[] = [];
    for (const child of household.children)
      childIds.push(await person(child.alias, 'unknown', child.age));
    const stayId = newId();
    const arrival = new Date(now.getTime() - household.daysAgo * dayMs).toISOString();
    const left =
      household.leftHoursAgo === undefined
        ? null
        : new Date(now.getTime() - household.leftHoursAgo * 3_600_000).toISOString();
    await tx
      .insertInto('stays')
      .values({
        id: stayId,
        centre_id: centreId,
        person_id: adultId,
        arrival_at: arrival,
        departure_at: left,
        lent_screened: 0,
        transition_for_woman: 0,
        meets_screened_criteria: 0,
        home_municipality_number: null,
        is_demo: 1,
        created_by: 'system:demo',
        created_at: stamp,
        updated_at: stamp,
        version: 1,
      })
      .execute();
    for (const childId of childIds) {
      await tx
        .insertInto('stay_members')
        .values({
          id: newId(),
          centre_id: centreId,
          stay_id: stayId,
          person_id: childId,
          created_at: stamp,
        })
        .execute();
      await tx
        .insertInto('person_relations')
        .values({
          id: newId(),
          centre_id: centreId,
          adult_id: adultId,
          child_id: childId,
          relation: 'parent',
          created_at: stamp,
        })
        .execute();
    }
    for (const [i, personId] of [adultId, ...childIds].entries()) {
      const assignmentId = newId();
      const bedId = beds.get(household.beds[i]!)!;
      await tx
        .insertInto('bed_assignments')
        .values({
          id: assignmentId,
          centre_id: centreId,
          stay_id: stayId,
          person_id: personId,
          bed_id: bedId,
          from_at: arrival,
          to_at: left,
          created_by: 'system:demo',
          created_at: stamp,
        })
        .execute();
      if (left !== null)
        await tx
          .insertInto('bed_cleanings')
          .values({
            id: newId(),
            centre_id: centreId,
            bed_id: bedId,
            assignment_id: assignmentId,
            vacated_at: left,
            ready_at: null,
            ready_by: null,
          })
          .execute();
    }
  }
  await tx
    .insertInto('bed_out_of_service')
    .values({
      id: newId(),
      centre_id: centreId,
      bed_id: beds.get('bergen-main-r11-b2')!,
      reason: 'Ødelagt madrass (demo)',
      from_at: new Date(now.getTime() - 2 * dayMs).toISOString(),
      until_at: null,
      created_by: 'system:demo',
      ended_by: null,
    })
    .execute();
}

/**
 * The demo's places for a seed centre, in the caller's transaction: the configuration of
 * DOMAIN.md §4, and for Bergen a few synthetic households (aliases only) living there now, one
 * bed waiting for cleaning and one out of service, a household expected on reserved beds and
 * one on the waiting list, so the board is alive.
 */
export async function createDemoCapacity(
  ctx: AppContext,
  tx: Tx,
  centreId: string,
  centre: DemoCentre,
): Promise<void> {
  const now = ctx.clock.now();
  const beds = await loadPlaces(tx, centreId, seeds[centre], now.toISOString());
  if (centre === 'bergen') {
    await loadStays(tx, centreId, beds, now);
    await loadExpected(tx, centreId, beds, now);
  }
  await auditEvent(tx, ctx, {
    centreId,
    actor: 'system:demo',
    verb: 'create',
    action: 'capacity.demo_load',
    outcome: 'success',
    recordType: 'centre',
    recordId: centreId,
    fields:
      centre === 'bergen'
        ? ['sites', 'units', 'rooms', 'beds', 'stays', 'reservations', 'waiting_entries']
        : ['sites', 'units', 'rooms', 'beds'],
  });
}
