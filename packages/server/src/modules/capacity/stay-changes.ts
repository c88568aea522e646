import { childAgeFor, localDate, type Actor, type FieldProblem } from '@havn/domain';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { conflict, invalid, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { stayOfCentre, updatePlacement } from '../stays/index.ts';
import { claimBeds, guarded, requirePersons } from './guard.ts';
import { loadModel } from './model.ts';
import { checkPlacement, type Placement } from './placement.ts';
import { loadLiveRecords } from './records.ts';
import type { moveBody } from './stay-schema.ts';
import { assertBedsFreeSince, flagFields, instantOrNow, leaveBed, needOf } from './stays.ts';

type MoveInput = z.infer<typeof moveBody>;

/** A stay of the actor's centre that is still going on, opened through the person rules. */
export async function openStay(ctx: AppContext, actor: Actor, id: string, action: string) {
  const stay = await stayOfCentre(ctx.database.db, actor.centreId, id);
  if (!stay) throw notFound();
  await requirePersons(ctx, actor, [stay.person_id], action);
  if (stay.departure_at !== null) throw conflict('This stay has already ended.', 'stay_ended');
  return stay;
}

export async function openAssignments(db: Db, stayId: string) {
  return db
    .selectFrom('bed_assignments as a')
    .innerJoin('persons as p', 'p.id', 'a.person_id')
    .select(['a.id', 'a.person_id', 'a.bed_id', 'a.from_at', 'p.birth_date', 'p.gender'])
    .where('a.stay_id', '=', stayId)
    .where('a.to_at', 'is', null)
    .execute();
}

/**
 * Moves people of a stay to other beds at `at` (default now). The old assignments are closed —
 * the beds left wait for cleaning — and new ones opened: history, not an overwrite. The new
 * layout must be a place `findPlaces` offers the household, with this stay's own beds counted
 * as free; the stay's flags follow the new place.
 */
export async function moveStay(ctx: AppContext, actor: Actor, id: string, input: MoveInput) {
  const now = ctx.clock.now();
  const stay = await openStay(ctx, actor, id, 'capacity.stay.move');
  const at = instantOrNow(input.at, now, 'body.at');
  const { db } = ctx.database;
  const current = await openAssignments(db, id);
  const byPerson = new Map(current.map((a) => [a.person_id, a]));

  const problems = input.moves.flatMap((move, i): FieldProblem[] => {
    const assignment = byPerson.get(move.personId);
    if (!assignment)
      return [
        { path: `body.moves.${i}.personId`, code: 'not_in_stay', message: 'Not in this stay' },
      ];
    if (assignment.bed_id === move.bedId)
      return [{ path: `body.moves.${i}.bedId`, code: 'same_bed', message: 'Already in that bed' }];
    if (new Date(assignment.from_at).getTime() > at.getTime())
      return [
        {
          path: 'body.at',
          code: 'before_last_move',
          message: 'A move cannot come before the person came to the bed they leave',
        },
      ];
    return [];
  });
  const moved = new Map(input.moves.map((m) => [m.personId, m.bedId]));
  if (moved.size !== input.moves.length)
    problems.push({ path: 'body.moves', code: 'duplicate_person', message: 'Each person once' });
  if (problems.length > 0) throw invalid(problems);

  // The household after the move: the adult first, then the children.
  const date = localDate(at);
  const adult = byPerson.get(stay.person_id);
  const layout: Placement[] = [...current]
    .sort((a, b) => Number(b.person_id === stay.person_id) - Number(a.person_id === stay.person_id))
    .map((a) => ({
      personId: a.person_id,
      bedId: moved.get(a.person_id) ?? a.bed_id,
      age: a.person_id === stay.person_id ? null : childAgeFor(a.birth_date, undefined, date),
      path: `body.moves.${Math.max(
        0,
        input.moves.findIndex((m) => m.personId === a.person_id),
      )}.bedId`,
    }));
  if (new Set(layout.map((p) => p.bedId)).size !== layout.length)
    throw invalid([{ path: 'body.moves', code: 'duplicate_bed', message: 'One bed per person' }]);

  const [loaded, live] = await Promise.all([
    loadModel(db, actor.centreId),
    loadLiveRecords(db, actor.centreId, now, id),
  ]);
  const need = needOf(
    adult?.gender ?? 'unknown',
    layout
      .slice(adult ? 1 : 0)
      .map((p) => ({ age: p.age ?? 0, gender: byPerson.get(p.personId)!.gender })),
    {
      ...input.need,
      meetsScreenedCriteria: stay.meets_screened_criteria === 1 || input.need.meetsScreenedCriteria,
      // A move keeps the kind of stay: a transition stay moves between transition apartments.
      stayKind: stay.kind ?? 'crisis',
    },
  );
  const { flags } = checkPlacement(loaded, live, now, need, layout);
  const unitOfBed = (bedId: string | undefined) =>
    loaded.rooms.get(loaded.beds.get(bedId ?? '')?.room_id ?? '')?.unit_id;
  // A woman who leaves the men's unit she had as a transition home has made room: the need
  // recorded for it is met.
  const leftUnit = unitOfBed(adult?.bed_id) !== unitOfBed(layout[0]?.bedId);

  const stamp = at.toISOString();
  await guarded(() =>
    db.transaction().execute(async (tx) => {
      await updatePlacement(
        tx,
        { id, version: input.version },
        {
          lentScreened: flags.lentScreened,
          transitionForWoman: flags.transitionForWoman,
          meetsScreenedCriteria: need.meetsScreenedCriteria,
          leftTransitionUnit: leftUnit,
        },
        now,
      );
      await claimBeds(
        tx,
        ctx.database.engine,
        input.moves.map((m) => m.bedId),
        now,
        { kind: 'stay', takingUp: null },
      );
      if (at.getTime() < now.getTime())
        await assertBedsFreeSince(
          tx,
          input.moves.map((m) => m.bedId),
          stamp,
        );
      // Close every old assignment first, so that members may swap beds within the stay.
      for (const move of input.moves) {
        const old = byPerson.get(move.personId)!;
        await leaveBed(tx, actor.centreId, { id: old.id, bedId: old.bed_id }, stamp);
      }
      await tx
        .insertInto('bed_assignments')
        .values(
          input.moves.map((move) => ({
            id: newId(),
            centre_id: actor.centreId,
            stay_id: id,
            person_id: move.personId,
            bed_id: move.bedId,
            from_at: stamp,
            to_at: null,
            created_by: actor.userId,
            created_at: now.toISOString(),
          })),
        )
        .execute();
      await new PersonalDataGateway(ctx, actor).audit(
        tx,
        'stay',
        id,
        'update',
        'capacity.stay.move',
        [
          'bed_assignments',
          ...flagFields(flags),
          ...(leftUnit && stay.vacate_raised_at ? ['vacate_raised_at'] : []),
        ],
      );
    }),
  );
  return { version: input.version + 1, flags };
}

/**
 * The beds of a stay that ends at `at`: every open assignment of the household is left and the
 * bed waits for cleaning until a staff member marks it ready. Runs in the departure's
 * transaction, beside the stays module's `endStay`, so neither stands without the other.
 */
export async function releaseBeds(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  stayId: string,
  assignments: readonly { id: string; bed_id: string }[],
  at: Date,
): Promise<void> {
  const stamp = at.toISOString();
  for (const a of assignments)
    await leaveBed(tx, actor.centreId, { id: a.id, bedId: a.bed_id }, stamp);
  await new PersonalDataGateway(ctx, actor).audit(
    tx,
    'stay',
    stayId,
    'update',
    'capacity.stay.depart',
    ['departure_at', 'bed_assignments'],
  );
}
