import type { RegisterMunicipality } from '@havn/domain';
import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../api/client.ts';

/** One row of `GET /api/municipalities`: the public register, the centre's own marked. */
export interface RegisterEntry extends RegisterMunicipality {
  officialName: string;
  countyName: string;
  centre: boolean;
}

/**
 * The whole register, fetched once: a few hundred rows, searched here so that what staff type
 * about where a person lives never leaves the browser.
 */
export function useMunicipalityRegister() {
  return useQuery({
    queryKey: ['municipalities', 'register'],
    queryFn: ({ signal }) =>
      getJson<{ items: RegisterEntry[] }>('/api/municipalities', { signal }).then((r) => r.items),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
