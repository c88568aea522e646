import type {
  appointmentPlaces,
  ConversationChannel,
  JournalNoteType,
  StayClockStatus,
} from '@havn/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { getJson, sendJson } from '../../api/client.ts';
import { queryClient } from '../../api/query-client.ts';
import type { TransitionHome } from './TransitionHomeNotice.tsx';

export interface Named {
  id: string;
  name: string;
}

/** One row of `GET /api/stays/residents`: the essentials, never a name or a journal. */
export interface Resident {
  stayId: string;
  label: string | null;
  room: string | null;
  bed: string | null;
  unit: string | null;
  childrenCount: number;
  dayOfStay: number;
  clockStatus: StayClockStatus;
  noVisitors: boolean;
  perpetratorSearching: boolean;
  safetyNote: string | null;
  staffCheckIntervalMinutes: number | null;
  transitionHome: TransitionHome | null;
  canOpen: boolean;
}

export interface StayTask {
  id: string;
  description: string;
  source: string;
  owner: { kind: 'staff' | 'partner'; id: string; name: string } | null;
  dueOn: string | null;
  doneAt: string | null;
  doneBy: Named | null;
  version: number;
}

export interface StayPlan {
  goals: string | null;
  reviewIntervalDays: number;
  lastReviewedAt: string | null;
  lastReviewedBy: Named | null;
  nextReviewOn: string | null;
  reviewDue: boolean;
  reviews: { reviewedAt: string; reviewedBy: Named; note: string | null }[];
  version: number;
}

export interface StayFlags {
  noVisitors: boolean;
  perpetratorSearching: boolean;
  safetyNote: string | null;
  version: number | null;
}

export interface StayClockView {
  arrivalDate: string;
  asOfDate: string;
  dayOfStay: number;
  overnights: number;
  limitDays: number;
  warningDays: number;
  limitDate: string;
  warningFromDate: string;
  daysUntilLimit: number;
  daysBeyond: number;
  status: StayClockStatus;
  billDaysBeyond: boolean;
  termsSource: 'municipality' | 'centre_default' | 'built_in';
}

/** `GET /api/stays/:id`. */
export interface Municipality {
  number: string;
  name: string;
}

/** A change of the stay's home municipality; no reason where none was known before. */
export interface HomeMunicipalityCorrection {
  from: Municipality | null;
  to: Municipality | null;
  reason: string | null;
  correctedBy: Named;
  correctedAt: string;
}

export interface Stay {
  id: string;
  arrivalAt: string;
  departureAt: string | null;
  person: {
    id: string;
    displayName: string;
    /** The stay's, from arrival: the agreement follows it. */
    homeMunicipality: Municipality | null;
  };
  homeMunicipalityCorrections: HomeMunicipalityCorrection[];
  children: { id: string; displayName: string; birthDate: string | null }[];
  beds: { personId: string; bedLabel: string; roomName: string; unitName: string }[];
  clock: StayClockView;
  transitionHome: TransitionHome | null;
  primaryContact: Named | null;
  childResponsible: Named | null;
  intakeId: string | null;
  plan: StayPlan | null;
  tasks: StayTask[];
  flags: StayFlags;
  appointments: {
    id: string;
    personId: string;
    startsAt: string;
    endsAt: string;
    place: (typeof appointmentPlaces)[number];
    cancelled: boolean;
  }[];
  jointMeetings: { id: string; personId: string; heldAt: string; partners: string[] }[];
  version: number;
}

export interface JournalNote {
  id: string;
  person: { id: string; displayName: string; isChild: boolean };
  type: JournalNoteType;
  channel: ConversationChannel | null;
  parentPresent: boolean | null;
  body: string;
  author: Named;
  writtenAt: string;
  correctsId: string | null;
  correctedById: string | null;
}

/** What the journal form holds; saved as the draft as typed. */
export interface JournalDraft {
  personId: string;
  type: JournalNoteType | '';
  channel: ConversationChannel | '';
  parentPresent: 'yes' | 'no' | '';
  body: string;
  correctsId: string | null;
}

export interface MyTask extends StayTask {
  stayId: string;
  label: string | null;
}

export const staysKey = ['stays'] as const;
export const residentsKey = [...staysKey, 'residents'] as const;
export const myTasksKey = [...staysKey, 'tasks', 'mine'] as const;
export const stayKey = (id: string) => [...staysKey, id] as const;
export const journalKey = (id: string, filter: { personId?: string; type?: string } = {}) =>
  [...staysKey, id, 'journal', filter] as const;
