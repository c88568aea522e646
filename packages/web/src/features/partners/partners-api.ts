import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { $api } from '../../api/queries.ts';

/**
 * The partner types, as the server's `partnerTypes` (packages/server/src/modules/partners/
 * schema.ts) lists them, in its order. The server keeps that list to itself for now; each has a
 * translation under `partners.types`, so a new one fails tsc here once it is added here.
 */
export const partnerTypes = [
  'nav',
  'police',
  'child_welfare',
  'emergency_clinic',
  'family_counselling',
  'violence_coordinator',
  'refugee_office',
  'crime_victim_support',
  'rvts',
  'atv',
  'dps',
  'school',
  'kindergarten',
  'housing_office',
  'imdi',
  'udi',
  'interpreter_service',
  'health_service',
  'lawyer',
  'court',
  'other',
] as const;
export type PartnerType = (typeof partnerTypes)[number];

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
