import { createHash, createHmac } from 'node:crypto';
import type { AuditEntryTable, AuditHashAlgorithm } from '../db/tables.ts';

/** The hash before the first entry. */
export const genesisHash = '0'.repeat(64);

/**
 * What every new entry is hashed with: HMAC-SHA-256 under a key from configuration, so that
 * someone holding only the database cannot edit an entry and compute the hashes after it again.
 * 'sha256' is the plain hash of the entries written before the chain was keyed (migration 0024).
 */
export const keyedAlgorithm: AuditHashAlgorithm = 'hmac-sha256';

/**
 * The hash of an entry over its own content and its predecessor's hash, in a fixed field order,
 * so that editing, removing or reordering any entry breaks every hash after it. Null for an
 * algorithm this version does not know: such an entry cannot be verified.
 */
export function entryHash(entry: Omit<AuditEntryTable, 'hash'>, key: Buffer): string | null {
  const canonical = JSON.stringify([
    entry.seq,
    entry.id,
    entry.at,
    entry.centre_id,
    entry.actor,
    entry.verb,
    entry.action,
    entry.outcome,
    entry.record_type,
    entry.record_id,
    entry.fields,
    entry.reason,
    entry.prev_hash,
  ]);
  switch (entry.hash_algorithm) {
    case 'hmac-sha256':
      return createHmac('sha256', key).update(canonical).digest('hex');
    case 'sha256':
      return createHash('sha256').update(canonical).digest('hex');
    default:
      return null;
  }
}

/**
 * `unkeyed`: a plain entry after a keyed one — the chain was keyed from a point on and never goes
 * back, so a plain entry there was re-hashed by someone without the key. `truncated`: the newest
 * hash an operator kept (from `havn backup`) is not in the chain, so entries were cut off its end.
 */
export type ChainProblem =
  | { seq: number; id: string; problem: 'altered' | 'broken_link' | 'gap' | 'unkeyed' }
  | { problem: 'truncated'; expected: string; newestSeq: number };

/** Where a checked segment ended: the last entry, and whether keyed entries have begun. */
export interface ChainPosition {
  seq: number;
  hash: string;
  keyed: boolean;
}

export const chainStart: ChainPosition = { seq: 0, hash: genesisHash, keyed: false };

/**
 * Checks entries given in seq order, continuing from `previous` (the last checked entry, or the
 * start). Returns the first problem found, or where the segment ended.
 */
export function checkChainSegment(
  entries: readonly AuditEntryTable[],
  previous: ChainPosition,
  key: Buffer,
): { problem: ChainProblem } | { position: ChainPosition } {
  let last = previous;
  for (const entry of entries) {
    const at = { seq: entry.seq, id: entry.id };
    if (entry.seq !== last.seq + 1) return { problem: { ...at, problem: 'gap' } };
    if (entry.prev_hash !== last.hash) return { problem: { ...at, problem: 'broken_link' } };
    const keyed = entry.hash_algorithm === keyedAlgorithm;
    if (last.keyed && !keyed) return { problem: { ...at, problem: 'unkeyed' } };
    if (entryHash(entry, key) !== entry.hash) return { problem: { ...at, problem: 'altered' } };
    last = { seq: entry.seq, hash: entry.hash, keyed };
  }
  return { position: last };
}
