import { useMutation } from '@tanstack/react-query';
import { api, dataOf, type RequestBody } from '../../api/http.ts';
import { queryClient } from '../../api/query-client.ts';

/** A record a page can refuse, as `POST /api/break-glass` names it; a child is `person`. */
export type GlassRecord = Pick<RequestBody<'/api/break-glass', 'post'>, 'recordType' | 'recordId'>;

/**
 * Breaks the glass for one record. Once granted, every query is fetched again: the page that
 * refused, and what it shows of the record, open now.
 */
export function useBreakGlass(record: GlassRecord) {
  return useMutation({
    mutationFn: (body: { reason: string; code: string }) =>
      dataOf(api.POST('/api/break-glass', { body: { ...record, ...body } })),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
