import { $api } from '../../api/queries.ts';

/**
 * Residents whose risk must be (re)assessed, for the start page. Apart from protection-api.ts so
 * that the start page brings this one query into the first load, not the module's every request.
 * Under `/api/protection`, so every change about risk refreshes it too.
 */
export const useOverdue = (enabled: boolean) =>
  $api.useQuery('get', '/api/protection/overdue', undefined, {
    select: (data) => data.items,
    enabled,
  });
