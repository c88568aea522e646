import { $api } from '../../api/queries.ts';

/**
 * The whole register, fetched once: a few hundred rows, searched here so that what staff type
 * about where a person lives never leaves the browser.
 */
export const useMunicipalityRegister = () =>
  $api.useQuery('get', '/api/municipalities', undefined, {
    select: (data) => data.items,
    staleTime: Number.POSITIVE_INFINITY,
  });
