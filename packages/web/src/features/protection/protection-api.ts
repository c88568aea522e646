import type {
  AssessmentKind,
  IncidentKind,
  ReassessmentDue,
  RiskJudgement,
  ThreatAnswer,
} from '@havn/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getJson, sendJson } from '../../api/client.ts';
import { queryClient } from '../../api/query-client.ts';

export interface Named {
  id: string;
  name: string;
}

/** `GET /api/protection/items`. */
export interface ThreatItem {
  id: string;
  key: string;
  labelNb: string;
  labelEn: string;
  position: number;
  active: boolean;
  version: number;
}

export interface AnswerInput {
  key: string;
  now: ThreatAnswer;
  earlier: ThreatAnswer;
  note: string | null;
}

export interface Assessment {
  id: string;
  kind: AssessmentKind;
  judgement: RiskJudgement;
  reasons: string;
  answers: (AnswerInput & { labelNb: string; labelEn: string })[];
  assessedAt: string;
  assessedBy: Named;
}

export interface AssessmentHistory {
  items: Assessment[];
  /** Null once the stay has ended. */
  reassessment: ReassessmentDue | null;
}

export interface SafetyPlanContent {
  routes: string | null;
  phone: string | null;
  school: string | null;
  ifFound: string | null;
  other: string | null;
}

export interface SafetyPlan extends SafetyPlanContent {
  updatedAt: string;
  updatedBy: Named;
  reviewedAt: string | null;
  reviewedBy: Named | null;
  nextReviewOn: string | null;
  version: number;
}

export interface Incident {
  id: string;
  stayId: string;
  resident: string;
  occurredAt: string;
  kind: IncidentKind;
  description: string;
  measures: string | null;
  policeCalled: boolean;
  followUp: string | null;
  followUpDoneAt: string | null;
  followUpDoneBy: Named | null;
  reportedBy: Named;
  reportedAt: string;
  version: number;
}

export interface IncidentInput {
  stayId: string;
  occurredAt?: string;
  kind: IncidentKind;
  description: string;
  measures: string | null;
  policeCalled: boolean;
}

/** `GET /api/protection/stays/:id`. */
export interface StayProtection {
  intakeId: string | null;
  latest: { judgement: RiskJudgement; kind: AssessmentKind; assessedAt: string } | null;
  /** Null once the stay has ended: nothing more is to be assessed. */
  reassessment: ReassessmentDue | null;
  incidents: Incident[];
}

export interface OverdueItem {
  stayId: string;
  intakeId: string | null;
  resident: string;
  dueOn: string;
  state: 'due' | 'overdue';
  reason: ReassessmentDue['reason'];
}

export interface RulesRevision {
  text: string;
  revision: number;
  savedAt: string;
  savedBy: string;
}

export interface HouseRules {
  centre: RulesRevision | null;
  units: { unitId: string; name: string; rules: RulesRevision | null }[];
}

