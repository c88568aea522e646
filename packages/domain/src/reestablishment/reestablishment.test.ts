import { describe, expect, it } from 'vitest';
import {
  contactDateProblems,
  housingProblems,
  reestablishmentPeriod,
  reestablishmentYear,
  type ReestablishmentCaseFact,
  type ReestablishmentContactFact,
} from './reestablishment.ts';

const cases: ReestablishmentCaseFact[] = [
  // Runs over the year end: new in 2026, ended in 2027, active in both.
  { id: 'over', startedOn: '2026-11-15', endedOn: '2027-01-20' },
  // Ended on the last day of 2025: active and ended in 2025 only.
  { id: 'old', startedOn: '2025-06-01', endedOn: '2025-12-31' },
  // Started on the first day of 2027 and still open.
  { id: 'new', startedOn: '2027-01-01', endedOn: null },
  // Open since 2025: active every year after.
  { id: 'long', startedOn: '2025-03-01', endedOn: null },
];
const contacts: ReestablishmentContactFact[] = [
  { caseId: 'over', date: '2026-12-31', kind: 'visit' },
  { caseId: 'over', date: '2027-01-01', kind: 'call' },
  { caseId: 'new', date: '2027-01-01', kind: 'accompanying' },
  { caseId: 'long', date: '2026-02-28', kind: 'meeting' },
  { caseId: 'old', date: '2025-12-31', kind: 'call' },
];

describe('reestablishmentPeriod', () => {
  it('counts cases active, new and ended, and contacts by kind, per year across year ends', () => {
    expect(reestablishmentYear(cases, contacts, 2025)).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      active: 2,
      new: 2,
      ended: 1,
      contacts: 1,
      byKind: { visit: 0, call: 1, accompanying: 0, meeting: 0 },
    });
    expect(reestablishmentYear(cases, contacts, 2026)).toMatchObject({
      active: 2,
      new: 1,
      ended: 0,
      contacts: 2,
      byKind: { visit: 1, call: 0, accompanying: 0, meeting: 1 },
    });
    expect(reestablishmentYear(cases, contacts, 2027)).toMatchObject({
      active: 3,
      new: 1,
      ended: 1,
      contacts: 2,
      byKind: { visit: 0, call: 1, accompanying: 1, meeting: 0 },
    });
  });

  it('counts any period, both ends included, a leap day too', () => {
    const leap = [{ id: 'x', startedOn: '2028-02-29', endedOn: '2028-02-29' }];
    expect(reestablishmentPeriod(leap, [], { from: '2028-02-29', to: '2028-02-29' })).toMatchObject(
      { active: 1, new: 1, ended: 1 },
    );
    expect(reestablishmentPeriod(leap, [], { from: '2028-03-01', to: '2028-03-31' })).toMatchObject(
      { active: 0, new: 0, ended: 0 },
    );
  });

  it('refuses malformed or reversed periods', () => {
    expect(() => reestablishmentPeriod([], [], { from: '2026-1-01', to: '2026-12-31' })).toThrow(
      RangeError,
    );
    expect(() => reestablishmentPeriod([], [], { from: '2026-12-31', to: '2026-01-01' })).toThrow(
      RangeError,
    );
  });
});

describe('housingProblems', () => {
  it('asks for the transition stay in a transition apartment and the municipality of a permanent home', () => {
    const none = { housingStayId: null, municipalityNumber: null };
    expect(housingProblems({ housing: 'transition_apartment', ...none })).toEqual([
      'transition_needs_stay',
    ]);
    expect(housingProblems({ housing: 'permanent_home', ...none })).toEqual([
      'permanent_needs_municipality',
    ]);
    expect(
      housingProblems({
        housing: 'permanent_home',
        housingStayId: null,
        municipalityNumber: '4601',
      }),
    ).toEqual([]);
  });
});

describe('contactDateProblems', () => {
  it('keeps a contact within the case and not in the future', () => {
    const c = { startedOn: '2026-12-01', endedOn: '2027-01-10' };
    expect(contactDateProblems('2026-12-31', c, '2027-02-01')).toEqual([]);
    expect(contactDateProblems('2026-11-30', c, '2027-02-01')).toEqual(['before_start']);
    expect(contactDateProblems('2027-01-11', c, '2027-01-11')).toEqual(['after_end']);
    expect(contactDateProblems('2027-01-02', { ...c, endedOn: null }, '2027-01-01')).toEqual([
      'in_future',
    ]);
  });
});
