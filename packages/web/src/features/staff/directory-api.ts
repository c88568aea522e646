import type { Role } from '@havn/domain';
import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../api/client.ts';
import { staffKey } from './staff-api.ts';

/** One colleague in `GET /api/staff/directory`: active casework staff of the own centre. */
export interface Colleague {
  id: string;
  name: string;
  roles: Role[];
}

/** Under `staffKey`, so a change on the staff screen refreshes the pickers too. */
export const staffDirectoryKey = [...staffKey, 'directory'] as const;

/** The colleagues one can name as the staff who go, a task owner or a primary contact. */
export function useStaffDirectory() {
  return useQuery({
    queryKey: staffDirectoryKey,
    queryFn: ({ signal }) =>
      getJson<{ staff: Colleague[] }>('/api/staff/directory', { signal }).then((r) => r.staff),
    staleTime: 5 * 60_000,
  });
}
