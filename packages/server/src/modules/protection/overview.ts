import { reassessmentDue, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { intakesOfStays } from '../intake/index.ts';
import { currentStaysOfCentre, staysByIds } from '../stays/index.ts';
import { dueFor, mappingStart } from './assessments.ts';
import { incidentViews, residentLabels } from './incidents.ts';
import { intervalOf } from './settings.ts';
import type { overdueList, residentList, stayProtection } from './schema.ts';

/**
 * Protection on the stay page: the latest judgement (not the answers — the history is its own
 * read), when the next reassessment is due, and the stay's incidents, newest first. A stay
 * without an intake (registered straight on the board) has no assessment: it is due from arrival.
 */
export async function stayOverview(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
): Promise<z.infer<typeof stayProtection>> {
  const now = ctx.clock.now();
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'stay',
    stayId,
    'read',
    'protection.stay.read',
    ['threat_assessments.judgement', 'reassessment_due', 'incidents'],
    async (tx) => {
      const stay = (await staysByIds(tx, [stayId])).get(stayId)!;
      const intake = (await intakesOfStays(tx, [stayId])).get(stayId);
      const latest = intake
        ? await tx
            .selectFrom('threat_assessments')
            .select(['judgement', 'kind', 'assessed_at'])
            .where('intake_id', '=', intake.id)
            .orderBy('assessed_at', 'desc')
            .limit(1)
            .executeTakeFirst()
        : undefined;
      const reassessment = await dueFor(
        tx,
        actor.centreId,
        {
          since: mappingStart(intake?.created_at, stay.arrival_at),
          lastAssessedAt: latest?.assessed_at ?? null,
          stayId,
        },
        now,
      );
      const incidents = await tx
        .selectFrom('incidents')
        .selectAll()
        .where('stay_id', '=', stayId)
        .orderBy('occurred_at', 'desc')
        .execute();
      return {
        intakeId: intake?.id ?? null,
        latest: latest
          ? { judgement: latest.judgement, kind: latest.kind, assessedAt: latest.assessed_at }
          : null,
        reassessment,
        incidents: await incidentViews(ctx, tx, actor.centreId, incidents),
      };
    },
  );
}

/** The current stays of the actor's centre that the actor may open. */
async function currentStays(ctx: AppContext, actor: Actor) {
  const rows = await currentStaysOfCentre(ctx.database.db, actor.centreId);
  const gateway = new PersonalDataGateway(ctx, actor);
  const allowed = await gateway.filter(
    'stay',
    rows.map((r) => r.id),
  );
  return { gateway, stays: rows.filter((r) => allowed.has(r.id)) };
}

/**
 * Current residents whose (re)assessment is due today or overdue, for the start page: the stay,
 * the alias or initials, the due date. One query per kind of fact, whatever the number of stays.
 */
export async function overdueReassessments(
  ctx: AppContext,
  actor: Actor,
): Promise<z.infer<typeof overdueList>['items']> {
  const now = ctx.clock.now();
  const { db } = ctx.database;
  const { gateway, stays } = await currentStays(ctx, actor);
  if (stays.length === 0) return [];
  const ids = stays.map((s) => s.id);
  const [intakeByStay, incidents, interval] = await Promise.all([
    intakesOfStays(db, ids),
    db
      .selectFrom('incidents')
      .select(['id', 'stay_id', 'created_at'])
      .where('stay_id', 'in', ids)
      .execute(),
    intervalOf(db, actor.centreId),
  ]);
  const assessed = intakeByStay.size
    ? await db
        .selectFrom('threat_assessments')
        .select(['intake_id', (eb) => eb.fn.max('assessed_at').as('last')])
        .where(
          'intake_id',
          'in',
          [...intakeByStay.values()].map((i) => i.id),
        )
        .groupBy('intake_id')
        .execute()
    : [];
  const lastByIntake = new Map(assessed.map((a) => [a.intake_id, String(a.last)]));

  const due = stays.flatMap((stay) => {
    const intake = intakeByStay.get(stay.id);
    const last = intake ? lastByIntake.get(intake.id) : undefined;
    const result = reassessmentDue({
      since: new Date(mappingStart(intake?.created_at, stay.arrival_at)),
      lastAssessedAt: last ? new Date(last) : null,
      intervalDays: interval,
      incidents: incidents
        .filter((i) => i.stay_id === stay.id)
        .map((i) => ({ id: i.id, reportedAt: new Date(i.created_at) })),
      endedAt: null, // current stays only
      now,
    });
    return result === null || result.state === 'ok'
      ? []
      : [{ stayId: stay.id, intakeId: intake?.id ?? null, ...result, state: result.state }];
  });
  const labels = await residentLabels(
    db,
    due.map((d) => d.stayId),
  );
  await db.transaction().execute(async (tx) => {
    for (const d of due)
      await gateway.audit(tx, 'stay', d.stayId, 'read', 'protection.overdue', [
        'alias',
        'reassessment_due',
      ]);
  });
  return due
    .map((d) => ({
      stayId: d.stayId,
      intakeId: d.intakeId,
      resident: labels.get(d.stayId) ?? '?',
      dueOn: d.dueOn,
      state: d.state,
      reason: d.reason,
    }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** The current residents by alias or initials, to choose whom an incident concerns. */
export async function residents(
  ctx: AppContext,
  actor: Actor,
): Promise<z.infer<typeof residentList>['items']> {
  const { db } = ctx.database;
  const { gateway, stays } = await currentStays(ctx, actor);
  const labels = await residentLabels(
    db,
    stays.map((s) => s.id),
  );
  await db.transaction().execute(async (tx) => {
    for (const s of stays)
      await gateway.audit(tx, 'stay', s.id, 'read', 'protection.residents', ['alias']);
  });
  return stays
    .map((s) => ({ stayId: s.id, resident: labels.get(s.id) ?? '?' }))
    .sort((a, b) => a.resident.localeCompare(b.resident, 'nb'));
}
