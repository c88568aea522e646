import {
  ids,
  instants,
  codes,
  freeText,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface AccessTables {
  break_glass_grants: BreakGlassGrantTable;
  address_access_grants: AddressAccessGrantTable;
}

/** Someone named primary contact on a case of a person with a protected address (0021). */
export interface AddressAccessGrantTable {
  id: string;
  centre_id: string;
  person_id: string;
  user_id: string;
  granted_by: string;
  case_type: 'stay' | 'day_user_case' | 'reestablishment_case';
  case_id: string;
  protection: 'confidential' | 'strictly_confidential';
  granted_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

export interface BreakGlassGrantTable {
  id: string;
  centre_id: string;
  user_id: string;
  record_type: string;
  record_id: string;
  /** The stated reason, sealed: free text about why a person's record was opened. */
  reason_sealed: string;
  granted_at: string;
  expires_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const accessTextColumns = {
  address_access_grants: {
    ...ids('id', 'centre_id', 'person_id', 'user_id', 'granted_by', 'case_id', 'reviewed_by'),
    ...instants('granted_at', 'reviewed_at'),
    ...codes('case_type', 'protection'),
  },
  break_glass_grants: {
    ...ids('id', 'centre_id', 'user_id', 'record_id', 'reviewed_by'),
    ...instants('granted_at', 'expires_at', 'reviewed_at'),
    ...codes('record_type'),
    // Written sealed since migration 0023 renamed it; a reason an older version stored in the
    // clear is sealed at start like every other column of this kind.
    reason_sealed: freeText('why her record was opened without a relation'),
  },
} satisfies TextColumnsOf<AccessTables>;
