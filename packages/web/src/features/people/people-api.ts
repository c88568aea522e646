import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';

type PersonBody = RequestBody<'/api/people', 'post'>;
/** What may be written about a person; only an alias or a first name is required. */
export type PersonFields = Required<Omit<PersonBody, 'adultIds' | 'confirmNotDuplicate'>>;
export type Address = NonNullable<PersonFields['address']>;
export type PersonContact = NonNullable<PersonFields['contact']>;

/** `GET /api/people/:id`: the person as this user may see them. */
export type PersonView = Reply<'/api/people/{id}', 'get'>;
export type NamedPerson = PersonView['children'][number];

export type CreatePersonResult = Reply<'/api/people', 'post'>;
export type Duplicate = Extract<CreatePersonResult, { created: false }>['duplicates'][number];

export type SearchResult = Reply<'/api/people/search', 'post'>;
export type SearchHit = SearchResult['items'][number];
/**
 * A record a match recognised that this user may not open: only that it exists, and a sealed
 * reference an intake may link to.
 */
export type EarlierRecord = SearchResult['earlierRecords'][number];

export const peopleKey = ['people'] as const;
export const personKey = (id: string) => ['people', 'person', id] as const;

const person = (id: string) => ({ params: { path: { id } } });

export const peopleApi = {
  create: (body: PersonBody) => dataOf(api.POST('/api/people', { body })),
  update: (id: string, body: RequestBody<'/api/people/{id}', 'patch'>) =>
    dataOf(api.PATCH('/api/people/{id}', { ...person(id), body })),
  linkChild: (adultId: string, body: RequestBody<'/api/people/{id}/children', 'post'>) =>
    dataOf(api.POST('/api/people/{id}/children', { ...person(adultId), body })),
  merge: (body: RequestBody<'/api/people/merge', 'post'>) =>
    dataOf(api.POST('/api/people/merge', { body })),
  confirmNationalId: (id: string, nationalId: string) =>
    dataOf(
      api.POST('/api/people/{id}/national-id/confirm', { ...person(id), body: { nationalId } }),
    ),
  /** A search that may recognise an earlier record: with the birth date or the national id. */
  recognise: (body: RequestBody<'/api/people/search', 'post'>) =>
    dataOf(api.POST('/api/people/search', { body })),
  get: (id: string, signal?: AbortSignal) =>
    dataOf(api.GET('/api/people/{id}', { ...person(id), ...(signal ? { signal } : {}) })),
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
    queryFn: () => peopleApi.recognise({ text: trimmed }),
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
