import { municipalityNumberPattern } from './number.ts';

/** A municipality of the public register, as a search field offers it. */
export interface RegisterMunicipality {
  number: string;
  name: string;
  /** The official name, with its Sami or Kven form where it has one («Kárášjohka - Karasjok»). */
  officialName?: string;
  countyName?: string;
}

/** What a typed home municipality is, held against the register. */
export type MunicipalityMatch =
  | { kind: 'empty' }
  | { kind: 'found'; municipality: RegisterMunicipality }
  /** A name two municipalities share (Herøy, Våler): one must be picked. */
  | { kind: 'ambiguous'; candidates: RegisterMunicipality[] }
  | { kind: 'unknown' };

const fold = (text: string) => text.trim().toLocaleLowerCase('nb').replace(/\s+/g, ' ');
const names = (m: RegisterMunicipality) =>
  [m.name, ...(m.officialName ? m.officialName.split(' - ') : [])].map(fold);
/** «Bergen (4601)»: the number a picked label carries. */
const labelled = /\((\d{4})\)$/;

/** How a picked municipality shows in the field: «Bergen (4601)». */
export const municipalityLabel = (m: Pick<RegisterMunicipality, 'name' | 'number'>) =>
  `${m.name} (${m.number})`;

/**
 * The municipalities a typed text may mean, best first: by number when digits are typed
 * («46» → the 46xx), else by name — those that start with the text before those that only
 * contain it, each by name. Nothing for an empty text.
 */
export function searchMunicipalities(
  register: readonly RegisterMunicipality[],
  text: string,
  limit = 20,
): RegisterMunicipality[] {
  const query = fold(text);
  if (query === '') return [];
  const number = labelled.exec(query)?.[1];
  if (number) return register.filter((m) => m.number === number);
  if (/^\d+$/.test(query))
    return register
      .filter((m) => m.number.startsWith(query))
      .sort((a, b) => a.number.localeCompare(b.number))
      .slice(0, limit);
  const rank = (m: RegisterMunicipality) =>
    names(m).some((n) => n.startsWith(query)) ? 0 : names(m).some((n) => n.includes(query)) ? 1 : 2;
  return register
    .map((m) => ({ m, rank: rank(m) }))
    .filter((x) => x.rank < 2)
    .sort((a, b) => a.rank - b.rank || a.m.name.localeCompare(b.m.name, 'nb'))
    .slice(0, limit)
    .map((x) => x.m);
}

/**
 * The one municipality a typed text names: its number, its label, or its name (also its Sami
 * form) in any case. A name two municipalities share is ambiguous; anything else unknown.
 */
export function resolveMunicipality(
  register: readonly RegisterMunicipality[],
  text: string,
): MunicipalityMatch {
  const query = fold(text);
  if (query === '') return { kind: 'empty' };
  const number =
    labelled.exec(query)?.[1] ?? (municipalityNumberPattern.test(query) ? query : null);
  const candidates =
    number !== null
      ? register.filter((m) => m.number === number)
      : register.filter((m) => names(m).includes(query));
  if (candidates.length === 1) return { kind: 'found', municipality: candidates[0]! };
  return candidates.length > 1 ? { kind: 'ambiguous', candidates } : { kind: 'unknown' };
}
