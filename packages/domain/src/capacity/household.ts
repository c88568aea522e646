import { cotAgeLimit } from './fit.ts';
import type { ChildSex } from './types.ts';

/** A child's gender as a person record holds it (female, male, other, unknown), as a sex. */
export function childSexOf(gender: string): ChildSex {
  return gender === 'male' ? 'boy' : gender === 'female' ? 'girl' : 'unknown';
}

/**
 * Age in whole years on a calendar date (both `YYYY-MM-DD`): the birthday counts from its own
 * date; someone born on 29 February turns a year older on 1 March in other years.
 */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return Math.max(0, y - by - (hadBirthday ? 0 : 1));
}

/**
 * The age a child counts with when choosing beds: from the birth date when known, else the age
 * staff gave, else old enough for an ordinary bed — a bed fits every child, a cot does not.
 */
export function childAgeFor(
  birthDate: string | null,
  statedAge: number | undefined,
  date: string,
): number {
  if (birthDate !== null) return ageOn(birthDate, date);
  return statedAge ?? cotAgeLimit;
}

/**
 * How the board names an occupant: the alias when there is one, else the initials ("K.N.") —
 * never a full name. '?' when the record holds neither.
 */
export function occupantLabel(person: {
  alias: string | null;
  firstName: string | null;
  lastName: string | null;
}): string {
  const alias = person.alias?.trim();
  if (alias) return alias;
  const initials = [person.firstName, person.lastName]
    .map((name) => name?.trim().charAt(0).toLocaleUpperCase('nb-NO') ?? '')
    .filter((letter) => letter !== '')
    .map((letter) => `${letter}.`)
    .join('');
  return initials || '?';
}
