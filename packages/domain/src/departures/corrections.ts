import type { FieldProblem } from '../errors/codes.ts';

/** A correction changes overnights and bills: the reason must say enough to be reviewed. */
export const correctionReasonMinLength = 15;

export interface Interval {
  from: Date;
  /** Null: still going on. */
  until: Date | null;
}

/** Two stretches of time share an instant; an end is exclusive, so one may start as another ends. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  const aEnd = a.until?.getTime() ?? Number.POSITIVE_INFINITY;
  const bEnd = b.until?.getTime() ?? Number.POSITIVE_INFINITY;
  return a.from.getTime() < bEnd && b.from.getTime() < aEnd;
}

export interface StayCorrection {
  arrival: Date;
  departure: Date | null;
  reason: string;
  /** The first and the last bed change inside the stay (moves), which the new times must keep. */
  firstMove: Date | null;
  lastMove: Date | null;
  now: Date;
}

/**
 * What is wrong with corrected times for a stay: a reason long enough, an arrival before the
 * departure, moves kept inside the stay, and nothing in the future.
 */
export function correctionProblems(c: StayCorrection): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (c.reason.trim().length < correctionReasonMinLength)
    problems.push({
      path: 'body.reason',
      code: 'reason_too_short',
      message: `Give a reason of at least ${correctionReasonMinLength} characters`,
    });
  if (c.arrival.getTime() > c.now.getTime())
    problems.push({ path: 'body.arrivalAt', code: 'in_future', message: 'Not in the future' });
  if (c.departure && c.departure.getTime() > c.now.getTime())
    problems.push({ path: 'body.departureAt', code: 'in_future', message: 'Not in the future' });
  if (c.departure && c.departure.getTime() < c.arrival.getTime())
    problems.push({
      path: 'body.departureAt',
      code: 'before_arrival',
      message: 'The departure cannot come before the arrival',
    });
  if (c.firstMove && c.arrival.getTime() > c.firstMove.getTime())
    problems.push({
      path: 'body.arrivalAt',
      code: 'after_move',
      message: 'The arrival cannot come after a move within the stay',
    });
  if (c.lastMove && c.departure && c.departure.getTime() < c.lastMove.getTime())
    problems.push({
      path: 'body.departureAt',
      code: 'before_move',
      message: 'The departure cannot come before a move within the stay',
    });
  return problems;
}
