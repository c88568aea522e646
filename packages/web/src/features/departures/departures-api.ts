import { useMutation, useQuery } from '@tanstack/react-query';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { queryClient } from '../../api/query-client.ts';

export type MoveOutPlan = Reply<'/api/stays/{id}/move-out', 'get'>;
export type MoveOutStep = MoveOutPlan['steps'][number];
export type Owner = NonNullable<MoveOutStep['owner']>;
export type BoardResident = Reply<'/api/move-out/board', 'get'>['residents'][number];
export type DepartureView = Reply<'/api/stays/{id}/departure', 'get'>;

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

const onStay = (id: string) => ({ params: { path: { id } } });
const refreshMoveOut = () => queryClient.invalidateQueries({ queryKey: key });

export function useMoveOutBoard() {
  return useQuery({
    queryKey: boardKey,
    queryFn: ({ signal }) => dataOf(api.GET('/api/move-out/board', { signal })),
  });
}

export function useMoveOutPlan(stayId: string) {
  return useQuery({
    queryKey: planKey(stayId),
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/stays/{id}/move-out', { ...onStay(stayId), signal })),
  });
}

export function useSavePlan(stayId: string) {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/stays/{id}/move-out', 'put'>) =>
      dataOf(api.PUT('/api/stays/{id}/move-out', { ...onStay(stayId), body })),
    onSettled: refreshMoveOut,
  });
}

export function useAddStep(stayId: string) {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/stays/{id}/move-out/steps', 'post'>) =>
      dataOf(api.POST('/api/stays/{id}/move-out/steps', { ...onStay(stayId), body })),
    onSettled: refreshMoveOut,
  });
}

export function useUpdateStep(stayId: string) {
  return useMutation({
    mutationFn: ({
      id: stepId,
      ...body
    }: RequestBody<'/api/stays/{id}/move-out/steps/{stepId}', 'patch'> & { id: string }) =>
      dataOf(
        api.PATCH('/api/stays/{id}/move-out/steps/{stepId}', {
          params: { path: { id: stayId, stepId } },
          body,
        }),
      ),
    onSettled: refreshMoveOut,
  });
}

export function useGenerateLetter(stayId: string) {
  return useMutation({
    mutationFn: () => dataOf(api.POST('/api/stays/{id}/move-out/letter', onStay(stayId))),
    onSettled: refreshMoveOut,
  });
}

export function useDeparture(stayId: string) {
  return useQuery({
    queryKey: departureKey(stayId),
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/stays/{id}/departure', { ...onStay(stayId), signal })),
  });
}

export type RegisterDepartureBody = RequestBody<'/api/stays/{id}/departure', 'post'>;

export function useRegisterDeparture(stayId: string) {
  return useMutation({
    mutationFn: (body: RegisterDepartureBody) =>
      dataOf(api.POST('/api/stays/{id}/departure', { ...onStay(stayId), body })),
    // Refreshed when the dialog closes (refreshAfterDeparture): a list refreshed now would drop the row
    // the dialog was opened from, and the confirmation with it.
  });
}

export function useCorrectStay(stayId: string) {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/stays/{id}/correction', 'post'>) =>
      dataOf(api.POST('/api/stays/{id}/correction', { ...onStay(stayId), body })),
    onSettled: refreshAfterDeparture,
  });
}
