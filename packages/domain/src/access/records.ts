import type { Action, Actor, DenialReason } from './decide.ts';
import { caseworkRoles, decide } from './decide.ts';

/**
 * How a staff member stands to one record holding personal data (a person, a stay, a journal).
 * The caller loads these facts — over sets of ids, one query per relation — and passes them in.
 */
export interface RecordRelation {
  recordCentreId: string;
  /** The actor is the primary contact (or child-responsible staff) on the case. */
  isPrimaryContact: boolean;
  /** The actor is on a shift now, and the record is a current resident's or an open case's. */
  onShiftForRecord: boolean;
  /** An unexpired break-the-glass grant of the actor's for this record, if any. */
  breakGlassUntil: Date | null;
}

/** Why a record stays closed: the words the audit log files a denial under, and no others. */
export type RecordDenialReason = DenialReason | 'no_relation' | 'not_case_worker';

export type RecordAccess =
  | { allowed: true; via: 'role' | 'relation' | 'break_glass' }
  | { allowed: false; reason: RecordDenialReason };

/** A decision over one record; the personal-data gateway applies one of these and nothing else. */
export type RecordRule = (actor: Actor | null, relation: RecordRelation, now: Date) => RecordAccess;

/**
 * Whether an actor may open one record of personal data: deny by default. The unit leader sees
 * every case of their own centre; casework roles need a relation (primary contact, on shift) or
 * an unexpired break-the-glass grant. Nobody without police certificate and confidentiality
 * declaration, and nobody from another centre. Roles outside casework never open case records.
 */
export function decideRecordAccess(
  actor: Actor | null,
  relation: RecordRelation,
  now: Date,
): RecordAccess {
  if (actor === null) return { allowed: false, reason: 'not_authenticated' };
  if (relation.recordCentreId !== actor.centreId) return { allowed: false, reason: 'other_centre' };
  if (!actor.clearedForPersonalData) return { allowed: false, reason: 'not_cleared' };
  if (!actor.roles.some((role) => caseworkRoles.includes(role)))
    return { allowed: false, reason: 'no_relation' };
  if (actor.roles.includes('unit_leader')) return { allowed: true, via: 'role' };
  if (relation.isPrimaryContact || relation.onShiftForRecord)
    return { allowed: true, via: 'relation' };
  if (relation.breakGlassUntil !== null && relation.breakGlassUntil.getTime() > now.getTime()) {
    return { allowed: true, via: 'break_glass' };
  }
  return { allowed: false, reason: 'no_relation' };
}

/**
 * Working a case — its journal, its plan, how the risk was judged — asks more than opening its
 * record: the casework of a stay (`stays.work`), being its primary contact, or a break-the-glass
 * grant. A night watch on shift opens the record, yet does not work the case.
 */
export const decideCaseWork: RecordRule = (actor, relation, now) => {
  const access = decideRecordAccess(actor, relation, now);
  if (!access.allowed || actor === null) return access;
  if (access.via === 'break_glass' || relation.isPrimaryContact) return access;
  return decide(actor, 'stays.work').allowed
    ? access
    : { allowed: false, reason: 'not_case_worker' };
};

/**
 * An intake's threat assessments and safety plan: while the intake conversation goes on,
 * whoever may open the intake conducts both (anyone on duty, at any hour); afterwards they are
 * the stay's casework, and a night watch does not read how the risk was judged.
 */
export const intakeProtectionRule = (intakeInProgress: boolean): RecordRule =>
  intakeInProgress ? decideRecordAccess : decideCaseWork;

/** Opening a record for an action behind the action's role rule: both must allow it. */
export function recordRuleFor(action: Action): RecordRule {
  return (actor, relation, now) => {
    const byRole = decide(actor, action, { recordCentreId: relation.recordCentreId });
    return byRole.allowed ? decideRecordAccess(actor, relation, now) : byRole;
  };
}

/**
 * Breaking the glass is asked for a record that exists in the actor's own centre, by someone
 * cleared who does casework; another centre's record stays closed, grant or not.
 */
export const decideBreakGlass: RecordRule = (actor, relation) => {
  const byRole = decide(actor, 'break_glass.request', { recordCentreId: relation.recordCentreId });
  return byRole.allowed ? { allowed: true, via: 'role' } : byRole;
};

/** A break-the-glass reason must say something: at least a short sentence. */
export const breakGlassReasonMinLength = 15;

export type AddressProtectionLevel = 'none' | 'confidential' | 'strictly_confidential';

/**
 * Whether an actor who may open a person's record may also see the address. A protected address
 * (fortrolig / strengt fortrolig adresse) is hidden from everyone but those who must see it: a
 * strictly confidential address from all but the unit leader, a confidential one from all but the
 * unit leader and the person's primary contact.
 */
export function addressVisible(
  actor: Actor,
  protection: AddressProtectionLevel,
  relation: RecordRelation,
): boolean {
  if (protection === 'none') return true;
  if (actor.roles.includes('unit_leader')) return true;
  return protection === 'confidential' && relation.isPrimaryContact;
}
