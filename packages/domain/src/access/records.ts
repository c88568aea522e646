import type { Action, Actor, DenialReason } from './decide.ts';
import { caseworkRoles, decide } from './decide.ts';
import type { AddressProtection } from '../people/people.ts';

/**
 * How a staff member stands to one record holding personal data (a person, a stay, a journal).
 * The caller loads these facts — over sets of ids, one query per relation — and passes them in.
 */
export interface RecordRelation {
  recordCentreId: string;
  /** The actor is the primary contact (or child-responsible staff) on the case. */
  isPrimaryContact: boolean;
  /** The actor is on a shift now, in the record's centre. */
  onShift: boolean;
  /** The record is a current resident's or an open case's: `recordIsCurrent` decides it. */
  recordIsCurrent: boolean;
  /** An unexpired break-the-glass grant of the actor's for this record, if any. */
  breakGlassUntil: Date | null;
}

/**
 * What makes a record current, as the caller loads it, one shape per record type. Being on
 * shift opens only current records: a current resident's, an open case's. What lies in the past
 * — a stay that ended, a closed case — is for the primary contact, the unit leader or
 * break-the-glass.
 */
export type RecordCurrencyFacts =
  | {
      type: 'person';
      /** The departures of her stays (as the adult or a child along); null for one going on. */
      stayDepartures: readonly (Date | null)[];
      /** When her day-user cases and follow-ups after a stay ended; null for one going on. */
      caseEndings: readonly (Date | null)[];
      /** An intake going on, as the adult or a child of it. */
      intakeInProgress: boolean;
      /** When her latest appointment not cancelled ends, if she has one. */
      lastAppointmentEndsAt: Date | null;
      registeredAt: Date;
      /** Whether she ever had a stay, a case or an intake, ended or not. */
      hadCase: boolean;
    }
  | { type: 'stay'; departedAt: Date | null }
  | { type: 'day_user_case' | 'reestablishment_case'; endedAt: Date | null }
  | {
      type: 'intake';
      status: 'in_progress' | 'completed' | 'excluded' | 'abandoned';
      /** The stay a completed intake started, with its departure (null while it goes on). */
      stay: { departedAt: Date | null } | null;
    }
  | { type: 'child_welfare_concern'; stayDepartedAt: Date | null; concluded: boolean }
  | { type: 'contact' };

/**
 * How long a person registered at a first contact stays open to the shift while nothing has been
 * opened for her yet: the time between a call and the intake or the first day-service meeting.
 */
export const newRecordDays = 14;
/** An appointment keeps its person open to the shift until a day after it (the notes after). */
export const appointmentGraceHours = 24;
/**
 * A stay or a case is wrapped up after it ends — corrections, the follow-up after the stay, the
 * housing letter, the closing note of whoever ended it — so it stays open to the shift for a week
 * after.
 */
export const wrapUpDays = 7;

const stayIsCurrent = (endedAt: Date | null, now: Date) =>
  endedAt === null || now.getTime() - endedAt.getTime() <= wrapUpDays * 86_400_000;

/**
 * Whether a record is a current resident's or an open case's. A person is current while she
 * lives here (also as a child along) or left a week ago at most, has a case going on or ended
 * a week ago at most, has an intake going on, has an appointment coming or just past, or was registered lately and never had a case yet
 * (a first contact being followed up). A stay is current until a week after the departure; a
 * case until a week after it ends; an intake while it goes on and, once completed, while its stay is; a §6
 * concern until it is concluded, and while its stay is. A logged contact is the shift's working
 * log and stays open to the shift; the person it names opens only by her own facts.
 */
export function recordIsCurrent(facts: RecordCurrencyFacts, now: Date): boolean {
  switch (facts.type) {
    case 'person': {
      if (facts.intakeInProgress) return true;
      const endings = [...facts.stayDepartures, ...facts.caseEndings];
      if (endings.some((endedAt) => stayIsCurrent(endedAt, now))) return true;
      const appointmentUntil =
        facts.lastAppointmentEndsAt === null
          ? null
          : facts.lastAppointmentEndsAt.getTime() + appointmentGraceHours * 3_600_000;
      if (appointmentUntil !== null && appointmentUntil >= now.getTime()) return true;
      return (
        !facts.hadCase && now.getTime() - facts.registeredAt.getTime() <= newRecordDays * 86_400_000
      );
    }
    case 'stay':
      return stayIsCurrent(facts.departedAt, now);
    case 'day_user_case':
    case 'reestablishment_case':
      return stayIsCurrent(facts.endedAt, now);
    case 'intake':
      return (
        facts.status === 'in_progress' ||
        (facts.status === 'completed' &&
          facts.stay !== null &&
          stayIsCurrent(facts.stay.departedAt, now))
      );
    case 'child_welfare_concern':
      return !facts.concluded || stayIsCurrent(facts.stayDepartedAt, now);
    case 'contact':
      return true;
  }
}
/**
 * Why a record stays closed: the words the audit log files a denial under, and no others. Each
 * says what the staff member can do about it: start the shift, ask the primary contact, have
 * the police certificate registered, break the glass.
 */
