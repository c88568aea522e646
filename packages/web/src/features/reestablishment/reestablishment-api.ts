import type {
  reestablishmentContactKinds,
  reestablishmentEndReasons,
  reestablishmentHousings,
} from '@havn/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { queryClient } from '../../api/query-client.ts';

export type Housing = (typeof reestablishmentHousings)[number];
export type ContactKind = (typeof reestablishmentContactKinds)[number];
export type EndReason = (typeof reestablishmentEndReasons)[number];

/** One row of `GET /api/reestablishment`: an open case the user may open. */
export type CaseSummary = Reply<'/api/reestablishment', 'get'>['items'][number];
/** Someone in a transition apartment now with no follow-up case yet. */
export type Candidate = Reply<'/api/reestablishment/candidates', 'get'>['items'][number];
/** `GET /api/reestablishment/:id`. Where the person lives: a transition stay, or a municipality. */
export type ReestablishmentCase = Reply<'/api/reestablishment/{id}', 'get'>;
export type FollowUpContact = ReestablishmentCase['contacts'][number];

export const reestablishmentKey = ['reestablishment'] as const;
const onCase = (id: string) => ({ params: { path: { id } } });
const refresh = () => queryClient.invalidateQueries({ queryKey: reestablishmentKey });

export function useOpenCases() {
  return useQuery({
    queryKey: [...reestablishmentKey, 'open'],
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/reestablishment', { signal })).then((r) => r.items),
  });
}

export function useCandidates() {
  return useQuery({
    queryKey: [...reestablishmentKey, 'candidates'],
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/reestablishment/candidates', { signal })).then((r) => r.items),
  });
}

export function useMunicipalities() {
  return useQuery({
    queryKey: [...reestablishmentKey, 'municipalities'],
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/reestablishment/municipalities', { signal })).then((r) => r.items),
    staleTime: 60 * 60_000,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: [...reestablishmentKey, 'case', id],
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/reestablishment/{id}', { ...onCase(id), signal })),
    enabled: id !== '',
  });
}

export function useOpenCase() {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/reestablishment', 'post'>) =>
      dataOf(api.POST('/api/reestablishment', { body })),
    onSuccess: refresh,
  });
}

export function useUpdateCase(id: string) {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/reestablishment/{id}', 'patch'>) =>
      dataOf(api.PATCH('/api/reestablishment/{id}', { ...onCase(id), body })),
    onSettled: refresh,
  });
}

export function useAddContact(id: string) {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/reestablishment/{id}/contacts', 'post'>) =>
      dataOf(api.POST('/api/reestablishment/{id}/contacts', { ...onCase(id), body })),
    onSuccess: refresh,
  });
}

export function useEndCase(id: string) {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/reestablishment/{id}/end', 'post'>) =>
      dataOf(api.POST('/api/reestablishment/{id}/end', { ...onCase(id), body })),
    onSettled: refresh,
  });
}
