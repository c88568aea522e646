import {
  contactProblems,
  countContacts,
  type Actor,
  type ContactFacts,
  type ContactProblem,
} from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { ContactTable } from '../../platform/db/tables.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { invalid, notFound, refused } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertPartnersOfCentre } from '../partners/index.ts';
import { lookups, summarize } from './contact-view.ts';
import { openHousehold, sealHousehold } from './household.ts';
import type { contactDetail, contactListQuery, editContactBody, logContactBody } from './schema.ts';

type LogInput = z.infer<typeof logContactBody>;
type EditInput = z.infer<typeof editContactBody>;

const problemFields: Record<ContactProblem, { path: string; message: string }> = {
  one_to_one_needs_phone: {
    path: 'body.oneToOnePhone',
    message: 'A one-to-one phone conversation is by phone',
  },
  one_to_one_needs_known_user: {
    path: 'body.personId',
    message: 'A one-to-one phone conversation is with a known user: link the person',
  },
  referral_needs_partner: {
    path: 'body.referralPartnerId',
    message: 'Say which partner the person was referred to',
  },
  professional_needs_partner: {
    path: 'body.partnerId',
    message: 'Say which service referred the person',
  },
};

const summaryFields = [
  'channel',
  'contact_by',
  'topics',
  'urgency',
  'actions',
  'person_id',
  'duration_minutes',
];

/** What a read of a contact shows besides its notes. */
const shownFields = [...summaryFields, 'household_sealed'];

function assertNoProblems(c: ContactFacts): void {
  const problems = contactProblems(c);
  if (problems.length > 0) throw invalid(problems.map((p) => ({ ...problemFields[p], code: p })));
}

/**
 * Logs a contact. The duration defaults to the time since the form was opened; a linked person
 * must be one the actor may open; the draft it was typed in goes away in the same transaction.
 */
export async function logContact(
  ctx: AppContext,
  actor: Actor,
  input: LogInput,
): Promise<{ id: string; durationMinutes: number }> {
  assertNoProblems(input);
  const now = ctx.clock.now();
  const opened = new Date(input.openedAt);
  if (opened.getTime() > now.getTime() + 60_000) {
    throw invalid([
      {
        path: 'body.openedAt',
        code: 'in_the_future',
        message: 'The form cannot have been opened in the future',
      },
    ]);
  }
  const gateway = new PersonalDataGateway(ctx, actor);
  if (input.personId && !(await gateway.filter('person', [input.personId])).has(input.personId))
    throw notFound();
  const durationMinutes =
    input.durationMinutes ?? Math.max(0, Math.round((now.getTime() - opened.getTime()) / 60_000));
  const id = newId();
  await ctx.database.db.transaction().execute(async (tx) => {
    await assertPartnersOfCentre(tx, actor.centreId, [input.partnerId, input.referralPartnerId]);
    await tx
      .insertInto('contacts')
      .values({
        id,
        centre_id: actor.centreId,
        opened_at: opened.toISOString(),
        logged_at: now.toISOString(),
        channel: input.channel,
        contact_by: input.contactBy,
        partner_id: input.partnerId,
        person_id: input.personId,
        topics: JSON.stringify(input.topics),
        urgency: input.urgency,
        actions: JSON.stringify(input.actions),
        referral_partner_id: input.referralPartnerId,
        duration_minutes: durationMinutes,
        one_to_one_phone: input.oneToOnePhone ? 1 : 0,
        notes: secretBox(ctx.config.encryptionKey).sealOrNull(input.notes || null),
        household_sealed: sealHousehold(ctx, input.household),
        created_by: actor.userId,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
        version: 1,
      })
      .execute();
    if (input.draftId) {
      await tx
        .deleteFrom('contact_drafts')
        .where('id', '=', input.draftId)
        .where('user_id', '=', actor.userId)
        .execute();
    }
    await gateway.audit(tx, 'contact', id, 'create', 'contacts.log', [
      ...summaryFields,
      ...(input.notes ? ['notes'] : []),
      ...(input.household ? ['household_sealed'] : []),
    ]);
  });
  return { id, durationMinutes };
}

