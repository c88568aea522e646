import { useQuery } from '@tanstack/react-query';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { queryClient } from '../../api/query-client.ts';

/** `GET /api/agreements`. */
export type Agreements = Reply<'/api/agreements', 'get'>;
export type AgreementTerms = Agreements['default'];

export const agreementsKey = ['agreements'] as const;

export function useAgreements() {
  return useQuery({
    queryKey: agreementsKey,
    queryFn: ({ signal }) => dataOf(api.GET('/api/agreements', { signal })),
  });
}

/** `municipality` is a municipality number, or 'default' for the centre's default. */
export async function putAgreement(
  municipality: string,
  body: RequestBody<'/api/agreements/{municipalityNumber}', 'put'>,
) {
  await dataOf(
    api.PUT('/api/agreements/{municipalityNumber}', {
      params: { path: { municipalityNumber: municipality } },
      body,
    }),
  );
  await queryClient.invalidateQueries({ queryKey: agreementsKey });
}
