import type { Reply, RequestBody } from '../../api/http.ts';
import { $api, invalidate, useSend } from '../../api/queries.ts';
import { queryClient } from '../../api/query-client.ts';

export type DepartureView = Reply<'/api/stays/{id}/departure', 'get'>;

/**
 * A departure or correction changes the stay everywhere: the board, the plan, the capacity board,
 * and protection, which asks no more reassessments of a stay that has ended.
 */
export const refreshAfterDeparture = () =>
  Promise.all([
    invalidate(['/api/move-out', '/api/stays', '/api/capacity', '/api/protection']),
    // The place search's and the journal's own keys (FindPlacePage, stays-api.ts), not a route's.
    queryClient.invalidateQueries({ queryKey: ['capacity'] }),
    queryClient.invalidateQueries({ queryKey: ['stays'] }),
  ]);

const onStay = (id: string) => ({ params: { path: { id } } });

export const useDeparture = (stayId: string) =>
  $api.useQuery('get', '/api/stays/{id}/departure', onStay(stayId));

export type RegisterDepartureBody = RequestBody<'/api/stays/{id}/departure', 'post'>;

// Refreshed when the dialog closes (refreshAfterDeparture): a list refreshed now would drop the row
// the dialog was opened from, and the confirmation with it.
export const useRegisterDeparture = (stayId: string) =>
  useSend('post', '/api/stays/{id}/departure', onStay(stayId));

export const useCorrectStay = (stayId: string) =>
  useSend('post', '/api/stays/{id}/correction', onStay(stayId), {
    onSettled: refreshAfterDeparture,
  });
