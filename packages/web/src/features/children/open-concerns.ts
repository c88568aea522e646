import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/http.ts';

export const concernsKey = ['child-welfare'] as const;

/**
 * The §6 concerns not yet concluded, for the start page and the overview. Apart from
 * children-api.ts so that the start page brings this one query into the first load, not the
 * module's every request.
 */
export function useOpenConcerns(enabled: boolean) {
  return useQuery({
    queryKey: [...concernsKey, 'open'],
    queryFn: ({ signal }) =>
      dataOf(
        api.GET('/api/child-welfare/concerns', { params: { query: { status: 'open' } }, signal }),
      ).then((r) => r.items),
    enabled,
  });
}
