import type { NoticeRecipient } from '@havn/domain';
import { useMutation } from '@tanstack/react-query';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
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

/** What each step save sends, with the version read. */
interface StepBodies {
  members: RequestBody<'/api/intakes/{id}/members', 'put'>;
  consent: RequestBody<'/api/intakes/{id}/consent', 'put'>;
  identity: RequestBody<'/api/intakes/{id}/identity', 'put'>;
  eligibility: RequestBody<'/api/intakes/{id}/eligibility', 'put'>;
  'help-needs': RequestBody<'/api/intakes/{id}/help-needs', 'put'>;
  'primary-contact': RequestBody<'/api/intakes/{id}/primary-contact', 'put'>;
  flags: RequestBody<'/api/intakes/{id}/flags', 'put'>;
  threats: RequestBody<'/api/intakes/{id}/steps/{step}', 'post'>;
  safety_plan: RequestBody<'/api/intakes/{id}/steps/{step}', 'post'>;
  abandon: RequestBody<'/api/intakes/{id}/abandon', 'post'>;
  'move-in': RequestBody<'/api/intakes/{id}/move-in', 'post'>;
}

/** What the server answers each. */
interface StepReplies {
  members: Reply<'/api/intakes/{id}/members', 'put'>;
  consent: Reply<'/api/intakes/{id}/consent', 'put'>;
  identity: Reply<'/api/intakes/{id}/identity', 'put'>;
  eligibility: Reply<'/api/intakes/{id}/eligibility', 'put'>;
  'help-needs': Reply<'/api/intakes/{id}/help-needs', 'put'>;
  'primary-contact': Reply<'/api/intakes/{id}/primary-contact', 'put'>;
  flags: Reply<'/api/intakes/{id}/flags', 'put'>;
  threats: Reply<'/api/intakes/{id}/steps/{step}', 'post'>;
  safety_plan: Reply<'/api/intakes/{id}/steps/{step}', 'post'>;
  abandon: Reply<'/api/intakes/{id}/abandon', 'post'>;
  'move-in': Reply<'/api/intakes/{id}/move-in', 'post'>;
}

export type StepWrite = keyof StepBodies;
export type StepBody<S extends StepWrite> = StepBodies[S];
export type StepReply<S extends StepWrite> = StepReplies[S];

const delegated =
  (step: 'threats' | 'safety_plan') => (id: string, body: StepBodies[typeof step]) =>
    dataOf(api.POST('/api/intakes/{id}/steps/{step}', { params: { path: { id, step } }, body }));

const stepWrites: {
  [S in StepWrite]: (id: string, body: StepBodies[S]) => Promise<StepReplies[S]>;
} = {
  members: (id, body) => dataOf(api.PUT('/api/intakes/{id}/members', { ...intake(id), body })),
  consent: (id, body) => dataOf(api.PUT('/api/intakes/{id}/consent', { ...intake(id), body })),
  identity: (id, body) => dataOf(api.PUT('/api/intakes/{id}/identity', { ...intake(id), body })),
  eligibility: (id, body) =>
    dataOf(api.PUT('/api/intakes/{id}/eligibility', { ...intake(id), body })),
  'help-needs': (id, body) =>
    dataOf(api.PUT('/api/intakes/{id}/help-needs', { ...intake(id), body })),
  'primary-contact': (id, body) =>
    dataOf(api.PUT('/api/intakes/{id}/primary-contact', { ...intake(id), body })),
  flags: (id, body) => dataOf(api.PUT('/api/intakes/{id}/flags', { ...intake(id), body })),
  threats: delegated('threats'),
  safety_plan: delegated('safety_plan'),
  abandon: (id, body) => dataOf(api.POST('/api/intakes/{id}/abandon', { ...intake(id), body })),
  'move-in': (id, body) => dataOf(api.POST('/api/intakes/{id}/move-in', { ...intake(id), body })),
};

/** A step's save: its own body, typed by the route, then the intake is fetched again. */
export function useSaveStep<S extends StepWrite>(id: string, step: S) {
  return useMutation({
    mutationFn: (body: StepBodies[S]) => stepWrites[step](id, body),
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
