import {
  fieldProblem,
  reassessmentDue,
  type Actor,
  type FieldProblem,
  type ReassessmentDue,
} from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { staffNames } from '../staff/index.ts';
import { openIntakeProtection, staffRef, type IntakeRow } from './access.ts';
import { intervalOf, itemsOf } from './settings.ts';
import type { assessmentBody, assessmentHistory, assessmentView } from './schema.ts';
import { staysByIds } from '../stays/index.ts';

type Answer = z.infer<typeof assessmentView>['answers'][number];

/**
 * When the risk must next be assessed for an intake, from its stay's incidents and departure if it
 * has one; null once the stay has ended. Loads the facts and asks the domain; used by the history,
 * the stay page and the start page.
 */
export async function dueFor(
  db: Db | Tx,
  centreId: string,
  facts: { since: string; lastAssessedAt: string | null; stayId: string | null },
  now: Date,
  interval?: number,
): Promise<ReassessmentDue | null> {
  const [incidents, stay] = facts.stayId
    ? await Promise.all([
        db
          .selectFrom('incidents')
          .select(['id', 'created_at'])
          .where('stay_id', '=', facts.stayId)
          .execute(),
        staysByIds(db, [facts.stayId]).then((stays) => stays.get(facts.stayId!)),
      ])
    : [[], undefined];
  return reassessmentDue({
    since: new Date(facts.since),
    lastAssessedAt: facts.lastAssessedAt ? new Date(facts.lastAssessedAt) : null,
    intervalDays: interval ?? (await intervalOf(db, centreId)),
    incidents: incidents.map((i) => ({ id: i.id, reportedAt: new Date(i.created_at) })),
    endedAt: stay?.departure_at ? new Date(stay.departure_at) : null,
    now,
  });
}

export async function lastAssessedAt(db: Db | Tx, intakeId: string): Promise<string | null> {
  const row = await db
    .selectFrom('threat_assessments')
    .select('assessed_at')
    .where('intake_id', '=', intakeId)
    .orderBy('assessed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.assessed_at ?? null;
}

/** Where the mapping's clock starts: the earliest of the intake and the stay's arrival. */
export const mappingStart = (...instants: (string | null | undefined)[]): string =>
  instants.filter((i): i is string => Boolean(i)).sort()[0]!;

/** The start for an intake, looking up its stay's arrival once there is one. */
export async function sinceOf(db: Db | Tx, intake: IntakeRow): Promise<string> {
  const stay = intake.stay_id
    ? (await staysByIds(db, [intake.stay_id])).get(intake.stay_id)
    : undefined;
  return mappingStart(intake.created_at, stay?.arrival_at);
}

/**
 * Records an assessment — never an edit: a reassessment is a new row. The initial assessment
 * comes first and once; reassessments come after it. Every active item is answered; answers
 * keep the item's words as asked, so rewording an item later does not rewrite history.
 */
export async function recordAssessment(
  ctx: AppContext,
  actor: Actor,
  intakeId: string,
  input: z.infer<typeof assessmentBody>,
) {
  const now = ctx.clock.now();
  const id = newId();
  await openIntakeProtection(
    ctx,
    actor,
    intakeId,
    'update',
    'protection.assessment.record',
    ['threat_assessments'],
    async (tx, intake, gateway) => {
      const earlier = await lastAssessedAt(tx, intakeId);
      if (input.kind === 'initial' && earlier !== null)
        throw conflict(
          'The initial assessment is made; record a reassessment instead.',
          'assessment_made',
        );
      if (input.kind !== 'initial' && earlier === null)
        throw invalid([
          fieldProblem('body.kind', 'initial_first', 'Make the initial assessment first'),
        ]);
      const items = (await itemsOf(tx, actor.centreId)).filter((i) => i.active === 1);
      const given = new Map(input.answers.map((a) => [a.key, a]));
      const unknownKeys = input.answers.filter((a) => !items.some((i) => i.key === a.key));
      const missing = items.filter((i) => !given.has(i.key));
      if (unknownKeys.length > 0 || missing.length > 0 || given.size !== input.answers.length)
        throw invalid([
          ...missing.map((i): FieldProblem => ({
            path: `body.answers.${i.key}`,
            code: 'unanswered',
            message: 'Answer every item (unknown is an answer)',
          })),
          ...unknownKeys.map((a): FieldProblem => ({
            path: `body.answers.${a.key}`,
            code: 'unknown_item',
            message: 'Not an active item of this centre',
          })),
          ...(given.size !== input.answers.length
            ? [fieldProblem('body.answers', 'duplicate_item', 'Each item once')]
            : []),
        ]);
      const answers: Answer[] = items.map((item) => {
        const a = given.get(item.key)!;
        return {
          key: item.key,
          labelNb: item.label_nb,
          labelEn: item.label_en,
          now: a.now,
          earlier: a.earlier,
          note: a.note || null,
        };
      });
      const box = secretBox(ctx.config.encryptionKey);
      await tx
        .insertInto('threat_assessments')
        .values({
          id,
          centre_id: intake.centre_id,
          intake_id: intakeId,
          kind: input.kind,
          judgement: input.judgement,
          answers_sealed: box.seal(JSON.stringify(answers)),
          reasons_sealed: box.seal(input.reasons),
          assessed_at: now.toISOString(),
          assessed_by: actor.userId,
        })
        .execute();
      await gateway.audit(tx, 'threat_assessment', id, 'create', 'protection.assessment.record', [
        'kind',
        'judgement',
        'answers',
        'reasons',
      ]);
    },
  );
  return { id };
}

/** Every assessment of an intake, newest first, with when the next one is due. */
export async function assessmentHistoryOf(
  ctx: AppContext,
  actor: Actor,
  intakeId: string,
): Promise<z.infer<typeof assessmentHistory>> {
  const now = ctx.clock.now();
  return openIntakeProtection(
    ctx,
    actor,
    intakeId,
    'read',
    'protection.assessment.history',
    ['threat_assessments.answers', 'threat_assessments.reasons', 'threat_assessments.judgement'],
    async (tx, intake) => {
      const rows = await tx
        .selectFrom('threat_assessments')
        .selectAll()
        .where('intake_id', '=', intakeId)
        .orderBy('assessed_at', 'desc')
        .execute();
      const names = await staffNames(
        tx,
        intake.centre_id,
        rows.map((r) => r.assessed_by),
      );
      const box = secretBox(ctx.config.encryptionKey);
      const reassessment = await dueFor(
        tx,
        intake.centre_id,
        {
          since: await sinceOf(tx, intake),
          lastAssessedAt: rows[0]?.assessed_at ?? null,
          stayId: intake.stay_id,
        },
        now,
      );
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          judgement: r.judgement,
          reasons: box.open(r.reasons_sealed),
          answers: JSON.parse(box.open(r.answers_sealed)) as Answer[],
          assessedAt: r.assessed_at,
          assessedBy: staffRef(names, r.assessed_by),
        })),
        reassessment,
      };
    },
  );
}
