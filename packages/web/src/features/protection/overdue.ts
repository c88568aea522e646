import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/http.ts';

/** Under the protection key, so every change about risk refreshes it too. */
export const overdueKey = ['protection', 'overdue'] as const;

/**
 * Residents whose risk must be (re)assessed, for the start page. Apart from protection-api.ts so
 * that the start page brings this one query into the first load, not the module's every request.
 */
export function useOverdue(enabled: boolean) {
  return useQuery({
    queryKey: overdueKey,
    queryFn: ({ signal }) => dataOf(api.GET('/api/protection/overdue', { signal })),
    select: (data) => data.items,
    enabled,
  });
}
