import type { appointmentPlaces, transportKinds } from '@havn/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { queryClient } from '../../api/query-client.ts';

export type AppointmentPlace = (typeof appointmentPlaces)[number];
export type TransportKind = (typeof transportKinds)[number];

/** One appointment as `GET /api/appointments` and `/mine` answer it. */
export type Appointment = Reply<'/api/appointments', 'get'>['items'][number];

/** Every cached appointment list: the calendar's days and the start page's reminders. */
export const appointmentsKey = ['appointments'] as const;

export function useCalendar(range: { from: string; to: string }, staffId: string | null) {
  return useQuery({
    queryKey: [...appointmentsKey, 'calendar', range.from, range.to, staffId],
    queryFn: ({ signal }) =>
      dataOf(
        api.GET('/api/appointments', {
          params: { query: { ...range, ...(staffId ? { staffId } : {}) } },
          signal,
        }),
      ).then((r) => r.items),
  });
}

/** My appointments in the next 24 hours. */
export function useMyAppointments(enabled: boolean) {
  return useQuery({
    queryKey: [...appointmentsKey, 'mine'],
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/appointments/mine', { signal })).then((r) => r.items),
    enabled,
  });
}

const refresh = () => queryClient.invalidateQueries({ queryKey: appointmentsKey });

export function useBookAppointment() {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/appointments', 'post'>) =>
      dataOf(api.POST('/api/appointments', { body })),
    onSuccess: refresh,
  });
}

/** Cancels; on a conflict (someone changed it first) the lists are fetched again as well. */
export function useCancelAppointment() {
  return useMutation({
    mutationFn: (a: Pick<Appointment, 'id' | 'version'>) =>
      dataOf(
        api.POST('/api/appointments/{id}/cancel', {
          params: { path: { id: a.id } },
          body: { version: a.version },
        }),
      ),
    onSettled: refresh,
  });
}
