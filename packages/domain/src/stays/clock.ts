import { addDaysToDate, daysBetweenDates, localDate, osloZone } from '../time/overnights.ts';

/** Six weeks: the usual agreement term when a municipality has no other (DOMAIN.md §3). */
export const defaultStayLimitDays = 42;
/** How many days before the limit the stay page starts warning, when the agreement says nothing. */
export const defaultStayWarningDays = 7;

export const stayClockStatuses = ['ok', 'warning', 'limit_reached', 'beyond'] as const;
export type StayClockStatus = (typeof stayClockStatuses)[number];

export interface StayClockInput {
  arrival: Date;
  /** The departure when the stay has ended; the clock then stands still at that day. */
  departure?: Date | null;
  now: Date;
  /** The agreement's limit, counted in overnights (six weeks = 42). */
  limitDays?: number;
  /** Days before the limit date from which the stay is in warning. */
  warningDays?: number;
  zone?: string;
}

export interface StayClock {
  arrivalDate: string;
  /** The local date the clock is read on: the departure date, else today. */
  asOfDate: string;
  /** Day 1 is the day of arrival. */
  dayOfStay: number;
  overnights: number;
  limitDays: number;
  warningDays: number;
  /**
   * The local date the limit is reached: the morning after the last overnight within the limit.
   * Leaving on this date keeps within the limit; staying the night makes the stay go beyond it.
   */
  limitDate: string;
  /** The first date the stay is in warning. */
  warningFromDate: string;
  /** Days from the as-of date to the limit date; 0 on and after it. */
  daysUntilLimit: number;
  /** Overnights spent beyond the limit — what an agreement that bills days beyond counts. */
  daysBeyond: number;
  status: StayClockStatus;
}

/**
 * The six-week clock of a stay. The limit is an agreement term counted in overnights
 * (overnattingsdøgn, DOMAIN.md §3): arriving on a Monday with a 42-day limit, the limit is reached
 * on the Monday six weeks later, and every night after that is a day beyond. Everything is counted
 * on Oslo calendar dates, so hours and daylight-saving changes do not move it.
 */
export function stayClock(input: StayClockInput): StayClock {
  const zone = input.zone ?? osloZone;
  const limitDays = input.limitDays ?? defaultStayLimitDays;
  const warningDays = input.warningDays ?? defaultStayWarningDays;
  if (!Number.isInteger(limitDays) || limitDays < 1) throw new RangeError('Invalid stay limit');
  if (!Number.isInteger(warningDays) || warningDays < 0 || warningDays > limitDays) {
    throw new RangeError('Invalid warning days');
  }
  const end = input.departure ?? input.now;
  if (end.getTime() < input.arrival.getTime())
    throw new RangeError('The end is before the arrival');

  const arrivalDate = localDate(input.arrival, zone);
  const asOfDate = localDate(end, zone);
  const nights = daysBetweenDates(arrivalDate, asOfDate);
  const limitDate = addDaysToDate(arrivalDate, limitDays);
  const daysUntilLimit = Math.max(0, limitDays - nights);
  const daysBeyond = Math.max(0, nights - limitDays);
  return {
    arrivalDate,
    asOfDate,
    dayOfStay: nights + 1,
    overnights: nights,
    limitDays,
    warningDays,
    limitDate,
    warningFromDate: addDaysToDate(limitDate, -warningDays),
    daysUntilLimit,
    daysBeyond,
    status: statusOf(nights, limitDays, warningDays),
  };
}

function statusOf(nights: number, limitDays: number, warningDays: number): StayClockStatus {
  if (nights > limitDays) return 'beyond';
  if (nights === limitDays) return 'limit_reached';
  if (limitDays - nights <= warningDays) return 'warning';
  return 'ok';
}
