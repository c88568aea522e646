import { useMutation } from '@tanstack/react-query';
import { sendJson } from '../../api/client.ts';
import { queryClient } from '../../api/query-client.ts';

/** A record a page can refuse, as `POST /api/break-glass` names it; a child is `person`. */
export interface GlassRecord {
  recordType: 'person' | 'stay' | 'day_user_case' | 'reestablishment_case';
  recordId: string;
}

/**
 * Breaks the glass for one record. Once granted, every query is fetched again: the page that
 * refused, and what it shows of the record, open now.
 */
export function useBreakGlass(record: GlassRecord) {
  return useMutation({
    mutationFn: (body: { reason: string; code: string }) =>
      sendJson<{ id: string; expiresAt: string }>('POST', '/api/break-glass', {
        ...record,
        ...body,
      }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
