import { describe, expect, it } from 'vitest';
import { stayClock } from './clock.ts';

/** An instant at a wall-clock time in Oslo, given its UTC offset. */
const at = (iso: string) => new Date(iso);

describe('stayClock', () => {
  it('starts on day 1 with no overnights and counts the limit from the arrival date', () => {
    const clock = stayClock({
      arrival: at('2026-01-05T13:00:00Z'),
      now: at('2026-01-05T20:00:00Z'),
    });
    expect(clock).toMatchObject({
      arrivalDate: '2026-01-05',
      asOfDate: '2026-01-05',
      dayOfStay: 1,
      overnights: 0,
      limitDays: 42,
      warningDays: 7,
      limitDate: '2026-02-16',
      warningFromDate: '2026-02-09',
      daysUntilLimit: 42,
      daysBeyond: 0,
      status: 'ok',
    });
  });

  it('warns from the warning date, reaches the limit on the limit date and goes beyond after', () => {
    const arrival = at('2026-01-05T13:00:00Z');
    const on = (date: string) => stayClock({ arrival, now: at(`${date}T11:00:00Z`) });
    expect(on('2026-02-08').status).toBe('ok');
    expect(on('2026-02-09')).toMatchObject({ status: 'warning', daysUntilLimit: 7 });
    expect(on('2026-02-16')).toMatchObject({
      status: 'limit_reached',
      dayOfStay: 43,
      daysBeyond: 0,
    });
    expect(on('2026-02-17')).toMatchObject({ status: 'beyond', daysBeyond: 1, daysUntilLimit: 0 });
    expect(on('2026-03-01')).toMatchObject({ status: 'beyond', daysBeyond: 13 });
  });

  it('uses the agreement limit and warning days', () => {
    const clock = stayClock({
      arrival: at('2026-01-05T13:00:00Z'),
      now: at('2026-02-01T12:00:00Z'),
      limitDays: 28,
      warningDays: 3,
    });
    expect(clock).toMatchObject({ limitDate: '2026-02-02', status: 'warning', daysUntilLimit: 1 });
    expect(
      stayClock({
        arrival: at('2026-01-05T13:00:00Z'),
        now: at('2026-02-01T12:00:00Z'),
        warningDays: 0,
      }).status,
    ).toBe('ok');
  });

  it('stands still at the departure, and departing on the limit date stays within the limit', () => {
    const clock = stayClock({
      arrival: at('2026-01-05T13:00:00Z'),
      departure: at('2026-02-16T09:00:00Z'),
      now: at('2026-06-01T10:00:00Z'),
    });
    expect(clock).toMatchObject({ overnights: 42, status: 'limit_reached', daysBeyond: 0 });
    const dayAfter = stayClock({
      arrival: at('2026-01-05T13:00:00Z'),
      departure: at('2026-02-17T09:00:00Z'),
      now: at('2026-06-01T10:00:00Z'),
    });
    expect(dayAfter).toMatchObject({ overnights: 43, status: 'beyond', daysBeyond: 1 });
  });

  it('is not moved by the spring-forward change (29 March 2026)', () => {
    // Arrives 23:30 Oslo (CET) on 28 March; read 00:30 Oslo (CEST) on 30 March.
    const clock = stayClock({
      arrival: at('2026-03-28T22:30:00Z'),
      now: at('2026-03-29T22:30:00Z'),
    });
    expect(clock).toMatchObject({
      arrivalDate: '2026-03-28',
      asOfDate: '2026-03-30',
      dayOfStay: 3,
    });
    expect(clock.limitDate).toBe('2026-05-09');
  });

  it('is not moved by the fall-back change (25 October 2026)', () => {
    // Arrives 00:30 Oslo (CEST) on 25 October; 23:30 Oslo (CET) the same day is still day 1.
    const clock = stayClock({
      arrival: at('2026-10-24T22:30:00Z'),
      now: at('2026-10-25T22:30:00Z'),
    });
    expect(clock).toMatchObject({
      arrivalDate: '2026-10-25',
      asOfDate: '2026-10-25',
      dayOfStay: 1,
    });
    expect(clock.limitDate).toBe('2026-12-06');
  });

  it('counts across a year end', () => {
    const clock = stayClock({
      arrival: at('2026-12-20T15:00:00Z'),
      now: at('2027-01-02T10:00:00Z'),
    });
    expect(clock).toMatchObject({ dayOfStay: 14, overnights: 13, limitDate: '2027-01-31' });
    // The first minutes of the new year in Oslo are still 31 December in UTC.
    expect(
      stayClock({ arrival: at('2026-12-20T15:00:00Z'), now: at('2026-12-31T23:30:00Z') }).asOfDate,
    ).toBe('2027-01-01');
  });

  it('counts the leap day of 2028', () => {
    const clock = stayClock({
      arrival: at('2028-02-01T12:00:00Z'),
      now: at('2028-03-01T12:00:00Z'),
    });
    expect(clock).toMatchObject({ overnights: 29, limitDate: '2028-03-14' });
    expect(
      stayClock({ arrival: at('2028-01-29T12:00:00Z'), now: at('2028-03-11T12:00:00Z') }),
    ).toMatchObject({ limitDate: '2028-03-11', status: 'limit_reached' });
  });

  it('refuses an end before the arrival and nonsensical terms', () => {
    const arrival = at('2026-01-05T13:00:00Z');
    expect(() => stayClock({ arrival, now: at('2026-01-04T13:00:00Z') })).toThrow(RangeError);
    expect(() => stayClock({ arrival, now: arrival, limitDays: 0 })).toThrow(RangeError);
    expect(() => stayClock({ arrival, now: arrival, warningDays: 50 })).toThrow(RangeError);
  });
});
