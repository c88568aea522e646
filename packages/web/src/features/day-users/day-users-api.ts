import type {
  dayUserEndReasons,
  dayVisitKinds,
  firstContactSources,
  perpetratorRelations,
} from '@havn/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getJson, sendJson } from '../../api/client.ts';
import { queryClient } from '../../api/query-client.ts';

export type FirstContactSource = (typeof firstContactSources)[number];
export type EndReason = (typeof dayUserEndReasons)[number];
export type VisitKind = (typeof dayVisitKinds)[number];
export type PerpetratorRelation = (typeof perpetratorRelations)[number];
export const perpetratorGenders = ['female', 'male', 'other', 'unknown'] as const;
export const childrenExposedAnswers = ['yes', 'no', 'unknown'] as const;
export const caseStatuses = ['open', 'ended', 'all'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export interface PersonRef {
  id: string;
  displayName: string;
}

/** One row of `GET /api/day-users`. */
export interface CaseSummary {
  id: string;
  person: PersonRef;
  startedOn: string;
  endedOn: string | null;
  visits: number;
  lastVisit: string | null;
}

export interface Visit {
  id: string;
  date: string;
  kind: VisitKind;
  minutes: number;
  staff: { id: string; name: string }[];
  interpreter: boolean;
  topic: string | null;
  agreed: string | null;
}

/** Kept on the case only, never as a person; only those working the case see it. */
export interface Perpetrator {
  relation: PerpetratorRelation;
  gender: (typeof perpetratorGenders)[number];
  childrenExposed: (typeof childrenExposedAnswers)[number];
  notes: string | null;
}

/** `GET /api/day-users/:id`. The day service is free: there is nothing to bill, nor any price. */
export interface DayUserCase {
  id: string;
  person: PersonRef;
  startedOn: string;
  firstContactBy: FirstContactSource;
  primaryContact: { id: string; name: string } | null;
  sourceContactId: string | null;
  endedOn: string | null;
  endReason: EndReason | null;
  visits: Visit[];
  perpetrators: Perpetrator[];
  version: number;
}

export const dayUsersKey = ['day-users'] as const;
const casePath = (id: string) => `/api/day-users/${encodeURIComponent(id)}`;

export function useCases(status: CaseStatus) {
  return useQuery({
    queryKey: [...dayUsersKey, 'list', status],
    queryFn: async ({ signal }): Promise<CaseSummary[]> => {
      const answer = await getJson<{ items: CaseSummary[] }>(`/api/day-users?status=${status}`, {
        signal,
      });
      return answer.items;
    },
  });
}

export function useCase(id: string, enabled = true) {
  return useQuery({
    queryKey: [...dayUsersKey, 'case', id],
    queryFn: ({ signal }) => getJson<DayUserCase>(casePath(id), { signal }),
    enabled,
  });
}

/** A person's name, from `GET /api/people/:id`, when only the id came along. */
export function usePerson(id: string | null) {
  return useQuery({
    queryKey: ['day-users', 'person', id],
    queryFn: ({ signal }) =>
      getJson<PersonRef>(`/api/people/${encodeURIComponent(id ?? '')}`, { signal }).then(
        (p): PersonRef => ({ id: p.id, displayName: p.displayName }),
      ),
    enabled: id !== null,
  });
}

const refresh = () => queryClient.invalidateQueries({ queryKey: dayUsersKey });

export interface NewCase {
  personId?: string;
  fromContactId?: string;
  startedOn: string;
  firstContactBy: FirstContactSource;
  /** Null: nobody yet. Only the unit leader names one when opening. */
  primaryContactId: string | null;
}

export function useStartCase() {
  return useMutation({
    mutationFn: (body: NewCase) => sendJson<{ id: string }>('POST', '/api/day-users', body),
    onSuccess: refresh,
  });
}

export interface NewVisit {
  date: string;
  kind: VisitKind;
  minutes: number;
  staffIds: string[];
  interpreter: boolean;
  topic: string | null;
  agreed: string | null;
}

export function useAddVisit(caseId: string) {
  return useMutation({
    mutationFn: (body: NewVisit) =>
      sendJson<{ id: string }>('POST', `${casePath(caseId)}/visits`, body),
    onSuccess: refresh,
  });
}

/** Replaces the case's perpetrator list with the one given. */
export function useSetPerpetrators(caseId: string) {
  return useMutation({
    mutationFn: (body: { perpetrators: Perpetrator[]; version: number }) =>
      sendJson<{ count: number; version: number }>('PUT', `${casePath(caseId)}/perpetrators`, body),
    onSuccess: refresh,
  });
}

/** Names the case's primary contact, or nobody: the unit leader, or the current one handing over. */
export function useAssignPrimaryContact(caseId: string) {
  return useMutation({
    mutationFn: (body: { primaryContactId: string | null; version: number }) =>
      sendJson<{ version: number }>('PUT', `${casePath(caseId)}/primary-contact`, body),
    onSuccess: refresh,
  });
}

export function useEndCase(caseId: string) {
  return useMutation({
    mutationFn: (body: { version: number; endedOn: string; reason: EndReason }) =>
      sendJson<{ version: number }>('POST', `${casePath(caseId)}/end`, body),
    onSettled: refresh,
  });
}

/** One hit of `POST /api/people/search`. */
export interface PersonHit {
  id: string;
  displayName: string;
  birthDate: string | null;
  isChild: boolean;
}

/** The server searches from two characters on. */
export const minSearchLength = 2;

export function usePersonSearch(text: string) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: ['day-users', 'person-search', trimmed],
    queryFn: () =>
      sendJson<{ items: PersonHit[] }>('POST', '/api/people/search', { text: trimmed }).then(
        (r) => r.items,
      ),
    enabled: trimmed.length >= minSearchLength,
    staleTime: 30_000,
  });
}
