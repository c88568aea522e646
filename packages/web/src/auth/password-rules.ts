import { passwordPolicy, type PasswordProblem } from '@havn/domain';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/errors.ts';

const passwordProblems = [
  'too_short',
  'too_long',
  'too_common',
  'contains_username',
] as const satisfies readonly PasswordProblem[];

const isPasswordProblem = (code: string): code is PasswordProblem =>
  (passwordProblems as readonly string[]).includes(code);

/** Characters as a person counts them ("ø" is one), as the server counts them. */
const length = (s: string) => [...s.normalize('NFC')].length;

/** What can be said about a new password before the server has seen it; null when nothing. */
export function newPasswordError(t: TFunction, password: string): string | null {
  const n = length(password);
  if (n === 0) return t('activate.errors.passwordMissing');
  if (n < passwordPolicy.minLength) return t('activate.problems.too_short');
  if (n > passwordPolicy.maxLength) return t('activate.problems.too_long');
  return null;
}

/** The server's verdict on a new password (common, contains the user name), or null. */
export function serverPasswordError(t: TFunction, error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return null;
  const problems = error.fields
    .filter((f) => f.path === 'body.newPassword')
    .map((f) => f.code)
    .filter(isPasswordProblem);
  return problems.length > 0 ? problems.map((p) => t(`activate.problems.${p}`)).join(' ') : null;
}
