import type { Actor } from './decide.ts';
import { caseworkRoles } from './decide.ts';

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

export type RecordAccess =
  | { allowed: true; via: 'role' | 'relation' | 'break_glass' }
  | {
      allowed: false;
      reason: 'not_authenticated' | 'not_cleared' | 'other_centre' | 'no_relation';
    };

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
