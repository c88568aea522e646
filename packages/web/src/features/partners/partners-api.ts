import { type PartnerType, partnerTypes } from '@havn/domain';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { $api } from '../../api/queries.ts';

/** One row of `GET /api/partners`. */
export type Partner = Reply<'/api/partners', 'get'>['items'][number];
export type PartnerFields = RequestBody<'/api/partners', 'post'>;

/** What a write on partners invalidates: the list, and the options for a meeting. */
export const partnersKey = $api.queryOptions('get', '/api/partners').queryKey;

export const usePartners = () =>
  $api.useQuery('get', '/api/partners', undefined, {
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });

/** The partners grouped by type, in the order of `partnerTypes`; empty types left out. */
export function byType(partners: readonly Partner[]): [PartnerType, Partner[]][] {
  return partnerTypes
    .map((type) => [type, partners.filter((p) => p.type === type)] as [PartnerType, Partner[]])
    .filter(([, list]) => list.length > 0);
}

export const partnersApi = {
  create: (body: PartnerFields) => dataOf(api.POST('/api/partners', { body })),
  update: (id: string, body: RequestBody<'/api/partners/{id}', 'patch'>) =>
    dataOf(api.PATCH('/api/partners/{id}', { params: { path: { id } }, body })),
};
