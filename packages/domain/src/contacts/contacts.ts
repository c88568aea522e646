import { localDate } from '../time/overnights.ts';

/** The codes of the contact log; the web app translates each (nb first). */
export const contactChannels = ['phone', 'walk_in', 'message', 'referral'] as const;
export const contactParties = ['person_at_risk', 'relative_or_friend', 'professional'] as const;
/** Types of violence and threats, and the other reasons people call (BUFDIR.md's categories). */
export const contactTopics = [
  'physical',
  'psychological',
  'sexual',
  'material_economic',
  'digital',
  'latent',
  'human_trafficking',
  'honour_related',
  'forced_marriage',
  'genital_mutilation',
  'other',
] as const;
export const contactUrgencies = ['low', 'medium', 'high', 'acute'] as const;
export const contactActions = [
  'advice',
  'information',
  'safety_plan',
  'day_service_appointment',
  'intake_planned',
  'referral',
] as const;

export type ContactChannel = (typeof contactChannels)[number];
export type ContactParty = (typeof contactParties)[number];
export type ContactAction = (typeof contactActions)[number];

export interface ContactFacts {
  channel: ContactChannel;
  contactBy: ContactParty;
  personId: string | null;
  actions: readonly ContactAction[];
  referralPartnerId: string | null;
  partnerId: string | null;
  oneToOnePhone: boolean;
}

export type ContactProblem =
  | 'one_to_one_needs_phone'
  | 'one_to_one_needs_known_user'
  | 'referral_needs_partner'
  | 'professional_needs_partner';

/**
 * Rules that tie the log's fields together. The national statistics count a structured
 * one-to-one conversation by phone (enesamtale på telefon) with a known user apart from other
 * calls, so such a conversation must be by phone, with the person at risk, linked to their record.
 */
export function contactProblems(c: ContactFacts): ContactProblem[] {
  const problems: ContactProblem[] = [];
  if (c.oneToOnePhone && c.channel !== 'phone') problems.push('one_to_one_needs_phone');
  if (c.oneToOnePhone && (c.personId === null || c.contactBy !== 'person_at_risk')) {
    problems.push('one_to_one_needs_known_user');
  }
  if (c.actions.includes('referral') && c.referralPartnerId === null)
    problems.push('referral_needs_partner');
  if (c.channel === 'referral' && c.partnerId === null) problems.push('professional_needs_partner');
  return problems;
}

export interface ContactCount {
  /** A day (YYYY-MM-DD) or a month (YYYY-MM), in Europe/Oslo. */
  period: string;
  total: number;
  byChannel: Record<ContactChannel, number>;
  oneToOnePhone: number;
}

/** Counts per Oslo day or month, for the shift's overview and, later, the statistics. */
export function countContacts(
  entries: readonly { loggedAt: Date; channel: ContactChannel; oneToOnePhone: boolean }[],
  by: 'day' | 'month',
): ContactCount[] {
  const counts = new Map<string, ContactCount>();
  for (const e of entries) {
    const day = localDate(e.loggedAt);
    const period = by === 'day' ? day : day.slice(0, 7);
    let c = counts.get(period);
    if (!c) {
      c = {
        period,
        total: 0,
        byChannel: { phone: 0, walk_in: 0, message: 0, referral: 0 },
        oneToOnePhone: 0,
      };
      counts.set(period, c);
    }
    c.total += 1;
    c.byChannel[e.channel] += 1;
    if (e.oneToOnePhone) c.oneToOnePhone += 1;
  }
  return [...counts.values()].sort((a, b) => a.period.localeCompare(b.period));
}
