import {
  assessEligibility,
  localDate,
  standingConsent,
  unansweredHelpNeeds,
  type Actor,
  type DelegatedStep,
} from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { screenedUnitRules } from '../capacity/index.ts';
import { invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertMayAssignPrimaryContact } from '../access/index.ts';
import { staffOfCentre } from '../staff/index.ts';
import { reassignOpenTasks } from '../tasks/index.ts';
import type { EligibilityDetails, ExclusionDecision } from './intake-view.ts';
import {
  asConsents,
  boxOf,
  consentsOf,
  sealJson,
  syncTasks,
  withIntake,
  withStep,
} from './records.ts';
import type {
  consentBody,
  eligibilityBody,
  flagsBody,
  helpNeedsBody,
  primaryContactBody,
} from './schema.ts';
import { assertMunicipalityExists } from '../municipalities/index.ts';

/**
 * Records the person's answers about consent. An answer that differs from the one standing is a
 * new row; a consent replaced by a refusal is withdrawn from that date. Also after the stay has
 * started: a withdrawal must always be possible.
 */
export function saveConsent(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof consentBody>,
) {
  const today = localDate(ctx.clock.now());
  const future = input.answers.findIndex((a) => (a.givenOn ?? today) > today);
  if (future >= 0)
    throw invalid([
      { path: `body.answers.${future}.givenOn`, code: 'in_future', message: 'Not in the future' },
    ]);
  return withIntake(
    ctx,
    actor,
    id,
    'update',
    'intake.consent',
    ['consents'],
    { version: input.version, allow: ['in_progress', 'completed'] },
    async (tx, row) => {
      const earlier = await consentsOf(tx, row);
      const stamp = ctx.clock.now().toISOString();
      for (const answer of input.answers) {
        const on = answer.givenOn ?? today;
        const standing = standingConsent(asConsents(earlier), answer.scope, on);
        if (standing?.granted === answer.granted && standing.how === answer.how) continue;
        const current = earlier.find((c) => c === standing);
        if (current)
          await tx
            .updateTable('consents')
            .set({ withdrawn_on: on })
            .where('id', '=', current.id)
            .execute();
        await tx
          .insertInto('consents')
          .values({
            id: newId(),
            centre_id: actor.centreId,
            person_id: row.person_id,
            intake_id: id,
            scope: answer.scope,
            granted: answer.granted ? 1 : 0,
            how: answer.how,
            given_on: on,
            withdrawn_on: null,
            recorded_by: actor.userId,
            created_at: stamp,
          })
          .execute();
      }
      await tx
        .updateTable('intakes')
        .set({ steps_saved: withStep(row, 'consent') })
        .where('id', '=', id)
        .execute();
      return { version: row.version };
    },
  );
}

/**
 * Target group, home municipality, the screened unit's criteria — or an exclusion: a danger to
 * self or others ends the intake, with the decision and its reason sealed, and a task to ask the
 * home municipality for another offer. The screened units' own rule (`screenedVerdict`) says
 * whether the person is their target group, or refused for an exclusion: the refusal is sealed
 * with the eligibility details and shown on the intake.
 */
export async function saveEligibility(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof eligibilityBody>,
) {
  const { db } = ctx.database;
  const [cooperation, screenedUnits] = await Promise.all([
    db
      .selectFrom('centre_municipalities')
      .select('municipality_number')
      .where('centre_id', '=', actor.centreId)
      .execute(),
    screenedUnitRules(db, actor.centreId),
  ]);
  await assertMunicipalityExists(db, input.homeMunicipalityNumber, 'body.homeMunicipalityNumber');
  const assessed = assessEligibility({
    ...input,
    cooperation: cooperation.map((c) => c.municipality_number),
    screenedUnits,
  });
  if (!assessed.ok)
    throw invalid(
      assessed.problems.map((code) =>
        code === 'no_target_group'
          ? { path: 'body.targetGroups', code, message: 'Choose at least one target group' }
          : { path: 'body.exclusionReason', code, message: 'Give the reason for the exclusion' },
      ),
    );
  const { result } = assessed;
  const excluded = result.outcome === 'excluded';
  return withIntake(
    ctx,
    actor,
    id,
    'update',
    excluded ? 'intake.exclude' : 'intake.eligibility',
    [
      'target_groups',
      'home_municipality_number',
      'outside_cooperation',
      'meets_screened_criteria',
      'eligibility',
      ...(excluded ? ['exclusion', 'status'] : []),
    ],
    { version: input.version },
    async (tx, row) => {
      const box = boxOf(ctx);
      const now = ctx.clock.now();
      const details: EligibilityDetails = {
        dangerToSelfOrOthers: input.dangerToSelfOrOthers,
        screened: input.screened,
        screenedRefusal: result.screenedRefusal,
      };
      const exclusion: ExclusionDecision | null = excluded
        ? {
            decision: 'excluded',
            reason: input.exclusionReason!,
            decidedBy: actor.userId,
            decidedOn: localDate(now),
          }
        : null;
      const changes = {
        target_groups: JSON.stringify(input.targetGroups),
        home_municipality_number: input.homeMunicipalityNumber,
        outside_cooperation: result.outsideCooperation ? 1 : 0,
        meets_screened_criteria: result.meetsScreenedCriteria ? 1 : 0,
        eligibility_sealed: sealJson(box, details),
        exclusion_sealed: exclusion ? sealJson(box, exclusion) : null,
        steps_saved: withStep(row, 'eligibility'),
        ...(excluded ? { status: 'excluded' as const, ended_at: now.toISOString() } : {}),
      };
      await tx.updateTable('intakes').set(changes).where('id', '=', id).execute();
      if (excluded) await syncTasks(ctx, actor, tx, { ...row, ...changes });
      return { version: row.version, ...result };
    },
  );
}

