import { useMutation, useQuery } from '@tanstack/react-query';
import { getJson, sendJson } from '../../api/client.ts';
import { queryClient } from '../../api/query-client.ts';

export interface MeetingTask {
  id: string;
  description: string;
  ownerUserId: string | null;
  ownerPartnerId: string | null;
  dueOn: string;
  done: boolean;
}

/** One item of `GET /api/joint-meetings?personId=`. */
export interface JointMeeting {
  id: string;
  heldAt: string;
  partners: { id: string; name: string }[];
  attendees: string | null;
  decisions: string | null;
  tasks: MeetingTask[];
}

export interface NewTask {
  description: string;
  ownerUserId: string | null;
  ownerPartnerId: string | null;
  dueOn: string;
}

export interface NewMeeting {
  personId: string | null;
  heldAt: string;
  partnerIds: string[];
  attendees: string | null;
  decisions: string | null;
  tasks: NewTask[];
}

export const meetingsKey = ['joint-meetings'] as const;

export function useMeetings(personId: string) {
  return useQuery({
    queryKey: [...meetingsKey, personId],
    queryFn: ({ signal }) =>
      getJson<{ items: JointMeeting[] }>(
        `/api/joint-meetings?personId=${encodeURIComponent(personId)}`,
        { signal },
      ).then((r) => r.items),
  });
}

const refresh = () => queryClient.invalidateQueries({ queryKey: meetingsKey });

export function useRecordMeeting() {
  return useMutation({
    mutationFn: (body: NewMeeting) => sendJson<{ id: string }>('POST', '/api/joint-meetings', body),
    onSuccess: refresh,
  });
}

export function useCompleteTask() {
  return useMutation({
    mutationFn: (taskId: string) =>
      sendJson('POST', `/api/joint-meetings/tasks/${encodeURIComponent(taskId)}/done`),
    onSettled: refresh,
  });
}

/** A partner of the centre, as `GET /api/partners` lists it (the parts used here). */
export interface PartnerOption {
  id: string;
  type: string;
  name: string;
  active: boolean;
}

/** Every partner, by name; offer only the active ones, but name the others where they appear. */
export function usePartnerOptions() {
  return useQuery({
    queryKey: ['day-service', 'partners'],
    queryFn: ({ signal }) =>
      getJson<{ items: PartnerOption[] }>('/api/partners', { signal }).then((r) =>
        r.items.filter((p) => p.active).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
      ),
    staleTime: 5 * 60_000,
  });
}
