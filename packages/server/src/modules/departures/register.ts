import { departureProblems, earliestDeparture, occupantLabel, type Actor } from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { conflict, invalid, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { instantOrNow, openAssignments, releaseBeds, requirePersons } from '../capacity/index.ts';
import { personSummaries } from '../people/index.ts';
import { staffNames } from '../staff/index.ts';
import { endStay, stayMembers, stayOfCentre } from '../stays/index.ts';
import type { departureBody, departureView } from './schema.ts';

type DepartureInput = z.infer<typeof departureBody>;

/**
 * Registers a departure: where the person and each child went and why. The stay ends through
 * the capacity module — every bed of the household waits for cleaning — in the same transaction
 * as the departure record, so neither stands without the other. A leave without notice ends the
 * stay at the last known time and records the safety follow-up (sealed: it names contacts).
 */
export async function registerDeparture(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
  input: DepartureInput,
) {
  const { db } = ctx.database;
  const stay = await stayOfCentre(db, actor.centreId, stayId);
  if (!stay) throw notFound();
  await requirePersons(ctx, actor, [stay.person_id], 'departures.register');
  const members = (await stayMembers(db, [stayId])).get(stayId) ?? [];
  const problems = departureProblems(input, members);
  if (input.withoutNotice !== null && input.at === undefined)
    problems.push({
      path: 'body.at',
      code: 'last_known_time_required',
      message: 'A leave without notice ends the stay at the last known time',
    });
  if (problems.length > 0) throw invalid(problems);
  if (stay.departure_at !== null) throw conflict('This stay has already ended.', 'stay_ended');

  const now = ctx.clock.now();
  const at = instantOrNow(input.at, now, 'body.at');
  const beds = await openAssignments(db, stayId);
  if (
    at <
    earliestDeparture(
      new Date(stay.arrival_at),
      beds.map((b) => new Date(b.from_at)),
    )
  )
    throw invalid([
      {
        path: 'body.at',
        code: 'before_arrival',
        message: 'The departure cannot come before the arrival or the last move',
      },
    ]);
  const box = secretBox(ctx.config.encryptionKey);
  const id = newId();
  // The stay ends, its beds are left and the departure is recorded together, or not at all.
  return db.transaction().execute(async (tx) => {
    const ended = await endStay(tx, { id: stayId, version: input.version }, at, now);
    await releaseBeds(ctx, tx, actor, stayId, beds, at);
    await tx
      .insertInto('departures')
      .values({
        id,
        centre_id: actor.centreId,
        stay_id: stayId,
        departed_at: at.toISOString(),
        destination: input.destination,
        reason: input.reason,
        police_involved: input.policeInvolved === null ? null : Number(input.policeInvolved),
        without_notice: input.withoutNotice ? 1 : 0,
        police_notified: input.withoutNotice ? Number(input.withoutNotice.policeNotified) : null,
        follow_up_sealed: input.withoutNotice ? box.seal(input.withoutNotice.contactsTried) : null,
        registered_by: actor.userId,
        registered_at: now.toISOString(),
      })
      .execute();
    if (input.children.length > 0)
      await tx
        .insertInto('departure_members')
        .values(
          input.children.map((child) => ({
            id: newId(),
            centre_id: actor.centreId,
            departure_id: id,
            person_id: child.personId,
            destination: child.destination,
            reason: child.reason,
          })),
        )
        .execute();
    await new PersonalDataGateway(ctx, actor).audit(
      tx,
      'stay',
      stayId,
      'create',
      'departures.register',
      [
        'departure.destination',
        'departure.reason',
        ...(input.policeInvolved !== null ? ['departure.police_involved'] : []),
        ...(input.withoutNotice ? ['departure.without_notice', 'departure.follow_up'] : []),
        ...(input.children.length > 0 ? ['departure_members'] : []),
      ],
    );
    return { id, version: ended.version };
  });
}

/** The stay's household, its departure if registered, and the corrections of its times. */
export async function getDeparture(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
): Promise<z.infer<typeof departureView>> {
  const gateway = new PersonalDataGateway(ctx, actor);
  const box = secretBox(ctx.config.encryptionKey);
  return gateway.open(
    'stay',
    stayId,
    'read',
    'departures.read',
    ['departure', 'stay_corrections'],
    async (tx) => {
      const stay = (await stayOfCentre(tx, actor.centreId, stayId))!;
      const members = (await stayMembers(tx, [stayId])).get(stayId) ?? [];
      const [people, departure, corrections, beds] = await Promise.all([
        personSummaries(tx, [stay.person_id, ...members]),
        tx.selectFrom('departures').selectAll().where('stay_id', '=', stayId).executeTakeFirst(),
        tx
          .selectFrom('stay_corrections')
          .selectAll()
          .where('stay_id', '=', stayId)
          .orderBy('corrected_at')
          .execute(),
        openAssignments(tx, stayId),
      ]);
      const names = await staffNames(tx, actor.centreId, [
        departure?.registered_by,
        ...corrections.map((c) => c.corrected_by),
      ]);
      const children = departure
        ? await tx
            .selectFrom('departure_members')
            .select(['person_id', 'destination', 'reason'])
            .where('departure_id', '=', departure.id)
            .execute()
        : [];
      type View = z.infer<typeof departureView>;
      type Outcome = Pick<NonNullable<View['departure']>, 'destination' | 'reason'>;
      const outcome = (r: { destination: string; reason: string }) =>
        ({ destination: r.destination, reason: r.reason }) as Outcome;
      return {
        stayId,
        version: stay.version,
        arrivalAt: stay.arrival_at,
        earliestDepartureAt: earliestDeparture(
          new Date(stay.arrival_at),
          beds.map((b) => new Date(b.from_at)),
        ).toISOString(),
        departureAt: stay.departure_at,
        household: [...people.values()]
          .map((p) => ({
            personId: p.id,
            label: occupantLabel({
              alias: p.alias,
              firstName: p.first_name,
              lastName: p.last_name,
            }),
            isChild: p.id !== stay.person_id,
          }))
          .sort((a, b) => Number(a.isChild) - Number(b.isChild) || a.label.localeCompare(b.label)),
        departure: departure
          ? {
              departedAt: departure.departed_at,
              ...outcome(departure),
              policeInvolved:
                departure.police_involved === null ? null : departure.police_involved === 1,
              withoutNotice:
                departure.without_notice === 1
                  ? {
                      policeNotified:
                        departure.police_notified === null ? null : departure.police_notified === 1,
                      contactsTried: departure.follow_up_sealed
                        ? box.open(departure.follow_up_sealed)
                        : '',
                    }
                  : null,
              children: children.map((c) => ({ personId: c.person_id, ...outcome(c) })),
              registeredAt: departure.registered_at,
              registeredBy: names.get(departure.registered_by) ?? '',
            }
          : null,
        corrections: corrections.map((c) => ({
          correctedAt: c.corrected_at,
          correctedBy: names.get(c.corrected_by) ?? '',
          oldArrivalAt: c.old_arrival_at,
          newArrivalAt: c.new_arrival_at,
          oldDepartureAt: c.old_departure_at,
          newDepartureAt: c.new_departure_at,
          reason: box.open(c.reason_sealed),
        })),
      };
    },
  );
}
