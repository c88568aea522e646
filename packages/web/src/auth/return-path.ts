import type { Location } from 'react-router';

/** What the login page is told about where the user was going: `navigate(…, { state })`. */
export interface LoginState {
  from?: Pick<Location, 'pathname' | 'search' | 'hash'>;
}

/**
 * Where to go after logging in: the page that sent the user to log in, or the start page. Only a
 * path inside the app, never the login or activation pages themselves.
 */
export function returnPath(state: unknown): string {
  const from = (state as LoginState | null)?.from;
  if (!from || typeof from.pathname !== 'string' || !from.pathname.startsWith('/')) return '/';
  if (from.pathname.startsWith('//')) return '/';
  if (/^\/(login|aktiver)(\/|$)/.test(from.pathname)) return '/';
  const search = typeof from.search === 'string' ? from.search : '';
  const hash = typeof from.hash === 'string' ? from.hash : '';
  return `${from.pathname}${search}${hash}`;
}
