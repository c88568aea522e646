import {
  decideStaffChange,
  type Role,
  type StaffChange,
  type StaffChangeRefusal,
} from '@havn/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { ApiError, errorMessageKey, getJson, sendJson } from '../../api/client.ts';
import { queryClient } from '../../api/query-client.ts';
import { actorOf, type Authenticated } from '../../auth/me.ts';

/** One row of `GET /api/staff`. */
export interface StaffMember {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  municipalityNumber: string | null;
  policeCertificateDate: string | null;
  confidentialityDeclarationDate: string | null;
  clearedForPersonalData: boolean;
  mfaEnabled: boolean;
  activated: boolean;
  active: boolean;
  activeSessions: number;
  version: number;
}

export const staffKey = ['staff'] as const;

export function useStaffList() {
  return useQuery({
    queryKey: staffKey,
    queryFn: ({ signal }) =>
      getJson<{ items: StaffMember[] }>('/api/staff', { signal }).then((r) => r.items),
  });
}

/**
 * A change to one staff member. The list is fetched again afterwards, whatever the answer: on
 * success it has the new version; on a conflict (409, someone else was first) the latest data.
 */
export function useStaffChange<Vars, Result>(fn: (vars: Vars) => Promise<Result>) {
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: staffKey }),
  });
}

const staffPath = (id: string) => `/api/staff/${encodeURIComponent(id)}`;

export const staffApi = {
  create: (body: {
    username: string;
    displayName: string;
    roles: Role[];
    municipalityNumber?: string;
  }) =>
    sendJson<{ id: string; activationCode: string; activationExpiresAt: string }>(
      'POST',
      '/api/staff',
      body,
    ),
  duties: (
    id: string,
    body: {
      version: number;
      policeCertificateDate: string | null;
      confidentialityDeclarationDate: string | null;
    },
  ) => sendJson<{ version: number }>('PUT', `${staffPath(id)}/duties`, body),
  /** A casework role granted to an account not yet activated comes back with a fresh code. */
  roles: (id: string, body: { version: number; roles: Role[] }) =>
    sendJson<{ version: number; activationCode?: string; activationExpiresAt?: string }>(
      'PUT',
      `${staffPath(id)}/roles`,
      body,
    ),
  deactivate: (id: string, version: number) =>
    sendJson<{ version: number }>('POST', `${staffPath(id)}/deactivate`, { version }),
  resetPassword: (id: string, version: number) =>
    sendJson<{ version: number; activationCode: string; activationExpiresAt: string }>(
      'POST',
      `${staffPath(id)}/reset-password`,
      { version },
    ),
  resetSecondFactor: (id: string, version: number) =>
    sendJson<{ version: number }>('POST', `${staffPath(id)}/reset-second-factor`, { version }),
  endSessions: (id: string) => sendJson<{ ended: number }>('DELETE', `${staffPath(id)}/sessions`),
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
