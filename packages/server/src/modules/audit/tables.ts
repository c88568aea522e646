import {
  clear,
  ids,
  instants,
  hashes,
  codes,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface AuditTables {
  audit_entries: AuditEntryTable;
}

export interface AuditEntryTable {
  id: string;
  seq: number;
  at: string;
  centre_id: string | null;
  actor: string;
  verb: string;
  action: string;
  outcome: string;
  record_type: string | null;
  record_id: string | null;
  fields: string | null;
  reason: string | null;
  prev_hash: string;
  hash: string;
  /** Keyed entries ('hmac-sha256') since migration 0024; the entries before it are plain. */
  hash_algorithm: AuditHashAlgorithm;
}

export type AuditHashAlgorithm = 'sha256' | 'hmac-sha256';

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const auditTextColumns = {
  audit_entries: {
    ...ids('id', 'centre_id', 'record_id', 'actor'),
    ...instants('at'),
    ...hashes('prev_hash', 'hash'),
    ...codes('verb', 'action', 'outcome', 'record_type', 'hash_algorithm'),
    fields: clear('a JSON list of field names, never values'),
    reason: clear(
      "a reason code from the domain (a denial's, break_glass, earlier_record): the type admits no free text",
    ),
  },
} satisfies TextColumnsOf<AuditTables>;
