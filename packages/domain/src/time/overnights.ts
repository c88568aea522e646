import { TZDate } from '@date-fns/tz';

/** The zone every centre lives in; passed explicitly so nothing depends on the machine's zone. */
export const osloZone = 'Europe/Oslo';

/** The calendar date (YYYY-MM-DD) an instant falls on in the given zone. */
export function localDate(instant: Date, zone: string = osloZone): string {
  const local = new TZDate(instant.getTime(), zone);
  const y = String(local.getFullYear()).padStart(4, '0');
  const m = String(local.getMonth() + 1).padStart(2, '0');
  const d = String(local.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const dayMs = 86_400_000;

/** Whole calendar days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetweenDates(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** The calendar date (YYYY-MM-DD) a number of days after (or, negative, before) another. */
export function addDaysToDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/**
 * Overnights (overnattingsdøgn) between arrival and departure: one per night spent, counted on
 * local calendar dates — arrival on the 1st and departure on the 3rd is 2 nights, whatever the
 * hours and whether a daylight-saving change falls in between. For a stay still going, pass
 * "now" as the departure. Departure before arrival is a data error and throws.
 */
export function overnights(arrival: Date, departure: Date, zone: string = osloZone): number {
  if (departure.getTime() < arrival.getTime()) {
    throw new RangeError('Departure is before arrival');
  }
  return daysBetweenDates(localDate(arrival, zone), localDate(departure, zone));
}
