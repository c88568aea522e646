import { journalNoteProblems, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { draftCutoff, openDraft, sealDraft } from '../../platform/drafts/sealed-drafts.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { staffNames } from '../staff/index.ts';
import { loadHousehold, memberOf, workOnStay } from './household.ts';
import type { draftView, journalBody, journalList, journalQuery } from './schema.ts';

/**
 * The stay's journal, newest first; `personId` narrows it to the adult or one child (a child's
 * page reads its notes this way), `type` to one kind of note. Corrected notes stay in the list,
 * each pointing at the note that corrects it.
 */
export function readJournal(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
  query: z.infer<typeof journalQuery>,
): Promise<z.infer<typeof journalList>> {
  const fields = ['journal_notes', ...(query.personId ? ['person_id'] : [])];
  return workOnStay(ctx, actor, stayId, 'read', 'stays.journal_read', fields, async (tx) => {
    const household = await loadHousehold(tx, stayId);
    if (query.personId) memberOf(household, query.personId, 'query.personId');
    let select = tx
      .selectFrom('journal_notes')
      .selectAll()
      .where('stay_id', '=', stayId)
      .orderBy('written_at', 'desc')
      .orderBy('id', 'desc');
    if (query.personId) select = select.where('person_id', '=', query.personId);
    if (query.type) select = select.where('type', '=', query.type);
    const rows = await select.execute();
    const corrections = await tx
      .selectFrom('journal_notes')
      .select(['id', 'corrects_id'])
      .where('stay_id', '=', stayId)
      .where('corrects_id', 'is not', null)
      .execute();
    const correctedBy = new Map(corrections.map((c) => [c.corrects_id!, c.id]));
    const authors = await staffNames(
      tx,
      actor.centreId,
      rows.map((r) => r.author_id),
    );
    const box = secretBox(ctx.config.encryptionKey);
    return {
      items: rows.map((r) => {
        const person = household.members.find((m) => m.id === r.person_id)!;
        return {
          id: r.id,
          person: { id: person.id, displayName: person.displayName, isChild: person.isChild },
          type: r.type,
          channel: r.channel,
          parentPresent: r.parent_present === null ? null : r.parent_present === 1,
          body: box.open(r.body_sealed),
          author: { id: r.author_id, name: authors.get(r.author_id) ?? '' },
          writtenAt: r.written_at,
          correctsId: r.corrects_id,
          correctedById: correctedBy.get(r.id) ?? null,
        };
      }),
    };
  });
}

/**
 * Writes a journal note, sealed at rest. Notes are never edited: a correction is a new note that
 * points at the one it corrects, so what was written, and when, stays. Writing a note clears the
 * author's draft for the stay in the same transaction.
 */
export function writeJournalNote(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
  input: z.infer<typeof journalBody>,
): Promise<{ id: string }> {
  return workOnStay(
    ctx,
    actor,
    stayId,
    'create',
    'stays.journal_write',
    ['journal_note'],
    async (tx, gateway) => {
      const household = await loadHousehold(tx, stayId);
      const person = memberOf(household, input.personId ?? household.adult.id, 'body.personId');
      const problems = journalNoteProblems({
        type: input.type,
        aboutChild: person.isChild,
        channel: input.channel,
        parentPresent: input.parentPresent,
        body: input.body,
      });
      if (problems.length > 0) throw invalid(problems);
      if (input.correctsId) {
        const corrected = await tx
          .selectFrom('journal_notes')
          .select('id')
          .where('id', '=', input.correctsId)
          .where('stay_id', '=', stayId)
          .executeTakeFirst();
        if (!corrected) {
          throw invalid([
            { path: 'body.correctsId', code: 'unknown_note', message: 'Not a note of this stay' },
          ]);
        }
        const already = await tx
          .selectFrom('journal_notes')
          .select('id')
          .where('corrects_id', '=', input.correctsId)
          .executeTakeFirst();
        if (already)
          throw conflict(
            'The note has been corrected already: correct the newest one',
            'note_corrected',
          );
      }
      const id = newId();
      await tx
        .insertInto('journal_notes')
        .values({
          id,
          centre_id: actor.centreId,
          stay_id: stayId,
          person_id: person.id,
          type: input.type,
          channel: input.channel,
          parent_present: input.parentPresent === null ? null : input.parentPresent ? 1 : 0,
          body_sealed: secretBox(ctx.config.encryptionKey).seal(input.body),
          corrects_id: input.correctsId,
          author_id: actor.userId,
          written_at: ctx.clock.now().toISOString(),
        })
        .execute();
      await tx
        .deleteFrom('journal_drafts')
        .where('stay_id', '=', stayId)
        .where('user_id', '=', actor.userId)
        .execute();
      await gateway.audit(tx, 'journal_note', id, 'create', 'stays.journal_write', [
        'person_id',
        'type',
        'body',
        ...(input.channel ? ['channel'] : []),
        ...(input.parentPresent !== null ? ['parent_present'] : []),
        ...(input.correctsId ? ['corrects_id'] : []),
      ]);
      return { id };
    },
  );
}

/** The actor's own note in progress on this stay, if any (one per author and stay). */
export function readJournalDraft(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
): Promise<z.infer<typeof draftView>> {
  return workOnStay(
    ctx,
    actor,
    stayId,
    'read',
    'stays.journal_draft_read',
    ['draft'],
    async (tx) => {
      await tx.deleteFrom('journal_drafts').where('updated_at', '<', draftCutoff(ctx)).execute();
      const row = await tx
        .selectFrom('journal_drafts')
        .select(['payload_sealed', 'updated_at'])
        .where('stay_id', '=', stayId)
        .where('user_id', '=', actor.userId)
        .executeTakeFirst();
      return {
        draft: row
          ? { payload: openDraft(ctx, row.payload_sealed), updatedAt: row.updated_at }
          : null,
      };
    },
  );
}

/** Saves the note as typed so far: sealed, the author's own, a week at most. */
export function saveJournalDraft(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
  payload: Record<string, unknown>,
): Promise<void> {
  return workOnStay(
    ctx,
    actor,
    stayId,
    'update',
    'stays.journal_draft_save',
    ['draft'],
    async (tx) => {
      const now = ctx.clock.now().toISOString();
      const sealed = sealDraft(ctx, payload);
      // An upsert: the save as the tab closes may race the one in flight.
      await tx
        .insertInto('journal_drafts')
        .values({
          id: newId(),
          centre_id: actor.centreId,
          stay_id: stayId,
          user_id: actor.userId,
          payload_sealed: sealed,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc
            .columns(['stay_id', 'user_id'])
            .doUpdateSet({ payload_sealed: sealed, updated_at: now }),
        )
        .execute();
    },
  );
}

export function discardJournalDraft(ctx: AppContext, actor: Actor, stayId: string): Promise<void> {
  return workOnStay(
    ctx,
    actor,
    stayId,
    'delete',
    'stays.journal_draft_discard',
    ['draft'],
    async (tx) => {
      await tx
        .deleteFrom('journal_drafts')
        .where('stay_id', '=', stayId)
        .where('user_id', '=', actor.userId)
        .execute();
    },
  );
}
