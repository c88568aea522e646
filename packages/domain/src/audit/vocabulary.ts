import type { StaffChangeRefusal } from '../access/grants.ts';
import type { RecordDenialReason } from '../access/records.ts';

/**
 * The audit vocabulary. An audit entry names what was done with these words, never with free
 * text, and never holds personal data beyond record ids (a search stores that it happened, not
 * what was searched for).
 */
export const auditVerbs = [
  'create',
  'read',
  'update',
  'delete',
  'execute',
  'login',
  'deny',
] as const;
export type AuditVerb = (typeof auditVerbs)[number];

export const auditOutcomes = ['success', 'denied', 'failed'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

/** The kinds of record an audit entry can point at. Later modules add theirs. */
export const auditRecordTypes = [
  'centre',
  'staff_user',
  'session',
  'break_glass_grant',
  'person',
  'contact',
  'partner',
  'day_user_case',
  'appointment',
  'joint_meeting',
  'site',
  'unit',
  'room',
  'bed',
  'stay',
  'intake',
  'reservation',
  'waiting_entry',
  'child_welfare_concern',
  'incident',
  'threat_assessment',
  'safety_plan',
  'threat_item',
  'house_rules',
  'journal_note',
  'agreement',
  'reestablishment_case',
  'task',
] as const;
export type AuditRecordType = (typeof auditRecordTypes)[number];

/** What a caller hands the audit writer; the writer adds time, sequence and the hash chain. */
export interface AuditEvent {
  centreId: string | null;
  /** A staff user id, or `system:<what>` for the CLI and start-up work. */
  actor: string;
  verb: AuditVerb;
  /** A dotted name of the use case, e.g. `centre.create_demo`. */
  action: string;
  outcome: AuditOutcome;
  recordType: AuditRecordType | null;
  recordId: string | null;
  /** Names of the fields that changed or were read — never their values. */
  fields?: readonly string[];
  /**
   * Why access was refused (the domain's denial reasons, for records or for changes to staff
   * accounts), `break_glass` for a record opened through a grant, or `earlier_record` for one an
   * intake linked after a match; otherwise absent. Never free text: a break-the-glass reason is sealed on
   * its grant.
   */
  reason?: RecordDenialReason | StaffChangeRefusal | 'break_glass' | 'earlier_record';
}
