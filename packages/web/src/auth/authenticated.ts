import { createContext, use } from 'react';
import type { Authenticated } from './me.ts';

/** The logged-in user, for every page behind `RequireAuth`. */
export const AuthenticatedContext = createContext<Authenticated | null>(null);

/** The logged-in user and their permissions. Only inside `RequireAuth`, which provides it. */
export function useAuthenticated(): Authenticated {
  const me = use(AuthenticatedContext);
  if (!me) throw new Error('useAuthenticated outside RequireAuth');
  return me;
}
