import { describe, expect, it } from 'vitest';
import { duplicateSuggestions, editDistance, type PersonKey } from './duplicates.ts';
import { checkNationalId, nationalIdConfirmExhausted } from './national-id.ts';

/** Builds a number with correct check digits (mod 11), the way the registry does, or null if none exists. */
function withCheckDigits(nine: string): string | null {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const control = (digits: string, weights: number[]) => {
    const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
    const k = 11 - (sum % 11);
    return k === 11 ? 0 : k;
  };
  const k1 = control(nine, w1);
  if (k1 === 10) return null;
  const k2 = control(nine + k1, w2);
  if (k2 === 10) return null;
  return `${nine}${k1}${k2}`;
}

/** The first individual number from `start` that gives valid check digits. */
function validNumber(ddmmyy: string, start: number): string {
  for (let individual = start; individual < start + 100; individual += 1) {
    const found = withCheckDigits(`${ddmmyy}${String(individual).padStart(3, '0')}`);
    if (found) return found;
  }
  throw new Error('no valid number');
}

describe('checkNationalId', () => {
  it('accepts a birth number and reads the birth date, with the century from the individual number', () => {
    expect(checkNationalId(validNumber('150385', 100))).toEqual({
      valid: true,
      kind: 'fnr',
      birthDate: '1985-03-15',
    });
    expect(checkNationalId(validNumber('010110', 500))).toEqual({
      valid: true,
      kind: 'fnr',
      birthDate: '2010-01-01',
    });
  });

  it('accepts spaces and dots as people write it', () => {
    const n = validNumber('150385', 100);
    expect(checkNationalId(`${n.slice(0, 6)} ${n.slice(6)}`).valid).toBe(true);
  });

  it('accepts a D-number (first digit + 4)', () => {
    expect(checkNationalId(validNumber('550385', 100))).toEqual({
      valid: true,
      kind: 'dnr',
      birthDate: '1985-03-15',
    });
  });

  it('accepts synthetic test numbers (month + 80) and H-numbers (month + 40)', () => {
    expect(checkNationalId(validNumber('158385', 100))).toEqual({
      valid: true,
      kind: 'synthetic',
      birthDate: '1985-03-15',
    });
    expect(checkNationalId(validNumber('154385', 100))).toEqual({
      valid: true,
      kind: 'hnr',
      birthDate: '1985-03-15',
    });
  });

  it('refuses a wrong check digit, a wrong length and letters', () => {
    const n = validNumber('150385', 100);
    const wrong = `${n.slice(0, 10)}${(Number(n[10]) + 1) % 10}`;
    expect(checkNationalId(wrong)).toEqual({ valid: false, reason: 'check_digits' });
    expect(checkNationalId('1503851234')).toEqual({ valid: false, reason: 'format' });
    expect(checkNationalId('15038512a45')).toEqual({ valid: false, reason: 'format' });
  });

  it('refuses an impossible date', () => {
    expect(checkNationalId(validNumber('310285', 100))).toMatchObject({ valid: false });
  });
});

describe('duplicateSuggestions', () => {
  const existing: PersonKey[] = [
    {
      id: 'a',
      firstName: 'Mohammed',
      lastName: 'Ali',
      alias: null,
      birthDate: '1990-05-01',
      nationalIdHash: null,
    },
    {
      id: 'b',
      firstName: 'Kari',
      lastName: 'Nordmann',
      alias: null,
      birthDate: '1985-03-15',
      nationalIdHash: 'h1',
    },
    {
      id: 'c',
      firstName: null,
      lastName: null,
      alias: 'Stjerne',
      birthDate: null,
      nationalIdHash: null,
    },
  ];

  it('finds the same national id whatever the name', () => {
    expect(
      duplicateSuggestions(
        { firstName: 'K', lastName: null, alias: null, birthDate: null, nationalIdHash: 'h1' },
        existing,
      ),
    ).toEqual([{ id: 'b', reason: 'same_national_id' }]);
  });

  it('finds a similarly spelled name with the same birth date', () => {
    expect(
      duplicateSuggestions(
        {
          firstName: 'Muhammed',
          lastName: 'Ali',
          alias: null,
          birthDate: '1990-05-01',
          nationalIdHash: null,
        },
        existing,
      ),
    ).toEqual([{ id: 'a', reason: 'similar_name_and_birth_date' }]);
  });

  it('does not suggest a similar name with another birth date, or an alias alone', () => {
    expect(
      duplicateSuggestions(
        {
          firstName: 'Mohammed',
          lastName: 'Ali',
          alias: null,
          birthDate: '1991-05-01',
          nationalIdHash: null,
        },
        existing,
      ),
    ).toEqual([]);
    expect(
      duplicateSuggestions(
        {
          firstName: null,
          lastName: null,
          alias: 'Stjerne',
          birthDate: null,
          nationalIdHash: null,
        },
        existing,
      ),
    ).toEqual([]);
  });

  it('recognises the same full name without a birth date, never a first name or an alias alone', () => {
    const key = (firstName: string | null, lastName: string | null = null) => ({
      firstName,
      lastName,
      alias: null,
      birthDate: null,
      nationalIdHash: null,
    });
    // A search types the whole name in one field.
    expect(duplicateSuggestions(key('Kari Nordmann'), existing)).toEqual([
      { id: 'b', reason: 'same_full_name' },
    ]);
    expect(duplicateSuggestions(key('Kari', 'Nordmann'), existing)).toEqual([
      { id: 'b', reason: 'same_full_name' },
    ]);
    expect(duplicateSuggestions(key('Kari'), existing)).toEqual([]);
    expect(duplicateSuggestions(key('Ka'), existing)).toEqual([]);
    expect(duplicateSuggestions(key('Stjerne'), existing)).toEqual([]);
  });

  it('measures edit distance', () => {
    expect(editDistance('kristin', 'kirstin')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('nationalIdConfirmExhausted', () => {
  it.each([
    [{ onRecord: 0, byStaff: 0 }, false],
    [{ onRecord: 4, byStaff: 19 }, false],
    [{ onRecord: 5, byStaff: 0 }, true],
    [{ onRecord: 0, byStaff: 20 }, true],
  ])('%o → %s', (attempts, exhausted) => {
    expect(nationalIdConfirmExhausted(attempts)).toBe(exhausted);
  });
});
