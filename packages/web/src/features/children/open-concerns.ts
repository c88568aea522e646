import { $api } from '../../api/queries.ts';

/**
 * The §6 concerns not yet concluded, for the start page and the overview. Apart from
 * children-api.ts so that the start page brings this one query into the first load, not the
 * module's every request.
 */
export const useOpenConcerns = (enabled: boolean) =>
  $api.useQuery(
    'get',
    '/api/child-welfare/concerns',
    { params: { query: { status: 'open' } } },
    { select: (data) => data.items, enabled },
  );
