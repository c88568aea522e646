import type {
  ActivityKind,
  ConcernStatus,
  HealthNeed,
  InstitutionKind,
  InterruptionReason,
  ParentContactKind,
  ParentContactOutcome,
  SchoolingStatus,
} from '@havn/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ApiError, getJson, sendJson } from '../../api/client.ts';
import { queryClient } from '../../api/query-client.ts';

export interface ChildRef {
  id: string;
  displayName: string;
  birthDate: string | null;
}

export interface ConcernSummary {
  id: string;
  status: ConcernStatus;
  registeredAt: string;
  version: number;
}

/** `GET /api/stays/:stayId/children`. */
export interface StayChild extends ChildRef {
  openConcerns: ConcernSummary[];
}

export interface SchoolingFields {
  institutionKind: InstitutionKind;
  status: SchoolingStatus;
  reason: InterruptionReason | null;
  homeMunicipalityResponsible: boolean;
  fromOn: string;
  toOn: string | null;
  notes: string | null;
}
export interface Schooling extends SchoolingFields {
  id: string;
  version: number;
}

export interface Activity {
  id: string;
  kind: ActivityKind;
  date: string;
  note: string | null;
  by: { id: string; name: string };
}

export interface Health {
  needs: HealthNeed[];
  notes: string | null;
  version: number;
}

export interface ParentContactFields {
  occursAt: string;
  kind: ParentContactKind;
  supervisedBy: string | null;
  place: string | null;
  safetyNotes: string | null;
  outcome: ParentContactOutcome | null;
  outcomeNotes: string | null;
}
export interface ParentContact extends ParentContactFields {
  id: string;
  version: number;
}

/** `GET /api/stays/:stayId/children/:personId`. */
export interface ChildPageData {
  stayId: string;
  child: ChildRef;
  schooling: Schooling[];
  activities: Activity[];
  health: Health | null;
  parentContacts: ParentContact[];
  concerns: ConcernSummary[];
}

type StaffRef = { id: string; name: string };

/** `GET /api/child-welfare/concerns/:id`. */
export interface Concern {
  id: string;
  stayId: string;
  child: ChildRef & {
    firstName: string | null;
    lastName: string | null;
    alias: string | null;
    addressProtection: 'none' | 'confidential' | 'strictly_confidential';
  };
  status: ConcernStatus;
  concern: string;
  registeredAt: string;
  registeredBy: StaffRef;
  assessment: string | null;
  assessedAt: string | null;
  assessedBy: StaffRef | null;
  office: { id: string; name: string } | null;
  sentOn: string | null;
  message: string | null;
  notSentReason: string | null;
  concludedAt: string | null;
  concludedBy: StaffRef | null;
  centreName: string;
  version: number;
}

/** One row of `GET /api/child-welfare/concerns`. */
export interface ConcernListItem extends ConcernSummary {
  stayId: string;
  child: ChildRef;
}

/** One-to-one conversations with the child, from the stays module's journal. */
export interface Conversation {
  id: string;
  channel: 'in_person' | 'phone' | null;
  parentPresent: boolean | null;
  body: string;
  author: StaffRef;
  writtenAt: string;
  correctedById: string | null;
}

export const childrenKey = ['children'] as const;
export const concernsKey = ['child-welfare'] as const;

const id = encodeURIComponent;
export const childPath = (stayId: string, personId: string) =>
  `/stays/${id(stayId)}/children/${id(personId)}`;
export const concernPath = (concernId: string) => `/child-welfare/concerns/${id(concernId)}`;
const childApi = (stayId: string, personId: string) => `/api${childPath(stayId, personId)}`;

export function useStayChildren(stayId: string) {
  return useQuery({
    queryKey: [...childrenKey, 'stay', stayId],
    queryFn: ({ signal }) =>
      getJson<{ items: StayChild[] }>(`/api/stays/${id(stayId)}/children`, { signal }).then(
        (r) => r.items,
      ),
  });
}

