import { type Actor, type WaitingEntry } from '@havn/domain';
import type { z } from 'zod';
import { auditWork } from '../../platform/audit/events.ts';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { householdColumns } from './find.ts';
import { householdOfRow, loadWaiting } from './records.ts';
import { requireAdult } from './reservations.ts';
import type { addWaitingBody, resolveWaitingBody, waitingResponse } from './reservation-schema.ts';
import { instantOrNow } from './stays.ts';

type AddInput = z.infer<typeof addWaitingBody>;
type ResolveInput = z.infer<typeof resolveWaitingBody>;

// Read with the live records, which need it for lending a screened place; the board reads it here.
export { loadWaiting };

/** The waiting list as the alert rules take it. */
export function waitingEntriesOf(rows: Awaited<ReturnType<typeof loadWaiting>>): WaitingEntry[] {
  return rows.map((row) => ({
    id: row.id,
    need: householdOfRow(row),
    since: new Date(row.since_at),
    resolvedAt: null,
  }));
}

export async function listWaiting(
  ctx: AppContext,
  actor: Actor,
): Promise<z.infer<typeof waitingResponse>> {
  const rows = await loadWaiting(ctx.database.db, actor.centreId);
  const box = secretBox(ctx.config.encryptionKey);
  return {
    items: rows.map((row) => ({
      id: row.id,
      version: row.version,
      label: box.open(row.label),
      personId: row.person_id,
      need: householdOfRow(row),
      sinceAt: row.since_at,
    })),
  };
}

/** Puts a household on the waiting list: who it is by alias or initials, and what it needs. */
export async function addWaiting(ctx: AppContext, actor: Actor, input: AddInput) {
  const now = ctx.clock.now();
  const since = instantOrNow(input.sinceAt, now, 'body.sinceAt');
  if (input.personId) await requireAdult(ctx, actor, input.personId, 'capacity.waiting.create');
  const id = newId();
  const stamp = now.toISOString();
  await ctx.database.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('waiting_entries')
      .values({
        id,
        centre_id: actor.centreId,
        label: secretBox(ctx.config.encryptionKey).seal(input.label),
        person_id: input.personId ?? null,
        ...householdColumns(input),
        since_at: since.toISOString(),
        resolved_at: null,
        resolution: null,
        resolved_by: null,
        created_by: actor.userId,
        created_at: stamp,
        updated_at: stamp,
        version: 1,
      })
      .execute();
    await auditWork(tx, ctx, actor, {
      verb: 'create',
      action: 'capacity.waiting.create',
      recordType: 'waiting_entry',
      recordId: id,
      fields: ['label', ...(input.personId ? ['person_id'] : []), 'household', 'since_at'],
    });
  });
  return { id, version: 1 };
}

/** Takes a household off the list, saying how: a place here or elsewhere, withdrawn, not reached. */
export async function resolveWaiting(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: ResolveInput,
) {
  const { db } = ctx.database;
  const row = await db
    .selectFrom('waiting_entries')
    .select(['id', 'resolved_at'])
    .where('id', '=', id)
    .where('centre_id', '=', actor.centreId)
    .executeTakeFirst();
  if (!row) throw notFound();
  if (row.resolved_at !== null)
    throw conflict('This household is no longer on the waiting list.', 'no_longer_waiting');
  const now = ctx.clock.now();
  await db.transaction().execute(async (tx) => {
    await claimVersion(tx, 'waiting_entries', id, input.version, now);
    await tx
      .updateTable('waiting_entries')
      .set({
        resolved_at: now.toISOString(),
        resolution: input.resolution,
        resolved_by: actor.userId,
      })
      .where('id', '=', id)
      .execute();
    await auditWork(tx, ctx, actor, {
      verb: 'update',
      action: 'capacity.waiting.resolve',
      recordType: 'waiting_entry',
      recordId: id,
      fields: ['resolved_at', 'resolution'],
    });
  });
  return { version: input.version + 1 };
}
