import {
  fieldProblem,
  childAgeFor,
  childSexOf,
  localDate,
  reservationOfPerson,
  withoutReservation,
  type Actor,
  type Gender,
  type Need,
  type FieldProblem,
} from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import type { PersonTable } from '../../platform/db/tables.ts';
import { newId } from '../../platform/ids.ts';
import { insertPerson } from '../people/index.ts';
import { assertMunicipalityExists } from '../municipalities/index.ts';
import { beginStay } from '../stays/index.ts';
import { claimBeds, guarded, requirePersons } from './guard.ts';
import { loadModel } from './model.ts';
import { checkPlacement, type Placement, type StayFlags } from './placement.ts';
import { adultGenderOf, loadLiveRecords } from './records.ts';
import { reservationToTakeUp, takeUp } from './reservations.ts';
import type { needFields } from './schema.ts';
import type { startStayBody } from './stay-schema.ts';

type StartInput = z.infer<typeof startStayBody>;
type NeedInput = z.infer<typeof needFields>;

/** An instant the caller gave, or now; never in the future. */
export function instantOrNow(given: string | undefined, now: Date, path: string): Date {
  if (given === undefined) return now;
  const at = new Date(given);
  if (at.getTime() > now.getTime())
    throw invalid([{ path, code: 'in_future', message: 'The time cannot lie in the future' }]);
  return at;
}

/** The household of person records: the adult's gender, each child's age and sex. */
export function needOf(
  gender: Gender,
  children: readonly { age: number; gender: Gender }[],
  input: NeedInput,
): Need {
  return {
    adultGender: adultGenderOf(gender),
    ...(input.housing ? { housing: input.housing } : {}),
    childAges: children.map((c) => c.age),
    childSexes: children.map((c) => childSexOf(c.gender)),
    accessible: input.accessible,
    floor: input.floor,
    meetsScreenedCriteria: input.meetsScreenedCriteria,
    screenedExclusions: input.screenedExclusions,
    stayKind: input.stayKind,
  };
}

/** Closes a person's bed assignment at `at`; the bed waits for cleaning from then. */
export async function leaveBed(
  tx: Tx,
  centreId: string,
  assignment: { id: string; bedId: string },
  at: string,
): Promise<void> {
  await tx
    .updateTable('bed_assignments')
    .set({ to_at: at })
    .where('id', '=', assignment.id)
    .execute();
  await tx
    .insertInto('bed_cleanings')
    .values({
      id: newId(),
      centre_id: centreId,
      bed_id: assignment.bedId,
      assignment_id: assignment.id,
      vacated_at: at,
      ready_at: null,
      ready_by: null,
    })
    .execute();
}

/** Nobody else used the beds after `at`: a stay registered late must not overlap another's. */
export async function assertBedsFreeSince(tx: Tx, bedIds: string[], at: string): Promise<void> {
  const later = await tx
    .selectFrom('bed_assignments')
    .select('id')
    .where('bed_id', 'in', bedIds)
    .where('to_at', '>', at)
    .executeTakeFirst();
  if (later)
    throw conflict('One of these beds was in use after the time given.', 'beds_used_later');
}

/**
 * The household's person ids: those given, and new ids for the adult and children known by alias
 * only (`fresh`, with the columns they are registered with in the stay's transaction).
 */
function resolveHousehold(input: StartInput) {
  const fresh = new Map<string, Partial<PersonTable>>();
  const problems: FieldProblem[] = [];
  const both = (path: string) =>
    problems.push({ path, code: 'one_of', message: 'Give a person id or an alias, not both' });
  if ((input.personId === undefined) === (input.newPerson === undefined)) both('body.personId');
  const adultId = input.personId ?? newId();
  if (input.newPerson)
    fresh.set(adultId, { alias: input.newPerson.alias, gender: input.newPerson.gender });
  const children = input.children.map((c, i) => {
    if ((c.personId === undefined) === (c.alias === undefined)) both(`body.children.${i}.personId`);
    if (c.alias !== undefined && c.age === undefined)
      problems.push({
        path: `body.children.${i}.age`,
        code: 'age_missing',
        message: 'A child known by alias only needs an age (cot or bed)',
      });
    const personId = c.personId ?? newId();
    if (c.alias !== undefined) fresh.set(personId, { alias: c.alias, is_child: 1 });
    return { ...c, personId };
  });
  return { adultId, children, fresh, problems };
}

/**
 * Starts a stay: the adult and the children along move into the chosen beds at the arrival
 * instant (default now). The beds must be a place `findPlaces` offers this household; the stay
 * gets the flags of that place (lent screened unit, transition home). Beds reserved for this
 * household (the reservation named, or one held for this person) count as free, and the
 * reservation is taken up with the stay. Two staff taking the same bed at once: the database's
 * unique index on open assignments lets exactly one through.
 * `within` runs last in the same transaction, so work that belongs with the start (the intake
 * that led to it) commits or fails with it.
 */
