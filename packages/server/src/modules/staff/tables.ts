import type { Role } from '@havn/domain';
import {
  clear,
  ids,
  instants,
  dates,
  hashes,
  codes,
  sealedAlways,
  municipalityNumbers,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface StaffTables {
  staff_users: StaffUserTable;
  staff_roles: StaffRoleTable;
  shifts: ShiftTable;
}

export interface StaffUserTable {
  id: string;
  centre_id: string;
  username: string;
  display_name: string;
  password_hash: string | null;
  /** AES-256-GCM sealed (platform/crypto); the key is configuration, never in the database. */
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: string | null;
  /** The last TOTP time step accepted, so that a code is used once. */
  totp_last_step: number | null;
  /** SHA-256 of a one-time activation code: an administrator never chooses a user's password. */
  activation_hash: string | null;
  activation_expires_at: string | null;
  /** For municipality contacts: the partner municipality whose residents concern them. */
  municipality_number: string | null;
  police_certificate_date: string | null;
  confidentiality_declaration_date: string | null;
  active: number;
  deactivated_at: string | null;
  is_demo: number;
  /** Failed passwords and codes since the last completed login (migration 0020; the default, 0, fills it on insert). */
  failed_attempts?: number;
  failed_attempts_since?: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface StaffRoleTable {
  user_id: string;
  role: Role;
  granted_at: string;
}

export interface ShiftTable {
  id: string;
  centre_id: string;
  user_id: string;
  started_at: string;
  ended_at: string | null;
}

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const staffTextColumns = {
  shifts: {
    ...ids('id', 'centre_id', 'user_id'),
    ...instants('started_at', 'ended_at'),
  },
  staff_roles: {
    ...ids('user_id'),
    ...instants('granted_at'),
    ...codes('role'),
  },
  staff_users: {
    ...ids('id', 'centre_id'),
    ...instants('totp_enabled_at', 'activation_expires_at', 'deactivated_at'),
    ...instants('failed_attempts_since'),
    ...instants('created_at', 'updated_at'),
    ...dates('police_certificate_date', 'confidentiality_declaration_date'),
    ...hashes('password_hash', 'activation_hash'),
    ...municipalityNumbers('municipality_number'),
    ...sealedAlways('totp_secret', 'totp_pending_secret'),
    username: clear('a staff login name, looked up by SQL at login'),
    display_name: clear("a staff member's name, shown to colleagues"),
  },
} satisfies TextColumnsOf<StaffTables>;
