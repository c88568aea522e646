import type { Actor } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AuditRecordType } from '@havn/domain';
import type { z } from 'zod';
import type { auditPage } from './schema.ts';

type Page = z.infer<typeof auditPage>;
type Filter = { recordType: AuditRecordType; recordId: string } | { actorId: string };

/**
 * "Who has seen or changed this" for one record, or "what did this person open", newest first,
 * within the actor's centre only. Looking at the audit log is itself audited.
 */
export async function auditTrail(
  ctx: AppContext,
  actor: Actor,
  filter: Filter,
  page: { before?: number; limit: number },
): Promise<Page> {
  const { db } = ctx.database;
  let query = db
    .selectFrom('audit_entries')
    .leftJoin('staff_users', (join) =>
      join
        .onRef('staff_users.id', '=', 'audit_entries.actor')
        .on('staff_users.centre_id', '=', actor.centreId),
    )
    .select([
      'audit_entries.seq',
      'audit_entries.at',
      'audit_entries.actor',
      'staff_users.display_name',
      'audit_entries.verb',
      'audit_entries.action',
      'audit_entries.outcome',
      'audit_entries.record_type',
      'audit_entries.record_id',
      'audit_entries.fields',
      'audit_entries.reason',
    ])
    .where('audit_entries.centre_id', '=', actor.centreId);
  query =
    'actorId' in filter
      ? query.where('audit_entries.actor', '=', filter.actorId)
      : query
          .where('audit_entries.record_type', '=', filter.recordType)
          .where('audit_entries.record_id', '=', filter.recordId);
  if (page.before !== undefined) query = query.where('audit_entries.seq', '<', page.before);
  const rows = await query
    .orderBy('audit_entries.seq', 'desc')
    .limit(page.limit + 1)
    .execute();

  await db
    .transaction()
    .execute((tx) =>
      new PersonalDataGateway(ctx, actor).audit(
        tx,
        'actorId' in filter ? 'staff_user' : filter.recordType,
        'actorId' in filter ? filter.actorId : filter.recordId,
        'read',
        'actorId' in filter ? 'audit.read_staff_activity' : 'audit.read_record_history',
        [],
      ),
    );
  const items = rows.slice(0, page.limit).map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    actorName: r.display_name ?? null,
    verb: r.verb,
    action: r.action,
    outcome: r.outcome,
    recordType: r.record_type,
    recordId: r.record_id,
    fields: r.fields ? (JSON.parse(r.fields) as string[]) : [],
    reason: r.reason,
  }));
  return { items, nextBefore: rows.length > page.limit ? items[items.length - 1]!.seq : null };
}

/** What a staff member of the own centre opened and changed; another centre's is a denied 404. */
export async function staffActivity(
  ctx: AppContext,
  actor: Actor,
  staffId: string,
  page: { before?: number; limit: number },
): Promise<Page> {
  await new PersonalDataGateway(ctx, actor).staffMember(staffId, 'audit.read_staff_activity');
  return auditTrail(ctx, actor, { actorId: staffId }, page);
}
