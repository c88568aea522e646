import { useMutation, useQuery } from '@tanstack/react-query';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { queryClient } from '../../api/query-client.ts';

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

const key = ['protection'] as const;
const keys = {
  items: [...key, 'items'],
  settings: [...key, 'settings'],
  houseRules: [...key, 'house-rules'],
  history: (intakeId: string) => [...key, 'intake', intakeId, 'assessments'],
  plan: (intakeId: string) => [...key, 'intake', intakeId, 'plan'],
  stay: (stayId: string) => [...key, 'stay', stayId],
  incidents: [...key, 'incidents'],
  residents: [...key, 'residents'],
};

/**
 * Anything about risk or incidents changed: every protection view may be stale. Not awaited, so
 * a caller's own `onSuccess` runs before the refetch can replace the form it came from.
 */
const refreshAll = () => {
  void queryClient.invalidateQueries({ queryKey: key });
};

const onIntake = (id: string) => ({ params: { path: { id } } });

export function useThreatItems() {
  return useQuery({
    queryKey: keys.items,
    queryFn: ({ signal }) => dataOf(api.GET('/api/protection/items', { signal })),
    select: (data) => data.items,
  });
}

export function useAssessmentHistory(intakeId: string | null) {
  return useQuery({
    queryKey: keys.history(intakeId ?? ''),
    queryFn: ({ signal }) =>
      dataOf(
        api.GET('/api/protection/intakes/{id}/assessments', {
          ...onIntake(intakeId ?? ''),
          signal,
        }),
      ),
    enabled: intakeId !== null,
  });
}

export function useRecordAssessment(intakeId: string) {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/protection/intakes/{id}/assessments', 'post'>) =>
      dataOf(api.POST('/api/protection/intakes/{id}/assessments', { ...onIntake(intakeId), body })),
    onSuccess: refreshAll,
  });
}

export function useSafetyPlan(intakeId: string | null) {
  return useQuery({
    queryKey: keys.plan(intakeId ?? ''),
    queryFn: ({ signal }) =>
      dataOf(
        api.GET('/api/protection/intakes/{id}/safety-plan', {
          ...onIntake(intakeId ?? ''),
          signal,
        }),
      ),
    select: (data) => data.plan,
    enabled: intakeId !== null,
  });
}

export function useSaveSafetyPlan(intakeId: string) {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/protection/intakes/{id}/safety-plan', 'put'>) =>
      dataOf(api.PUT('/api/protection/intakes/{id}/safety-plan', { ...onIntake(intakeId), body })),
    onSuccess: refreshAll,
  });
}

export function useReviewSafetyPlan(intakeId: string) {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/protection/intakes/{id}/safety-plan/review', 'post'>) =>
      dataOf(
        api.POST('/api/protection/intakes/{id}/safety-plan/review', {
          ...onIntake(intakeId),
          body,
        }),
      ),
    onSuccess: refreshAll,
  });
}

export function useStayProtection(stayId: string) {
  return useQuery({
    queryKey: keys.stay(stayId),
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/protection/stays/{id}', { params: { path: { id: stayId } }, signal })),
  });
}

export function useResidentChoices() {
  return useQuery({
    queryKey: keys.residents,
    queryFn: ({ signal }) => dataOf(api.GET('/api/protection/residents', { signal })),
    select: (data) => data.items,
  });
}

export function useOpenIncidents() {
  return useQuery({
    queryKey: keys.incidents,
    queryFn: ({ signal }) => dataOf(api.GET('/api/protection/incidents', { signal })),
    select: (data) => data.items,
  });
}

export function useReportIncident() {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/protection/incidents', 'post'>) =>
      dataOf(api.POST('/api/protection/incidents', { body })),
    onSuccess: refreshAll,
  });
}

export function useFollowUp(incidentId: string) {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/protection/incidents/{id}/follow-up', 'put'>) =>
      dataOf(
        api.PUT('/api/protection/incidents/{id}/follow-up', {
          params: { path: { id: incidentId } },
          body,
        }),
      ),
    onSuccess: refreshAll,
  });
}

export function useProtectionSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: ({ signal }) => dataOf(api.GET('/api/protection/settings', { signal })),
  });
}

export function useSaveSettings() {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/protection/settings', 'put'>) =>
      dataOf(api.PUT('/api/protection/settings', { body })),
    onSuccess: refreshAll,
  });
}

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

export function useItemChange() {
  return useMutation({
    mutationFn: changeItem,
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.items }),
  });
}

export function useHouseRules() {
  return useQuery({
    queryKey: keys.houseRules,
    queryFn: ({ signal }) => dataOf(api.GET('/api/protection/house-rules', { signal })),
  });
}

export function useSaveHouseRules() {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/protection/house-rules', 'put'>) =>
      dataOf(api.PUT('/api/protection/house-rules', { body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.houseRules }),
  });
}
