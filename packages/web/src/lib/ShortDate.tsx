import { formatShortDate } from '../features/day-service/oslo-time.ts';

/** A calendar date as a short Norwegian date, or what stands in for it (muted) when there is none. */
export function ShortDate({ date, none }: { date: string | null; none?: string }) {
  if (date) return <time dateTime={date}>{formatShortDate(date)}</time>;
  return none === undefined ? null : <span className="havn-muted">{none}</span>;
}
