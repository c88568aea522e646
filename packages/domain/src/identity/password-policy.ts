/**
 * Password rules (ASVS 5.0 V6): at least 8 characters (15 recommended), up to 128 allowed, no
 * composition rules, no forced rotation; the most common and known-breached passwords refused.
 * The list of common passwords is data the caller passes in, so this stays pure.
 */
export const passwordPolicy = { minLength: 8, recommendedLength: 15, maxLength: 128 } as const;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_username';

/** The forms of a password worth looking up: as typed, lowercased, and without a trailing number or sign. */
function commonForms(password: string): string[] {
  const lower = password.toLowerCase();
  const stripped = lower.replace(/[\d\s!?.#*@$%&_-]+$/u, '');
  return stripped.length >= 4 && stripped !== lower ? [lower, stripped] : [lower];
}

/** Length counts characters as a person sees them, not UTF-16 units ("ø" is one). */
const length = (s: string) => [...s.normalize('NFC')].length;

export function checkPassword(
  password: string,
  context: { username?: string; isCommon: (candidate: string) => boolean },
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const n = length(password);
  if (n < passwordPolicy.minLength) problems.push('too_short');
  if (n > passwordPolicy.maxLength) problems.push('too_long');
  if (commonForms(password).some((form) => context.isCommon(form))) problems.push('too_common');
  const username = context.username?.toLowerCase();
  if (username && username.length >= 3 && password.toLowerCase().includes(username)) {
    problems.push('contains_username');
  }
  return problems;
}
