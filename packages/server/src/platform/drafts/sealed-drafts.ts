import type { Actor } from '@havn/domain';
import type { AppContext } from '../context.ts';
import { auditWork } from '../audit/events.ts';
import { secretBox } from '../crypto/secret-box.ts';
import type { Tx } from '../db/database.ts';

/**
 * What every server-side draft (a contact, a journal note being typed) shares: drafts are
 * scratch, kept a week at most (storage limitation) and then removed when anyone looks; the
 * payload is sealed at rest, since a half-typed note is as sensitive as a finished one; and each
 * save is audited like any write — field names only.
 */
export const draftLifetimeMs = 7 * 24 * 3_600_000;

/** Drafts last touched before this instant are expired. */
export const draftCutoff = (ctx: AppContext): string =>
  new Date(ctx.clock.now().getTime() - draftLifetimeMs).toISOString();

export const sealDraft = (ctx: AppContext, payload: Record<string, unknown>): string =>
  secretBox(ctx.config.encryptionKey).seal(JSON.stringify(payload));

export const openDraft = (ctx: AppContext, sealed: string): Record<string, unknown> =>
  JSON.parse(secretBox(ctx.config.encryptionKey).open(sealed)) as Record<string, unknown>;

export function auditDraftSave(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  action: string,
  existed: boolean,
): Promise<void> {
  return auditWork(tx, ctx, actor, {
    verb: existed ? 'update' : 'create',
    action,
    recordType: null,
    recordId: null,
    fields: ['draft'],
  });
}
