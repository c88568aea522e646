const minute = 60_000;
const minuteOf = (instant: Date) => Math.floor(instant.getTime() / minute);

/**
 * The earliest moment a stay can end: its arrival, or the latest move of the household to another
 * bed — a departure before it would end a bed assignment before it began.
 */
export function earliestDeparture(arrivalAt: Date, bedsSince: readonly Date[] = []): Date {
  return new Date(Math.max(arrivalAt.getTime(), ...bedsSince.map((d) => d.getTime())));
}

/**
 * The moment a departure typed to the minute stands for. A time field holds minutes while an
 * arrival carries seconds, so a stay registered during the current minute would refuse a
 * departure "now": within the minute the stay began, the typed time means that earliest moment.
 * Any other time is taken as typed, and one before the earliest minute stays refused.
 */
export function departureFromTypedMinute(typed: Date, earliest: Date): Date {
  return typed < earliest && minuteOf(typed) === minuteOf(earliest) ? earliest : typed;
}
