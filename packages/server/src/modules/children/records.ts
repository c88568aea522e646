import { schoolingProblems, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Tx } from '../../platform/db/database.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { invalid, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { openChild } from './child-access.ts';
import type {
  activityBody,
  healthBody,
  parentContactBody,
  schoolingBody,
  schoolingUpdateBody,
  parentContactUpdateBody,
} from './schema.ts';

/*
 * Writes on a child's page. Each opens the child through the stay (child-access.ts) and audits
 * the child's person record with the names of the fields written, never their values.
 */

type ChildRef = { stayId: string; personId: string };
type Schooling = z.infer<typeof schoolingBody>;
type ParentContact = z.infer<typeof parentContactBody>;

const sealer = (ctx: AppContext) => {
  const box = secretBox(ctx.config.encryptionKey);
  return (value: string | null) => (value ? box.seal(value) : null);
};

function schoolingColumns(ctx: AppContext, input: Schooling) {
  const problems = schoolingProblems(input);
  if (problems.length > 0) throw invalid(problems);
  return {
    institution_kind: input.institutionKind,
    status: input.status,
    reason: input.reason,
    home_municipality_responsible: input.homeMunicipalityResponsible ? 1 : 0,
    from_on: input.fromOn,
    to_on: input.toOn,
    notes_sealed: sealer(ctx)(input.notes),
  };
}
const schoolingFields = [
  'institution_kind',
  'status',
  'reason',
  'home_municipality_responsible',
  'from_on',
  'to_on',
  'notes',
];

/** A row of the child's in this stay, or 404: ids from another child or stay open nothing. */
async function ownRow(
  tx: Tx,
  table: 'child_schooling' | 'parent_contacts',
  ref: ChildRef,
  id: string,
): Promise<void> {
  const row = await tx
    .selectFrom(table)
    .select('id')
    .where('id', '=', id)
    .where('stay_id', '=', ref.stayId)
    .where('person_id', '=', ref.personId)
    .executeTakeFirst();
  if (!row) throw notFound();
}

const ownership = (actor: Actor, ref: ChildRef) => ({
  centre_id: actor.centreId,
  stay_id: ref.stayId,
  person_id: ref.personId,
});

export function addSchooling(ctx: AppContext, actor: Actor, ref: ChildRef, input: Schooling) {
  const columns = schoolingColumns(ctx, input);
  const fields = schoolingFields.map((f) => `schooling.${f}`);
  return openChild(ctx, actor, ref, 'update', 'children.add_schooling', fields, async (tx) => {
    const now = ctx.clock.now().toISOString();
    const id = newId();
    await tx
      .insertInto('child_schooling')
      .values({
        id,
        ...ownership(actor, ref),
        ...columns,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    return { id, version: 1 };
  });
}

export function updateSchooling(
  ctx: AppContext,
  actor: Actor,
  ref: ChildRef,
  id: string,
  input: z.infer<typeof schoolingUpdateBody>,
) {
  const columns = schoolingColumns(ctx, input);
  const fields = schoolingFields.map((f) => `schooling.${f}`);
  return openChild(ctx, actor, ref, 'update', 'children.update_schooling', fields, async (tx) => {
    await ownRow(tx, 'child_schooling', ref, id);
    await claimVersion(tx, 'child_schooling', id, input.version, ctx.clock.now());
    await tx.updateTable('child_schooling').set(columns).where('id', '=', id).execute();
    return { version: input.version + 1 };
  });
}

export function addActivity(
  ctx: AppContext,
  actor: Actor,
  ref: ChildRef,
  input: z.infer<typeof activityBody>,
) {
  const fields = ['activity.kind', 'activity.date', 'activity.note'];
  return openChild(ctx, actor, ref, 'update', 'children.add_activity', fields, async (tx) => {
    const id = newId();
    await tx
      .insertInto('child_activities')
      .values({
        id,
        ...ownership(actor, ref),
        kind: input.kind,
        activity_on: input.date,
        note: secretBox(ctx.config.encryptionKey).sealOrNull(input.note),
        created_by: actor.userId,
        created_at: ctx.clock.now().toISOString(),
      })
      .execute();
    return { id, version: 1 };
  });
}

/** The child's health record: made on the first save, then edited with the version read. */
export function saveHealth(
  ctx: AppContext,
  actor: Actor,
  ref: ChildRef,
  input: z.infer<typeof healthBody>,
) {
  const fields = ['health.needs', 'health.notes'];
  return openChild(ctx, actor, ref, 'update', 'children.save_health', fields, async (tx) => {
    const now = ctx.clock.now();
    const columns = {
      needs: JSON.stringify([...new Set(input.needs)]),
      notes_sealed: sealer(ctx)(input.notes),
      updated_by: actor.userId,
    };
    const existing = await tx
      .selectFrom('child_health')
      .select('id')
      .where('stay_id', '=', ref.stayId)
      .where('person_id', '=', ref.personId)
      .executeTakeFirst();
    if (!existing) {
      if (input.version !== undefined) throw notFound();
      await tx
        .insertInto('child_health')
        .values({
          id: newId(),
          ...ownership(actor, ref),
          ...columns,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
          version: 1,
        })
        .execute();
      return { version: 1 };
    }
    if (input.version === undefined) {
      throw invalid([
        { path: 'body.version', code: 'version_required', message: 'State the version you read' },
      ]);
    }
    await claimVersion(tx, 'child_health', existing.id, input.version, now);
    await tx.updateTable('child_health').set(columns).where('id', '=', existing.id).execute();
    return { version: input.version + 1 };
  });
}

function parentContactColumns(ctx: AppContext, input: ParentContact) {
  const seal = sealer(ctx);
  const box = secretBox(ctx.config.encryptionKey);
  return {
    occurs_at: new Date(input.occursAt).toISOString(),
    kind: input.kind,
    supervised_by: box.sealOrNull(input.supervisedBy),
    place: box.sealOrNull(input.place),
    safety_notes_sealed: seal(input.safetyNotes),
    outcome: input.outcome,
    outcome_notes_sealed: seal(input.outcomeNotes),
  };
}
const parentContactFields = [
  'parent_contact.occurs_at',
  'parent_contact.kind',
  'parent_contact.supervised_by',
  'parent_contact.place',
  'parent_contact.safety_notes',
  'parent_contact.outcome',
  'parent_contact.outcome_notes',
];

export function addParentContact(
  ctx: AppContext,
  actor: Actor,
  ref: ChildRef,
  input: ParentContact,
) {
  const columns = parentContactColumns(ctx, input);
  return openChild(
    ctx,
    actor,
    ref,
    'update',
    'children.add_parent_contact',
    parentContactFields,
    async (tx) => {
      const now = ctx.clock.now().toISOString();
      const id = newId();
      await tx
        .insertInto('parent_contacts')
        .values({
          id,
          ...ownership(actor, ref),
          ...columns,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
      return { id, version: 1 };
    },
  );
}

export function updateParentContact(
  ctx: AppContext,
  actor: Actor,
  ref: ChildRef,
  id: string,
  input: z.infer<typeof parentContactUpdateBody>,
) {
  const columns = parentContactColumns(ctx, input);
  return openChild(
    ctx,
    actor,
    ref,
    'update',
    'children.update_parent_contact',
    parentContactFields,
    async (tx) => {
      await ownRow(tx, 'parent_contacts', ref, id);
      await claimVersion(tx, 'parent_contacts', id, input.version, ctx.clock.now());
      await tx.updateTable('parent_contacts').set(columns).where('id', '=', id).execute();
      return { version: input.version + 1 };
    },
  );
}
