import { describe, expect, it } from 'vitest';
import { defaultThreatItems } from './items.ts';
import { reassessmentDue, type ReassessmentFacts } from './reassessment.ts';

const at = (iso: string) => new Date(iso);
const facts = (over: Partial<ReassessmentFacts>): ReassessmentFacts => ({
  since: at('2026-11-01T10:00:00Z'),
  lastAssessedAt: null,
  intervalDays: 14,
  incidents: [],
  endedAt: null,
  now: at('2026-11-01T12:00:00Z'),
  ...over,
});

describe('reassessmentDue', () => {
  it('makes the initial assessment due from the start, overdue the next day', () => {
    expect(reassessmentDue(facts({}))).toEqual({
      dueOn: '2026-11-01',
      reason: 'initial',
      incidentId: null,
      state: 'due',
    });
    expect(reassessmentDue(facts({ now: at('2026-11-02T08:00:00Z') }))?.state).toBe('overdue');
  });

  it('counts the interval in Oslo days from the day of the latest assessment', () => {
    const due = reassessmentDue(
      facts({ lastAssessedAt: at('2026-11-02T09:00:00Z'), now: at('2026-11-10T09:00:00Z') }),
    );
    expect(due).toEqual({ dueOn: '2026-11-16', reason: 'interval', incidentId: null, state: 'ok' });
    expect(
      reassessmentDue(
        facts({ lastAssessedAt: at('2026-11-02T09:00:00Z'), now: at('2026-11-16T22:59:00Z') }),
      )?.state,
    ).toBe('due');
    // 00:00 on 17 November in Oslo is still 16 November in UTC: already overdue.
    expect(
      reassessmentDue(
        facts({ lastAssessedAt: at('2026-11-02T09:00:00Z'), now: at('2026-11-16T23:00:00Z') }),
      )?.state,
    ).toBe('overdue');
  });

  it('takes the Oslo date of a late-evening assessment, not the UTC date', () => {
    // 23:30 UTC on 14 January is 00:30 on 15 January in Oslo.
    expect(
      reassessmentDue(
        facts({ lastAssessedAt: at('2026-01-14T23:30:00Z'), now: at('2026-01-20T12:00:00Z') }),
      )?.dueOn,
    ).toBe('2026-01-29');
  });

  it('keeps calendar days across the spring-forward and fall-back changes', () => {
    // Assessed 00:30 Oslo on 29 March (CET → CEST at 02:00 that night).
    expect(
      reassessmentDue(
        facts({ lastAssessedAt: at('2026-03-28T23:30:00Z'), now: at('2026-04-01T12:00:00Z') }),
      )?.dueOn,
    ).toBe('2026-04-12');
    // Assessed 23:30 Oslo on 24 October (CEST); the clocks go back the next night.
    expect(
      reassessmentDue(
        facts({
          lastAssessedAt: at('2026-10-24T21:30:00Z'),
          intervalDays: 1,
          now: at('2026-10-25T22:59:00Z'),
        }),
      ),
    ).toMatchObject({ dueOn: '2026-10-25', state: 'due' });
    // 00:00 on 26 October in Oslo (CET) is 23:00 UTC on 25 October.
    expect(
      reassessmentDue(
        facts({
          lastAssessedAt: at('2026-10-24T21:30:00Z'),
          intervalDays: 1,
          now: at('2026-10-25T23:00:00Z'),
        }),
      )?.state,
    ).toBe('overdue');
  });

  it('runs over a year end and a leap day', () => {
    expect(
      reassessmentDue(
        facts({ lastAssessedAt: at('2026-12-24T10:00:00Z'), now: at('2026-12-31T10:00:00Z') }),
      )?.dueOn,
    ).toBe('2027-01-07');
    // 23:30 UTC on New Year's Eve is already 1 January in Oslo.
    expect(
      reassessmentDue(
        facts({ lastAssessedAt: at('2026-12-31T23:30:00Z'), now: at('2027-01-02T10:00:00Z') }),
      )?.dueOn,
    ).toBe('2027-01-15');
    expect(
      reassessmentDue(
        facts({
          lastAssessedAt: at('2028-02-20T10:00:00Z'),
          intervalDays: 14,
          now: at('2028-02-21T10:00:00Z'),
        }),
      )?.dueOn,
    ).toBe('2028-03-05');
  });

  it('makes a reassessment due at once after an incident reported since the latest assessment', () => {
    const due = reassessmentDue(
      facts({
        lastAssessedAt: at('2026-11-02T09:00:00Z'),
        incidents: [
          { id: 'before', reportedAt: at('2026-11-01T20:00:00Z') },
          { id: 'second', reportedAt: at('2026-11-05T20:00:00Z') },
          { id: 'first', reportedAt: at('2026-11-04T22:30:00Z') },
        ],
        now: at('2026-11-04T23:30:00Z'),
      }),
    );
    // Reported 23:30 Oslo on 4 November; it is now 00:30 on the 5th: overdue since yesterday.
    expect(due).toEqual({
      dueOn: '2026-11-04',
      reason: 'incident',
      incidentId: 'first',
      state: 'overdue',
    });
  });

  it('counts an incident by when it was reported, and a new assessment settles it', () => {
    const incidents = [{ id: 'i', reportedAt: at('2026-11-03T12:00:00Z') }];
    expect(
      reassessmentDue(
        facts({
          lastAssessedAt: at('2026-11-02T09:00:00Z'),
          incidents,
          now: at('2026-11-03T13:00:00Z'),
        }),
      ),
    ).toMatchObject({ reason: 'incident', state: 'due', dueOn: '2026-11-03' });
    expect(
      reassessmentDue(
        facts({
          lastAssessedAt: at('2026-11-03T14:00:00Z'),
          incidents,
          now: at('2026-11-03T15:00:00Z'),
        }),
      ),
    ).toMatchObject({ reason: 'interval', dueOn: '2026-11-17', state: 'ok' });
  });

  // Every reason a reassessment can be due, on a stay that has ended: nothing is due any more.
  it.each([
    ['the initial assessment, overdue', {}],
    ['the interval', { lastAssessedAt: at('2026-10-01T09:00:00Z') }],
    [
      'an incident',
      {
        lastAssessedAt: at('2026-10-30T09:00:00Z'),
        incidents: [{ id: 'i', reportedAt: at('2026-10-31T09:00:00Z') }],
      },
    ],
  ])('asks for no reassessment once the stay has ended: %s', (_, over) => {
    const base = facts({ ...over, now: at('2026-11-05T12:00:00Z') });
    expect(reassessmentDue(base)?.state).toBe('overdue');
    expect(reassessmentDue({ ...base, endedAt: at('2026-11-04T10:00:00Z') })).toBeNull();
    // Ended earlier today, the day the reassessment falls due.
    expect(reassessmentDue({ ...base, endedAt: at('2026-11-05T08:00:00Z') })).toBeNull();
  });

  it('still asks while the departure is only ahead', () => {
    const due = reassessmentDue(
      facts({ endedAt: at('2026-11-01T18:00:00Z'), now: at('2026-11-01T12:00:00Z') }),
    );
    expect(due).toMatchObject({ reason: 'initial', state: 'due' });
  });

  it('refuses an interval that is not a whole number of days', () => {
    expect(() => reassessmentDue(facts({ intervalDays: 0 }))).toThrow(RangeError);
    expect(() => reassessmentDue(facts({ intervalDays: 1.5 }))).toThrow(RangeError);
  });
});

describe('defaultThreatItems', () => {
  it('has unique keys and both languages for every item', () => {
    expect(new Set(defaultThreatItems.map((i) => i.key)).size).toBe(defaultThreatItems.length);
    for (const item of defaultThreatItems) {
      expect(item.nb.length).toBeGreaterThan(10);
      expect(item.en.length).toBeGreaterThan(10);
    }
  });
});
