import { createHash } from 'node:crypto';
import type { AuditEntryTable } from '../db/tables.ts';

/** The hash before the first entry. */
export const genesisHash = '0'.repeat(64);

/**
 * The hash of an entry: SHA-256 over its own content and its predecessor's hash, in a fixed field
 * order, so that editing, removing or reordering any entry breaks every hash after it.
 */
export function entryHash(entry: Omit<AuditEntryTable, 'hash'>): string {
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
  return createHash('sha256').update(canonical).digest('hex');
}

export type ChainProblem = { seq: number; id: string; problem: 'altered' | 'broken_link' | 'gap' };

/**
 * Checks entries given in seq order, continuing from `previous` (the last checked entry, or null
 * at the start). Returns the first problem found, or null.
 */
export function checkChainSegment(
  entries: readonly AuditEntryTable[],
  previous: { seq: number; hash: string } | null,
): ChainProblem | null {
  let last = previous ?? { seq: 0, hash: genesisHash };
  for (const entry of entries) {
    if (entry.seq !== last.seq + 1) return { seq: entry.seq, id: entry.id, problem: 'gap' };
    if (entry.prev_hash !== last.hash)
      return { seq: entry.seq, id: entry.id, problem: 'broken_link' };
    if (entryHash(entry) !== entry.hash)
      return { seq: entry.seq, id: entry.id, problem: 'altered' };
    last = entry;
  }
  return null;
}
