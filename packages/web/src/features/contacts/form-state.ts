import {
  type AdultGender,
  adultGenders,
  type ContactFacts,
  type ContactProblem,
  contactProblems,
  type FieldProblem,
} from '@havn/domain';
import {
  contactActions,
  contactChannels,
  contactParties,
  contactTopics,
  contactUrgencies,
  type ContactAction,
  type ContactChannel,
  type ContactParty,
  type ContactTopic,
  type ContactUrgency,
  type Household,
  type LogContactBody,
} from './contacts-api.ts';

/** The contact form as typed: what a draft holds, and what is restored from one. */
export interface ContactFormState {
  channel: ContactChannel;
  contactBy: ContactParty;
  partnerId: string | null;
  topics: ContactTopic[];
  urgency: ContactUrgency;
  actions: ContactAction[];
  referralPartnerId: string | null;
  person: { id: string; displayName: string } | null;
  oneToOnePhone: boolean;
  notes: string;
  /** As typed; empty means "the time since the form opened". */
  durationMinutes: string;
  /** Who would come, for «Finn plass til» and the intake: none when not said. */
  householdAdult: AdultGender | '';
  /** The children's ages as typed, "4, 9". */
  childAges: string;
}

/** The common case at night: a phone call from the person at risk, of medium urgency. */
export const defaultFormState: ContactFormState = {
  channel: 'phone',
  contactBy: 'person_at_risk',
  partnerId: null,
  topics: [],
  urgency: 'medium',
  actions: [],
  referralPartnerId: null,
  person: null,
  oneToOnePhone: false,
  notes: '',
  durationMinutes: '',
  householdAdult: '',
  childAges: '',
};

