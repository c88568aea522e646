import {
  ids,
  instants,
  codes,
  sealedAlways,
  freeText,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface ContactsTables {
  contacts: ContactTable;
  contact_drafts: ContactDraftTable;
}

export interface ContactTable {
  id: string;
  centre_id: string;
  /** When the form was opened: the clock of the conversation starts there. */
  opened_at: string;
  logged_at: string;
  channel: 'phone' | 'walk_in' | 'message' | 'referral';
  contact_by: 'person_at_risk' | 'relative_or_friend' | 'professional';
  partner_id: string | null;
  person_id: string | null;
  /** JSON arrays of codes. */
  topics: string;
  urgency: 'low' | 'medium' | 'high' | 'acute';
  actions: string;
  referral_partner_id: string | null;
  duration_minutes: number;
  /** A structured one-to-one conversation by phone with a known user (enesamtale på telefon). */
  one_to_one_phone: number;
  notes: string | null;
  /** The household the contact described (migration 0028), sealed JSON; null when not said. */
  household_sealed?: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ContactDraftTable {
  id: string;
  centre_id: string;
  user_id: string;
  /** The form as typed so far, sealed: free text is personal data like everything else. */
  payload_sealed: string;
  opened_at: string;
  updated_at: string;
}

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const contactsTextColumns = {
  contact_drafts: {
    ...ids('id', 'centre_id', 'user_id'),
    ...instants('opened_at', 'updated_at'),
    ...sealedAlways('payload_sealed'),
  },
  contacts: {
    ...ids('id', 'centre_id', 'partner_id', 'person_id', 'referral_partner_id', 'created_by'),
    ...instants('opened_at', 'logged_at', 'created_at', 'updated_at'),
    ...codes('channel', 'contact_by', 'topics', 'urgency', 'actions'),
    notes: freeText('what was said in the conversation'),
    ...sealedAlways('household_sealed'),
  },
} satisfies TextColumnsOf<ContactsTables>;