export function useChildPage(stayId: string, personId: string) {
  return useQuery({
    queryKey: [...childrenKey, 'child', stayId, personId],
    queryFn: ({ signal }) => getJson<ChildPageData>(childApi(stayId, personId), { signal }),
  });
}

/**
 * The child's one-to-one conversations (journal notes of that type). `null` when the journal is
 * not there to ask (the stays module answers 404 for the route before it is deployed).
 */
export function useConversations(stayId: string, personId: string) {
  return useQuery({
    queryKey: [...childrenKey, 'conversations', stayId, personId],
    queryFn: async ({ signal }): Promise<Conversation[]> => {
      const query = new URLSearchParams({ personId, type: 'one_to_one' });
      const answer = await getJson<{ items: Conversation[] }>(
        `/api/stays/${id(stayId)}/journal?${query}`,
        { signal },
      );
      return answer.items;
    },
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });
}

const refreshChildren = () => queryClient.invalidateQueries({ queryKey: childrenKey });
const refreshAll = () =>
  Promise.all([refreshChildren(), queryClient.invalidateQueries({ queryKey: concernsKey })]);

type Created = { id: string; version: number };
type Versioned = { version: number };

/** The requests that write on one child's page. */
export function childRequests(stayId: string, personId: string) {
  const base = childApi(stayId, personId);
  return {
    addSchooling: (body: SchoolingFields) => sendJson<Created>('POST', `${base}/schooling`, body),
    updateSchooling: ({ id: rowId, ...body }: SchoolingFields & { id: string; version: number }) =>
      sendJson<Versioned>('PUT', `${base}/schooling/${id(rowId)}`, body),
    addActivity: (body: { kind: ActivityKind; date: string; note: string | null }) =>
      sendJson<Created>('POST', `${base}/activities`, body),
    saveHealth: (body: { version?: number; needs: HealthNeed[]; notes: string | null }) =>
      sendJson<Versioned>('PUT', `${base}/health`, body),
    addParentContact: (body: ParentContactFields) =>
      sendJson<Created>('POST', `${base}/parent-contacts`, body),
    updateParentContact: ({
      id: rowId,
      ...body
    }: ParentContactFields & { id: string; version: number }) =>
      sendJson<Versioned>('PUT', `${base}/parent-contacts/${id(rowId)}`, body),
  };
}

/** A write on a child's page (one of `childRequests`); the page is fetched again after it. */
export function useChildWrite<Body, Result>(send: (body: Body) => Promise<Result>) {
  return useMutation({ mutationFn: send, onSuccess: refreshChildren });
}

export function useRegisterConcern(stayId: string, personId: string) {
  return useMutation({
    mutationFn: (concern: string) =>
      sendJson<Created>('POST', `${childApi(stayId, personId)}/concerns`, { concern }),
    onSuccess: refreshAll,
  });
}

export function useConcern(concernId: string) {
  return useQuery({
    queryKey: [...concernsKey, 'concern', concernId],
    queryFn: ({ signal }) => getJson<Concern>(`/api${concernPath(concernId)}`, { signal }),
  });
}

export function useOpenConcerns(enabled: boolean) {
  return useQuery({
    queryKey: [...concernsKey, 'open'],
    queryFn: ({ signal }) =>
      getJson<{ items: ConcernListItem[] }>('/api/child-welfare/concerns?status=open', {
        signal,
      }).then((r) => r.items),
    enabled,
  });
}

export type ConcernStepBody =
  | { step: 'assess'; version: number; assessment: string }
  | { step: 'send'; version: number; officePartnerId: string; sentOn: string }
  | { step: 'not-sent'; version: number; reason: string };

export function useConcernStep(concernId: string) {
  return useMutation({
    mutationFn: ({ step, ...body }: ConcernStepBody) =>
      sendJson<Versioned>('POST', `/api${concernPath(concernId)}/${step}`, body),
    onSettled: refreshAll,
  });
}