const oneOf = <T extends string>(list: readonly T[], value: unknown, fallback: T): T =>
  typeof value === 'string' && (list as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
const someOf = <T extends string>(list: readonly T[], value: unknown): T[] =>
  Array.isArray(value) ? list.filter((item) => value.includes(item)) : [];
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const id = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** A draft's payload back into the form, trusting nothing in it. */
export function fromPayload(payload: Record<string, unknown>): ContactFormState {
  const person = payload.person as { id?: unknown; displayName?: unknown } | null | undefined;
  return {
    channel: oneOf(contactChannels, payload.channel, defaultFormState.channel),
    contactBy: oneOf(contactParties, payload.contactBy, defaultFormState.contactBy),
    partnerId: id(payload.partnerId),
    topics: someOf(contactTopics, payload.topics),
    urgency: oneOf(contactUrgencies, payload.urgency, defaultFormState.urgency),
    actions: someOf(contactActions, payload.actions),
    referralPartnerId: id(payload.referralPartnerId),
    person:
      person && typeof person.id === 'string' && typeof person.displayName === 'string'
        ? { id: person.id, displayName: person.displayName }
        : null,
    oneToOnePhone: payload.oneToOnePhone === true,
    notes: text(payload.notes),
    durationMinutes: text(payload.durationMinutes),
    householdAdult: oneOf(adultGenders, payload.householdAdult, ''),
    childAges: text(payload.childAges),
  };
}

/** The ages typed, or 'invalid'; at most ten children of 0–17. */
export function parseAges(typed: string): number[] | 'invalid' {
  const parts = typed.split(/[,\s]+/).filter((p) => p !== '');
  if (parts.length > 10 || parts.some((p) => !/^\d{1,2}$/.test(p) || Number(p) > 17))
    return 'invalid';
  return parts.map(Number);
}

/** The household to log: null when the adult is not said. */
export function householdOf(s: ContactFormState): Household | null {
  const ages = parseAges(s.childAges);
  if (s.householdAdult === '' || ages === 'invalid') return null;
  return { adultGender: s.householdAdult, children: ages.map((age) => ({ age })) };
}

/** Whether the partner who called or referred is asked for, and whether it must be given. */
export const asksForPartner = (s: ContactFormState) =>
  s.channel === 'referral' || s.contactBy === 'professional';
export const asksForReferralPartner = (s: ContactFormState) => s.actions.includes('referral');

/** The fields that can be wrong, in the order they stand in the form. */
export const formFields = [
  'channel',
  'contactBy',
  'partner',
  'topics',
  'urgency',
  'actions',
  'referralPartner',
  'person',
  'oneToOnePhone',
  'householdAdult',
  'childAges',
  'notes',
  'durationMinutes',
] as const;
export type FormField = (typeof formFields)[number];

/** Each kind of problem, with the i18n key of its sentence under `contacts.form.errors`. */
export type ProblemKey =
  | ContactProblem
  | 'topics_missing'
  | 'actions_missing'
  | 'duration_format'
  | 'notes_too_long'
  | 'person_not_found'
  | 'ages_format'
  | 'household_adult_missing'
  | 'invalid';
export type FormErrors = Partial<Record<FormField, ProblemKey>>;

const problemField: Record<ContactProblem, FormField> = {
  one_to_one_needs_phone: 'oneToOnePhone',
  one_to_one_needs_known_user: 'person',
  referral_needs_partner: 'referralPartner',
  professional_needs_partner: 'partner',
};

const parseDuration = (typed: string): number | undefined | 'invalid' => {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  if (!/^\d+$/.test(trimmed)) return 'invalid';
  const minutes = Number(trimmed);
  return minutes <= 24 * 60 ? minutes : 'invalid';
};

/** The body to log; fields that no longer apply (a partner for a walk-in) are left out. */
export function toBody(
  s: ContactFormState,
  openedAt: string,
  draftId: string,
): LogContactBody & ContactFacts {
  const duration = parseDuration(s.durationMinutes);
  return {
    openedAt,
    channel: s.channel,
    contactBy: s.contactBy,
    partnerId: asksForPartner(s) ? s.partnerId : null,
    personId: s.person?.id ?? null,
    topics: s.topics,
    urgency: s.urgency,
    actions: s.actions,
    referralPartnerId: asksForReferralPartner(s) ? s.referralPartnerId : null,
    ...(typeof duration === 'number' ? { durationMinutes: duration } : {}),
    oneToOnePhone: s.oneToOnePhone,
    notes: s.notes.trim() === '' ? null : s.notes.trim(),
    household: householdOf(s),
    draftId,
  };
}

/** What is wrong before sending: the same rules the server applies (from @havn/domain). */
export function validate(s: ContactFormState, openedAt: string, draftId: string): FormErrors {
  const errors: FormErrors = {};
  const body = toBody(s, openedAt, draftId);
  if (s.topics.length === 0) errors.topics = 'topics_missing';
  if (s.actions.length === 0) errors.actions = 'actions_missing';
  if (parseDuration(s.durationMinutes) === 'invalid') errors.durationMinutes = 'duration_format';
  if (s.notes.trim().length > 10_000) errors.notes = 'notes_too_long';
  if (parseAges(s.childAges) === 'invalid') errors.childAges = 'ages_format';
  else if (s.childAges.trim() !== '' && s.householdAdult === '')
    errors.householdAdult = 'household_adult_missing';
  for (const problem of contactProblems(body)) errors[problemField[problem]] ??= problem;
  return errors;
}

const pathField: Record<string, FormField> = {
  'body.channel': 'channel',
  'body.contactBy': 'contactBy',
  'body.partnerId': 'partner',
  'body.topics': 'topics',
  'body.urgency': 'urgency',
  'body.actions': 'actions',
  'body.referralPartnerId': 'referralPartner',
  'body.personId': 'person',
  'body.oneToOnePhone': 'oneToOnePhone',
  'body.notes': 'notes',
  'body.durationMinutes': 'durationMinutes',
  'body.household': 'childAges',
};

const fallbackProblem: Partial<Record<FormField, ProblemKey>> = {
  topics: 'topics_missing',
  actions: 'actions_missing',
  durationMinutes: 'duration_format',
  notes: 'notes_too_long',
};

/** The server's field problems (a 400) on the form's fields, in Norwegian. */
export function fromServer(fields: readonly FieldProblem[]): FormErrors {
  const errors: FormErrors = {};
  for (const field of fields) {
    const name = pathField[field.path] ?? pathField[field.path.replace(/\.\d+$/, '')];
    if (!name) continue;
    const known = field.code in problemField ? (field.code as ContactProblem) : undefined;
    errors[name] ??= known ?? fallbackProblem[name] ?? 'invalid';
  }
  return errors;
}
