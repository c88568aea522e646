import type { appointmentPlaces, transportKinds } from '@havn/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getJson, sendJson } from '../../api/client.ts';
import { queryClient } from '../../api/query-client.ts';

export type AppointmentPlace = (typeof appointmentPlaces)[number];
export type TransportKind = (typeof transportKinds)[number];

interface Named {
  id: string;
  name: string;
}

/** One appointment as `GET /api/appointments` and `/mine` answer it. */
export interface Appointment {
  id: string;
  startsAt: string;
  endsAt: string;
  place: AppointmentPlace;
  partner: Named | null;
  placeNote: string | null;
  transport: TransportKind;
  safetyNote: string | null;
  staff: Named[];
  /** Null for an appointment without a person, and for one the user may not open. */
  person: { id: string; displayName: string } | null;
  cancelled: boolean;
  version: number;
}

export interface NewAppointment {
  personId: string | null;
  caseId: string | null;
  startsAt: string;
  endsAt: string;
  place: AppointmentPlace;
  partnerId: string | null;
  placeNote: string | null;
  staffIds: string[];
  withoutStaffConfirmed: boolean;
  transport: TransportKind;
  safetyNote: string | null;
}

/** Every cached appointment list: the calendar's days and the start page's reminders. */
export const appointmentsKey = ['appointments'] as const;

export function useCalendar(range: { from: string; to: string }, staffId: string | null) {
  return useQuery({
    queryKey: [...appointmentsKey, 'calendar', range.from, range.to, staffId],
    queryFn: async ({ signal }): Promise<Appointment[]> => {
      const query = new URLSearchParams({ from: range.from, to: range.to });
      if (staffId) query.set('staffId', staffId);
      const answer = await getJson<{ items: Appointment[] }>(`/api/appointments?${query}`, {
        signal,
      });
      return answer.items;
    },
  });
}

/** My appointments in the next 24 hours. */
export function useMyAppointments(enabled: boolean) {
  return useQuery({
    queryKey: [...appointmentsKey, 'mine'],
    queryFn: ({ signal }) =>
      getJson<{ items: Appointment[] }>('/api/appointments/mine', { signal }).then((r) => r.items),
    enabled,
  });
}

const refresh = () => queryClient.invalidateQueries({ queryKey: appointmentsKey });

export function useBookAppointment() {
  return useMutation({
    mutationFn: (body: NewAppointment) =>
      sendJson<{ id: string }>('POST', '/api/appointments', body),
    onSuccess: refresh,
  });
}

/** Cancels; on a conflict (someone changed it first) the lists are fetched again as well. */
export function useCancelAppointment() {
  return useMutation({
    mutationFn: (a: Pick<Appointment, 'id' | 'version'>) =>
      sendJson<{ version: number }>(
        'POST',
        `/api/appointments/${encodeURIComponent(a.id)}/cancel`,
        { version: a.version },
      ),
    onSettled: refresh,
  });
}
