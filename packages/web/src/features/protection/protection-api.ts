import { useMutation } from '@tanstack/react-query';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { $api, invalidate, useSend } from '../../api/queries.ts';

/** `GET /api/protection/items`. */
export type ThreatItem = Reply<'/api/protection/items', 'get'>['items'][number];
export type SafetyPlan = NonNullable<
  Reply<'/api/protection/intakes/{id}/safety-plan', 'get'>['plan']
>;
export type SafetyPlanContent = Pick<
  SafetyPlan,
  'routes' | 'phone' | 'school' | 'ifFound' | 'other'
>;
export type Incident = Reply<'/api/protection/incidents', 'get'>['items'][number];
export type RulesRevision = NonNullable<Reply<'/api/protection/house-rules', 'get'>['centre']>;

/**
 * Anything about risk or incidents changed: every protection view may be stale. Not awaited, so
 * a caller's own `onSuccess` runs before the refetch can replace the form it came from.
 */
const refreshAll = { onSuccess: () => void invalidate('/api/protection') };

const onIntake = (id: string) => ({ params: { path: { id } } });

export const useThreatItems = () =>
  $api.useQuery('get', '/api/protection/items', undefined, { select: (data) => data.items });

export const useAssessmentHistory = (intakeId: string | null) =>
  $api.useQuery('get', '/api/protection/intakes/{id}/assessments', onIntake(intakeId ?? ''), {
    enabled: intakeId !== null,
  });

export const useRecordAssessment = (intakeId: string) =>
  useSend('post', '/api/protection/intakes/{id}/assessments', onIntake(intakeId), refreshAll);

export const useSafetyPlan = (intakeId: string | null) =>
  $api.useQuery('get', '/api/protection/intakes/{id}/safety-plan', onIntake(intakeId ?? ''), {
    select: (data) => data.plan,
    enabled: intakeId !== null,
  });

export const useSaveSafetyPlan = (intakeId: string) =>
  useSend('put', '/api/protection/intakes/{id}/safety-plan', onIntake(intakeId), refreshAll);

export const useReviewSafetyPlan = (intakeId: string) =>
  useSend(
    'post',
    '/api/protection/intakes/{id}/safety-plan/review',
    onIntake(intakeId),
    refreshAll,
  );

export const useStayProtection = (stayId: string) =>
  $api.useQuery('get', '/api/protection/stays/{id}', { params: { path: { id: stayId } } });

export const useResidentChoices = () =>
  $api.useQuery('get', '/api/protection/residents', undefined, { select: (data) => data.items });

export const useOpenIncidents = () =>
  $api.useQuery('get', '/api/protection/incidents', undefined, { select: (data) => data.items });

export const useReportIncident = () => useSend('post', '/api/protection/incidents', {}, refreshAll);

export const useFollowUp = (incidentId: string) =>
  useSend(
    'put',
    '/api/protection/incidents/{id}/follow-up',
    { params: { path: { id: incidentId } } },
    refreshAll,
  );

export const useProtectionSettings = () => $api.useQuery('get', '/api/protection/settings');

export const useSaveSettings = () => useSend('put', '/api/protection/settings', {}, refreshAll);

type ItemChange =
  | ({ kind: 'create' } & RequestBody<'/api/protection/items', 'post'>)
  | ({ kind: 'update'; id: string } & RequestBody<'/api/protection/items/{id}', 'patch'>)
  | ({ kind: 'move'; id: string } & RequestBody<'/api/protection/items/{id}/move', 'post'>);

/** The one request an item change makes; what it answers is not read: the list is fetched again. */
function changeItem(change: ItemChange): Promise<unknown> {
  if (change.kind === 'create') {
    const { labelNb, labelEn } = change;
    return dataOf(api.POST('/api/protection/items', { body: { labelNb, labelEn } }));
  }
  const params = { path: { id: change.id } };
  if (change.kind === 'move') {
    const { version, direction } = change;
    return dataOf(
      api.POST('/api/protection/items/{id}/move', { params, body: { version, direction } }),
    );
  }
  const { kind: _kind, id: _id, ...body } = change;
  return dataOf(api.PATCH('/api/protection/items/{id}', { params, body }));
}

export const useItemChange = () =>
  useMutation({ mutationFn: changeItem, onSettled: () => invalidate('/api/protection/items') });

export const useHouseRules = () => $api.useQuery('get', '/api/protection/house-rules');

export const useSaveHouseRules = () =>
  useSend(
    'put',
    '/api/protection/house-rules',
    {},
    {
      onSettled: () => invalidate('/api/protection/house-rules'),
    },
  );
