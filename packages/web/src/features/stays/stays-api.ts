import {
  conversationChannels,
  journalNoteTypes,
  type ConversationChannel,
  type JournalNoteType,
} from '@havn/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { oneOf } from '../../lib/one-of.ts';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { $api, invalidate } from '../../api/queries.ts';
import { queryClient } from '../../api/query-client.ts';

/** The journal's and the draft's own keys, apart from the routes': what they cache is reshaped. */
export const staysKey = ['stays'] as const;

/** One row of `GET /api/stays/residents`: the essentials, never a name or a journal. */
export type Resident = Reply<'/api/stays/residents', 'get'>['items'][number];
/** `GET /api/stays/:id`. */
export type Stay = Reply<'/api/stays/{id}', 'get'>;
export type StayTask = Stay['tasks'][number];
export type Municipality = NonNullable<Stay['person']['homeMunicipality']>;
export type JournalNote = Reply<'/api/stays/{id}/journal', 'get'>['items'][number];
type JournalFilter = { personId?: string; type?: JournalNoteType };

/** What the journal form holds; saved as the draft as typed. */
export type JournalDraft = {
  personId: string;
  type: JournalNoteType | '';
  channel: ConversationChannel | '';
  parentPresent: 'yes' | 'no' | '';
  body: string;
  correctsId: string | null;
};

/**
 * A saved draft as the form can take it back. The server keeps a draft as it was sent, unread,
 * so a field that does not fit the form as it is now (one an older version saved) is left out.
 */
function journalDraftOf(payload: Record<string, unknown>): Partial<JournalDraft> {
  const { personId, type, channel, parentPresent, body, correctsId } = payload;
  return {
    ...(typeof personId === 'string' ? { personId } : {}),
    ...(type === '' || oneOf(journalNoteTypes)(type) ? { type } : {}),
    ...(channel === '' || oneOf(conversationChannels)(channel) ? { channel } : {}),
    ...(oneOf(['yes', 'no', ''] as const)(parentPresent) ? { parentPresent } : {}),
    ...(typeof body === 'string' ? { body } : {}),
    ...(typeof correctsId === 'string' || correctsId === null ? { correctsId } : {}),
  };
}

export const journalKey = (id: string, filter: object = {}) =>
  [...staysKey, id, 'journal', filter] as const;
export const draftKey = (id: string) => [...staysKey, id, 'draft'] as const;

const onStay = (id: string) => ({ params: { path: { id } } });

export const useResidents = () =>
  $api.useQuery('get', '/api/stays/residents', undefined, { select: (data) => data.items });

export const useStay = (id: string) =>
  $api.useQuery('get', '/api/stays/{id}', onStay(id), { retry: false });

/** The stay's journal notes, of one person or type if asked. */
export const fetchJournal = (id: string, filter: JournalFilter, signal?: AbortSignal) =>
  dataOf(
    api.GET('/api/stays/{id}/journal', { params: { path: { id }, query: filter }, signal }),
  ).then((r) => r.items);

/** `''` for a filter not set: every person, every type. */
export function useJournal(id: string, filter: { personId?: string; type?: JournalNoteType | '' }) {
  return useQuery({
    queryKey: journalKey(id, filter),
    queryFn: ({ signal }) =>
      fetchJournal(
        id,
        { personId: filter.personId || undefined, type: filter.type || undefined },
        signal,
      ),
  });
}

export function useJournalDraft(id: string) {
  return useQuery({
    queryKey: draftKey(id),
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/stays/{id}/journal/draft', { ...onStay(id), signal })).then(
        ({ draft }) => draft && { ...draft, payload: journalDraftOf(draft.payload) },
      ),
    staleTime: 0,
    gcTime: 0,
  });
}

/** After a change: the stay page and its lists read again. */
export const refreshStay = (id: string) =>
  Promise.all([
    invalidate('/api/stays/{id}', { id }),
    queryClient.invalidateQueries({ queryKey: [...staysKey, id] }),
  ]);

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
  setResponsible: (id: string, body: RequestBody<'/api/stays/{id}/responsible', 'put'>) =>
    dataOf(api.PUT('/api/stays/{id}/responsible', { ...onStay(id), body })),
  setHomeMunicipality: (
    id: string,
    body: RequestBody<'/api/stays/{id}/home-municipality', 'put'>,
  ) => dataOf(api.PUT('/api/stays/{id}/home-municipality', { ...onStay(id), body })),
  putPlan: (id: string, body: RequestBody<'/api/stays/{id}/plan', 'put'>) =>
    dataOf(api.PUT('/api/stays/{id}/plan', { ...onStay(id), body })),
  reviewPlan: (id: string, body: RequestBody<'/api/stays/{id}/plan/reviews', 'post'>) =>
    dataOf(api.POST('/api/stays/{id}/plan/reviews', { ...onStay(id), body })),
  addTask: (id: string, body: RequestBody<'/api/stays/{id}/tasks', 'post'>) =>
    dataOf(api.POST('/api/stays/{id}/tasks', { ...onStay(id), body })),
  completeTask: (id: string, taskId: string, version: number) =>
    dataOf(
      api.POST('/api/stays/{id}/tasks/{taskId}/done', {
        params: { path: { id, taskId } },
        body: { version },
      }),
    ),
  putFlags: (id: string, body: RequestBody<'/api/stays/{id}/flags', 'put'>) =>
    dataOf(api.PUT('/api/stays/{id}/flags', { ...onStay(id), body })),
  writeNote: (id: string, body: RequestBody<'/api/stays/{id}/journal', 'post'>) =>
    dataOf(api.POST('/api/stays/{id}/journal', { ...onStay(id), body })),
  saveDraft: (id: string, payload: JournalDraft, keepalive = false) =>
    dataOf(
      api.PUT('/api/stays/{id}/journal/draft', { ...onStay(id), body: { payload }, keepalive }),
    ),
  discardDraft: (id: string) => dataOf(api.DELETE('/api/stays/{id}/journal/draft', onStay(id))),
};
