import { useMutation } from '@tanstack/react-query';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { $api, invalidate, useSend } from '../../api/queries.ts';

export type MoveOutPlan = Reply<'/api/stays/{id}/move-out', 'get'>;
export type MoveOutStep = MoveOutPlan['steps'][number];
export type Owner = NonNullable<MoveOutStep['owner']>;
export type BoardResident = Reply<'/api/move-out/board', 'get'>['residents'][number];

const onStay = (id: string) => ({ params: { path: { id } } });
const refreshMoveOut = (stayId: string) => ({
  onSettled: () =>
    Promise.all([
      invalidate('/api/move-out'),
      invalidate(['/api/stays/{id}/move-out', '/api/stays/{id}/departure'], { id: stayId }),
    ]),
});

export const useMoveOutBoard = () => $api.useQuery('get', '/api/move-out/board');

export const useMoveOutPlan = (stayId: string) =>
  $api.useQuery('get', '/api/stays/{id}/move-out', onStay(stayId));

export const useSavePlan = (stayId: string) =>
  useSend('put', '/api/stays/{id}/move-out', onStay(stayId), refreshMoveOut(stayId));

export const useAddStep = (stayId: string) =>
  useSend('post', '/api/stays/{id}/move-out/steps', onStay(stayId), refreshMoveOut(stayId));

export function useUpdateStep(stayId: string) {
  return useMutation({
    mutationFn: ({ id: stepId, ...body }: UpdateStep) =>
      dataOf(
        api.PATCH('/api/stays/{id}/move-out/steps/{stepId}', {
          params: { path: { id: stayId, stepId } },
          body,
        }),
      ),
    ...refreshMoveOut(stayId),
  });
}
type UpdateStep = RequestBody<'/api/stays/{id}/move-out/steps/{stepId}', 'patch'> & { id: string };

export const useGenerateLetter = (stayId: string) =>
  useMutation({
    mutationFn: () => dataOf(api.POST('/api/stays/{id}/move-out/letter', onStay(stayId))),
    ...refreshMoveOut(stayId),
  });
