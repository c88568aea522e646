import {
  contactActions,
  contactChannels,
  contactParties,
  contactTopics,
  contactUrgencies,
  type ContactAction,
  type ContactChannel,
  type ContactParty,
} from '@havn/domain';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { osloDate } from '../../lib/datetime.ts';

export type ContactTopic = (typeof contactTopics)[number];
export type ContactUrgency = (typeof contactUrgencies)[number];
export { contactActions, contactChannels, contactParties, contactTopics, contactUrgencies };
export type { ContactAction, ContactChannel, ContactParty };

type ContactLog = Reply<'/api/contacts', 'get'>;
/** One entry of `GET /api/contacts`. */
export type ContactSummary = ContactLog['items'][number];
/** The household a contact described: the adult's gender and the children's ages. */
export type Household = NonNullable<ContactSummary['household']>;
export type ContactDetail = Reply<'/api/contacts/{id}', 'get'>;
export type ContactCount = Reply<'/api/contacts/counts', 'get'>['items'][number];
export type LogContactBody = RequestBody<'/api/contacts', 'post'>;
/** `PATCH /api/contacts/:id`: the fields that changed, and the version they were read at. */
export type EditContactBody = RequestBody<'/api/contacts/{id}', 'patch'>;
export type Draft = Reply<'/api/contacts/drafts', 'get'>['items'][number];

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
      const query = {
        from: new Date(Date.now() - periodHours[filter.period] * 3_600_000).toISOString(),
        limit: 25,
        ...(filter.channel ? { channel: filter.channel } : {}),
        ...(filter.action ? { action: filter.action } : {}),
        ...(pageParam ? { before: pageParam } : {}),
      };
      return dataOf(api.GET('/api/contacts', { params: { query }, signal }));
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
        dataOf(
          api.GET('/api/contacts/counts', { params: { query: { from, to: today, by } }, signal }),
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
      dataOf(api.GET('/api/contacts/{id}', { params: { path: { id } }, signal })),
    enabled,
  });
}

/** My unfinished contacts, kept on the server (sealed), never in the browser's storage. */
export function useDrafts(enabled: boolean) {
  return useQuery({
    queryKey: draftsKey,
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/contacts/drafts', { signal })).then((r) => r.items),
    enabled,
  });
}

const draft = (id: string) => ({ params: { path: { id } } });

export const contactsApi = {
  log: (body: LogContactBody) => dataOf(api.POST('/api/contacts', { body })),
  edit: (id: string, body: EditContactBody) =>
    dataOf(api.PATCH('/api/contacts/{id}', { params: { path: { id } }, body })),
  saveDraft: (id: string, openedAt: string, payload: Draft['payload'], keepalive = false) =>
    dataOf(
      api.PUT('/api/contacts/drafts/{id}', {
        ...draft(id),
        body: { openedAt, payload },
        keepalive,
      }),
    ),
  discardDraft: (id: string) => dataOf(api.DELETE('/api/contacts/drafts/{id}', draft(id))),
};
