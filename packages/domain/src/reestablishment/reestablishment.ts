/**
 * Re-establishment (oppfølging i reetableringsfasen, DOMAIN.md §2.6): follow-up after the stay,
 * whether the person lives in a transition apartment or has found a permanent home, done together
 * with the other services (the 2026 amendment). Counted apart from day users: a re-establishment
 * contact is not a day visit.
 */

/** Where the person lives while followed up. */
export const reestablishmentHousings = ['transition_apartment', 'permanent_home'] as const;
export type ReestablishmentHousing = (typeof reestablishmentHousings)[number];

export const reestablishmentContactKinds = ['visit', 'call', 'accompanying', 'meeting'] as const;
export type ReestablishmentContactKind = (typeof reestablishmentContactKinds)[number];

export const reestablishmentEndReasons = [
  'goals_reached',
  'moved_away',
  'person_ended',
  'returned_to_perpetrator',
  'new_stay',
  'other',
] as const;
export type ReestablishmentEndReason = (typeof reestablishmentEndReasons)[number];

/** A case as the counts need it; dates are YYYY-MM-DD (Europe/Oslo), both ends included. */
export interface ReestablishmentCaseFact {
  id: string;
  startedOn: string;
  endedOn: string | null;
}

export interface ReestablishmentContactFact {
  caseId: string;
  date: string;
  kind: ReestablishmentContactKind;
}

export interface ReestablishmentPeriod {
  from: string;
  to: string;
  /** Cases open on at least one day of the period. */
  active: number;
  /** Cases started in the period. */
  new: number;
  /** Cases ended in the period. */
  ended: number;
  contacts: number;
  byKind: Record<ReestablishmentContactKind, number>;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The figures of one period (`from`..`to`, Oslo dates, both included): a case is active when it
 * was open on any day of it — started on or before `to`, not ended before `from` — so a case
 * running over a year end is active in both years, new in the first and ended in the second.
 */
export function reestablishmentPeriod(
  cases: readonly ReestablishmentCaseFact[],
  contacts: readonly ReestablishmentContactFact[],
  period: { from: string; to: string },
): ReestablishmentPeriod {
  const { from, to } = period;
  if (!datePattern.test(from) || !datePattern.test(to))
    throw new RangeError('Dates must be YYYY-MM-DD');
  if (to < from) throw new RangeError('The period ends before it starts');
  const within = (date: string) => from <= date && date <= to;
  const byKind: Record<ReestablishmentContactKind, number> = {
    visit: 0,
    call: 0,
    accompanying: 0,
    meeting: 0,
  };
  const inPeriod = contacts.filter((c) => within(c.date));
  for (const c of inPeriod) byKind[c.kind] += 1;
  return {
    from,
    to,
    active: cases.filter((c) => c.startedOn <= to && (c.endedOn === null || c.endedOn >= from))
      .length,
    new: cases.filter((c) => within(c.startedOn)).length,
    ended: cases.filter((c) => c.endedOn !== null && within(c.endedOn)).length,
    contacts: inPeriod.length,
    byKind,
  };
}

/** The calendar year as a period, for the yearly statistics. */
export function reestablishmentYear(
  cases: readonly ReestablishmentCaseFact[],
  contacts: readonly ReestablishmentContactFact[],
  year: number,
): ReestablishmentPeriod {
  return reestablishmentPeriod(cases, contacts, { from: `${year}-01-01`, to: `${year}-12-31` });
}

export type HousingProblem = 'transition_needs_stay' | 'permanent_needs_municipality';

/**
 * Where the person lives must be said the right way: in a transition apartment by the transition
 * stay there (so the unit is known from the capacity model); in a permanent home by the
 * municipality only — the case never holds the address of a new home, which may be protected.
 */
export function housingProblems(h: {
  housing: ReestablishmentHousing;
  housingStayId: string | null;
  municipalityNumber: string | null;
}): HousingProblem[] {
  if (h.housing === 'transition_apartment')
    return h.housingStayId === null ? ['transition_needs_stay'] : [];
  return h.municipalityNumber === null ? ['permanent_needs_municipality'] : [];
}

export type ContactDateProblem = 'before_start' | 'after_end' | 'in_future';

/** A contact lies within the case (from its start, not after its end) and not after today. */
export function contactDateProblems(
  date: string,
  c: { startedOn: string; endedOn: string | null },
  today: string,
): ContactDateProblem[] {
  const problems: ContactDateProblem[] = [];
  if (date < c.startedOn) problems.push('before_start');
  if (c.endedOn !== null && date > c.endedOn) problems.push('after_end');
  if (date > today) problems.push('in_future');
  return problems;
}
