import { describe, expect, it } from 'vitest';
import { departureFromTypedMinute, earliestDeparture } from './departure-time.ts';

const at = (iso: string) => new Date(iso);

describe('earliestDeparture', () => {
  it.each([
    ['the arrival, with no move', [], '2026-12-03T16:45:30.000Z'],
    [
      'the arrival, when the beds date from it',
      ['2026-12-03T16:45:30Z'],
      '2026-12-03T16:45:30.000Z',
    ],
    [
      'the latest move',
      ['2026-12-03T16:45:30Z', '2026-12-04T08:10:12Z'],
      '2026-12-04T08:10:12.000Z',
    ],
  ])('is %s', (_, moves, expected) => {
    expect(earliestDeparture(at('2026-12-03T16:45:30Z'), moves.map(at)).toISOString()).toBe(
      expected,
    );
  });
});

describe('departureFromTypedMinute', () => {
  // Arrived 17:45:30 Oslo time; the time field offers whole minutes.
  const earliest = at('2026-12-03T16:45:30Z');
  it.each([
    [
      'the minute the stay began means its first moment',
      '2026-12-03T16:45:00Z',
      '2026-12-03T16:45:30.000Z',
    ],
    ['a later minute is taken as typed', '2026-12-03T16:46:00Z', '2026-12-03T16:46:00.000Z'],
    ['a later day is taken as typed', '2026-12-05T09:00:00Z', '2026-12-05T09:00:00.000Z'],
    [
      'a minute before the stay began stays refusable',
      '2026-12-03T16:44:00Z',
      '2026-12-03T16:44:00.000Z',
    ],
    [
      'the same minute of another day is not the same minute',
      '2026-12-02T16:45:00Z',
      '2026-12-02T16:45:00.000Z',
    ],
  ])('%s', (_, typed, expected) => {
    expect(departureFromTypedMinute(at(typed), earliest).toISOString()).toBe(expected);
  });
});
