import type { Reply } from '../../api/http.ts';
import { $api } from '../../api/queries.ts';

/** One colleague in `GET /api/staff/directory`: active casework staff of the own centre. */
export type Colleague = Reply<'/api/staff/directory', 'get'>['staff'][number];

/**
 * The colleagues one can name as the staff who go, a task owner or a primary contact. Under
 * `/api/staff`, so a change on the staff screen refreshes the pickers too.
 */
export const useStaffDirectory = () =>
  $api.useQuery('get', '/api/staff/directory', undefined, {
    select: (data) => data.staff,
    staleTime: 5 * 60_000,
  });
