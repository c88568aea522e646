import type {
  DepartureDestination,
  DepartureReason,
  HousingRoute,
  MoveOutStepKind,
} from '@havn/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getJson, sendJson } from '../../api/client.ts';
import { queryClient } from '../../api/query-client.ts';

export interface Owner {
  type: 'staff' | 'partner';
  id: string;
  name: string;
}

export interface MoveOutStep {
  id: string;
  kind: MoveOutStepKind;
  dueOn: string | null;
  owner: Owner | null;
  doneAt: string | null;
  version: number;
}

export interface MoveOutPlan {
  stayId: string;
  version: number;
  arrivalOn: string;
  route: HousingRoute;
  perpetratorRemoved: boolean | null;
  applicationPartner: { id: string; name: string } | null;
  readyOn: string | null;
  waitingDays: number | null;
  letter: { generatedAt: string; generatedBy: string } | null;
  steps: MoveOutStep[];
  nextStepId: string | null;
}

export interface PlanFields {
  version: number;
  route: HousingRoute;
  perpetratorRemoved: boolean | null;
  applicationPartnerId: string | null;
  readyOn: string | null;
}

export interface StepFields {
  dueOn: string | null;
  ownerUserId: string | null;
  ownerPartnerId: string | null;
}

export interface BoardResident {
  stayId: string;
  stayVersion: number;
  label: string | null;
  persons: number;
  dayOfStay: number;
  limitDays: number;
  daysBeyondLimit: number;
  readyOn: string | null;
  waitingDays: number | null;
  route: HousingRoute;
  nextStep: { kind: MoveOutStepKind; dueOn: string | null; owner: Owner | null } | null;
  homeMunicipality: { number: string; name: string } | null;
}

export interface MoveOutBoard {
  at: string;
  residents: BoardResident[];
  counts: { readyToMove: number; bedDaysWaitingMonth: number; bedDaysWaitingYear: number };
}

export interface HousingLetter {
  title: string;
  paragraphs: string[];
  signature: string[];
  generatedAt: string;
  mayShareWithHomeMunicipality: boolean;
}

export interface Outcome {
  destination: DepartureDestination;
  reason: DepartureReason;
}

export interface DepartureView {
  stayId: string;
  version: number;
  arrivalAt: string;
  /** The arrival, or the household's last move: a departure before it is refused. */
  earliestDepartureAt: string;
  departureAt: string | null;
  household: { personId: string; label: string; isChild: boolean }[];
  departure:
    | (Outcome & {
        departedAt: string;
        policeInvolved: boolean | null;
        withoutNotice: { policeNotified: boolean | null; contactsTried: string } | null;
        children: (Outcome & { personId: string })[];
        registeredAt: string;
        registeredBy: string;
      })
    | null;
  corrections: {
    correctedAt: string;
    correctedBy: string;
    oldArrivalAt: string;
    newArrivalAt: string;
    oldDepartureAt: string | null;
    newDepartureAt: string | null;
    reason: string;
  }[];
}

export interface DepartureFields extends Outcome {
  version: number;
  at?: string;
  policeInvolved: boolean | null;
  withoutNotice: { policeNotified: boolean; contactsTried: string } | null;
  children: (Outcome & { personId: string })[];
}

export interface CorrectionFields {
  version: number;
  arrivalAt?: string;
  departureAt?: string;
  reason: string;
}

const key = ['departures'] as const;
export const boardKey = [...key, 'board'] as const;
const planKey = (stayId: string) => [...key, 'plan', stayId] as const;
const departureKey = (stayId: string) => [...key, 'departure', stayId] as const;

/**
 * A departure or correction changes the stay everywhere: the board, the plan, the capacity board,
 * and protection, which asks no more reassessments of a stay that has ended.
 */
export const refreshAfterDeparture = () =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: key }),
    queryClient.invalidateQueries({ queryKey: ['capacity'] }),
    queryClient.invalidateQueries({ queryKey: ['stays'] }),
    queryClient.invalidateQueries({ queryKey: ['protection'] }),
  ]);

export function useMoveOutBoard() {
  return useQuery({
    queryKey: boardKey,
    queryFn: ({ signal }) => getJson<MoveOutBoard>('/api/move-out/board', { signal }),
  });
}

export function useMoveOutPlan(stayId: string) {
  return useQuery({
    queryKey: planKey(stayId),
    queryFn: ({ signal }) => getJson<MoveOutPlan>(`/api/stays/${stayId}/move-out`, { signal }),
  });
}

export function useSavePlan(stayId: string) {
  return useMutation({
    mutationFn: (body: PlanFields) =>
      sendJson<{ version: number }>('PUT', `/api/stays/${stayId}/move-out`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useAddStep(stayId: string) {
  return useMutation({
    mutationFn: (body: StepFields & { kind: MoveOutStepKind }) =>
      sendJson<{ id: string }>('POST', `/api/stays/${stayId}/move-out/steps`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useUpdateStep(stayId: string) {
  return useMutation({
    mutationFn: ({ id, ...body }: StepFields & { id: string; version: number; done: boolean }) =>
      sendJson<{ version: number }>('PATCH', `/api/stays/${stayId}/move-out/steps/${id}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useGenerateLetter(stayId: string) {
  return useMutation({
    mutationFn: () => sendJson<HousingLetter>('POST', `/api/stays/${stayId}/move-out/letter`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useDeparture(stayId: string) {
  return useQuery({
    queryKey: departureKey(stayId),
    queryFn: ({ signal }) => getJson<DepartureView>(`/api/stays/${stayId}/departure`, { signal }),
  });
}

export function useRegisterDeparture(stayId: string) {
  return useMutation({
    mutationFn: (body: DepartureFields) =>
      sendJson<{ id: string; version: number }>('POST', `/api/stays/${stayId}/departure`, body),
    // Refreshed when the dialog closes (refreshAfterDeparture): a list refreshed now would drop the row
    // the dialog was opened from, and the confirmation with it.
  });
}

export function useCorrectStay(stayId: string) {
  return useMutation({
    mutationFn: (body: CorrectionFields) =>
      sendJson<{ version: number; overnights: number }>(
        'POST',
        `/api/stays/${stayId}/correction`,
        body,
      ),
    onSettled: refreshAfterDeparture,
  });
}
