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
  nationalIdHint: string | null;
  gender: Gender;
  languages: string[];
  interpreterNeeded: boolean;
  homeMunicipality: { number: string; name: string } | null;
  addressProtection: AddressProtection;
  address: Address | null;
  addressHidden: boolean;
  contact: PersonContact | null;
  accessibilityNotes: string | null;
  children: NamedPerson[];
  adults: NamedPerson[];
  mergedInto: string | null;
  version: number;
}

export interface Duplicate {
  id: string;
  displayName: string;
  birthDate: string | null;
  reason: 'same_national_id' | 'similar_name_and_birth_date';
}

export type CreatePersonResult =
  { created: true; id: string; version: number } | { created: false; duplicates: Duplicate[] };

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
  get: (id: string, signal?: AbortSignal) =>
    getJson<PersonView>(personPath(id), signal ? { signal } : {}),
};

export function usePerson(id: string) {
  return useQuery({ queryKey: personKey(id), queryFn: ({ signal }) => peopleApi.get(id, signal) });
}

/** The shortest search the server takes. */
export const minSearchLength = 2;

/**
 * People found by name or alias. By POST, so that names never appear in a URL; the text lives
 * only in memory (the query cache, emptied at logout). Waits for at least two letters.
 */
export function usePeopleSearch(text: string) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: ['people', 'search', trimmed],
    queryFn: () =>
      sendJson<{ items: SearchHit[] }>('POST', '/api/people/search', { text: trimmed }).then(
        (r) => r.items,
      ),
    enabled: trimmed.length >= minSearchLength,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
