import { sql, type KyselyPlugin } from 'kysely';
import type { AuditEvent } from '@havn/domain';
import type { Clock } from '../clock.ts';
import type { DatabaseHandle, Db, Engine, Tx } from '../db/database.ts';
import type { AuditEntryTable } from '../db/tables.ts';
import { newId } from '../ids.ts';
import { metrics } from '../metrics/metrics.ts';
import {
  chainStart,
  checkChainSegment,
  entryHash,
  genesisHash,
  keyedAlgorithm,
  type ChainPosition,
  type ChainProblem,
} from './chain.ts';

/**
 * Carries the audit chain's key on a database handle, into every transaction opened from it: the
 * key is configuration (never in the database), and every module appends through the handle it
 * already holds. A plugin that changes no query — it is only found again by `appendAudit`.
 */
class AuditKey implements KyselyPlugin {
  constructor(readonly key: Buffer) {}
  transformQuery: KyselyPlugin['transformQuery'] = (args) => args.node;
  transformResult: KyselyPlugin['transformResult'] = async (args) => args.result;
}

/** The handle the app writes with, bound to the audit key; without it no entry can be appended. */
export function withAuditKey<H extends DatabaseHandle>(handle: H, key: Buffer): H {
  return { ...handle, db: handle.db.withPlugin(new AuditKey(key)) };
}

function auditKeyOf(tx: Tx): Buffer {
  const plugin = tx.getExecutor().plugins.find((p) => p instanceof AuditKey);
  // Fails closed: an entry hashed without the key would be one anyone could forge.
  if (!plugin) throw new Error('The database handle carries no audit key (withAuditKey)');
  return (plugin as AuditKey).key;
}

/**
 * The one place audit entries are written. Call it inside the transaction that does the work it
 * records: if the append fails, the work is rolled back with it. Appends are serialized — SQLite
 * has one writer; PostgreSQL takes a transaction-scoped advisory lock — so the chain stays a line.
 * Every new entry is keyed; the first one chains onto the last plain entry of an older chain.
 */
export function appendAudit(
  tx: Tx,
  engine: Engine,
  clock: Clock,
  event: AuditEvent,
): Promise<void> {
  return appendAuditEntries(tx, engine, clock, [event]);
}

/** Rows per insert: well inside SQLite's and PostgreSQL's limits on bound values. */
const rowsPerInsert = 500;

/**
 * Several entries in order under one lock of the chain, one read of its end and as few inserts
 * as the engines allow — a list read files an entry for every record it shows.
 */
export async function appendAuditEntries(
  tx: Tx,
  engine: Engine,
  clock: Clock,
  events: readonly AuditEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const key = auditKeyOf(tx);
  if (engine === 'postgres') {
    await sql`select pg_advisory_xact_lock(hashtext('havn.audit_entries'))`.execute(tx);
  }
  const last = await tx
    .selectFrom('audit_entries')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const at = clock.now().toISOString();
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? genesisHash;
  const rows: AuditEntryTable[] = events.map((event) => {
    const entry: Omit<AuditEntryTable, 'hash'> = {
      id: newId(),
      seq: ++seq,
      at,
      centre_id: event.centreId,
      actor: event.actor,
      verb: event.verb,
      action: event.action,
      outcome: event.outcome,
      record_type: event.recordType,
      record_id: event.recordId,
      fields: event.fields && event.fields.length > 0 ? JSON.stringify(event.fields) : null,
      reason: event.reason ?? null,
      prev_hash: prevHash,
      hash_algorithm: keyedAlgorithm,
    };
    prevHash = entryHash(entry, key)!;
    return { ...entry, hash: prevHash };
  });
  for (let i = 0; i < rows.length; i += rowsPerInsert)
    await tx
      .insertInto('audit_entries')
      .values(rows.slice(i, i + rowsPerInsert))
      .execute();
  metrics.auditBatch(rows.length);
}

export interface VerifyResult {
  checked: number;
  /** How many of them are plain SHA-256 entries from before the chain was keyed. */
  plain: number;
  problem: ChainProblem | null;
  /** The newest entry verified, as `havn backup` prints it for the operator to keep. */
  newest: { seq: number; hash: string } | null;
}

/** Where the chain breaks, as the console says it: "entry 12 (<id>): altered". */
export function chainProblemText(problem: ChainProblem): string {
  if (problem.problem === 'truncated') {
    return `its end: no entry has the expected hash ${problem.expected} (the newest is #${problem.newestSeq}), so entries were cut off the end — or the hash is not this database's`;
  }
  const text = problem.problem === 'unkeyed' ? 'unkeyed after keyed entries' : problem.problem;
  return `entry ${problem.seq} (${problem.id}): ${text.replace('_', ' ')}`;
}

export interface VerifyOptions {
  /** A newest hash kept outside the database (the backup log): it must still be in the chain. */
  expect?: string;
  pageSize?: number;
}

/**
 * Walks the whole chain in pages, on either engine; stops at the first bad entry. The key is the
 * one the entries were appended with (configuration). With `expect`, an intact chain that lacks
 * the hash kept from an earlier backup was cut short — the one change a chain cannot show alone.
 */
export async function verifyAuditChain(
  db: Db,
  key: Buffer,
  { expect, pageSize = 5000 }: VerifyOptions = {},
): Promise<VerifyResult> {
  let position: ChainPosition = chainStart;
  let checked = 0;
  let plain = 0;
  let expectedSeen = expect === undefined;
  for (;;) {
    const page: AuditEntryTable[] = await db
      .selectFrom('audit_entries')
      .selectAll()
      .where('seq', '>', position.seq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    const newest = checked > 0 ? { seq: position.seq, hash: position.hash } : null;
    if (page.length === 0) {
      const problem: ChainProblem | null = expectedSeen
        ? null
        : { problem: 'truncated', expected: expect!, newestSeq: position.seq };
      return { checked, plain, problem, newest };
    }
    const result = checkChainSegment(page, position, key);
    if ('problem' in result) return { checked, plain, problem: result.problem, newest };
    checked += page.length;
    plain += page.filter((e) => e.hash_algorithm !== keyedAlgorithm).length;
    expectedSeen ||= page.some((e) => e.hash === expect);
    position = result.position;
  }
}
