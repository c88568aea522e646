import { useQuery } from '@tanstack/react-query';
import { api, dataOf, type Reply } from '../../api/http.ts';
import { staffKey } from './staff-api.ts';

/** One colleague in `GET /api/staff/directory`: active casework staff of the own centre. */
export type Colleague = Reply<'/api/staff/directory', 'get'>['staff'][number];

/** Under `staffKey`, so a change on the staff screen refreshes the pickers too. */
export const staffDirectoryKey = [...staffKey, 'directory'] as const;

/** The colleagues one can name as the staff who go, a task owner or a primary contact. */
export function useStaffDirectory() {
  return useQuery({
    queryKey: staffDirectoryKey,
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/staff/directory', { signal })).then((r) => r.staff),
    staleTime: 5 * 60_000,
  });
}
