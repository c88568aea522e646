import type { Actor, AuditEvent, AuditOutcome, AuditRecordType, AuditVerb } from '@havn/domain';
import type { PersonalRecordType } from '../access/personal-data.ts';
import type { AppContext } from '../context.ts';
import type { Tx } from '../db/database.ts';
import { appendAudit } from './audit.ts';

/**
 * What a module files on its own: a login, a change to accounts or configuration, work on a
 * record that holds no personal data. Never a denial and never a personal record: those are
 * decided and filed by the personal-data gateway and the route gate, so no module can file a
 * refusal under a reason the domain does not know, or skip the decision.
 */
export interface ModuleAuditEvent extends Omit<
  AuditEvent,
  'verb' | 'outcome' | 'recordType' | 'reason'
> {
  verb: Exclude<AuditVerb, 'deny'>;
  outcome: Exclude<AuditOutcome, 'denied'>;
  recordType: Exclude<AuditRecordType, PersonalRecordType> | null;
}

/** Appends a module's entry in the caller's transaction, with the work it records. */
export function auditEvent(tx: Tx, ctx: AppContext, event: ModuleAuditEvent): Promise<void> {
  return appendAudit(tx, ctx.database.engine, ctx.clock, event);
}

/** What a staff member did to which record: an entry's work, apart from who, where and how. */
export type ModuleWork = Pick<
  ModuleAuditEvent,
  'verb' | 'action' | 'recordType' | 'recordId' | 'fields'
>;

/** The actor's own work, done, at her centre: what most of a module's entries are. */
export function auditWork(tx: Tx, ctx: AppContext, actor: Actor, work: ModuleWork): Promise<void> {
  return auditEvent(tx, ctx, {
    centreId: actor.centreId,
    actor: actor.userId,
    outcome: 'success',
    ...work,
  });
}
