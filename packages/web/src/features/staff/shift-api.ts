import { useMutation } from '@tanstack/react-query';
import { api, dataOf } from '../../api/http.ts';
import { $api } from '../../api/queries.ts';
import { meQueryKey, queryClient } from '../../api/query-client.ts';
import { can, type Authenticated } from '../../auth/me.ts';

const shiftQuery = $api.queryOptions('get', '/api/shifts/current');

/** Whether this user has shifts at all: the casework roles. */
export const hasShifts = (me: Authenticated) => can(me, 'shifts.own');

/**
 * Whether being on shift decides what this user reaches: a coordinator or night watch opens
 * person records and colleagues' contacts only on shift; the unit leader always.
 */
export const shiftGivesAccess = (me: Authenticated) =>
  hasShifts(me) && !me.user.roles.includes('unit_leader');

export const useShift = (me: Authenticated) =>
  $api.useQuery('get', '/api/shifts/current', undefined, { enabled: hasShifts(me) });

/**
 * The user is off shift and that hides records from them. Unknown (still asking) counts as on
 * shift, so the notice does not flash while the answer is on its way.
 */
export function useOffShift(me: Authenticated): boolean {
  const shift = useShift(me);
  return shiftGivesAccess(me) && shift.data?.onShift === false;
}

/**
 * Starts or ends the shift. What the user may see changes with it, so every answer cached so far
 * (except who is logged in) is asked for again. At the end of a shift what was seen on it is
 * dropped at once, not shown while asking again.
 */
export function useShiftChange() {
  return useMutation({
    mutationFn: (change: 'start' | 'end') =>
      dataOf(api.POST(change === 'start' ? '/api/shifts/start' : '/api/shifts/end')),
    onSuccess: async (state) => {
      queryClient.setQueryData(shiftQuery.queryKey, state);
      const filter = {
        predicate: (q: { queryKey: readonly unknown[] }) =>
          q.queryKey[0] !== meQueryKey[0] && q.queryKey[1] !== shiftQuery.queryKey[1],
      };
      await (state.onShift
        ? queryClient.invalidateQueries(filter)
        : queryClient.resetQueries(filter));
    },
  });
}
