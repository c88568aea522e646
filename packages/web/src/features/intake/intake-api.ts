import type { NoticeRecipient } from '@havn/domain';
import { useMutation } from '@tanstack/react-query';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import type { paths } from '../../api/schema.d.ts';
import { $api, invalidate } from '../../api/queries.ts';

export type Intake = Reply<'/api/intakes/{id}', 'get'>;

const intake = (id: string) => ({ params: { path: { id } } });
const refreshIntakes = () => invalidate('/api/intakes');

export const useIntakes = () =>
  $api.useQuery(
    'get',
    '/api/intakes',
    { params: { query: { status: 'in_progress' } } },
    { select: (data) => data.items },
  );

export const useIntake = (id: string) => $api.useQuery('get', '/api/intakes/{id}', intake(id));

export const startIntake = (body: RequestBody<'/api/intakes', 'post'>) =>
  dataOf(api.POST('/api/intakes', { body }));

export function useStartIntake() {
  return useMutation({
    mutationFn: startIntake,
    onSuccess: refreshIntakes,
  });
}

/** The route each step saves to; a delegated step (threats, the safety plan) names itself. */
const stepRoutes = {
  members: ['put', '/api/intakes/{id}/members'],
  consent: ['put', '/api/intakes/{id}/consent'],
  identity: ['put', '/api/intakes/{id}/identity'],
  eligibility: ['put', '/api/intakes/{id}/eligibility'],
  'help-needs': ['put', '/api/intakes/{id}/help-needs'],
  'primary-contact': ['put', '/api/intakes/{id}/primary-contact'],
  flags: ['put', '/api/intakes/{id}/flags'],
  threats: ['post', '/api/intakes/{id}/steps/{step}'],
  safety_plan: ['post', '/api/intakes/{id}/steps/{step}'],
  abandon: ['post', '/api/intakes/{id}/abandon'],
  'move-in': ['post', '/api/intakes/{id}/move-in'],
} as const satisfies Record<string, readonly ['put' | 'post', keyof paths]>;

type Route<S extends StepWrite> = (typeof stepRoutes)[S];
export type StepWrite = keyof typeof stepRoutes;
/** What a step's save sends, with the version read. */
export type StepBody<S extends StepWrite> = RequestBody<Route<S>[1], Route<S>[0]>;
export type StepReply<S extends StepWrite> = Reply<Route<S>[1], Route<S>[0]>;

/** A step's save: its own body, typed by the route, then the intake is fetched again. */
export function useSaveStep<S extends StepWrite>(id: string, step: S) {
  const [method, path] = stepRoutes[step];
  return useMutation({
    mutationFn: (body: StepBody<S>) =>
      dataOf(
        api.request(method, path as never, { params: { path: { id, step } }, body } as never),
      ) as Promise<StepReply<S>>,
    onSuccess: refreshIntakes,
  });
}

export const useNotice = (id: string, recipient: NoticeRecipient, enabled: boolean) =>
  $api.useQuery(
    'get',
    '/api/intakes/{id}/notices/{recipient}',
    { params: { path: { id, recipient } } },
    { enabled, retry: false },
  );

export function useRecordNotice(id: string, recipient: NoticeRecipient) {
  return useMutation({
    mutationFn: () =>
      dataOf(
        api.POST('/api/intakes/{id}/notices/{recipient}', {
          params: { path: { id, recipient } },
          body: {},
        }),
      ),
    onSuccess: () => invalidate('/api/intakes/{id}', { id }),
  });
}

export const revealIdentity = (id: string) =>
  dataOf(api.GET('/api/intakes/{id}/identity', intake(id)));
