import { arrivalNotice, localDate, mayShare, type Actor, type NoticeRecipient } from '@havn/domain';
import type { z } from 'zod';
import { auditEvent } from '../../platform/audit/events.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { maxStoredInteger, staleVersion } from '../../platform/db/versioned.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { staysByIds } from '../stays/index.ts';
import { completeTasks } from '../tasks/index.ts';
import { staffNames } from '../staff/index.ts';
import { asConsents, consentsOf, withIntake, type IntakeRow } from './records.ts';
import type { noticeSentBody, settingsBody } from './schema.ts';

/**
 * The facts of a notice of arrival — refused (409) unless the person's consent to share with
 * that recipient stands today and the home municipality is known.
 */
async function noticeFor(
  ctx: AppContext,
  actor: Actor,
  tx: Tx,
  row: IntakeRow,
  recipient: NoticeRecipient,
) {
  const today = localDate(ctx.clock.now());
  if (!mayShare(asConsents(await consentsOf(tx, row)), recipient, today))
    throw conflict(
      'The person has not consented to this notice; it cannot be made or sent',
      'no_consent',
    );
  // Once the stay has started it holds the home municipality (corrected there, if need be).
  const stay = row.stay_id ? (await staysByIds(tx, [row.stay_id])).get(row.stay_id) : undefined;
  const home = stay ? stay.home_municipality_number : row.home_municipality_number;
  if (home === null)
    throw conflict('No home municipality is recorded for this intake', 'no_home_municipality');
  const [municipality, centre, settings] = await Promise.all([
    tx
      .selectFrom('municipalities')
      .select('name')
      .where('number', '=', home)
      .executeTakeFirstOrThrow(),
    tx
      .selectFrom('centres')
      .select('name')
      .where('id', '=', actor.centreId)
      .executeTakeFirstOrThrow(),
    tx
      .selectFrom('intake_settings')
      .select('notice_phone')
      .where('centre_id', '=', actor.centreId)
      .executeTakeFirst(),
  ]);
  const names = await staffNames(tx, actor.centreId, [row.primary_contact_id]);
  return arrivalNotice({
    recipient,
    municipalityName: municipality.name,
    centreName: centre.name,
    fromDate: stay ? localDate(new Date(stay.arrival_at)) : today,
    contactPerson: {
      name: names.get(row.primary_contact_id ?? '') ?? '',
      phone: settings?.notice_phone ?? null,
    },
  });
}

async function sentNotices(tx: Tx, centreId: string, intakeId: string, recipient: NoticeRecipient) {
  const rows = await tx
    .selectFrom('intake_notices')
    .select(['sent_on', 'sent_by'])
    .where('intake_id', '=', intakeId)
    .where('recipient', '=', recipient)
    .orderBy('created_at')
    .execute();
  const names = await staffNames(
    tx,
    centreId,
    rows.map((r) => r.sent_by),
  );
  return rows.map((r) => ({
    sentOn: r.sent_on,
    sentBy: { id: r.sent_by, name: names.get(r.sent_by) ?? '' },
  }));
}

/** The minimal notice of arrival for copying or printing, and when it was sent before. */
export function getNotice(ctx: AppContext, actor: Actor, id: string, recipient: NoticeRecipient) {
  return withIntake(
    ctx,
    actor,
    id,
    'read',
    'intake.notice.read',
    [`notice_${recipient}`],
    null,
    async (tx, row) => ({
      recipient,
      text: await noticeFor(ctx, actor, tx, row, recipient),
      sent: await sentNotices(tx, actor.centreId, id, recipient),
    }),
  );
}

/** Records that the notice was sent (date, by whom) and closes the task that asked for it. */
export function recordNoticeSent(
  ctx: AppContext,
  actor: Actor,
  id: string,
  recipient: NoticeRecipient,
  input: z.infer<typeof noticeSentBody>,
) {
  const now = ctx.clock.now();
  const sentOn = input.sentOn ?? localDate(now);
  if (sentOn > localDate(now))
    throw invalid([{ path: 'body.sentOn', code: 'in_future', message: 'Not in the future' }]);
  return withIntake(
    ctx,
    actor,
    id,
    'create',
    'intake.notice.sent',
    ['recipient', 'sent_on', 'sent_by'],
    { allow: ['in_progress', 'completed'] },
    async (tx, row) => {
      await noticeFor(ctx, actor, tx, row, recipient);
      await tx
        .insertInto('intake_notices')
        .values({
          id: newId(),
          centre_id: actor.centreId,
          intake_id: id,
          recipient,
          sent_on: sentOn,
          sent_by: actor.userId,
          created_at: now.toISOString(),
        })
        .execute();
      await completeTasks(tx, actor, now, {
        cases: [
          { type: 'intake', id },
          ...(row.stay_id ? [{ type: 'stay' as const, id: row.stay_id }] : []),
        ],
        source: 'intake_flag',
        sourceRefs: [recipient === 'nav' ? 'notify_nav' : 'notify_home_municipality'],
      });
      return {
        recipient,
        text: await noticeFor(ctx, actor, tx, row, recipient),
        sent: await sentNotices(tx, actor.centreId, id, recipient),
      };
    },
  );
}

export async function getSettings(ctx: AppContext, actor: Actor) {
  const row = await ctx.database.db
    .selectFrom('intake_settings')
    .select(['notice_phone', 'version'])
    .where('centre_id', '=', actor.centreId)
    .executeTakeFirst();
  return { noticePhone: row?.notice_phone ?? null, version: row?.version ?? 0 };
}

/** The centre's intake settings; version 0 means none saved yet. */
export async function saveSettings(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof settingsBody>,
) {
  const stamp = ctx.clock.now().toISOString();
  // Beyond what the column holds: never read, and PostgreSQL would refuse to bind it.
  if (input.version >= maxStoredInteger) throw staleVersion();
  const next = input.version + 1;
  await ctx.database.db.transaction().execute(async (tx) => {
    if (input.version === 0) {
      const inserted = await tx
        .insertInto('intake_settings')
        .values({
          centre_id: actor.centreId,
          notice_phone: input.noticePhone,
          updated_at: stamp,
          version: 1,
        })
        .onConflict((oc) => oc.column('centre_id').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw staleVersion();
    } else {
      const updated = await tx
        .updateTable('intake_settings')
        .set({ notice_phone: input.noticePhone, updated_at: stamp, version: next })
        .where('centre_id', '=', actor.centreId)
        .where('version', '=', input.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw staleVersion();
    }
    await auditEvent(tx, ctx, {
      centreId: actor.centreId,
      actor: actor.userId,
      verb: 'update',
      action: 'intake.configure',
      outcome: 'success',
      recordType: 'centre',
      recordId: actor.centreId,
      fields: ['notice_phone'],
    });
  });
  return { noticePhone: input.noticePhone, version: next };
}
