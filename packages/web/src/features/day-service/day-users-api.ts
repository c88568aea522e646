import type {
  DayUserCaseFilter,
  dayUserEndReasons,
  dayVisitKinds,
  firstContactSources,
  perpetratorRelations,
} from '@havn/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { queryClient } from '../../api/query-client.ts';

export type FirstContactSource = (typeof firstContactSources)[number];
export type EndReason = (typeof dayUserEndReasons)[number];
export type VisitKind = (typeof dayVisitKinds)[number];
export type PerpetratorRelation = (typeof perpetratorRelations)[number];

/** One row of `GET /api/day-users`. */
export type CaseSummary = Reply<'/api/day-users', 'get'>['items'][number];
export type PersonRef = CaseSummary['person'];
/** `GET /api/day-users/:id`. The day service is free: there is nothing to bill, nor any price. */
export type DayUserCase = Reply<'/api/day-users/{id}', 'get'>;
export type Visit = DayUserCase['visits'][number];
/** Kept on the case only, never as a person; only those working the case see it. */
export type Perpetrator = DayUserCase['perpetrators'][number];
export type NewCase = RequestBody<'/api/day-users', 'post'>;
export type NewVisit = RequestBody<'/api/day-users/{id}/visits', 'post'>;
/** One hit of `POST /api/people/search`. */
export type PersonHit = Reply<'/api/people/search', 'post'>['items'][number];

export const dayUsersKey = ['day-users'] as const;
const withId = (id: string) => ({ params: { path: { id } } });

/** The day-user cases of one status, as the list shows them. */
export const fetchCases = (status: DayUserCaseFilter, signal?: AbortSignal) =>
  dataOf(api.GET('/api/day-users', { params: { query: { status } }, signal })).then((r) => r.items);

export function useCases(status: DayUserCaseFilter) {
  return useQuery({
    queryKey: [...dayUsersKey, 'list', status],
    queryFn: ({ signal }) => fetchCases(status, signal),
  });
}

export function useCase(id: string, enabled = true) {
  return useQuery({
    queryKey: [...dayUsersKey, 'case', id],
    queryFn: ({ signal }) => dataOf(api.GET('/api/day-users/{id}', { ...withId(id), signal })),
    enabled,
  });
}

/** A person's name, from `GET /api/people/:id`, when only the id came along. */
export function usePerson(id: string | null) {
  return useQuery({
    queryKey: ['day-users', 'person', id],
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/people/{id}', { ...withId(id ?? ''), signal })).then((p): PersonRef => ({
        id: p.id,
        displayName: p.displayName,
      })),
    enabled: id !== null,
  });
}

const refresh = () => queryClient.invalidateQueries({ queryKey: dayUsersKey });

export function useStartCase() {
  return useMutation({
    mutationFn: (body: NewCase) => dataOf(api.POST('/api/day-users', { body })),
    onSuccess: refresh,
  });
}

export function useAddVisit(caseId: string) {
  return useMutation({
    mutationFn: (body: NewVisit) =>
      dataOf(api.POST('/api/day-users/{id}/visits', { ...withId(caseId), body })),
    onSuccess: refresh,
  });
}

/** Replaces the case's perpetrator list with the one given. */
export function useSetPerpetrators(caseId: string) {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/day-users/{id}/perpetrators', 'put'>) =>
      dataOf(api.PUT('/api/day-users/{id}/perpetrators', { ...withId(caseId), body })),
    onSuccess: refresh,
  });
}

/** Names the case's primary contact, or nobody: the unit leader, or the current one handing over. */
export function useAssignPrimaryContact(caseId: string) {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/day-users/{id}/primary-contact', 'put'>) =>
      dataOf(api.PUT('/api/day-users/{id}/primary-contact', { ...withId(caseId), body })),
    onSuccess: refresh,
  });
}

export function useEndCase(caseId: string) {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/day-users/{id}/end', 'post'>) =>
      dataOf(api.POST('/api/day-users/{id}/end', { ...withId(caseId), body })),
    onSettled: refresh,
  });
}

/** The server searches from two characters on. */
export const minSearchLength = 2;

export function usePersonSearch(text: string) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: ['day-users', 'person-search', trimmed],
    queryFn: () =>
      dataOf(api.POST('/api/people/search', { body: { text: trimmed } })).then((r) => r.items),
    enabled: trimmed.length >= minSearchLength,
    staleTime: 30_000,
  });
}
