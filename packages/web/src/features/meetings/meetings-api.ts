import { useMutation, useQuery } from '@tanstack/react-query';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { queryClient } from '../../api/query-client.ts';

/** One item of `GET /api/joint-meetings?personId=`. */
export type JointMeeting = Reply<'/api/joint-meetings', 'get'>['items'][number];
export type MeetingTask = JointMeeting['tasks'][number];
type NewMeeting = RequestBody<'/api/joint-meetings', 'post'>;
export type NewTask = NonNullable<NewMeeting['tasks']>[number];
/** A partner of the centre, as `GET /api/partners` lists it. */
export type PartnerOption = Reply<'/api/partners', 'get'>['items'][number];

export const meetingsKey = ['joint-meetings'] as const;

export function useMeetings(personId: string) {
  return useQuery({
    queryKey: [...meetingsKey, personId],
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/joint-meetings', { params: { query: { personId } }, signal })).then(
        (r) => r.items,
      ),
  });
}

const refresh = () => queryClient.invalidateQueries({ queryKey: meetingsKey });

export function useRecordMeeting() {
  return useMutation({
    mutationFn: (body: NewMeeting) => dataOf(api.POST('/api/joint-meetings', { body })),
    onSuccess: refresh,
  });
}

export function useCompleteTask() {
  return useMutation({
    mutationFn: (taskId: string) =>
      dataOf(api.POST('/api/joint-meetings/tasks/{id}/done', { params: { path: { id: taskId } } })),
    onSettled: refresh,
  });
}

/** Every partner, by name; offer only the active ones, but name the others where they appear. */
export function usePartnerOptions() {
  return useQuery({
    queryKey: ['day-service', 'partners'],
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/partners', { signal })).then((r) =>
        r.items.filter((p) => p.active).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
      ),
    staleTime: 5 * 60_000,
  });
}
