import type { Actor } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { appendAudit } from '../../platform/audit/audit.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { notFound } from '../../platform/http/errors.ts';

/** Drafts are scratch: kept a week at most (storage limitation), then removed when anyone looks. */
const draftLifetimeMs = 7 * 24 * 3_600_000;

/**
 * A contact being typed is saved as a draft every few seconds, so a closed tab loses nothing.
 * Drafts are the author's own, sealed at rest, and each save is audited like any write.
 */
export async function saveDraft(
  ctx: AppContext,
  actor: Actor,
  id: string,
  openedAt: string,
  payload: Record<string, unknown>,
) {
  const { db, engine } = ctx.database;
  const now = ctx.clock.now().toISOString();
  const sealed = secretBox(ctx.config.encryptionKey).seal(JSON.stringify(payload));
  await db.transaction().execute(async (tx) => {
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
    await appendAudit(tx, engine, ctx.clock, {
      centreId: actor.centreId,
      actor: actor.userId,
      verb: existing ? 'update' : 'create',
      action: 'contacts.draft_save',
      outcome: 'success',
      recordType: null,
      recordId: null,
      fields: ['draft'],
    });
  });
}

export async function myDrafts(ctx: AppContext, actor: Actor) {
  const { db } = ctx.database;
  const cutoff = new Date(ctx.clock.now().getTime() - draftLifetimeMs).toISOString();
  await db.deleteFrom('contact_drafts').where('updated_at', '<', cutoff).execute();
  const rows = await db
    .selectFrom('contact_drafts')
    .selectAll()
    .where('user_id', '=', actor.userId)
    .where('centre_id', '=', actor.centreId)
    .orderBy('updated_at', 'desc')
    .limit(20)
    .execute();
  const box = secretBox(ctx.config.encryptionKey);
  return rows.map((r) => ({
    id: r.id,
    openedAt: r.opened_at,
    updatedAt: r.updated_at,
    payload: JSON.parse(box.open(r.payload_sealed)) as Record<string, unknown>,
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
