import type {
  reestablishmentContactKinds,
  reestablishmentEndReasons,
  reestablishmentHousings,
} from '@havn/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getJson, sendJson } from '../../api/client.ts';
import { queryClient } from '../../api/query-client.ts';

export type Housing = (typeof reestablishmentHousings)[number];
export type ContactKind = (typeof reestablishmentContactKinds)[number];
export type EndReason = (typeof reestablishmentEndReasons)[number];

export interface PersonRef {
  id: string;
  displayName: string;
}
interface Named {
  id: string;
  name: string;
}

/** One row of `GET /api/reestablishment`: an open case the user may open. */
export interface CaseSummary {
  id: string;
  person: PersonRef;
  housing: Housing;
  startedOn: string;
  primaryContact: Named | null;
  contacts: number;
  lastContact: string | null;
}

/** Someone in a transition apartment now with no follow-up case yet. */
export interface Candidate {
  stayId: string;
  person: PersonRef;
  unitName: string | null;
  arrivalAt: string;
}

export interface FollowUpContact {
  id: string;
  date: string;
  kind: ContactKind;
  minutes: number;
  staff: Named[];
  interpreter: boolean;
  note: string | null;
}

/** `GET /api/reestablishment/:id`. Where the person lives: a transition stay, or a municipality. */
export interface ReestablishmentCase {
  id: string;
  person: PersonRef;
  children: PersonRef[];
  followsStayId: string | null;
  housing: Housing;
  transitionStay: { stayId: string; unitName: string | null; arrivalAt: string } | null;
  municipality: { number: string; name: string } | null;
  startedOn: string;
  primaryContact: Named | null;
  goals: string | null;
  partners: (Named & { type: string })[];
  contacts: FollowUpContact[];
  endedOn: string | null;
  endReason: EndReason | null;
  version: number;
}

export interface MunicipalityChoice {
  number: string;
  name: string;
  /** The centre's host or partner municipality. */
  centre: boolean;
}

export const reestablishmentKey = ['reestablishment'] as const;
const casePath = (id: string) => `/api/reestablishment/${encodeURIComponent(id)}`;
const refresh = () => queryClient.invalidateQueries({ queryKey: reestablishmentKey });

export function useOpenCases() {
  return useQuery({
    queryKey: [...reestablishmentKey, 'open'],
    queryFn: ({ signal }) =>
      getJson<{ items: CaseSummary[] }>('/api/reestablishment', { signal }).then((r) => r.items),
  });
}

export function useCandidates() {
  return useQuery({
    queryKey: [...reestablishmentKey, 'candidates'],
    queryFn: ({ signal }) =>
      getJson<{ items: Candidate[] }>('/api/reestablishment/candidates', { signal }).then(
        (r) => r.items,
      ),
  });
}

export function useMunicipalities() {
  return useQuery({
    queryKey: [...reestablishmentKey, 'municipalities'],
    queryFn: ({ signal }) =>
      getJson<{ items: MunicipalityChoice[] }>('/api/reestablishment/municipalities', {
        signal,
      }).then((r) => r.items),
    staleTime: 60 * 60_000,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: [...reestablishmentKey, 'case', id],
    queryFn: ({ signal }) => getJson<ReestablishmentCase>(casePath(id), { signal }),
    enabled: id !== '',
  });
}

export interface NewCase {
  personId?: string;
  fromStayId?: string;
  housing: Housing;
  municipalityNumber: string | null;
  primaryContactId: string | null;
  goals: string | null;
  partnerIds: string[];
}

export function useOpenCase() {
  return useMutation({
    mutationFn: (body: NewCase) =>
      sendJson<{ id: string; version: number }>('POST', '/api/reestablishment', body),
    onSuccess: refresh,
  });
}

export interface CaseChanges {
  version: number;
  housing?: Housing;
  municipalityNumber?: string | null;
  primaryContactId?: string;
  goals?: string | null;
  partnerIds?: string[];
}

export function useUpdateCase(id: string) {
  return useMutation({
    mutationFn: (body: CaseChanges) => sendJson<{ version: number }>('PATCH', casePath(id), body),
    onSettled: refresh,
  });
}

export interface NewContact {
  date: string;
  kind: ContactKind;
  minutes: number;
  staffIds: string[];
  interpreter: boolean;
  note: string | null;
}

export function useAddContact(id: string) {
  return useMutation({
    mutationFn: (body: NewContact) =>
      sendJson<{ id: string }>('POST', `${casePath(id)}/contacts`, body),
    onSuccess: refresh,
  });
}

export function useEndCase(id: string) {
  return useMutation({
    mutationFn: (body: { version: number; endedOn: string; reason: EndReason }) =>
      sendJson<{ version: number }>('POST', `${casePath(id)}/end`, body),
    onSettled: refresh,
  });
}
