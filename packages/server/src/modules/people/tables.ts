import type { AddressProtection, Gender } from '@havn/domain';
import {
  clear,
  ids,
  instants,
  dates,
  hashes,
  codes,
  sealedAlways,
  municipalityNumbers,
  freeText,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface PeopleTables {
  persons: PersonTable;
  person_relations: PersonRelationTable;
}

// The values are the domain's lists; re-exported so that platform/db's names stay as they were.
export type { AddressProtection, Gender } from '@havn/domain';

export interface PersonTable {
  id: string;
  centre_id: string;
  is_child: number;
  alias: string | null;
  first_name: string | null;
  last_name: string | null;
  birth_date: string | null;
  /** Sealed (AES-256-GCM); `national_id_hash` is a keyed hash for finding duplicates. */
  national_id_sealed: string | null;
  national_id_hash: string | null;
  gender: Gender;
  /** JSON array of language names. */
  languages: string;
  interpreter_needed: number;
  home_municipality_number: string | null;
  /** Strengt fortrolig / fortrolig adresse: who may see `address_sealed`. */
  address_protection: AddressProtection;
  address_sealed: string | null;
  /** Sealed JSON: phone, e-mail, and when it is safe to use them. */
  contact_sealed: string | null;
  accessibility_notes: string | null;
  /** Set when a unit leader merged this record into another; both histories stay. */
  merged_into: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface PersonRelationTable {
  id: string;
  centre_id: string;
  adult_id: string;
  child_id: string;
  relation: 'parent' | 'step_parent' | 'guardian' | 'other';
  created_at: string;
}

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const peopleTextColumns = {
  person_relations: {
    ...ids('id', 'centre_id', 'adult_id', 'child_id'),
    ...instants('created_at'),
    ...codes('relation'),
  },
  persons: {
    ...ids('id', 'centre_id', 'created_by', 'merged_into'),
    ...instants('created_at', 'updated_at'),
    ...dates('birth_date'),
    ...hashes('national_id_hash'),
    ...codes('gender', 'address_protection'),
    ...municipalityNumbers('home_municipality_number'),
    ...sealedAlways('national_id_sealed', 'address_sealed', 'contact_sealed'),
    alias: clear(
      'searched by SQL (people search, duplicates at intake); read only through the personal-data gateway',
    ),
    first_name: clear(
      'searched by SQL (people search, duplicates at intake); read only through the personal-data gateway',
    ),
    last_name: clear(
      'searched by SQL (people search, duplicates at intake); read only through the personal-data gateway',
    ),
    languages: freeText('the languages she speaks'),
    accessibility_notes: freeText('her disabilities and needs'),
  },
} satisfies TextColumnsOf<PeopleTables>;
