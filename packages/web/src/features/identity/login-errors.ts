import type { TFunction } from 'i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';

/**
 * The server words a lockout "Too many failed attempts. Try again in 2 minutes."; the minutes are
 * read from it to say the same in the user's language. Null when the message has no number.
 */
export function lockoutMinutes(error: ApiError): number | null {
  const match = /(\d+)\s*minute/i.exec(error.message);
  return match ? Number(match[1]) : null;
}

/**
 * The sentence for a failed login step: `wrong` for a 401 (wrong password or code), the lockout
 * with its minutes for a 429, and the general text for the error code otherwise.
 */
export function loginErrorText(t: TFunction, error: unknown, wrong: string): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return wrong;
    if (error.status === 429) {
      const minutes = lockoutMinutes(error);
      if (minutes !== null) return t('login.errors.locked', { count: minutes });
    }
  }
  return t(errorMessageKey(error));
}
