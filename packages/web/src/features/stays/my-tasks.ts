import { $api } from '../../api/queries.ts';

/**
 * The user's open tasks on stays, for the start page. Apart from stays-api.ts so that the start
 * page brings this one query into the first load, not the module's every request.
 */
export const useMyTasks = (enabled: boolean) =>
  $api.useQuery('get', '/api/stays/tasks/mine', undefined, {
    select: (data) => data.items,
    enabled,
  });
