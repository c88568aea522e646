import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './errors.ts';

/** The query key of `GET /api/auth/me`: who is logged in, with the session's CSRF token. */
export const meQueryKey = ['me'] as const;

/**
 * A 401 means the session has ended (idle, expired, logged out elsewhere); a 403 may mean roles or
 * the CSRF token changed. Either way, ask the server again who we are: the route guard then sends
 * an ended session to the login page.
 */
function onApiError(error: unknown): void {
  if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
  }
}

function clearSessionStorage(): void {
  try {
    window.sessionStorage.clear();
  } catch {
    // Storage may be unavailable; there is then nothing in it either.
  }
}

/** Whether `me` last said someone is logged in. */
let loggedIn = false;

/**
 * `me` answered. If someone was logged in and no longer is (the session expired, or was ended
 * from another device or by an administrator), nothing the last user saw may stay in this tab.
 */
function onMe(data: unknown): void {
  const state = typeof data === 'object' && data !== null && 'state' in data ? data.state : null;
  if (state === 'authenticated') {
    loggedIn = true;
  } else if (loggedIn) {
    loggedIn = false;
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    queryClient.getMutationCache().clear();
    clearSessionStorage();
  }
}

/**
 * At logout: every cached answer and every mutation goes, and anything in sessionStorage. Only
 * the language choice stays, in localStorage.
 */
export function forgetEverything(): void {
  loggedIn = false;
  queryClient.clear();
  clearSessionStorage();
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onSuccess: (data, query) => {
      if (query.queryKey[0] === meQueryKey[0]) onMe(data);
    },
    onError: (error, query) => {
      // `me` itself answers every caller; its failures are network trouble, shown by the guard.
      if (query.queryKey[0] !== meQueryKey[0]) onApiError(error);
    },
  }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; anything else gets one more try.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 1,
    },
  },
});
