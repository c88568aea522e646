/**
 * Possible duplicates of a person being registered: the same national id, or a similar name with
 * the same birth date. Suggestions only — a person decides, and a unit leader merges.
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

export type DuplicateReason = 'same_national_id' | 'similar_name_and_birth_date';
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
    }
  }
  return found.sort((a, b) =>
    a.reason === b.reason ? 0 : a.reason === 'same_national_id' ? -1 : 1,
  );
}
