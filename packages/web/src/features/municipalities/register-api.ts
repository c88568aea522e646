import { useQuery } from '@tanstack/react-query';
import { api, dataOf, type Reply } from '../../api/http.ts';

/** One row of `GET /api/municipalities`: the public register, the centre's own marked. */
export type RegisterEntry = Reply<'/api/municipalities', 'get'>['items'][number];

/**
 * The whole register, fetched once: a few hundred rows, searched here so that what staff type
 * about where a person lives never leaves the browser.
 */
export function useMunicipalityRegister() {
  return useQuery({
    queryKey: ['municipalities', 'register'],
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/municipalities', { signal })).then((r) => r.items),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
