import { localDate, occupantLabel, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { IncidentTable } from '../../platform/db/tables.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { invalid, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { instantOrNow } from '../capacity/index.ts';
import { completeTasks, createTasks } from '../tasks/index.ts';
import { staffNames } from '../staff/index.ts';
import { staffRef } from './access.ts';
import type { followUpBody, incidentBody, incidentView } from './schema.ts';
import { staysByIds } from '../stays/index.ts';

type IncidentView = z.infer<typeof incidentView>;

/** The task an incident gives the stay's primary contact (stored in the staff's language). */
export const incidentTaskDescription = 'Følg opp hendelsen og vurder risikoen på nytt';

const reportFields = ['occurred_at', 'kind', 'description', 'measures', 'police_called'];

/** Residents' labels by stay: the alias, else initials — never a name. */
export async function residentLabels(
  db: Db | Tx,
  stayIds: readonly string[],
): Promise<Map<string, string>> {
  if (stayIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('stays')
    .innerJoin('persons', 'persons.id', 'stays.person_id')
    .select(['stays.id', 'persons.alias', 'persons.first_name', 'persons.last_name'])
    .where('stays.id', 'in', [...new Set(stayIds)])
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      occupantLabel({ alias: r.alias, firstName: r.first_name, lastName: r.last_name }),
    ]),
  );
}

/** Incident rows as staff see them, unsealed; the caller has opened their stays. */
export async function incidentViews(
  ctx: AppContext,
  db: Db | Tx,
  centreId: string,
  rows: readonly IncidentTable[],
): Promise<IncidentView[]> {
  const box = secretBox(ctx.config.encryptionKey);
  const open = (sealed: string | null) => (sealed ? box.open(sealed) : null);
  const [names, labels] = await Promise.all([
    staffNames(
      db,
      centreId,
      rows.flatMap((r) => [r.reported_by, r.follow_up_done_by]),
    ),
    residentLabels(
      db,
      rows.map((r) => r.stay_id),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    stayId: r.stay_id,
    resident: labels.get(r.stay_id) ?? '?',
    occurredAt: r.occurred_at,
    kind: r.kind as IncidentView['kind'],
    description: box.open(r.description_sealed),
    measures: open(r.measures_sealed),
    policeCalled: r.police_called === 1,
    followUp: open(r.follow_up_sealed),
    followUpDoneAt: r.follow_up_done_at,
    followUpDoneBy: r.follow_up_done_by ? staffRef(names, r.follow_up_done_by) : null,
    reportedBy: staffRef(names, r.reported_by),
    reportedAt: r.created_at,
    version: r.version,
  }));
}

/**
 * Reports an incident in the house — whoever is on duty, at any hour. It makes a reassessment
 * of the risk due at once (the domain's `reassessmentDue` counts incidents reported after the
 * latest assessment) and gives the stay's primary contact a task to follow it up.
 */
export async function reportIncident(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof incidentBody>,
) {
  const now = ctx.clock.now();
  const occurredAt = instantOrNow(input.occurredAt, now, 'body.occurredAt');
  const gateway = new PersonalDataGateway(ctx, actor);
  const id = newId();
  await gateway.open(
    'stay',
    input.stayId,
    'update',
    'protection.incident.report',
    ['incidents'],
    async (tx) => {
      const stay = (await staysByIds(tx, [input.stayId])).get(input.stayId)!;
      if (occurredAt.toISOString() < stay.arrival_at)
        throw invalid([
          {
            path: 'body.occurredAt',
            code: 'before_arrival',
            message: 'The incident cannot have happened before the stay began',
          },
        ]);
      const box = secretBox(ctx.config.encryptionKey);
      const stamp = now.toISOString();
      await tx
        .insertInto('incidents')
        .values({
          id,
          centre_id: actor.centreId,
          stay_id: input.stayId,
          occurred_at: occurredAt.toISOString(),
          kind: input.kind,
          description_sealed: box.seal(input.description),
          measures_sealed: input.measures ? box.seal(input.measures) : null,
          police_called: input.policeCalled ? 1 : 0,
          follow_up_sealed: null,
          follow_up_done_at: null,
          follow_up_done_by: null,
          reported_by: actor.userId,
          created_at: stamp,
          updated_at: stamp,
          version: 1,
        })
        .execute();
      const [taskId = ''] = await createTasks(ctx, tx, actor, [
        {
          case: { type: 'stay', id: input.stayId },
          description: incidentTaskDescription,
          ownerUserId: stay.primary_contact_id,
          dueOn: localDate(now),
          source: 'incident',
          sourceRef: id,
        },
      ]);
      await gateway.audit(tx, 'incident', id, 'create', 'protection.incident.report', reportFields);
      await gateway.audit(tx, 'task', taskId, 'create', 'protection.incident.report', [
        'description',
        'owner_user_id',
        'due_on',
      ]);
    },
  );
  return { id };
}

/** Incidents whose follow-up is not done, oldest first, for the stays the actor may open. */
export async function openFollowUps(ctx: AppContext, actor: Actor): Promise<IncidentView[]> {
  const { db } = ctx.database;
  const rows = await db
    .selectFrom('incidents')
    .selectAll()
    .where('centre_id', '=', actor.centreId)
    .where('follow_up_done_at', 'is', null)
    .orderBy('occurred_at')
    .limit(200)
    .execute();
  const gateway = new PersonalDataGateway(ctx, actor);
  const allowed = await gateway.filter(
    'stay',
    rows.map((r) => r.stay_id),
  );
  const visible = rows.filter((r) => allowed.has(r.stay_id));
  return db.transaction().execute(async (tx) => {
    for (const r of visible)
      await gateway.audit(tx, 'incident', r.id, 'read', 'protection.incident.list', reportFields);
    return incidentViews(ctx, tx, actor.centreId, visible);
  });
}

/** Records the follow-up; when done, the incident task of the stay is done with it. */
export async function followUp(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof followUpBody>,
) {
  const now = ctx.clock.now();
  const incident = await ctx.database.db
    .selectFrom('incidents')
    .select(['stay_id', 'follow_up_done_at'])
    .where('id', '=', id)
    .where('centre_id', '=', actor.centreId)
    .executeTakeFirst();
  if (!incident) throw notFound();
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'stay',
    incident.stay_id,
    'update',
    'protection.incident.follow_up',
    ['incidents.follow_up'],
    async (tx) => {
      await claimVersion(tx, 'incidents', id, input.version, now);
      const doneNow = input.done && incident.follow_up_done_at === null;
      await tx
        .updateTable('incidents')
        .set({
          follow_up_sealed: secretBox(ctx.config.encryptionKey).seal(input.text),
          ...(doneNow
            ? { follow_up_done_at: now.toISOString(), follow_up_done_by: actor.userId }
            : {}),
        })
        .where('id', '=', id)
        .execute();
      if (doneNow)
        await completeTasks(tx, actor, now, {
          cases: [{ type: 'stay', id: incident.stay_id }],
          source: 'incident',
          sourceRefs: [id],
        });
      await gateway.audit(tx, 'incident', id, 'update', 'protection.incident.follow_up', [
        'follow_up',
        ...(doneNow ? ['follow_up_done_at', 'follow_up_done_by'] : []),
      ]);
      return { version: input.version + 1 };
    },
  );
}