export const draftKey = (id: string) => [...staysKey, id, 'draft'] as const;

const base = (id: string) => `/api/stays/${encodeURIComponent(id)}`;

export function useResidents() {
  return useQuery({
    queryKey: residentsKey,
    queryFn: ({ signal }) =>
      getJson<{ items: Resident[] }>('/api/stays/residents', { signal }).then((r) => r.items),
  });
}

export function useMyTasks(enabled: boolean) {
  return useQuery({
    queryKey: myTasksKey,
    queryFn: ({ signal }) =>
      getJson<{ items: MyTask[] }>('/api/stays/tasks/mine', { signal }).then((r) => r.items),
    enabled,
  });
}

export function useStay(id: string) {
  return useQuery({
    queryKey: stayKey(id),
    queryFn: ({ signal }) => getJson<Stay>(base(id), { signal }),
    retry: false,
  });
}

export function useJournal(id: string, filter: { personId?: string; type?: string }) {
  const query = new URLSearchParams(
    Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
  return useQuery({
    queryKey: journalKey(id, filter),
    queryFn: ({ signal }) =>
      getJson<{ items: JournalNote[] }>(`${base(id)}/journal${query ? `?${query}` : ''}`, {
        signal,
      }).then((r) => r.items),
  });
}

export function useJournalDraft(id: string) {
  return useQuery({
    queryKey: draftKey(id),
    queryFn: ({ signal }) =>
      getJson<{ draft: { payload: Partial<JournalDraft>; updatedAt: string } | null }>(
        `${base(id)}/journal/draft`,
        { signal },
      ).then((r) => r.draft),
    staleTime: 0,
    gcTime: 0,
  });
}

/** After a change: the stay page and its lists read again. */
export const refreshStay = (id: string) =>
  queryClient.invalidateQueries({ queryKey: [...staysKey, id] });

/**
 * A form's write on the stay page: on success the stay is read again and the form closes; each
 * failure counts an attempt, so the error is announced again even when its text is the same.
 */
export function useStayWrite<V>(
  stayId: string,
  write: (variables: V) => Promise<unknown>,
  onDone: () => void,
) {
  const [attempt, setAttempt] = useState(0);
  const mutation = useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await refreshStay(stayId);
      onDone();
    },
    onError: () => setAttempt((n) => n + 1),
  });
  return [mutation, attempt] as const;
}

export const staysApi = {
  setResponsible: (
    id: string,
    body: { primaryContactId: string | null; childResponsibleId: string | null; version: number },
  ) => sendJson('PUT', `${base(id)}/responsible`, body),
  setHomeMunicipality: (
    id: string,
    body: { homeMunicipalityNumber: string | null; reason: string | null; version: number },
  ) => sendJson('PUT', `${base(id)}/home-municipality`, body),
  putPlan: (
    id: string,
    body: { goals: string | null; reviewIntervalDays: number; version: number | null },
  ) => sendJson('PUT', `${base(id)}/plan`, body),
  reviewPlan: (id: string, body: { note: string | null; version: number }) =>
    sendJson('POST', `${base(id)}/plan/reviews`, body),
  addTask: (
    id: string,
    body: {
      description: string;
      measure: boolean;
      ownerUserId: string | null;
      ownerPartnerId: string | null;
      dueOn: string | null;
    },
  ) => sendJson<{ id: string }>('POST', `${base(id)}/tasks`, body),
  completeTask: (id: string, taskId: string, version: number) =>
    sendJson('POST', `${base(id)}/tasks/${encodeURIComponent(taskId)}/done`, { version }),
  putFlags: (
    id: string,
    body: {
      noVisitors: boolean;
      perpetratorSearching: boolean;
      safetyNote: string | null;
      version: number | null;
    },
  ) => sendJson('PUT', `${base(id)}/flags`, body),
  writeNote: (
    id: string,
    body: {
      personId: string;
      type: JournalNoteType;
      channel: ConversationChannel | null;
      parentPresent: boolean | null;
      body: string;
      correctsId: string | null;
    },
  ) => sendJson<{ id: string }>('POST', `${base(id)}/journal`, body),
  saveDraft: (id: string, payload: JournalDraft, keepalive = false) =>
    sendJson('PUT', `${base(id)}/journal/draft`, { payload }, { keepalive }),
  discardDraft: (id: string) => sendJson('DELETE', `${base(id)}/journal/draft`),
};
