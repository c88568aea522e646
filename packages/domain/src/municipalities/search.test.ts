import { describe, expect, it } from 'vitest';
import {
  municipalityLabel,
  resolveMunicipality,
  searchMunicipalities,
  type RegisterMunicipality,
} from './search.ts';

const register: RegisterMunicipality[] = [
  { number: '4601', name: 'Bergen', officialName: 'Bergen' },
  { number: '4624', name: 'Bjørnafjorden', officialName: 'Bjørnafjorden' },
  { number: '4631', name: 'Alver', officialName: 'Alver' },
  { number: '0301', name: 'Oslo', officialName: 'Oslo - Oslove' },
  { number: '5610', name: 'Karasjok', officialName: 'Kárášjohka - Karasjok' },
  { number: '1515', name: 'Herøy', countyName: 'Møre og Romsdal' },
  { number: '1818', name: 'Herøy', countyName: 'Nordland' },
  { number: '3419', name: 'Våler' },
  { number: '3018', name: 'Våler' },
  { number: '5001', name: 'Trondheim' },
];
const numbers = (found: RegisterMunicipality[]) => found.map((m) => m.number);

describe('searchMunicipalities', () => {
  it.each([
    ['', []],
    ['  ', []],
    ['4601', ['4601']],
    ['46', ['4601', '4624', '4631']],
    ['Bergen', ['4601']],
    ['berg', ['4601']],
    ['b', ['4601', '4624']],
    // Names that only contain the text come after those that start with it.
    ['o', ['0301', '4624', '5610', '5001']],
    ['Kárášjohka', ['5610']],
    ['oslove', ['0301']],
    ['Herøy', ['1515', '1818']],
    ['Bergen (4601)', ['4601']],
    ['Bergenx', []],
    ['9999', []],
  ])('«%s» → %j', (text, expected) => {
    expect(numbers(searchMunicipalities(register, text))).toEqual(expected);
  });

  it('gives no more than asked for', () => {
    expect(searchMunicipalities(register, 'e', 2)).toHaveLength(2);
  });
});

describe('resolveMunicipality', () => {
  it.each([
    ['', 'empty', []],
    ['4601', 'found', ['4601']],
    [' bergen ', 'found', ['4601']],
    ['BERGEN', 'found', ['4601']],
    ['Bergen (4601)', 'found', ['4601']],
    ['Kárášjohka', 'found', ['5610']],
    ['Herøy', 'ambiguous', ['1515', '1818']],
    ['Herøy (1818)', 'found', ['1818']],
    ['Berg', 'unknown', []],
    ['9999', 'unknown', []],
    ['46011', 'unknown', []],
    ['Bergen (9999)', 'unknown', []],
  ])('«%s» is %s', (text, kind, expected) => {
    const match = resolveMunicipality(register, text);
    expect(match.kind).toBe(kind);
    const found =
      match.kind === 'found'
        ? [match.municipality]
        : match.kind === 'ambiguous'
          ? match.candidates
          : [];
    expect(numbers(found)).toEqual(expected);
  });

  it('reads back the label it gives', () => {
    const bergen = register[0]!;
    expect(resolveMunicipality(register, municipalityLabel(bergen))).toEqual({
      kind: 'found',
      municipality: bergen,
    });
  });
});
