import type { appointmentPlaces, transportKinds } from '@havn/domain';
import { useMutation } from '@tanstack/react-query';
import { api, dataOf, type Reply } from '../../api/http.ts';
import { $api, invalidate, useSend } from '../../api/queries.ts';

export type AppointmentPlace = (typeof appointmentPlaces)[number];
export type TransportKind = (typeof transportKinds)[number];

/** One appointment as `GET /api/appointments` and `/mine` answer it. */
export type Appointment = Reply<'/api/appointments', 'get'>['items'][number];

export const useCalendar = (range: { from: string; to: string }, staffId: string | null) =>
  $api.useQuery(
    'get',
    '/api/appointments',
    { params: { query: { ...range, ...(staffId ? { staffId } : {}) } } },
    { select: (data) => data.items },
  );

/** My appointments in the next 24 hours. */
export const useMyAppointments = (enabled: boolean) =>
  $api.useQuery('get', '/api/appointments/mine', undefined, {
    select: (data) => data.items,
    enabled,
  });

/** Every cached appointment list: the calendar's days and the start page's reminders. */
const refresh = () => invalidate('/api/appointments');

export const useBookAppointment = () =>
  useSend('post', '/api/appointments', {}, { onSuccess: refresh });

/** Cancels; on a conflict (someone changed it first) the lists are fetched again as well. */
export const useCancelAppointment = () =>
  useMutation({
    mutationFn: (a: Pick<Appointment, 'id' | 'version'>) =>
      dataOf(
        api.POST('/api/appointments/{id}/cancel', {
          params: { path: { id: a.id } },
          body: { version: a.version },
        }),
      ),
    onSettled: refresh,
  });
