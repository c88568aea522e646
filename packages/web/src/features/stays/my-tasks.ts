import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/http.ts';

export const staysKey = ['stays'] as const;
export const myTasksKey = [...staysKey, 'tasks', 'mine'] as const;

/**
 * The user's open tasks on stays, for the start page. Apart from stays-api.ts so that the start
 * page brings this one query into the first load, not the module's every request.
 */
export function useMyTasks(enabled: boolean) {
  return useQuery({
    queryKey: myTasksKey,
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/stays/tasks/mine', { signal })).then((r) => r.items),
    enabled,
  });
}