/** The columns an edit would set, for the fields given. */
function editedColumns(fields: Omit<EditInput, 'version'>): Partial<ContactTable> & {
  household?: string | null;
} {
  const c: Partial<ContactTable> = {};
  if (fields.channel !== undefined) c.channel = fields.channel;
  if (fields.contactBy !== undefined) c.contact_by = fields.contactBy;
  if (fields.partnerId !== undefined) c.partner_id = fields.partnerId;
  if (fields.personId !== undefined) c.person_id = fields.personId;
  if (fields.topics !== undefined) c.topics = JSON.stringify(fields.topics);
  if (fields.urgency !== undefined) c.urgency = fields.urgency;
  if (fields.actions !== undefined) c.actions = JSON.stringify(fields.actions);
  if (fields.referralPartnerId !== undefined) c.referral_partner_id = fields.referralPartnerId;
  if (fields.durationMinutes !== undefined) c.duration_minutes = fields.durationMinutes;
  if (fields.oneToOnePhone !== undefined) c.one_to_one_phone = fields.oneToOnePhone ? 1 : 0;
  if (fields.notes !== undefined) c.notes = fields.notes || null;
  return {
    ...c,
    ...(fields.household !== undefined
      ? { household: fields.household && JSON.stringify(fields.household) }
      : {}),
  };
}

/**
 * Corrects a logged contact: the fields given, if it is still at the version the caller read.
 * The same rules as logging it apply to the result; a newly linked person must be one the actor
 * may open. The audit names the fields that actually changed.
 */
