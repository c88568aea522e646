import { describe, expect, it } from 'vitest';
import { correctionProblems, intervalsOverlap } from './corrections.ts';
import {
  departureDestinations,
  departureProblems,
  departureReasons,
  returnsToPerpetrator,
  type DepartureFacts,
} from './departures.ts';

const facts = (over: Partial<DepartureFacts> = {}): DepartureFacts => ({
  destination: 'transition_apartment',
  reason: 'planned',
  policeInvolved: null,
  withoutNotice: null,
  children: [],
  ...over,
});
const codes = (f: DepartureFacts, children: string[] = []) =>
  departureProblems(f, children).map((p) => p.code);

describe('departure categories', () => {
  it('match the national statistics: eleven destinations, five reasons', () => {
    expect(departureDestinations).toHaveLength(11);
    expect(departureReasons).toEqual([
      'planned',
      'chose_to_leave',
      'moved_for_safety',
      'excluded_rule_breach',
      'other',
    ]);
  });
  it('count a return to the perpetrator, with or without moving home', () => {
    expect(departureDestinations.filter(returnsToPerpetrator)).toEqual([
      'own_home_with_perpetrator',
      'back_to_perpetrator',
    ]);
  });
});

describe('departureProblems', () => {
  it('accepts a planned departure of a household with every child stated once', () => {
    const children = [
      { personId: 'c1', destination: 'transition_apartment', reason: 'planned' },
      { personId: 'c2', destination: 'family_or_friends', reason: 'planned' },
    ] as const;
    expect(codes(facts({ children: [...children] }), ['c1', 'c2'])).toEqual([]);
  });
  it('wants each child of the stay exactly once, and no one else', () => {
    const child = (personId: string) =>
      ({ personId, destination: 'unknown', reason: 'other' }) as const;
    expect(codes(facts({ children: [child('c1')] }), ['c1', 'c2'])).toEqual(['child_missing']);
    expect(codes(facts({ children: [child('c1'), child('c1')] }), ['c1'])).toEqual([
      'duplicate_child',
    ]);
    expect(codes(facts({ children: [child('x')] }), [])).toEqual(['not_in_stay']);
  });
  it('requires the police involvement on record for a move for safety or to another centre', () => {
    expect(codes(facts({ reason: 'moved_for_safety' }))).toEqual(['police_involvement_required']);
    expect(codes(facts({ destination: 'another_crisis_centre' }))).toEqual([
      'police_involvement_required',
    ]);
    expect(codes(facts({ destination: 'another_crisis_centre', policeInvolved: false }))).toEqual(
      [],
    );
    const child = { personId: 'c1', destination: 'another_crisis_centre', reason: 'planned' };
    expect(codes(facts({ children: [child as never] }), ['c1'])).toEqual([
      'police_involvement_required',
    ]);
  });
  it('requires a safety follow-up for a leave without notice', () => {
    const withoutNotice = { policeNotified: true, contactsTried: '  ' };
    expect(codes(facts({ reason: 'chose_to_leave', withoutNotice }))).toEqual([
      'follow_up_required',
    ]);
    expect(
      codes(
        facts({
          reason: 'chose_to_leave',
          withoutNotice: { policeNotified: false, contactsTried: 'Ringte mobilen to ganger' },
        }),
      ),
    ).toEqual([]);
  });
});

describe('corrections', () => {
  const at = (s: string) => new Date(s);
  const base = {
    arrival: at('2026-03-01T12:00:00Z'),
    departure: at('2026-03-10T12:00:00Z'),
    reason: 'Feil dato registrert ved avreise',
    firstMove: null,
    lastMove: null,
    now: at('2026-03-20T12:00:00Z'),
  };
  it('accepts sound times with a reason of at least 15 characters', () => {
    expect(correctionProblems(base)).toEqual([]);
    expect(correctionProblems({ ...base, reason: 'for kort' }).map((p) => p.code)).toEqual([
      'reason_too_short',
    ]);
  });
  it('refuses a departure before the arrival, times in the future, and moves left outside', () => {
    const codesOf = (over: object) => correctionProblems({ ...base, ...over }).map((p) => p.code);
    expect(codesOf({ departure: at('2026-02-28T12:00:00Z') })).toEqual(['before_arrival']);
    expect(codesOf({ departure: at('2026-03-21T12:00:00Z') })).toEqual(['in_future']);
    expect(codesOf({ firstMove: at('2026-02-27T00:00:00Z') })).toEqual(['after_move']);
    expect(codesOf({ lastMove: at('2026-03-11T00:00:00Z') })).toEqual(['before_move']);
  });
  it('lets one stretch start as another ends, and treats an open stretch as endless', () => {
    const a = { from: at('2026-03-01T00:00:00Z'), until: at('2026-03-05T00:00:00Z') };
    expect(intervalsOverlap(a, { from: at('2026-03-05T00:00:00Z'), until: null })).toBe(false);
    expect(intervalsOverlap(a, { from: at('2026-03-04T23:00:00Z'), until: null })).toBe(true);
    expect(intervalsOverlap({ from: at('2026-01-01T00:00:00Z'), until: null }, a)).toBe(true);
  });
});
