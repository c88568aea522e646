import { localDate } from '@havn/domain';
import type { AppContext } from '../platform/context.ts';
import { auditEvent } from '../platform/audit/events.ts';
import { secretBox } from '../platform/crypto/secret-box.ts';
import type { Tx } from '../platform/db/database.ts';
import { newId } from '../platform/ids.ts';
import { demoPerson } from './demo-person.ts';
import { demoUsername } from './demo-staff.ts';

const dayMs = 86_400_000;

/** The beds of one room of one unit, in order, by their demo names. */
async function bedsOf(tx: Tx, centreId: string, unit: string, room: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('beds as b')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select('b.id')
    .where('u.centre_id', '=', centreId)
    .where('u.name', '=', unit)
    .where('r.name', '=', room)
    .orderBy('b.position')
    .execute();
  return rows.map((r) => r.id);
}

interface DemoStay {
  personId: string;
  childIds: string[];
  beds: string[];
  kind: 'crisis' | 'transition';
  arrival: Date;
  /** Left then, the beds cleaned three hours later; or still there. */
  departure: Date | null;
}

async function insertStay(tx: Tx, centreId: string, now: Date, stay: DemoStay): Promise<string> {
  const id = newId();
  const stamp = now.toISOString();
  const left = stay.departure?.toISOString() ?? null;
  await tx
    .insertInto('stays')
    .values({
      id,
      centre_id: centreId,
      person_id: stay.personId,
      arrival_at: stay.arrival.toISOString(),
      departure_at: left,
      lent_screened: 0,
      transition_for_woman: 0,
      meets_screened_criteria: 0,
      kind: stay.kind,
      home_municipality_number: null,
      is_demo: 1,
      created_by: 'system:demo',
      created_at: stamp,
      updated_at: stamp,
      version: 1,
    })
    .execute();
  for (const childId of stay.childIds)
    await tx
      .insertInto('stay_members')
      .values({
        id: newId(),
        centre_id: centreId,
        stay_id: id,
        person_id: childId,
        created_at: stamp,
      })
      .execute();
  for (const [i, personId] of [stay.personId, ...stay.childIds].entries()) {
    const assignmentId = newId();
    await tx
      .insertInto('bed_assignments')
      .values({
        id: assignmentId,
        centre_id: centreId,
        stay_id: id,
        person_id: personId,
        bed_id: stay.beds[i]!,
        from_at: stay.arrival.toISOString(),
        to_at: left,
        created_by: 'system:demo',
        created_at: stamp,
      })
      .execute();
    if (stay.departure)
      await tx
        .insertInto('bed_cleanings')
        .values({
          id: newId(),
          centre_id: centreId,
          bed_id: stay.beds[i]!,
          assignment_id: assignmentId,
          vacated_at: left!,
          ready_at: new Date(stay.departure.getTime() + 3 * 3_600_000).toISOString(),
          ready_by: null,
        })
        .execute();
  }
  return id;
}

/**
 * Bergen's re-establishment demo, after its places and stays: a mother and her son who moved
 * from the main house into the transition apartment six days ago (no follow-up case yet — the
 * demo journey opens one), and a woman followed up in her new home in Bergen since she left
 * three weeks ago, with NAV involved and one call so far. Aliases only.
 */
export async function createDemoReestablishment(
  ctx: AppContext,
  tx: Tx,
  centreId: string,
): Promise<void> {
  const now = ctx.clock.now();
  const ago = (days: number) => new Date(now.getTime() - days * dayMs);
  const person = (alias: string, child: number | null) =>
    demoPerson(tx, centreId, now, alias, child === null ? 'female' : 'unknown', child);

  const selje = await person('Selje', null);
  const staer = await person('Stær', 9);
  await tx
    .insertInto('person_relations')
    .values({
      id: newId(),
      centre_id: centreId,
      adult_id: selje,
      child_id: staer,
      relation: 'parent',
      created_at: now.toISOString(),
    })
    .execute();
  const household = { personId: selje, childIds: [staer] };
  await insertStay(tx, centreId, now, {
    ...household,
    beds: await bedsOf(tx, centreId, 'Hovedhuset', 'Rom 5'),
    kind: 'crisis',
    arrival: ago(40),
    departure: ago(6),
  });
  await insertStay(tx, centreId, now, {
    ...household,
    beds: await bedsOf(tx, centreId, 'Leilighet for forlenget opphold 2', 'Rom 1'),
    kind: 'transition',
    arrival: ago(6),
    departure: null,
  });

  const vier = await person('Vier', null);
  const stayId = await insertStay(tx, centreId, now, {
    personId: vier,
    childIds: [],
    beds: await bedsOf(tx, centreId, 'Hovedhuset', 'Rom 6'),
    kind: 'crisis',
    arrival: ago(55),
    departure: ago(21),
  });
  const [coordinator, nav] = await Promise.all([
    tx
      .selectFrom('staff_users')
      .select('id')
      .where('centre_id', '=', centreId)
      .where('username', '=', demoUsername('bergen', 'koordinator'))
      .executeTakeFirstOrThrow(),
    tx
      .selectFrom('partners')
      .select('id')
      .where('centre_id', '=', centreId)
      .where('name', '=', 'NAV Bergenhus')
      .executeTakeFirst(),
  ]);
  const box = secretBox(ctx.config.encryptionKey);
  const caseId = newId();
  const stamp = now.toISOString();
  const startedOn = localDate(ago(20));
  await tx
    .insertInto('reestablishment_cases')
    .values({
      id: caseId,
      centre_id: centreId,
      person_id: vier,
      child_ids: '[]',
      follows_stay_id: stayId,
      housing: 'permanent_home',
      housing_stay_id: null,
      municipality_number: '4601',
      started_on: startedOn,
      primary_contact_id: coordinator.id,
      goals_sealed: box.seal('Trygg i ny bolig; økonomi på plass med NAV (demo)'),
      partner_ids: JSON.stringify(nav ? [nav.id] : []),
      ended_on: null,
      end_reason: null,
      is_demo: 1,
      created_by: 'system:demo',
      created_at: stamp,
      updated_at: stamp,
      version: 1,
    })
    .execute();
  await tx
    .insertInto('reestablishment_contacts')
    .values({
      id: newId(),
      centre_id: centreId,
      case_id: caseId,
      contact_date: localDate(ago(13)),
      kind: 'call',
      minutes: 20,
      staff_ids: JSON.stringify([coordinator.id]),
      interpreter: 0,
      note_sealed: box.seal('Første uke i ny bolig gikk greit (demo)'),
      created_by: 'system:demo',
      created_at: stamp,
    })
    .execute();
  await auditEvent(tx, ctx, {
    centreId,
    actor: 'system:demo',
    verb: 'create',
    action: 'reestablishment.demo_load',
    outcome: 'success',
    recordType: 'centre',
    recordId: centreId,
    fields: ['stays', 'reestablishment_cases', 'reestablishment_contacts'],
  });
}
