import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { $api, invalidate } from '../../api/queries.ts';

/** `GET /api/agreements`. */
export type Agreements = Reply<'/api/agreements', 'get'>;
export type AgreementTerms = Agreements['default'];

export const useAgreements = () => $api.useQuery('get', '/api/agreements');

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
  await invalidate('/api/agreements');
}
