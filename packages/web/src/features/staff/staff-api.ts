import { decideStaffChange, type StaffChange, type StaffChangeRefusal } from '@havn/domain';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { $api, invalidate } from '../../api/queries.ts';
import { actorOf, type Authenticated } from '../../auth/me.ts';

/** One row of `GET /api/staff`. */
export type StaffMember = Reply<'/api/staff', 'get'>['items'][number];

export const useStaffList = () =>
  $api.useQuery('get', '/api/staff', undefined, { select: (data) => data.items });

/**
 * A change to one staff member. The list (and the directory) is fetched again afterwards,
 * whatever the answer: on success it has the new version; on a conflict (409, someone else was
 * first) the latest data.
 */
export function useStaffChange<Vars, Result>(fn: (vars: Vars) => Promise<Result>) {
  return useMutation({ mutationFn: fn, onSettled: () => invalidate('/api/staff') });
}

const byId = (id: string) => ({ params: { path: { id } } });

export const staffApi = {
  create: (body: RequestBody<'/api/staff', 'post'>) => dataOf(api.POST('/api/staff', { body })),
  duties: (id: string, body: RequestBody<'/api/staff/{id}/duties', 'put'>) =>
    dataOf(api.PUT('/api/staff/{id}/duties', { ...byId(id), body })),
  /** A casework role granted to an account not yet activated comes back with a fresh code. */
  roles: (id: string, body: RequestBody<'/api/staff/{id}/roles', 'put'>) =>
    dataOf(api.PUT('/api/staff/{id}/roles', { ...byId(id), body })),
  deactivate: (id: string, version: number) =>
    dataOf(api.POST('/api/staff/{id}/deactivate', { ...byId(id), body: { version } })),
  resetPassword: (id: string, version: number) =>
    dataOf(api.POST('/api/staff/{id}/reset-password', { ...byId(id), body: { version } })),
  resetSecondFactor: (id: string, version: number) =>
    dataOf(api.POST('/api/staff/{id}/reset-second-factor', { ...byId(id), body: { version } })),
  endSessions: (id: string) => dataOf(api.DELETE('/api/staff/{id}/sessions', byId(id))),
};

/**
 * What the rule about who grants what says to a change of mine to this colleague's account —
 * the server's own function, so the screen offers only what the server allows.
 */
export const staffDecision = (me: Authenticated, member: StaffMember, change: StaffChange) =>
  decideStaffChange(
    actorOf(me),
    { userId: member.id, centreId: me.user.centreId, roles: member.roles },
    change,
  );

/** The sentence for why a change is not offered: the role gate's, or the rule's own reason. */
export const refusalText = (t: TFunction, reason: StaffChangeRefusal): string =>
  reason === 'role_not_permitted' || reason === 'other_centre'
    ? t('errors.forbidden')
    : t(`refusals.${reason}`);

/** The sentence for a failed change: a conflict says the data was reloaded; else the error code. */
export const changeErrorText = (t: TFunction, error: unknown): string =>
  error instanceof ApiError && error.code === 'conflict'
    ? t('staff.conflict')
    : t(errorMessageKey(error));