export async function startStay(
  ctx: AppContext,
  actor: Actor,
  input: StartInput,
  within?: (tx: Tx, stayId: string) => Promise<void>,
) {
  const now = ctx.clock.now();
  const arrival = instantOrNow(input.arrivalAt, now, 'body.arrivalAt');
  const household = resolveHousehold(input);
  const { adultId, children } = household;
  const personIds = [adultId, ...children.map((c) => c.personId)];
  const bedIds = [input.bedId, ...children.map((c) => c.bedId)];
  const problems = [
    ...household.problems,
    ...(new Set(personIds).size !== personIds.length
      ? [fieldProblem('body.children', 'duplicate_person', 'Each person once')]
      : []),
    ...(new Set(bedIds).size !== bedIds.length
      ? [fieldProblem('body.children', 'duplicate_bed', 'One bed per person')]
      : []),
  ];
  if (problems.length > 0) throw invalid(problems);

  const known = personIds.filter((p) => !household.fresh.has(p));
  const gateway = await requirePersons(ctx, actor, known, 'capacity.stay.start');
  const { db } = ctx.database;
  const people =
    known.length === 0
      ? []
      : await db
          .selectFrom('persons')
          .select([
            'id',
            'is_child',
            'birth_date',
            'gender',
            'merged_into',
            'home_municipality_number',
          ])
          .where('id', 'in', known)
          .execute();
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const [personId, p] of household.fresh)
    byId.set(personId, {
      id: personId,
      is_child: p.is_child ?? 0,
      birth_date: null,
      gender: p.gender ?? 'unknown',
      merged_into: null,
      home_municipality_number: null,
    });
  const adult = byId.get(adultId)!;
  const wrongKind: FieldProblem[] = [
    ...(adult.is_child === 1
      ? [fieldProblem('body.personId', 'not_an_adult', 'The stay is the adult’s')]
      : []),
    ...children.flatMap((c, i) =>
      byId.get(c.personId)!.is_child === 1
        ? []
        : [fieldProblem(`body.children.${i}.personId`, 'not_a_child', 'Not a child')],
    ),
  ];
  if (wrongKind.length > 0) throw invalid(wrongKind);
  if (people.some((p) => p.merged_into !== null))
    throw conflict('One of the records was merged into another; use that one', 'person_merged');
  const homeMunicipality =
    input.homeMunicipalityNumber !== undefined
      ? input.homeMunicipalityNumber
      : adult.home_municipality_number;
  await assertMunicipalityExists(db, homeMunicipality, 'body.homeMunicipalityNumber');

  const arrivalDate = localDate(arrival);
  const placements: Placement[] = [
    { personId: adultId, bedId: input.bedId, age: null, path: 'body.bedId' },
    ...children.map((c, i) => ({
      personId: c.personId,
      bedId: c.bedId,
      age: childAgeFor(byId.get(c.personId)!.birth_date, c.age, arrivalDate),
      path: `body.children.${i}.bedId`,
    })),
  ];
  // Ages at the date of arrival: a boy whose birthday it is counts with his new age.
  const need = needOf(
    adult.gender,
    placements.slice(1).map((p) => ({ age: p.age!, gender: byId.get(p.personId)!.gender })),
    input.need,
  );
  const [loaded, live] = await Promise.all([
    loadModel(db, actor.centreId),
    loadLiveRecords(db, actor.centreId, now),
  ]);
  // A household expected on reserved beds sees them free; anyone else finds them reserved.
  const expected = { personId: adultId, bedIds };
  const reservation = input.reservationId
    ? await reservationToTakeUp(ctx, actor, input.reservationId, expected)
    : reservationOfPerson(
        [...live.reservations.values()].map((r) => r.held),
        expected,
        now,
      );
  const { flags } = checkPlacement(
    loaded,
    reservation ? { ...live, records: withoutReservation(live.records, reservation.id) } : live,
    now,
    need,
    placements,
  );

  const id = newId();
  const at = arrival.toISOString();
  const stamp = now.toISOString();
  await guarded(() =>
    db.transaction().execute(async (tx) => {
      await claimBeds(tx, ctx.database.engine, bedIds, now, {
        kind: 'stay',
        takingUp: reservation?.id ?? null,
      });
      // Registered only now, behind the claim: a refused stay leaves no one without a stay.
      for (const [personId, columns] of household.fresh)
        await insertPerson(ctx, tx, gateway, actor, {
          id: personId,
          columns,
          adultIds: columns.is_child === 1 ? [adultId] : [],
        });
      if (arrival.getTime() < now.getTime()) await assertBedsFreeSince(tx, bedIds, at);
      await beginStay(
        tx,
        {
          id,
          centreId: actor.centreId,
          personId: adultId,
          childIds: children.map((c) => c.personId),
          arrivalAt: arrival,
          lentScreened: flags.lentScreened,
          transitionForWoman: flags.transitionForWoman,
          meetsScreenedCriteria: input.need.meetsScreenedCriteria,
          // The place was offered for this kind only (a transition apartment for transition stays).
          kind: input.need.stayKind,
          homeMunicipalityNumber: homeMunicipality,
          createdBy: actor.userId,
        },
        now,
      );
      await tx
        .insertInto('bed_assignments')
        .values(
          placements.map((p) => ({
            id: newId(),
            centre_id: actor.centreId,
            stay_id: id,
            person_id: p.personId,
            bed_id: p.bedId,
            from_at: at,
            to_at: null,
            created_by: actor.userId,
            created_at: stamp,
          })),
        )
        .execute();
      if (reservation) await takeUp(ctx, tx, actor, reservation.id, id, now);
      await new PersonalDataGateway(ctx, actor).audit(
        tx,
        'stay',
        id,
        'create',
        'capacity.stay.start',
        [
          'person_id',
          'members',
          'bed_assignments',
          'arrival_at',
          'kind',
          'home_municipality_number',
          ...flagFields(flags),
        ],
      );
      if (within) await within(tx, id);
    }),
  );
  return { id, version: 1, flags, personId: adultId, childIds: children.map((c) => c.personId) };
}

export function flagFields(flags: StayFlags): string[] {
  return [
    ...(flags.lentScreened ? ['lent_screened'] : []),
    ...(flags.transitionForWoman ? ['transition_for_woman'] : []),
  ];
}
