import type { Actor } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import {
  auditDraftSave,
  draftCutoff,
  openDraft,
  sealDraft,
} from '../../platform/drafts/sealed-drafts.ts';
import { notFound } from '../../platform/http/errors.ts';

/**
 * A contact being typed is saved as a draft every few seconds, so a closed tab loses nothing.
 * Drafts are the author's own (see `sealed-drafts.ts` for what all drafts share).
 */
export async function saveDraft(
  ctx: AppContext,
  actor: Actor,
  id: string,
  openedAt: string,
  payload: Record<string, unknown>,
) {
  const now = ctx.clock.now().toISOString();
  const sealed = sealDraft(ctx, payload);
  await ctx.database.db.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom('contact_drafts')
      .select(['user_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (existing && existing.user_id !== actor.userId) throw notFound();
    if (existing) {
      await tx
        .updateTable('contact_drafts')
        .set({ payload_sealed: sealed, updated_at: now })
        .where('id', '=', id)
        .execute();
    } else {
      await tx
        .insertInto('contact_drafts')
        .values({
          id,
          centre_id: actor.centreId,
          user_id: actor.userId,
          payload_sealed: sealed,
          opened_at: new Date(openedAt).toISOString(),
          updated_at: now,
        })
        .execute();
    }
    await auditDraftSave(ctx, tx, actor, 'contacts.draft_save', existing !== undefined);
  });
}

export async function myDrafts(ctx: AppContext, actor: Actor) {
  const { db } = ctx.database;
  await db.deleteFrom('contact_drafts').where('updated_at', '<', draftCutoff(ctx)).execute();
  const rows = await db
    .selectFrom('contact_drafts')
    .selectAll()
    .where('user_id', '=', actor.userId)
    .where('centre_id', '=', actor.centreId)
    .orderBy('updated_at', 'desc')
    .limit(20)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    openedAt: r.opened_at,
    updatedAt: r.updated_at,
    payload: openDraft(ctx, r.payload_sealed),
  }));
}

export async function discardDraft(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const result = await ctx.database.db
    .deleteFrom('contact_drafts')
    .where('id', '=', id)
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw notFound();
}
