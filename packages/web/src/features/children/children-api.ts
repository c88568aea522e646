import { useMutation, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api/errors.ts';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { queryClient } from '../../api/query-client.ts';
import { fetchJournal } from '../stays/stays-api.ts';
import { concernsKey } from './open-concerns.ts';

type ChildRoute = '/api/stays/{stayId}/children/{personId}';

/** `GET /api/stays/:stayId/children/:personId`. */
export type ChildPageData = Reply<ChildRoute, 'get'>;
export type Schooling = ChildPageData['schooling'][number];
export type SchoolingFields = RequestBody<`${ChildRoute}/schooling`, 'post'>;
export type Health = NonNullable<ChildPageData['health']>;
export type ParentContact = ChildPageData['parentContacts'][number];
export type ParentContactFields = RequestBody<`${ChildRoute}/parent-contacts`, 'post'>;
/** `GET /api/child-welfare/concerns/:id`. */
export type Concern = Reply<'/api/child-welfare/concerns/{id}', 'get'>;

export const childrenKey = ['children'] as const;

const id = encodeURIComponent;
export const childPath = (stayId: string, personId: string) =>
  `/stays/${id(stayId)}/children/${id(personId)}`;
export const concernPath = (concernId: string) => `/child-welfare/concerns/${id(concernId)}`;

export function useStayChildren(stayId: string) {
  return useQuery({
    queryKey: [...childrenKey, 'stay', stayId],
    queryFn: ({ signal }) =>
      dataOf(
        api.GET('/api/stays/{stayId}/children', { params: { path: { stayId } }, signal }),
      ).then((r) => r.items),
  });
}

export function useChildPage(stayId: string, personId: string) {
  return useQuery({
    queryKey: [...childrenKey, 'child', stayId, personId],
    queryFn: ({ signal }) =>
      dataOf(
        api.GET('/api/stays/{stayId}/children/{personId}', {
          params: { path: { stayId, personId } },
          signal,
        }),
      ),
  });
}

/**
 * The child's one-to-one conversations (journal notes of that type). `null` when the journal is
 * not there to ask (the stays module answers 404 for the route before it is deployed).
 */
export function useConversations(stayId: string, personId: string) {
  return useQuery({
    queryKey: [...childrenKey, 'conversations', stayId, personId],
    queryFn: ({ signal }) => fetchJournal(stayId, { personId, type: 'one_to_one' }, signal),
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });
}

const refreshChildren = () => queryClient.invalidateQueries({ queryKey: childrenKey });
const refreshAll = () =>
  Promise.all([refreshChildren(), queryClient.invalidateQueries({ queryKey: concernsKey })]);

/** The requests that write on one child's page. */
export function childRequests(stayId: string, personId: string) {
  const child = { params: { path: { stayId, personId } } };
  const row = (id: string) => ({ params: { path: { stayId, personId, id } } });
  return {
    addSchooling: (body: SchoolingFields) =>
      dataOf(api.POST(`/api/stays/{stayId}/children/{personId}/schooling`, { ...child, body })),
    updateSchooling: ({
      id,
      ...body
    }: RequestBody<`${ChildRoute}/schooling/{id}`, 'put'> & { id: string }) =>
      dataOf(
        api.PUT(`/api/stays/{stayId}/children/{personId}/schooling/{id}`, { ...row(id), body }),
      ),
    addActivity: (body: RequestBody<`${ChildRoute}/activities`, 'post'>) =>
      dataOf(api.POST(`/api/stays/{stayId}/children/{personId}/activities`, { ...child, body })),
    saveHealth: (body: RequestBody<`${ChildRoute}/health`, 'put'>) =>
      dataOf(api.PUT(`/api/stays/{stayId}/children/{personId}/health`, { ...child, body })),
    addParentContact: (body: ParentContactFields) =>
      dataOf(
        api.POST(`/api/stays/{stayId}/children/{personId}/parent-contacts`, { ...child, body }),
      ),
    updateParentContact: ({
      id,
      ...body
    }: RequestBody<`${ChildRoute}/parent-contacts/{id}`, 'put'> & { id: string }) =>
      dataOf(
        api.PUT(`/api/stays/{stayId}/children/{personId}/parent-contacts/{id}`, {
          ...row(id),
          body,
        }),
      ),
  };
}

/** A write on a child's page (one of `childRequests`); the page is fetched again after it. */
export function useChildWrite<Body, Result>(send: (body: Body) => Promise<Result>) {
  return useMutation({ mutationFn: send, onSuccess: refreshChildren });
}

export function useRegisterConcern(stayId: string, personId: string) {
  return useMutation({
    mutationFn: (concern: string) =>
      dataOf(
        api.POST(`/api/stays/{stayId}/children/{personId}/concerns`, {
          params: { path: { stayId, personId } },
          body: { concern },
        }),
      ),
    onSuccess: refreshAll,
  });
}

export function useConcern(concernId: string) {
  return useQuery({
    queryKey: [...concernsKey, 'concern', concernId],
    queryFn: ({ signal }) =>
      dataOf(
        api.GET('/api/child-welfare/concerns/{id}', {
          params: { path: { id: concernId } },
          signal,
        }),
      ),
  });
}

type ConcernRoute = '/api/child-welfare/concerns/{id}';
export type ConcernStepBody =
  | ({ step: 'assess' } & RequestBody<`${ConcernRoute}/assess`, 'post'>)
  | ({ step: 'send' } & RequestBody<`${ConcernRoute}/send`, 'post'>)
  | ({ step: 'not-sent' } & RequestBody<`${ConcernRoute}/not-sent`, 'post'>);

function takeStep(id: string, input: ConcernStepBody) {
  const params = { path: { id } };
  const { version } = input;
  switch (input.step) {
    case 'assess':
      return api.POST('/api/child-welfare/concerns/{id}/assess', {
        params,
        body: { version, assessment: input.assessment },
      });
    case 'send':
      return api.POST('/api/child-welfare/concerns/{id}/send', {
        params,
        body: { version, officePartnerId: input.officePartnerId, sentOn: input.sentOn },
      });
    case 'not-sent':
      return api.POST('/api/child-welfare/concerns/{id}/not-sent', {
        params,
        body: { version, reason: input.reason },
      });
  }
}

export function useConcernStep(concernId: string) {
  return useMutation({
    mutationFn: (input: ConcernStepBody) => dataOf(takeStep(concernId, input)),
    onSettled: refreshAll,
  });
}
