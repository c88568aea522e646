import { describe, expect, it } from 'vitest';
import { daysBetweenDates, localDate, overnights } from './overnights.ts';

describe('localDate', () => {
  it('puts a late-evening UTC instant on the next Oslo day in winter and summer', () => {
    expect(localDate(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15');
    expect(localDate(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
    expect(localDate(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
  });
});

describe('overnights', () => {
  it('counts arrival on the 1st and departure on the 3rd as two nights', () => {
    expect(overnights(new Date('2026-03-01T14:00:00Z'), new Date('2026-03-03T09:00:00Z'))).toBe(2);
  });

  it('counts a same-day stay as no overnight', () => {
    expect(overnights(new Date('2026-03-01T08:00:00Z'), new Date('2026-03-01T20:00:00Z'))).toBe(0);
  });

  it('counts one night across the spring-forward change (a 23-hour night)', () => {
    // 28 March 2026 22:00 Oslo (CET) to 29 March 22:00 Oslo (CEST).
    expect(overnights(new Date('2026-03-28T21:00:00Z'), new Date('2026-03-29T20:00:00Z'))).toBe(1);
  });

  it('counts one night across the fall-back change (a 25-hour night)', () => {
    // 24 October 2026 22:00 Oslo (CEST) to 25 October 22:00 Oslo (CET).
    expect(overnights(new Date('2026-10-24T20:00:00Z'), new Date('2026-10-25T21:00:00Z'))).toBe(1);
    // Leaving at 00:00 on 26 October Oslo is already the second night.
    expect(overnights(new Date('2026-10-24T20:00:00Z'), new Date('2026-10-25T23:00:00Z'))).toBe(2);
  });

  it('uses Oslo dates, not UTC dates, at the edges of the day', () => {
    // Arrives 00:30 Oslo on 2 March (still 1 March in UTC), leaves 23:30 Oslo the same day.
    expect(overnights(new Date('2026-03-01T23:30:00Z'), new Date('2026-03-02T22:30:00Z'))).toBe(0);
  });

  it('counts across a year end and a leap day', () => {
    expect(overnights(new Date('2026-12-30T12:00:00Z'), new Date('2027-01-02T12:00:00Z'))).toBe(3);
    expect(overnights(new Date('2028-02-27T12:00:00Z'), new Date('2028-03-01T12:00:00Z'))).toBe(3);
  });

  it('refuses a departure before the arrival', () => {
    expect(() =>
      overnights(new Date('2026-03-03T00:00:00Z'), new Date('2026-03-01T00:00:00Z')),
    ).toThrow(RangeError);
  });
});

describe('daysBetweenDates', () => {
  it('is negative when the second date is earlier', () => {
    expect(daysBetweenDates('2026-01-10', '2026-01-01')).toBe(-9);
  });
});
