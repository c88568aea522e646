/** What the move-out board knows about a resident to rank how much their stay blocks places. */
export interface BlockingFacts {
  id: string;
  /** People of the household in beds. */
  persons: number;
  /** Nights waited since ready to move; null when not ready. */
  waitingDays: number | null;
  /** Days beyond the agreed limit of the stay (0 within it). */
  daysBeyondLimit: number;
  dayOfStay: number;
}

/**
 * "What blocks places most" first: households ready to move, which only wait for housing, come
 * before the others — those that have held the most beds while waiting (beds × nights) first;
 * then stays beyond their limit, longest beyond first; then the longest stays. Ties fall back to
 * the larger household, then the id, so the order is stable.
 */
export function byBlocking(a: BlockingFacts, b: BlockingFacts): number {
  const ready = Number(b.waitingDays !== null) - Number(a.waitingDays !== null);
  if (ready !== 0) return ready;
  const waited = (b.waitingDays ?? 0) * b.persons - (a.waitingDays ?? 0) * a.persons;
  return (
    waited ||
    b.daysBeyondLimit - a.daysBeyondLimit ||
    b.dayOfStay - a.dayOfStay ||
    b.persons - a.persons ||
    a.id.localeCompare(b.id)
  );
}
