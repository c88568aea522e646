import { correctionProblems, intervalsOverlap, type Actor, type Interval } from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assignmentsBeside, assignmentsOfStay, moveAssignmentTimes } from '../capacity/index.ts';
import { clockOf, correctStayTimes, otherStaysOf, stayOfCentre } from '../stays/index.ts';
import type { correctionBody } from './schema.ts';

const time = (s: string) => new Date(s).getTime();
const interval = (from: string, until: string | null): Interval => ({
  from: new Date(from),
  until: until === null ? null : new Date(until),
});

/**
 * Corrects when a stay began or ended (the unit leader only; a wrong date changes overnights and
 * bills). The beds follow: the assignments that began at the arrival or ended at the departure,
 * and the cleaning that the departure started, move with it. Refused (409) when the corrected
 * stay would overlap another stay of anyone in the household or another occupant of a bed. The
 * reason is sealed on a `stay_corrections` row; the audit names the fields only.
 */
export async function correctStay(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
  input: z.infer<typeof correctionBody>,
) {
  const now = ctx.clock.now();
  const fields = [
    ...(input.arrivalAt !== undefined ? ['arrival_at'] : []),
    ...(input.departureAt !== undefined ? ['departure_at'] : []),
    'bed_assignments',
    'stay_corrections',
  ];
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open('stay', stayId, 'update', 'stays.correct', fields, async (tx) => {
    const stay = (await stayOfCentre(tx, actor.centreId, stayId))!;
    if (input.departureAt !== undefined && stay.departure_at === null)
      throw invalid([
        {
          path: 'body.departureAt',
          code: 'not_departed',
          message: 'The stay has not ended: register the departure instead',
        },
      ]);
    const arrival = input.arrivalAt ?? stay.arrival_at;
    const departure = input.departureAt ?? stay.departure_at;
    const assignments = await assignmentsOfStay(tx, stayId);
    // Bed changes inside the stay: what the corrected arrival and departure must stay around.
    const moves = assignments.flatMap((a) => [
      ...(time(a.from_at) !== time(stay.arrival_at) ? [time(a.from_at)] : []),
      ...(a.to_at !== null &&
      (stay.departure_at === null || time(a.to_at) !== time(stay.departure_at))
        ? [time(a.to_at)]
        : []),
    ]);
    const problems = correctionProblems({
      arrival: new Date(arrival),
      departure: departure === null ? null : new Date(departure),
      reason: input.reason,
      firstMove: moves.length > 0 ? new Date(Math.min(...moves)) : null,
      lastMove: moves.length > 0 ? new Date(Math.max(...moves)) : null,
      now,
    });
    if (problems.length > 0) throw invalid(problems);
    await correctStayTimes(
      tx,
      { id: stayId, version: input.version },
      { arrivalAt: arrival, departureAt: departure },
      now,
    );

    const corrected = assignments.map((a) => ({
      ...a,
      newFrom: time(a.from_at) === time(stay.arrival_at) ? arrival : a.from_at,
      newTo:
        a.to_at !== null && stay.departure_at !== null && time(a.to_at) === time(stay.departure_at)
          ? departure
          : a.to_at,
    }));
    const household = [...new Set(assignments.map((a) => a.person_id))];
    const [otherStays, others] = await Promise.all([
      otherStaysOf(tx, household, stayId),
      assignmentsBeside(tx, stayId, {
        personIds: household,
        bedIds: assignments.map((a) => a.bed_id),
      }),
    ]);
    const whole = interval(arrival, departure);
    const personClash =
      otherStays.some((s) => intervalsOverlap(whole, interval(s.arrival_at, s.departure_at))) ||
      others.some(
        (o) =>
          household.includes(o.person_id) && intervalsOverlap(whole, interval(o.from_at, o.to_at)),
      );
    if (personClash)
      throw conflict(
        'The corrected stay would overlap another stay of the person.',
        'overlaps_other_stay',
      );
    const bedClash = corrected.some((a) =>
      others.some(
        (o) =>
          o.bed_id === a.bed_id &&
          intervalsOverlap(interval(a.newFrom, a.newTo), interval(o.from_at, o.to_at)),
      ),
    );
    if (bedClash)
      throw conflict(
        'The corrected stay would overlap another occupant of one of its beds.',
        'overlaps_bed_occupant',
      );

    await moveAssignmentTimes(
      tx,
      corrected
        .filter((a) => a.newFrom !== a.from_at || a.newTo !== a.to_at)
        .map((a) => ({
          id: a.id,
          fromAt: a.newFrom,
          toAt: a.newTo,
          toChanged: a.newTo !== a.to_at,
        })),
    );
    if (input.departureAt !== undefined)
      await tx
        .updateTable('departures')
        .set({ departed_at: input.departureAt })
        .where('stay_id', '=', stayId)
        .execute();
    await tx
      .insertInto('stay_corrections')
      .values({
        id: newId(),
        centre_id: stay.centre_id,
        stay_id: stayId,
        old_arrival_at: stay.arrival_at,
        new_arrival_at: arrival,
        old_departure_at: stay.departure_at,
        new_departure_at: departure,
        reason_sealed: secretBox(ctx.config.encryptionKey).seal(input.reason),
        corrected_by: actor.userId,
        corrected_at: now.toISOString(),
      })
      .execute();
    const { clock } = await clockOf(
      ctx,
      tx,
      { centre_id: stay.centre_id, arrival_at: arrival, departure_at: departure },
      stay.home_municipality_number,
    );
    return {
      version: input.version + 1,
      arrivalAt: arrival,
      departureAt: departure,
      overnights: clock.overnights,
      daysBeyondLimit: clock.daysBeyond,
    };
  });
}
