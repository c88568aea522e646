/**
 * A child at the centre is a user in their own right (krisesenterlova § 1): own record, school or
 * kindergarten continued when the risk assessment allows — else teaching at the centre, with the
 * home municipality responsible — play and leisure, health, and contact with a parent who is the
 * perpetrator recorded with safety notes. The codes follow what Bufdir's statistics ask about
 * children (BUFDIR.md 1.3): schooling interrupted and why, contact visits with a perpetrator parent.
 */
import type { FieldProblem, RuleProblemCode } from '../errors/codes.ts';

export const institutionKinds = ['kindergarten', 'school'] as const;
export type InstitutionKind = (typeof institutionKinds)[number];

/** Continued at the usual place, interrupted, or taught at the centre instead. */
export const schoolingStatuses = ['continued', 'interrupted', 'teaching_at_centre'] as const;
export type SchoolingStatus = (typeof schoolingStatuses)[number];

/** Why schooling was interrupted; the usual reason is the child's safety. */
export const interruptionReasons = [
  'safety',
  'distance',
  'waiting_for_new_place',
  'child_wellbeing',
  'other',
] as const;
export type InterruptionReason = (typeof interruptionReasons)[number];

export const activityKinds = ['play', 'leisure', 'outing'] as const;
export type ActivityKind = (typeof activityKinds)[number];

export const healthNeeds = [
  'doctor',
  'dentist',
  'health_visitor',
  'mental_health',
  'medication',
  'vaccination',
  'other',
] as const;
export type HealthNeed = (typeof healthNeeds)[number];

export const parentContactKinds = ['contact', 'visit'] as const;
export type ParentContactKind = (typeof parentContactKinds)[number];

/** How a contact or visit with the perpetrator parent went; empty until it has happened. */
export const parentContactOutcomes = [
  'went_well',
  'concerns',
  'broken_off',
  'cancelled',
  'did_not_happen',
] as const;
export type ParentContactOutcome = (typeof parentContactOutcomes)[number];

export interface SchoolingPeriod {
  institutionKind: InstitutionKind;
  status: SchoolingStatus;
  reason: InterruptionReason | null;
  homeMunicipalityResponsible: boolean;
  /** YYYY-MM-DD, Europe/Oslo. */
  fromOn: string;
  toOn: string | null;
}

export const schoolingProblemCodes = [
  'reason_required',
  'reason_not_applicable',
  'home_municipality_responsible',
  'ends_before_start',
] as const satisfies readonly RuleProblemCode[];
export type SchoolingProblemCode = (typeof schoolingProblemCodes)[number];

/**
 * The rules of a schooling period: an interruption says why; teaching at the centre is the home
 * municipality's responsibility (§ 5 of the cooperation agreements: it provides schooling for its
 * residents), so the flag must be set; a period does not end before it starts.
 */
export function schoolingProblems(
  period: SchoolingPeriod,
  path = 'body',
): (FieldProblem & { code: SchoolingProblemCode })[] {
  const problems: (FieldProblem & { code: SchoolingProblemCode })[] = [];
  if (period.status === 'interrupted' && period.reason === null) {
    problems.push({
      path: `${path}.reason`,
      code: 'reason_required',
      message: 'Say why schooling was interrupted',
    });
  }
  if (period.status !== 'interrupted' && period.reason !== null) {
    problems.push({
      path: `${path}.reason`,
      code: 'reason_not_applicable',
      message: 'A reason belongs to an interruption only',
    });
  }
  if (period.status === 'teaching_at_centre' && !period.homeMunicipalityResponsible) {
    problems.push({
      path: `${path}.homeMunicipalityResponsible`,
      code: 'home_municipality_responsible',
      message: 'Teaching at the centre is the home municipality’s responsibility',
    });
  }
  if (period.toOn !== null && period.toOn < period.fromOn) {
    problems.push({
      path: `${path}.toOn`,
      code: 'ends_before_start',
      message: 'The period ends before it starts',
    });
  }
  return problems;
}
