import { auditRecordTypes, type AuditRecordType } from '@havn/domain';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api, dataOf, type Reply } from '../../api/http.ts';
import { $api, invalidate } from '../../api/queries.ts';
import { currentLanguage } from '../../i18n/index.ts';

/** One row of `GET /api/break-glass`. */
export type Grant = Reply<'/api/break-glass', 'get'>['items'][number];

/** A page of the audit log, as the audit views give it. Names of fields, never values. */
export type AuditPage = Reply<'/api/staff/{id}/activity', 'get'>;
export type AuditEntry = AuditPage['items'][number];

/** What "Hvem har sett eller endret" looks up: kept in component state, never in the URL. */
export interface RecordLookup {
  recordType: AuditRecordType;
  recordId: string;
}

export const isAuditRecordType = (value: unknown): value is AuditRecordType =>
  typeof value === 'string' && (auditRecordTypes as readonly string[]).includes(value);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => uuidPattern.test(value);

/** A lookup handed over in the router's state (not the URL), from another audit view. */
export function lookupFromState(state: unknown): RecordLookup | null {
  if (typeof state !== 'object' || state === null || !('lookup' in state)) return null;
  const lookup = state.lookup as Partial<RecordLookup> | null;
  if (!lookup || !isAuditRecordType(lookup.recordType)) return null;
  if (typeof lookup.recordId !== 'string' || !isUuid(lookup.recordId)) return null;
  return { recordType: lookup.recordType, recordId: lookup.recordId };
}

/** Break-the-glass grants waiting for review, or those already reviewed. Newest first. */
export const useGrants = (reviewed: boolean) =>
  $api.useQuery(
    'get',
    '/api/break-glass',
    { params: { query: { reviewed: reviewed ? 'true' : 'false' } } },
    { select: (data) => data.items },
  );

/** Marks a grant as reviewed; both lists are fetched again whatever the answer. */
export const useReviewGrant = () =>
  useMutation({
    mutationFn: (grant: Grant) =>
      dataOf(api.POST('/api/break-glass/{id}/review', { params: { path: { id: grant.id } } })),
    onSettled: () => invalidate('/api/break-glass'),
  });

/** Someone became primary contact of a person with a protected address: one row to review. */
export type AddressAccess = Reply<'/api/access/protected-addresses', 'get'>['items'][number];

export const useAddressAccess = () =>
  $api.useQuery('get', '/api/access/protected-addresses', undefined, {
    select: (data) => data.items,
  });

export const useReviewAddressAccess = () =>
  useMutation({
    mutationFn: (item: AddressAccess) =>
      dataOf(
        api.POST('/api/access/protected-addresses/{id}/review', {
          params: { path: { id: item.id } },
        }),
      ),
    onSettled: () => invalidate('/api/access/protected-addresses'),
  });

const pageSize = 50;

/**
 * A page at a time of the audit log, newest first ("Vis eldre" asks for the next). Each answer
 * is itself logged as a look at the log, so it is not fetched again just because the window
 * regained focus.
 */
type PageQuery = { limit: number; before?: number };
function useAuditPages(
  key: readonly unknown[],
  fetchPage: (query: PageQuery, signal: AbortSignal) => Promise<AuditPage>,
  enabled = true,
) {
  return useInfiniteQuery({
    queryKey: ['audit', ...key],
    enabled,
    initialPageParam: null as number | null,
    queryFn: ({ pageParam, signal }) =>
      fetchPage({ limit: pageSize, ...(pageParam === null ? {} : { before: pageParam }) }, signal),
    getNextPageParam: (last) => last.nextBefore,
    refetchOnWindowFocus: false,
  });
}

/** Who has seen or changed one record. `round` asks again when the same lookup is repeated. */
export const useRecordHistory = (lookup: RecordLookup, round: number) =>
  useAuditPages(['record', lookup.recordType, lookup.recordId, round], (query, signal) =>
    dataOf(
      api.GET('/api/audit/records/{recordType}/{recordId}', {
        params: { path: lookup, query },
        signal,
      }),
    ),
  );

/** What one staff member has opened and changed. */
export const useStaffActivity = (id: string, enabled: boolean) =>
  useAuditPages(
    ['staff', id],
    (query, signal) =>
      dataOf(api.GET('/api/staff/{id}/activity', { params: { path: { id }, query }, signal })),
    enabled,
  );

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment in the centres' time zone, to the second: "24.11.2026, 03:12:45". */
export function formatAuditTime(iso: string): string {
  const locale = currentLanguage() === 'nb' ? 'nb-NO' : 'en-GB';
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: 'Europe/Oslo',
      dateStyle: 'short',
      timeStyle: 'medium',
    });
    timeFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}
