import type { FieldProblem } from '../errors/codes.ts';

/**
 * Where a person went after the stay: the categories of the national statistics ("hvor dro
 * beboerne etter oppholdet"). The same list for adults and for each child.
 */
export const departureDestinations = [
  'own_home_without_perpetrator',
  'own_home_with_perpetrator',
  'new_own_home',
  'municipal_housing',
  'family_or_friends',
  'another_crisis_centre',
  'other_institution',
  'transition_apartment',
  'back_to_perpetrator',
  'other',
  'unknown',
] as const;
export type DepartureDestination = (typeof departureDestinations)[number];

/** Why the stay ended. */
export const departureReasons = [
  'planned',
  'chose_to_leave',
  'moved_for_safety',
  'excluded_rule_breach',
  'other',
] as const;
export type DepartureReason = (typeof departureReasons)[number];

/** The statistics measure a return to the perpetrator per stay (17 % nationally in 2024). */
export function returnsToPerpetrator(destination: DepartureDestination): boolean {
  return destination === 'own_home_with_perpetrator' || destination === 'back_to_perpetrator';
}

/**
 * A move for safety, or to another crisis centre, is one the regulation on physical security
 * (§ 4 c) wants done with the police involved: whether they were must be on record.
 */
export function needsPoliceRecord(destination: DepartureDestination, reason: DepartureReason) {
  return destination === 'another_crisis_centre' || reason === 'moved_for_safety';
}

export interface DepartureOutcome {
  destination: DepartureDestination;
  reason: DepartureReason;
}

export interface DepartureFacts extends DepartureOutcome {
  /** Whether the police were involved; null when not stated. */
  policeInvolved: boolean | null;
  /** A leave without notice: what was done to follow up on the person's safety. */
  withoutNotice: { policeNotified: boolean; contactsTried: string } | null;
  children: (DepartureOutcome & { personId: string })[];
}

/**
 * What is wrong with a departure as registered, for a stay whose children along are `childIds`:
 * every child exactly once with their own destination and reason, the police involvement on
 * record when the move needs it, and a safety follow-up for a leave without notice. Paths are
 * relative to the request body.
 */
export function departureProblems(
  facts: DepartureFacts,
  childIds: readonly string[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const expected = new Set(childIds);
  const seen = new Set<string>();
  facts.children.forEach((child, i) => {
    if (!expected.has(child.personId))
      problems.push({
        path: `body.children.${i}.personId`,
        code: 'not_in_stay',
        message: 'This child is not part of the stay',
      });
    else if (seen.has(child.personId))
      problems.push({
        path: `body.children.${i}.personId`,
        code: 'duplicate_child',
        message: 'Each child once',
      });
    seen.add(child.personId);
  });
  if ([...expected].some((id) => !seen.has(id)))
    problems.push({
      path: 'body.children',
      code: 'child_missing',
      message: 'State where each child of the stay goes, and why',
    });
  const outcomes: DepartureOutcome[] = [facts, ...facts.children];
  if (
    facts.policeInvolved === null &&
    outcomes.some((o) => needsPoliceRecord(o.destination, o.reason))
  )
    problems.push({
      path: 'body.policeInvolved',
      code: 'police_involvement_required',
      message:
        'A move for safety or to another crisis centre records whether the police were involved',
    });
  if (facts.withoutNotice !== null && facts.withoutNotice.contactsTried.trim() === '')
    problems.push({
      path: 'body.withoutNotice.contactsTried',
      code: 'follow_up_required',
      message: 'Say what was done to reach the person',
    });
  return problems;
}
