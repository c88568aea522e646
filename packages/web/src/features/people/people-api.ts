import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getJson, sendJson } from '../../api/client.ts';

/** As the server's people schema (packages/server/src/modules/people/schema.ts). */
export const genders = ['female', 'male', 'other', 'unknown'] as const;
export type Gender = (typeof genders)[number];
export const protections = ['none', 'confidential', 'strictly_confidential'] as const;
export type AddressProtection = (typeof protections)[number];

export interface Address {
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
}
export interface PersonContact {
  phone?: string | null;
  email?: string | null;
  safeUse?: string | null;
}

/** What may be written about a person; only an alias or a first name is required. */
export interface PersonFields {
  isChild: boolean;
  alias: string | null;
  firstName: string | null;
  lastName: string | null;
  birthDate: string | null;
  nationalId: string | null;
  gender: Gender;
  languages: string[];
  interpreterNeeded: boolean;
  homeMunicipalityNumber: string | null;
  addressProtection: AddressProtection;
  address: Address | null;
  contact: PersonContact | null;
  accessibilityNotes: string | null;
}

export interface NamedPerson {
  id: string;
  displayName: string;
}

/** `GET /api/people/:id`: the person as this user may see them. */
export interface PersonView {
  id: string;
  isChild: boolean;
  displayName: string;
  alias: string | null;
  firstName: string | null;
  lastName: string | null;
  birthDate: string | null;
  /** Only whether one is registered: no digit is ever shown; staff confirm it by typing it. */
  nationalIdRegistered: boolean;
  gender: Gender;
  languages: string[];
  interpreterNeeded: boolean;
  homeMunicipality: { number: string; name: string } | null;
  addressProtection: AddressProtection;
  address: Address | null;
  addressHidden: boolean;
  contact: PersonContact | null;
  /** Phone, e-mail and safe contact follow the address protection. */
  contactHidden: boolean;
  accessibilityNotes: string | null;
  children: NamedPerson[];
  adults: NamedPerson[];
  mergedInto: string | null;
  version: number;
}

export type MatchReason = 'same_national_id' | 'similar_name_and_birth_date' | 'same_full_name';

export interface Duplicate {
  id: string;
  displayName: string;
  birthDate: string | null;
  reason: MatchReason;
}

/**
 * A record a match recognised that this user may not open: only that it exists, and a sealed
 * reference an intake may link to.
 */
export interface EarlierRecord {
  ref: string;
  reason: MatchReason;
}

export type CreatePersonResult =
  | { created: true; id: string; version: number }
  | { created: false; duplicates: Duplicate[]; earlierRecords: EarlierRecord[] };

export interface SearchResult {
  items: SearchHit[];
  earlierRecords: EarlierRecord[];
}

export interface SearchHit {
  id: string;
  displayName: string;
  birthDate: string | null;
  isChild: boolean;
}

/** How a child is linked to an adult (`person_relations.relation`). */
export const childRelations = ['parent', 'step_parent', 'guardian', 'other'] as const;
export type ChildRelation = (typeof childRelations)[number];

export const peopleKey = ['people'] as const;
export const personKey = (id: string) => ['people', 'person', id] as const;

const personPath = (id: string) => `/api/people/${encodeURIComponent(id)}`;

export const peopleApi = {
  create: (body: Partial<PersonFields> & { adultIds?: string[]; confirmNotDuplicate?: boolean }) =>
    sendJson<CreatePersonResult>('POST', '/api/people', body),
  update: (id: string, body: Partial<PersonFields> & { version: number }) =>
    sendJson<{ version: number }>('PATCH', personPath(id), body),
  linkChild: (adultId: string, body: { childId: string; relation: ChildRelation }) =>
    sendJson<{ id: string }>('POST', `${personPath(adultId)}/children`, body),
  merge: (body: { keepId: string; mergeId: string; version: number; mergeVersion: number }) =>
    sendJson<{ version: number }>('POST', '/api/people/merge', body),
  confirmNationalId: (id: string, nationalId: string) =>
    sendJson<{ matches: boolean }>('POST', `${personPath(id)}/national-id/confirm`, { nationalId }),
  /** A search that may recognise an earlier record: with the birth date or the national id. */
  recognise: (body: { text: string; birthDate?: string; nationalId?: string }) =>
    sendJson<SearchResult>('POST', '/api/people/search', body),
  get: (id: string, signal?: AbortSignal) =>
    getJson<PersonView>(personPath(id), signal ? { signal } : {}),
};

export function usePerson(id: string) {
  return useQuery({ queryKey: personKey(id), queryFn: ({ signal }) => peopleApi.get(id, signal) });
}

/** The shortest search the server takes. */
export const minSearchLength = 2;

/**
 * People found by name or alias — the ones this user may open — and whether an earlier record
 * she may not open matches the full name. By POST, so that names never appear in a URL; the text
 * lives only in memory (the query cache, emptied at logout). Waits for at least two letters.
 */
export function usePeopleSearchResult(text: string) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: ['people', 'search', trimmed],
    queryFn: () => sendJson<SearchResult>('POST', '/api/people/search', { text: trimmed }),
    enabled: trimmed.length >= minSearchLength,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

/** The hits of `usePeopleSearchResult` alone. */
export function usePeopleSearch(text: string) {
  const result = usePeopleSearchResult(text);
  return { ...result, data: result.data?.items };
}
