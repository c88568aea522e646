/** Who the centre may share information with, each needing its own consent. */
export const consentRecipients = [
  'home_municipality',
  'nav',
  'police',
  'child_welfare',
  'health_service',
  'other',
] as const;
export type ConsentRecipient = (typeof consentRecipients)[number];

/** What a consent covers: being registered at all, or sharing with one recipient. */
export const consentScopes = ['registration', ...consentRecipients] as const;
export type ConsentScope = (typeof consentScopes)[number];

export const consentForms = ['written', 'oral'] as const;
export type ConsentForm = (typeof consentForms)[number];

/** One recorded answer. A change is a new answer; the old one keeps its history. */
export interface Consent {
  scope: ConsentScope;
  granted: boolean;
  /** YYYY-MM-DD (Europe/Oslo): the answer counts from this date. */
  givenOn: string;
  how: ConsentForm;
  /** YYYY-MM-DD: withdrawn from this date on; null while standing. */
  withdrawnOn: string | null;
}

/**
 * The answer that stands for a scope on a date: the latest given on or before it (a later
 * answer replaces an earlier one), unless withdrawn by then. Null when nothing was said.
 */
export function standingConsent(
  consents: readonly Consent[],
  scope: ConsentScope,
  on: string,
): Consent | null {
  const latest = consents
    .filter((c) => c.scope === scope && c.givenOn <= on)
    .reduce<Consent | null>((a, c) => (a === null || c.givenOn >= a.givenOn ? c : a), null);
  if (latest === null) return null;
  if (latest.withdrawnOn !== null && latest.withdrawnOn <= on) return null;
  return latest;
}

/**
 * Whether the centre may share information about the person with a recipient on a date (Oslo
 * YYYY-MM-DD): only on a standing, granted consent for that very recipient. Every sharing
 * feature asks this; silence, a refusal or a withdrawal all answer no.
 */
export function mayShare(
  consents: readonly Consent[],
  recipient: ConsentRecipient,
  on: string,
): boolean {
  return standingConsent(consents, recipient, on)?.granted === true;
}
