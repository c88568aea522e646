import type { Action, Actor } from '@havn/domain';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/errors.ts';
import { api, dataOf, type Reply } from '../api/http.ts';
import { forgetEverything, meQueryKey, queryClient } from '../api/query-client.ts';

/** `GET /api/auth/me`: no session, a session between the two login steps, or logged in. */
export type Me = Reply<'/api/auth/me', 'get'>;

export type Authenticated = Extract<Me, { state: 'authenticated' }>;

/** The logged-in user as the domain's rules see her, so the screens ask the server's functions. */
export const actorOf = (me: Authenticated): Actor => ({
  userId: me.user.id,
  centreId: me.user.centreId,
  roles: me.user.roles,
  clearedForPersonalData: me.user.clearedForPersonalData,
});

export const fetchMe = ({ signal }: { signal: AbortSignal }) =>
  dataOf(api.GET('/api/auth/me', { signal }));

export type CurrentUser = Authenticated['user'];

/** Who is logged in. Refetched when the window regains focus, so an ended session shows soon. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe });
}

/** Asks the server again after a login step: the state and the CSRF token have changed. */
export const refreshMe = () => queryClient.invalidateQueries({ queryKey: meQueryKey });

/**
 * Forgets everything this tab knew once the session is gone: every cached answer (staff lists,
 * later case data) and anything in sessionStorage. Only the language choice stays, in
 * localStorage. `me` is then known to be anonymous without asking. Components still showing read
 * the new cache on their next render, so the caller navigates (to /login) right after.
 */
export function forgetSession(): void {
  forgetEverything();
  queryClient.setQueryData<Me>(meQueryKey, { state: 'anonymous' });
}

/** Ends this session (`everywhere`: every session of mine, on every device), then forgets it. */
export async function logOut(everywhere = false): Promise<void> {
  const path = everywhere ? '/api/auth/logout-all' : '/api/auth/logout';
  try {
    await api.POST(path);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    // 401: the session had already ended. 403: the CSRF token went stale (a login in another
    // tab); fetch the current one and try once more.
    if (error.status === 403) {
      const me = await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe });
      if (me.state !== 'anonymous') {
        await api.POST(path, { headers: { 'X-CSRF-Token': me.csrfToken } });
      }
    } else if (error.status !== 401) {
      throw error;
    }
  }
  forgetSession();
}

/** May the logged-in user do this? The server decides again on every request. */
export const can = (me: Authenticated, action: Action) => me.permissions.includes(action);