const key = ['protection'] as const;
const keys = {
  items: [...key, 'items'],
  settings: [...key, 'settings'],
  houseRules: [...key, 'house-rules'],
  history: (intakeId: string) => [...key, 'intake', intakeId, 'assessments'],
  plan: (intakeId: string) => [...key, 'intake', intakeId, 'plan'],
  stay: (stayId: string) => [...key, 'stay', stayId],
  overdue: [...key, 'overdue'],
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

export function useThreatItems() {
  return useQuery({
    queryKey: keys.items,
    queryFn: ({ signal }) => getJson<{ items: ThreatItem[] }>('/api/protection/items', { signal }),
    select: (data) => data.items,
  });
}

export function useAssessmentHistory(intakeId: string | null) {
  return useQuery({
    queryKey: keys.history(intakeId ?? ''),
    queryFn: ({ signal }) =>
      getJson<AssessmentHistory>(`/api/protection/intakes/${intakeId}/assessments`, { signal }),
    enabled: intakeId !== null,
  });
}

export function useRecordAssessment(intakeId: string) {
  return useMutation({
    mutationFn: (input: {
      kind: AssessmentKind;
      answers: AnswerInput[];
      judgement: RiskJudgement;
      reasons: string;
    }) =>
      sendJson<{ id: string }>('POST', `/api/protection/intakes/${intakeId}/assessments`, input),
    onSuccess: refreshAll,
  });
}

export function useSafetyPlan(intakeId: string | null) {
  return useQuery({
    queryKey: keys.plan(intakeId ?? ''),
    queryFn: ({ signal }) =>
      getJson<{ plan: SafetyPlan | null }>(`/api/protection/intakes/${intakeId}/safety-plan`, {
        signal,
      }),
    select: (data) => data.plan,
    enabled: intakeId !== null,
  });
}

export function useSaveSafetyPlan(intakeId: string) {
  return useMutation({
    mutationFn: (input: SafetyPlanContent & { version: number }) =>
      sendJson<{ version: number }>(
        'PUT',
        `/api/protection/intakes/${intakeId}/safety-plan`,
        input,
      ),
    onSuccess: refreshAll,
  });
}

export function useReviewSafetyPlan(intakeId: string) {
  return useMutation({
    mutationFn: (input: { version: number; nextReviewOn: string | null }) =>
      sendJson<{ version: number }>(
        'POST',
        `/api/protection/intakes/${intakeId}/safety-plan/review`,
        input,
      ),
    onSuccess: refreshAll,
  });
}

export function useStayProtection(stayId: string) {
  return useQuery({
    queryKey: keys.stay(stayId),
    queryFn: ({ signal }) => getJson<StayProtection>(`/api/protection/stays/${stayId}`, { signal }),
  });
}

export function useOverdue(enabled: boolean) {
  return useQuery({
    queryKey: keys.overdue,
    queryFn: ({ signal }) =>
      getJson<{ items: OverdueItem[] }>('/api/protection/overdue', { signal }),
    select: (data) => data.items,
    enabled,
  });
}

export function useResidentChoices() {
  return useQuery({
    queryKey: keys.residents,
    queryFn: ({ signal }) =>
      getJson<{ items: { stayId: string; resident: string }[] }>('/api/protection/residents', {
        signal,
      }),
    select: (data) => data.items,
  });
}

export function useOpenIncidents() {
  return useQuery({
    queryKey: keys.incidents,
    queryFn: ({ signal }) =>
      getJson<{ items: Incident[] }>('/api/protection/incidents', { signal }),
    select: (data) => data.items,
  });
}

export function useReportIncident() {
  return useMutation({
    mutationFn: (input: IncidentInput) =>
      sendJson<{ id: string }>('POST', '/api/protection/incidents', input),
    onSuccess: refreshAll,
  });
}

export function useFollowUp(incidentId: string) {
  return useMutation({
    mutationFn: (input: { version: number; text: string; done: boolean }) =>
      sendJson<{ version: number }>(
        'PUT',
        `/api/protection/incidents/${incidentId}/follow-up`,
        input,
      ),
    onSuccess: refreshAll,
  });
}

export function useProtectionSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: ({ signal }) =>
      getJson<{ reassessmentIntervalDays: number; version: number }>('/api/protection/settings', {
        signal,
      }),
  });
}

export function useSaveSettings() {
  return useMutation({
    mutationFn: (input: { reassessmentIntervalDays: number; version: number }) =>
      sendJson('PUT', '/api/protection/settings', input),
    onSuccess: refreshAll,
  });
}

export function useItemChange() {
  return useMutation({
    mutationFn: (
      change:
        | { kind: 'create'; labelNb: string; labelEn: string }
        | {
            kind: 'update';
            id: string;
            version: number;
            labelNb?: string;
            labelEn?: string;
            active?: boolean;
          }
        | { kind: 'move'; id: string; version: number; direction: 'up' | 'down' },
    ) => {
      if (change.kind === 'create')
        return sendJson('POST', '/api/protection/items', {
          labelNb: change.labelNb,
          labelEn: change.labelEn,
        });
      const { kind, id, ...body } = change;
      return kind === 'move'
        ? sendJson('POST', `/api/protection/items/${id}/move`, body)
        : sendJson('PATCH', `/api/protection/items/${id}`, body);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.items }),
  });
}

export function useHouseRules() {
  return useQuery({
    queryKey: keys.houseRules,
    queryFn: ({ signal }) => getJson<HouseRules>('/api/protection/house-rules', { signal }),
  });
}

export function useSaveHouseRules() {
  return useMutation({
    mutationFn: (input: { unitId: string | null; text: string; revision: number }) =>
      sendJson<{ revision: number }>('PUT', '/api/protection/house-rules', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.houseRules }),
  });
}
