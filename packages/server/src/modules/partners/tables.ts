import {
  clear,
  ids,
  instants,
  codes,
  municipalityNumbers,
  freeText,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface PartnersTables {
  partners: PartnerTable;
}

export interface PartnerTable {
  id: string;
  centre_id: string;
  type: string;
  name: string;
  municipality_number: string | null;
  phone: string | null;
  email: string | null;
  contact_name: string | null;
  notes: string | null;
  active: number;
  is_demo: number;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const partnersTextColumns = {
  partners: {
    ...ids('id', 'centre_id'),
    ...instants('created_at', 'updated_at'),
    ...codes('type'),
    ...municipalityNumbers('municipality_number'),
    name: clear('a public service or organisation (the NAV office, the police), sorted by SQL'),
    phone: clear("a partner organisation's switchboard"),
    email: clear("a partner organisation's address"),
    contact_name: clear("the partner's contact person at work, not a resident"),
    notes: freeText('what the centre notes about working with a partner names the cases'),
  },
} satisfies TextColumnsOf<PartnersTables>;
