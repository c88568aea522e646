import {
  clear,
  ids,
  instants,
  hashes,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface IdentityTables {
  recovery_codes: RecoveryCodeTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
}

export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

export interface SessionTable {
  id: string;
  /** SHA-256 of the cookie's token: a database leak gives no usable session. */
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  mfa_verified_at: string | null;
  csrf_token: string;
  user_agent: string | null;
  /** Wrong second-factor codes while the login waits for one (migration 0020; default 0). */
  wrong_codes?: number;
  /** The failed attempts this login was told about, until the person has seen them. */
  failed_attempts?: number | null;
  failed_attempts_since?: string | null;
}

export interface LoginAttemptTable {
  /** `account:<sha256 of the name>` or `address:<sha256 of the IP>` — never the name itself. */
  key: string;
  /** Attempts in the window, counted before each is checked (a success is given back at login). */
  failures: number;
  window_start: string | null;
  last_attempt_at: string | null;
  previous_attempt_at: string | null;
}

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const identityTextColumns = {
  login_attempts: {
    ...hashes('key'),
    ...instants('window_start', 'last_attempt_at', 'previous_attempt_at'),
  },
  recovery_codes: {
    ...ids('id', 'user_id'),
    ...instants('created_at', 'used_at'),
    ...hashes('code_hash'),
  },
  sessions: {
    ...ids('id', 'user_id'),
    ...instants('created_at', 'last_seen_at', 'mfa_verified_at', 'failed_attempts_since'),
    ...hashes('token_hash'),
    csrf_token: clear('a random token, useless without the session cookie'),
    user_agent: clear("a staff member's browser, for the list of her own sessions"),
  },
} satisfies TextColumnsOf<IdentityTables>;
