/**
 * Possible duplicates of a person being registered — or the earlier records a search at a first
 * contact recognises: the same national id, a similar name with the same birth date, or the same
 * full name of someone registered with first and last name. Suggestions only — a person decides,
 * and a unit leader merges.
 */
export interface PersonKey {
  id: string;
  firstName: string | null;
  lastName: string | null;
  alias: string | null;
  birthDate: string | null;
  /** A keyed hash of the national id, never the number itself. */
  nationalIdHash: string | null;
}

export type DuplicateReason = 'same_national_id' | 'similar_name_and_birth_date' | 'same_full_name';
export interface DuplicateSuggestion {
  id: string;
  reason: DuplicateReason;
}

/** Lowercase, without accents other than æ, ø, å, without spaces and dashes. */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[éèêë]/g, 'e')
    .replace(/[áàâä]/g, 'a')
    .replace(/[óòôö]/g, 'ø')
    .replace(/[üúùû]/g, 'u')
    .replace(/[^a-zæøå0-9]/g, '');
}

/** Edit distance, for names typed in a hurry ("Mohammed" / "Muhammed", "Kristin" / "Kirstin"). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

const fullName = (p: PersonKey) =>
  normalizeName(`${p.firstName ?? ''}${p.lastName ?? ''}`) || normalizeName(p.alias ?? '');

function similarNames(a: PersonKey, b: PersonKey): boolean {
  const x = fullName(a);
  const y = fullName(b);
  if (x.length < 2 || y.length < 2) return false;
  const first = (p: PersonKey) => normalizeName(p.firstName ?? '');
  if (first(a).length >= 2 && first(a) === first(b)) return true;
  return editDistance(x, y) <= Math.max(1, Math.floor(Math.min(x.length, y.length) / 5));
}

/**
 * The same first and last name, unless the birth dates tell two people apart. A first name alone,
 * or an alias, is too common to recognise anyone by.
 */
function sameFullName(a: PersonKey, b: PersonKey): boolean {
  if (!normalizeName(b.firstName ?? '') || !normalizeName(b.lastName ?? '')) return false;
  if (a.birthDate !== null && b.birthDate !== null && a.birthDate !== b.birthDate) return false;
  return fullName(a) === fullName(b);
}

export function duplicateSuggestions(
  candidate: Omit<PersonKey, 'id'>,
  existing: readonly PersonKey[],
): DuplicateSuggestion[] {
  const found: DuplicateSuggestion[] = [];
  for (const other of existing) {
    if (candidate.nationalIdHash !== null && candidate.nationalIdHash === other.nationalIdHash) {
      found.push({ id: other.id, reason: 'same_national_id' });
    } else if (
      candidate.birthDate !== null &&
      candidate.birthDate === other.birthDate &&
      similarNames({ ...candidate, id: '' }, other)
    ) {
      found.push({ id: other.id, reason: 'similar_name_and_birth_date' });
    } else if (sameFullName({ ...candidate, id: '' }, other)) {
      found.push({ id: other.id, reason: 'same_full_name' });
    }
  }
  const rank: Record<DuplicateReason, number> = {
    same_national_id: 0,
    similar_name_and_birth_date: 1,
    same_full_name: 2,
  };
  return found.sort((a, b) => rank[a.reason] - rank[b.reason]);
}
