import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../api/errors.ts';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { $api, invalidate } from '../../api/queries.ts';

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

const id = encodeURIComponent;
export const childPath = (stayId: string, personId: string) =>
  `/stays/${id(stayId)}/children/${id(personId)}`;
export const concernPath = (concernId: string) => `/child-welfare/concerns/${id(concernId)}`;

export const useStayChildren = (stayId: string) =>
  $api.useQuery(
    'get',
    '/api/stays/{stayId}/children',
    { params: { path: { stayId } } },
    { select: (data) => data.items },
  );

export const useChildPage = (stayId: string, personId: string) =>
  $api.useQuery('get', '/api/stays/{stayId}/children/{personId}', {
    params: { path: { stayId, personId } },
  });

/**
 * The child's one-to-one conversations (journal notes of that type). An error, not asked again,
 * when the journal is not there to ask (the stays module answers 404 before it is deployed).
 */
export const useConversations = (stayId: string, personId: string) =>
  $api.useQuery(
    'get',
    '/api/stays/{id}/journal',
    { params: { path: { id: stayId }, query: { personId, type: 'one_to_one' } } },
    {
      select: (data) => data.items,
      retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
    },
  );

/** The children's pages, and the conversations they show. */
const refreshChildren = () =>
  invalidate(['/api/stays/{stayId}/children', '/api/stays/{id}/journal']);
const refreshAll = () => Promise.all([refreshChildren(), invalidate('/api/child-welfare')]);

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

export const useConcern = (concernId: string) =>
  $api.useQuery('get', '/api/child-welfare/concerns/{id}', {
    params: { path: { id: concernId } },
  });

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