export const recordDenialReasons = [
  'not_authenticated',
  'role_not_permitted',
  /** Police certificate or confidentiality declaration not registered (§§5, 7). */
  'not_cleared',
  'other_centre',
  /** Not on shift, and not the primary contact. */
  'not_on_shift',
  /** On shift, but the record lies in the past: it is the primary contact's (or the unit leader's). */
  'not_primary_contact',
  /** Opens the record, yet does not work the case (the journal, the plan). */
  'not_case_worker',
] as const;
export type RecordDenialReason = DenialReason | (typeof recordDenialReasons)[number];

export type RecordAccess =
  | { allowed: true; via: 'role' | 'relation' | 'break_glass' }
  | { allowed: false; reason: RecordDenialReason };

/** A decision over one record; the personal-data gateway applies one of these and nothing else. */
export type RecordRule = (actor: Actor | null, relation: RecordRelation, now: Date) => RecordAccess;

/**
 * Whether an actor may open one record of personal data: deny by default. The unit leader sees
 * every case of their own centre; casework roles need a relation (primary contact; on shift, for
 * a current resident's or an open case's record) or an unexpired break-the-glass grant. Nobody
 * without police certificate and confidentiality declaration, and nobody from another centre.
 * Roles outside casework never open case records.
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
    return { allowed: false, reason: 'role_not_permitted' };
  if (actor.roles.includes('unit_leader')) return { allowed: true, via: 'role' };
  if (relation.isPrimaryContact || (relation.onShift && relation.recordIsCurrent))
    return { allowed: true, via: 'relation' };
  if (relation.breakGlassUntil !== null && relation.breakGlassUntil.getTime() > now.getTime()) {
    return { allowed: true, via: 'break_glass' };
  }
  return { allowed: false, reason: relation.onShift ? 'not_primary_contact' : 'not_on_shift' };
}

/**
 * The reason a refusal may show the one refused: none for another centre's record, which must
 * look like one that does not exist (the same 404); the domain's reason for one of the own
 * centre, so the staff member knows what to do. Another centre is judged by the record, not by
 * the reason: a role or clearance refusal of another centre's record says nothing either.
 */
export function refusalToShow(
  actor: Actor,
  relation: Pick<RecordRelation, 'recordCentreId'>,
  access: RecordAccess,
): RecordDenialReason | null {
  if (access.allowed || relation.recordCentreId !== actor.centreId) return null;
  return access.reason === 'other_centre' || access.reason === 'not_authenticated'
    ? null
    : access.reason;
}

/**
 * Whether breaking the glass can lift a refusal: the missing relation (shift, primary contact,
 * the casework of the case), never a missing police certificate or a role outside casework.
 */
export const breakGlassLifts = (reason: RecordDenialReason): boolean =>
  reason === 'not_on_shift' || reason === 'not_primary_contact' || reason === 'not_case_worker';

/**
 * Whether an actor may link a new case (an intake) to an earlier record that a match by name,
 * birth date or national id recognised, without having seen it: as if the record were current,
 * since linking makes it so — on shift, cleared, of the same centre. The caller audits the link.
 */
export function decideRecordLink(
  actor: Actor | null,
  relation: RecordRelation,
  now: Date,
): RecordAccess {
  return decideRecordAccess(actor, { ...relation, recordIsCurrent: true }, now);
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

/**
 * Record types that hold personal data and can be opened by breaking the glass: every record a
 * page can refuse. A child's pages are opened by a grant for the child (`person`) alone.
 */
export const breakGlassRecordTypes = [
  'person',
  'stay',
  'day_user_case',
  'reestablishment_case',
] as const;
export type BreakGlassRecordType = (typeof breakGlassRecordTypes)[number];

/** A break-the-glass reason must say something: at least a short sentence. */
export const breakGlassReasonMinLength = 15;

/**
 * Whether an actor who may open a person's record may also see her contact details: the address,
 * the phone, the e-mail and when it is safe to contact her — a phone number or an e-mail finds a
 * person as surely as a street. Under a protected address (fortrolig / strengt fortrolig
 * adresse) they are hidden from everyone but those who must see them: strictly confidential from
 * all but the unit leader, confidential from all but the unit leader and the person's primary
 * contact.
 */
export function contactDetailsVisible(
  actor: Actor,
  protection: AddressProtection,
  relation: RecordRelation,
): boolean {
  if (protection === 'none') return true;
  if (actor.roles.includes('unit_leader')) return true;
  return protection === 'confidential' && relation.isPrimaryContact;
}
