import { describe, expect, it } from 'vitest';
import { appointmentProblems, dayServiceYear } from './day-service.ts';

describe('dayServiceYear', () => {
  it('counts a day user once a year and every visit, home visits and accompanying included', () => {
    const visits = [
      { personId: 'a', date: '2025-12-30', kind: 'conversation' as const },
      { personId: 'a', date: '2026-01-05', kind: 'conversation' as const },
      { personId: 'a', date: '2026-02-01', kind: 'accompanying' as const },
      { personId: 'b', date: '2026-03-01', kind: 'home_visit' as const },
    ];
    expect(dayServiceYear(visits, 2026)).toEqual({
      year: 2026,
      dayUsers: 2,
      dayVisits: 3,
      byKind: { conversation: 1, home_visit: 1, accompanying: 1 },
    });
    expect(dayServiceYear(visits, 2025).dayUsers).toBe(1);
  });
});

describe('appointmentProblems', () => {
  const base = {
    startsAt: new Date('2026-11-24T09:00:00Z'),
    endsAt: new Date('2026-11-24T10:00:00Z'),
    place: 'nav' as const,
    staffCount: 1,
    transport: 'taxi_agreement' as const,
    withoutStaffConfirmed: false,
  };

  it('accepts a meeting at NAV with a staff member and a taxi on the agreement', () => {
    expect(appointmentProblems(base)).toEqual([]);
  });

  it('refuses an end before the start, and a meeting outside with nobody going unless confirmed', () => {
    expect(appointmentProblems({ ...base, endsAt: base.startsAt })).toEqual(['ends_before_start']);
    expect(appointmentProblems({ ...base, staffCount: 0 })).toEqual(['outside_needs_staff']);
    expect(appointmentProblems({ ...base, staffCount: 0, withoutStaffConfirmed: true })).toEqual(
      [],
    );
  });

  it('arranges no transport for a conversation at the centre', () => {
    expect(appointmentProblems({ ...base, place: 'centre' })).toEqual(['transport_needs_outside']);
  });
});
