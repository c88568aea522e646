import {
  contactActions,
  contactChannels,
  contactParties,
  contactTopics,
  contactUrgencies,
  type ContactAction,
  type ContactChannel,
  type ContactNoteHiddenReason,
  type ContactParty,
} from '@havn/domain';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { getJson, sendJson } from '../../api/client.ts';
import { osloDate } from '../../lib/datetime.ts';

export type ContactTopic = (typeof contactTopics)[number];
export type ContactUrgency = (typeof contactUrgencies)[number];
export { contactActions, contactChannels, contactParties, contactTopics, contactUrgencies };
export type { ContactAction, ContactChannel, ContactParty };

type Named = { id: string; name: string } | null;

/** The household a contact described: the adult's gender and the children's ages. */
export interface Household {
  adultGender: 'female' | 'male' | 'other';
  children: { age: number }[];
}

/** One entry of `GET /api/contacts`. */
export interface ContactSummary {
  id: string;
  openedAt: string;
  loggedAt: string;
  channel: ContactChannel;
  contactBy: ContactParty;
  partner: Named;
  /** Null when anonymous, or when the person is not one this user may open. */
  person: Named;
  /** A person is linked, even if this user may not see who. */
  personLinked: boolean;
  topics: ContactTopic[];
  urgency: ContactUrgency;
  actions: ContactAction[];
  referralPartner: Named;
  durationMinutes: number;
  oneToOnePhone: boolean;
  author: Named;
  hasNotes: boolean;
  /** Why this user does not read the note: it is for the shift it belongs to. */
  noteHidden: ContactNoteHiddenReason | null;
  household: Household | null;
}

export interface ContactDetail extends ContactSummary {
  notes: string | null;
  version: number;
}

export interface ContactCount {
  period: string;
  total: number;
  byChannel: Record<ContactChannel, number>;
  oneToOnePhone: number;
}

export interface LogContactBody {
  openedAt: string;
  channel: ContactChannel;
  contactBy: ContactParty;
  partnerId: string | null;
  personId: string | null;
  topics: ContactTopic[];
  urgency: ContactUrgency;
  actions: ContactAction[];
  referralPartnerId: string | null;
  durationMinutes?: number;
  oneToOnePhone: boolean;
  notes: string | null;
  household: Household | null;
  draftId: string;
}

/** `PATCH /api/contacts/:id`: the fields that changed, and the version they were read at. */
export type EditContactBody = Partial<Omit<LogContactBody, 'openedAt' | 'draftId'>> & {
  version: number;
};

export interface Draft {
  id: string;
  openedAt: string;
  updatedAt: string;
  payload: Record<string, unknown>;
}

export const contactsKey = ['contacts'] as const;
export const draftsKey = ['contacts', 'drafts'] as const;

/** The periods the log can show, counted back from now. */
export const periods = ['day', 'week', 'month'] as const;
export type Period = (typeof periods)[number];
const periodHours: Record<Period, number> = { day: 24, week: 7 * 24, month: 31 * 24 };

export interface LogFilter {
  period: Period;
  channel: ContactChannel | '';
  action: ContactAction | '';
}

/** The log, newest first, a page at a time ("Vis eldre" asks for the next). */
export function useContactLog(filter: LogFilter) {
  return useInfiniteQuery({
    queryKey: ['contacts', 'log', filter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({
        from: new Date(Date.now() - periodHours[filter.period] * 3_600_000).toISOString(),
        limit: '25',
      });
      if (filter.channel) params.set('channel', filter.channel);
      if (filter.action) params.set('action', filter.action);
      if (pageParam) params.set('before', pageParam);
      return getJson<{ items: ContactSummary[]; nextBefore: string | null }>(
        `/api/contacts?${params}`,
        { signal },
      );
    },
    getNextPageParam: (last) => last.nextBefore,
  });
}

/** Today's and this month's counts, in Oslo: no personal data. */
export function useContactCounts() {
  const today = osloDate(new Date());
  const monthStart = `${today.slice(0, 7)}-01`;
  return useQuery({
    queryKey: ['contacts', 'counts', today],
    queryFn: async ({ signal }) => {
      const get = (from: string, by: 'day' | 'month') =>
        getJson<{ items: ContactCount[] }>(
          `/api/contacts/counts?from=${from}&to=${today}&by=${by}`,
          { signal },
        ).then((r) => r.items);
      const [day, month] = await Promise.all([get(today, 'day'), get(monthStart, 'month')]);
      return {
        today: day.find((c) => c.period === today) ?? null,
        month: month.find((c) => c.period === today.slice(0, 7)) ?? null,
        monthPeriod: today.slice(0, 7),
      };
    },
  });
}

export function useContactDetail(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['contacts', 'detail', id],
    queryFn: ({ signal }) =>
      getJson<ContactDetail>(`/api/contacts/${encodeURIComponent(id)}`, { signal }),
    enabled,
  });
}

/** My unfinished contacts, kept on the server (sealed), never in the browser's storage. */
export function useDrafts(enabled: boolean) {
  return useQuery({
    queryKey: draftsKey,
    queryFn: ({ signal }) =>
      getJson<{ items: Draft[] }>('/api/contacts/drafts', { signal }).then((r) => r.items),
    enabled,
  });
}

const draftPath = (id: string) => `/api/contacts/drafts/${encodeURIComponent(id)}`;

export const contactsApi = {
  log: (body: LogContactBody) =>
    sendJson<{ id: string; durationMinutes: number }>('POST', '/api/contacts', body),
  edit: (id: string, body: EditContactBody) =>
    sendJson<{ version: number }>('PATCH', `/api/contacts/${encodeURIComponent(id)}`, body),
  saveDraft: (id: string, openedAt: string, payload: object, keepalive = false) =>
    sendJson('PUT', draftPath(id), { openedAt, payload }, { keepalive }),
  discardDraft: (id: string) => sendJson('DELETE', draftPath(id)),
};
