import { daysBetweenDates } from '../time/overnights.ts';

/**
 * Nights a ready-to-move resident has waited for housing: from the ready date up to `until` —
 * today for a stay going on (tonight is not yet spent), the departure date for one that ended.
 * 0 on the day the person became ready; null when they are not ready.
 */
export function waitingDays(readyOn: string | null, until: string): number | null {
  if (readyOn === null) return null;
  return Math.max(0, daysBetweenDates(readyOn, until));
}

/** Nights beginning on `from` up to, not including, `until` (YYYY-MM-DD, Europe/Oslo). */
export interface NightPeriod {
  from: string;
  until: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The month a date falls in, as a period of nights. */
export function monthOf(date: string): NightPeriod {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
  return { from: `${y}-${pad(m)}-01`, until: next };
}

/** The calendar year a date falls in, as a period of nights. */
export function yearOf(date: string): NightPeriod {
  const y = Number(date.slice(0, 4));
  return { from: `${y}-01-01`, until: `${y + 1}-01-01` };
}

export interface WaitingStay {
  /** The day the household became ready to move. */
  readyOn: string;
  /** The departure date, or today for a stay going on: the first night not spent waiting. */
  endsOn: string;
  /** People of the household in beds: each blocks a bed while they wait. */
  persons: number;
}

/**
 * Bed-days spent waiting for housing in a period: for each household, the nights it spent ready
 * to move inside the period, times the beds it held. Counted on local dates, so a 23- or 25-hour
 * night at a daylight-saving change is one night, and a night belongs to the month it begins in.
 */
export function waitingBedDays(stays: readonly WaitingStay[], period: NightPeriod): number {
  let total = 0;
  for (const stay of stays) {
    const from = stay.readyOn > period.from ? stay.readyOn : period.from;
    const until = stay.endsOn < period.until ? stay.endsOn : period.until;
    const nights = daysBetweenDates(from, until);
    if (nights > 0) total += nights * stay.persons;
  }
  return total;
}
