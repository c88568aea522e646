/**
 * The day service (dagtilbud) is free: day users get conversations, home visits and company to
 * other services without staying. The national statistics count a day user once a year, from
 * their first visit that year, and every visit — home visits and accompanying included.
 */
export const firstContactSources = [
  'self',
  'police',
  'nav',
  'child_welfare',
  'health_service',
  'family',
  'other',
] as const;
export const dayUserEndReasons = [
  'goal_reached',
  'moved_to_stay',
  'moved_away',
  'no_longer_in_contact',
  'declined',
  'other',
] as const;
export const dayVisitKinds = ['conversation', 'home_visit', 'accompanying'] as const;
/** Whether children saw or heard the violence. */
export const childrenExposedAnswers = ['yes', 'no', 'unknown'] as const;
/** The day-user cases a list shows: the open, the ended, or all. */
export const dayUserCaseFilters = ['open', 'ended', 'all'] as const;
export type DayUserCaseFilter = (typeof dayUserCaseFilters)[number];
export const appointmentPlaces = [
  'centre',
  'nav',
  'police',
  'emergency_clinic',
  'court',
  'lawyer',
  'school',
  'child_welfare',
  'health_service',
  'housing_office',
  'other',
] as const;
/** Taxi agreements exist; cash never changes hands. */
export const transportKinds = [
  'none',
  'taxi_agreement',
  'public_transport',
  'staff_car',
  'walking',
] as const;

export type DayVisitKind = (typeof dayVisitKinds)[number];

export interface DayVisitFact {
  personId: string;
  /** YYYY-MM-DD, Europe/Oslo. */
  date: string;
  kind: DayVisitKind;
}

export interface DayServiceYear {
  year: number;
  dayUsers: number;
  dayVisits: number;
  byKind: Record<DayVisitKind, number>;
}

/** Day users (distinct persons with a visit that year) and day visits (every visit), for one year. */
export function dayServiceYear(visits: readonly DayVisitFact[], year: number): DayServiceYear {
  const inYear = visits.filter((v) => v.date.startsWith(`${year}-`));
  const byKind: Record<DayVisitKind, number> = { conversation: 0, home_visit: 0, accompanying: 0 };
  for (const v of inYear) byKind[v.kind] += 1;
  return {
    year,
    dayUsers: new Set(inYear.map((v) => v.personId)).size,
    dayVisits: inYear.length,
    byKind,
  };
}

export type AppointmentProblem =
  'ends_before_start' | 'too_long' | 'outside_needs_staff' | 'transport_needs_outside';

/**
 * An appointment outside the centre is planned with safety in mind: someone from the staff goes
 * along (or it is recorded that nobody does), and transport is only arranged for trips outside.
 */
export function appointmentProblems(a: {
  startsAt: Date;
  endsAt: Date;
  place: (typeof appointmentPlaces)[number];
  staffCount: number;
  transport: (typeof transportKinds)[number];
  withoutStaffConfirmed: boolean;
}): AppointmentProblem[] {
  const problems: AppointmentProblem[] = [];
  if (a.endsAt.getTime() <= a.startsAt.getTime()) problems.push('ends_before_start');
  if (a.endsAt.getTime() - a.startsAt.getTime() > 12 * 3_600_000) problems.push('too_long');
  if (a.place !== 'centre' && a.staffCount === 0 && !a.withoutStaffConfirmed)
    problems.push('outside_needs_staff');
  if (a.place === 'centre' && a.transport !== 'none') problems.push('transport_needs_outside');
  return problems;
}

/** The perpetrator's relation to the victim, as the national statistics ask it. */
export const perpetratorRelations = [
  'partner',
  'ex_partner',
  'boyfriend_girlfriend',
  'parent',
  'step_parent',
  'sibling',
  'child',
  'other_family',
  'acquaintance',
  'stranger',
  'other',
] as const;
