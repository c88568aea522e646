import { describe, expect, it } from 'vitest';
import { ageOn, childAgeFor, childSexOf, occupantLabel } from './household.ts';

describe('ageOn', () => {
  it.each([
    ['2020-05-10', '2026-05-09', 5],
    ['2020-05-10', '2026-05-10', 6],
    ['2020-02-29', '2025-02-28', 4],
    ['2020-02-29', '2025-03-01', 5],
    ['2026-01-01', '2026-01-01', 0],
    ['2026-06-01', '2026-01-01', 0],
  ])('born %s is on %s %i years old', (birth, date, age) => {
    expect(ageOn(birth, date)).toBe(age);
  });
});

describe('childSexOf', () => {
  it.each([
    ['male', 'boy'],
    ['female', 'girl'],
    ['other', 'unknown'],
    ['unknown', 'unknown'],
  ])('a child recorded as %s is a %s', (gender, sex) => {
    expect(childSexOf(gender)).toBe(sex);
  });
});

describe('childAgeFor', () => {
  it('prefers the birth date, then the stated age, else an age that needs an ordinary bed', () => {
    expect(childAgeFor('2025-01-01', 9, '2026-01-02')).toBe(1);
    expect(childAgeFor(null, 1, '2026-01-02')).toBe(1);
    expect(childAgeFor(null, undefined, '2026-01-02')).toBe(3);
  });
});

describe('occupantLabel', () => {
  it('shows the alias, else initials, never the full name', () => {
    expect(occupantLabel({ alias: ' Stjerne ', firstName: 'Kari', lastName: 'Nordmann' })).toBe(
      'Stjerne',
    );
    expect(occupantLabel({ alias: null, firstName: 'kari', lastName: 'Nordmann' })).toBe('K.N.');
    expect(occupantLabel({ alias: '', firstName: 'Åse', lastName: null })).toBe('Å.');
    expect(occupantLabel({ alias: null, firstName: null, lastName: null })).toBe('?');
  });
});
