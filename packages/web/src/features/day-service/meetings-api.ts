import { useMutation } from '@tanstack/react-query';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { $api, invalidate, useSend } from '../../api/queries.ts';

/** One item of `GET /api/joint-meetings?personId=`. */
export type JointMeeting = Reply<'/api/joint-meetings', 'get'>['items'][number];
export type MeetingTask = JointMeeting['tasks'][number];
type NewMeeting = RequestBody<'/api/joint-meetings', 'post'>;
export type NewTask = NonNullable<NewMeeting['tasks']>[number];
/** A partner of the centre, as `GET /api/partners` lists it. */
export type PartnerOption = Reply<'/api/partners', 'get'>['items'][number];

export const useMeetings = (personId: string) =>
  $api.useQuery(
    'get',
    '/api/joint-meetings',
    { params: { query: { personId } } },
    { select: (data) => data.items },
  );

const refresh = () => invalidate('/api/joint-meetings');

export const useRecordMeeting = () =>
  useSend('post', '/api/joint-meetings', {}, { onSuccess: refresh });

export const useCompleteTask = () =>
  useMutation({
    mutationFn: (taskId: string) =>
      dataOf(api.POST('/api/joint-meetings/tasks/{id}/done', { params: { path: { id: taskId } } })),
    onSettled: refresh,
  });

/** Every partner, by name; offer only the active ones, but name the others where they appear. */
export const usePartnerOptions = () =>
  $api.useQuery('get', '/api/partners', undefined, {
    select: (data) =>
      data.items.filter((p) => p.active).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    staleTime: 5 * 60_000,
  });