export function saveHelpNeeds(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof helpNeedsBody>,
) {
  return withIntake(
    ctx,
    actor,
    id,
    'update',
    'intake.help_needs',
    ['help_needs'],
    { version: input.version },
    async (tx, row) => {
      const children = await tx
        .selectFrom('intake_members')
        .select('id')
        .where('intake_id', '=', id)
        .executeTakeFirst();
      const missing = unansweredHelpNeeds(input.needs, children !== undefined);
      if (missing.length > 0)
        throw invalid(
          missing.map((area) => ({
            path: `body.needs.${area}`,
            code: 'unanswered',
            message: 'Answer every area (unknown is an answer)',
          })),
        );
      await tx
        .updateTable('intakes')
        .set({
          help_needs_sealed: sealJson(boxOf(ctx), input.needs),
          steps_saved: withStep(row, 'help_needs'),
        })
        .where('id', '=', id)
        .execute();
      return { version: row.version };
    },
  );
}

/** The threat mapping and the safety plan are saved by the protection module; this marks them done. */
export function markDelegatedStep(
  ctx: AppContext,
  actor: Actor,
  id: string,
  step: DelegatedStep,
  version: number,
) {
  return withIntake(
    ctx,
    actor,
    id,
    'update',
    `intake.step_done`,
    ['steps_saved'],
    { version, allow: ['in_progress', 'completed'] },
    async (tx, row) => {
      await tx
        .updateTable('intakes')
        .set({ steps_saved: withStep(row, step) })
        .where('id', '=', id)
        .execute();
      return { version: row.version };
    },
  );
}

/** The primary contact and, for a family, the staff member responsible for the children. */
export function savePrimaryContact(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof primaryContactBody>,
) {
  return withIntake(
    ctx,
    actor,
    id,
    'update',
    'intake.primary_contact',
    ['primary_contact_id', 'child_responsible_id'],
    { version: input.version },
    async (tx, row) => {
      const children = await tx
        .selectFrom('intake_members')
        .select('id')
        .where('intake_id', '=', id)
        .executeTakeFirst();
      if (
        input.primaryContactId !== row.primary_contact_id ||
        input.childResponsibleId !== row.child_responsible_id
      )
        assertMayAssignPrimaryContact(actor, row.primary_contact_id);
      if (children && input.primaryContactId !== null && input.childResponsibleId === null)
        throw invalid([
          {
            path: 'body.childResponsibleId',
            code: 'required_with_children',
            message: 'Name the staff member responsible for the children',
          },
        ]);
      await staffOfCentre(
        tx,
        actor.centreId,
        [input.primaryContactId, input.childResponsibleId].filter((s): s is string => s !== null),
      );
      await tx
        .updateTable('intakes')
        .set({
          primary_contact_id: input.primaryContactId,
          child_responsible_id: input.childResponsibleId,
          steps_saved: withStep(row, 'primary_contact'),
        })
        .where('id', '=', id)
        .execute();
      // The open tasks follow the new primary contact.
      await reassignOpenTasks(tx, { type: 'intake', id }, input.primaryContactId);
      return { version: row.version };
    },
  );
}

/** Flags that start work at once; the tasks they call for are made here, once each. */
export function saveFlags(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof flagsBody>,
) {
  return withIntake(
    ctx,
    actor,
    id,
    'update',
    'intake.flags',
    ['forced_marriage_suspected', 'asylum_seeker', 'tasks'],
    { version: input.version, allow: ['in_progress', 'completed'] },
    async (tx, row) => {
      const changes = {
        forced_marriage_suspected: input.forcedMarriageSuspected ? 1 : 0,
        asylum_seeker: input.asylumSeeker ? 1 : 0,
        steps_saved: withStep(row, 'flags'),
      };
      await tx.updateTable('intakes').set(changes).where('id', '=', id).execute();
      const made = await syncTasks(ctx, actor, tx, { ...row, ...changes });
      return { version: row.version, tasksMade: made };
    },
  );
}
