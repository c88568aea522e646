import { addDaysToDate, localDate, osloZone } from '../time/overnights.ts';

export interface ReassessmentFacts {
  /** When the mapping became required: the intake's start, or the stay's arrival without one. */
  since: Date;
  /** The latest assessment of any kind, or null when none was made. */
  lastAssessedAt: Date | null;
  /** The centre's interval between scheduled reassessments, in days. */
  intervalDays: number;
  /** The stay's incidents, each with when it was reported. */
  incidents: readonly { id: string; reportedAt: Date }[];
  /** When the stay ended (its departure), or null while the person lives at the centre. */
  endedAt: Date | null;
  now: Date;
}

export const reassessmentReasons = ['initial', 'interval', 'incident'] as const;
export type ReassessmentReason = (typeof reassessmentReasons)[number];
export const reassessmentStates = ['ok', 'due', 'overdue'] as const;
export type ReassessmentState = (typeof reassessmentStates)[number];

export interface ReassessmentDue {
  /** The Oslo date the (re)assessment is due on. */
  dueOn: string;
  reason: ReassessmentReason;
  /** The first incident not yet taken into account, when that is the reason. */
  incidentId: string | null;
  /** `due` on the due date, `overdue` from the day after. */
  state: ReassessmentState;
}

/**
 * When the risk must next be (re)assessed, or null once the stay has ended: the mapping guards a
 * resident, and nobody is to reassess the risk of someone who has moved out. With no assessment the initial one is due from the
 * start; after one, the interval counts in Oslo calendar days from the day it was made; an
 * incident reported after the latest assessment makes a reassessment due at once, on the day it
 * was reported. Reported, not occurred: an incident told to staff only after an assessment was
 * not in that assessment, even if it happened before it.
 */
export function reassessmentDue(
  facts: ReassessmentFacts,
  zone: string = osloZone,
): ReassessmentDue | null {
  if (!Number.isInteger(facts.intervalDays) || facts.intervalDays < 1) {
    throw new RangeError('The reassessment interval must be a whole number of days, at least 1');
  }
  if (facts.endedAt !== null && facts.endedAt.getTime() <= facts.now.getTime()) return null;
  const today = localDate(facts.now, zone);
  const stateOn = (dueOn: string): ReassessmentState =>
    today < dueOn ? 'ok' : today === dueOn ? 'due' : 'overdue';

  if (facts.lastAssessedAt === null) {
    const dueOn = localDate(facts.since, zone);
    return { dueOn, reason: 'initial', incidentId: null, state: stateOn(dueOn) };
  }
  const last = facts.lastAssessedAt.getTime();
  const firstUnassessed = facts.incidents
    .filter((i) => i.reportedAt.getTime() > last)
    .sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime())[0];
  if (firstUnassessed) {
    const dueOn = localDate(firstUnassessed.reportedAt, zone);
    return { dueOn, reason: 'incident', incidentId: firstUnassessed.id, state: stateOn(dueOn) };
  }
  const dueOn = addDaysToDate(localDate(facts.lastAssessedAt, zone), facts.intervalDays);
  return { dueOn, reason: 'interval', incidentId: null, state: stateOn(dueOn) };
}