export async function editContact(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: EditInput,
): Promise<{ version: number }> {
  const { version, ...fields } = input;
  const gateway = new PersonalDataGateway(ctx, actor);
  // Filled by the work below, before the gateway writes the audit entry: which fields changed is
  // known only once the row is read behind the gate.
  const changed: string[] = [];
  return gateway.open('contact', id, 'update', 'contacts.edit', changed, async (tx) => {
    if (fields.notes !== undefined && !(await gateway.contactNotes([id], tx)).get(id)?.visible)
      throw refused('The note is for the shift it belongs to', 'note_hidden');
    await claimVersion(tx, 'contacts', id, version, ctx.clock.now());
    const box = secretBox(ctx.config.encryptionKey);
    const stored = await tx
      .selectFrom('contacts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    // Compared in clear: the same note sealed again is not a change.
    const inClear = openHousehold(ctx, stored.household_sealed);
    const row = {
      ...stored,
      notes: box.openOrNull(stored.notes),
      household: inClear && JSON.stringify(inClear),
    };
    const set = Object.fromEntries(
      Object.entries(editedColumns(fields)).filter(
        ([column, value]) => row[column as keyof ContactTable] !== value,
      ),
    ) as ReturnType<typeof editedColumns>;
    const after = { ...row, ...set };
    assertNoProblems({
      channel: after.channel,
      contactBy: after.contact_by,
      partnerId: after.partner_id,
      personId: after.person_id,
      actions: JSON.parse(after.actions),
      referralPartnerId: after.referral_partner_id,
      oneToOnePhone: after.one_to_one_phone === 1,
    });
    if (set.person_id && !(await gateway.filter('person', [set.person_id], tx)).has(set.person_id))
      throw notFound();
    await assertPartnersOfCentre(tx, actor.centreId, [
      set.partner_id ?? null,
      set.referral_partner_id ?? null,
    ]);
    const { household: changedHousehold, ...columns } = set;
    const sealed: Partial<ContactTable> = {
      ...columns,
      ...(columns.notes === undefined ? {} : { notes: box.sealOrNull(columns.notes) }),
      ...(changedHousehold === undefined
        ? {}
        : { household_sealed: sealHousehold(ctx, fields.household ?? null) }),
    };
    if (Object.keys(sealed).length > 0)
      await tx.updateTable('contacts').set(sealed).where('id', '=', id).execute();
    changed.push(...Object.keys(sealed));
    return { version: version + 1 };
  });
}

/**
 * The contact log for the shift: newest first, only the entries the actor may open, each read
 * audited. A linked person's name shows only to those who may open that person too; whether
 * the note is hers to read, the gateway says.
 */
export async function listContacts(
  ctx: AppContext,
  actor: Actor,
  query: z.infer<typeof contactListQuery>,
) {
  const { db } = ctx.database;
  let q = db.selectFrom('contacts').selectAll().where('centre_id', '=', actor.centreId);
  if (query.from) q = q.where('logged_at', '>=', new Date(query.from).toISOString());
  if (query.to) q = q.where('logged_at', '<', new Date(query.to).toISOString());
  if (query.before) q = q.where('logged_at', '<', new Date(query.before).toISOString());
  if (query.channel) q = q.where('channel', '=', query.channel);
  if (query.action) q = q.where('actions', 'like', `%"${query.action}"%`);
  const rows = await q
    .orderBy('logged_at', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const gateway = new PersonalDataGateway(ctx, actor);
  const visible = await gateway.readList(
    'contact',
    page,
    (r) => r.id,
    'contacts.list',
    shownFields,
  );
  const people = await gateway.filter(
    'person',
    visible.map((r) => r.person_id).filter((x): x is string => x !== null),
  );
  const names = await lookups(db, actor.centreId, visible);
  const notes = await gateway.contactNotes(visible.map((r) => r.id));
  return {
    items: visible.map((r) =>
      summarize(ctx, r, names, r.person_id !== null && people.has(r.person_id), notes.get(r.id)),
    ),
    nextBefore: rows.length > query.limit ? page[page.length - 1]!.logged_at : null,
  };
}

export async function getContact(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<z.infer<typeof contactDetail>> {
  const gateway = new PersonalDataGateway(ctx, actor);
  // The note is read, and audited as read, only where it is the actor's to read.
  const fields = [...shownFields];
  return gateway.open('contact', id, 'read', 'contacts.read', fields, async (tx) => {
    const row = await tx
      .selectFrom('contacts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const people = row.person_id ? await gateway.filter('person', [row.person_id], tx) : new Map();
    const names = await lookups(tx, actor.centreId, [row]);
    const note = (await gateway.contactNotes([id], tx)).get(id);
    if (note?.visible) fields.push('notes');
    return {
      ...summarize(ctx, row, names, row.person_id !== null && people.has(row.person_id), note),
      notes: note?.visible ? secretBox(ctx.config.encryptionKey).openOrNull(row.notes) : null,
      version: row.version,
    };
  });
}

/** Counts per Oslo day or month between two dates (inclusive); no personal data leaves. */
export async function contactCounts(
  ctx: AppContext,
  actor: Actor,
  from: string,
  to: string,
  by: 'day' | 'month',
) {
  // Oslo is at most two hours from UTC: widen the window, then count on Oslo dates.
  const start = new Date(Date.parse(`${from}T00:00:00Z`) - 3 * 3_600_000).toISOString();
  const end = new Date(Date.parse(`${to}T00:00:00Z`) + 27 * 3_600_000).toISOString();
  const rows = await ctx.database.db
    .selectFrom('contacts')
    .select(['logged_at', 'channel', 'one_to_one_phone'])
    .where('centre_id', '=', actor.centreId)
    .where('logged_at', '>=', start)
    .where('logged_at', '<', end)
    .execute();
  const counted = countContacts(
    rows.map((r) => ({
      loggedAt: new Date(r.logged_at),
      channel: r.channel,
      oneToOnePhone: r.one_to_one_phone === 1,
    })),
    by,
  );
  const lo = by === 'day' ? from : from.slice(0, 7);
  const hi = by === 'day' ? to : to.slice(0, 7);
  return counted.filter((c) => c.period >= lo && c.period <= hi);
}
