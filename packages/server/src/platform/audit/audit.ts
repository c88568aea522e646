import { sql } from 'kysely';
import type { AuditEvent } from '@havn/domain';
import type { Clock } from '../clock.ts';
import type { Db, Engine, Tx } from '../db/database.ts';
import type { AuditEntryTable } from '../db/tables.ts';
import { newId } from '../ids.ts';
import { checkChainSegment, entryHash, genesisHash, type ChainProblem } from './chain.ts';

/**
 * The one place audit entries are written. Call it inside the transaction that does the work it
 * records: if the append fails, the work is rolled back with it. Appends are serialized — SQLite
 * has one writer; PostgreSQL takes a transaction-scoped advisory lock — so the chain stays a line.
 */
export async function appendAudit(
  tx: Tx,
  engine: Engine,
  clock: Clock,
  event: AuditEvent,
): Promise<void> {
  if (engine === 'postgres') {
    await sql`select pg_advisory_xact_lock(hashtext('havn.audit_entries'))`.execute(tx);
  }
  const last = await tx
    .selectFrom('audit_entries')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const entry: Omit<AuditEntryTable, 'hash'> = {
    id: newId(),
    seq: (last?.seq ?? 0) + 1,
    at: clock.now().toISOString(),
    centre_id: event.centreId,
    actor: event.actor,
    verb: event.verb,
    action: event.action,
    outcome: event.outcome,
    record_type: event.recordType,
    record_id: event.recordId,
    fields: event.fields && event.fields.length > 0 ? JSON.stringify(event.fields) : null,
    reason: event.reason ?? null,
    prev_hash: last?.hash ?? genesisHash,
  };
  await tx
    .insertInto('audit_entries')
    .values({ ...entry, hash: entryHash(entry) })
    .execute();
}

export interface VerifyResult {
  checked: number;
  problem: ChainProblem | null;
}

/** Where the chain breaks, as the console says it: "entry 12 (<id>): altered". */
export const chainProblemText = ({ seq, id, problem }: ChainProblem) =>
  `entry ${seq} (${id}): ${problem.replace('_', ' ')}`;

/** Walks the whole chain in pages, on either engine; stops at the first bad entry. */
export async function verifyAuditChain(db: Db, pageSize = 5000): Promise<VerifyResult> {
  let previous: { seq: number; hash: string } | null = null;
  let checked = 0;
  for (;;) {
    const page: AuditEntryTable[] = await db
      .selectFrom('audit_entries')
      .selectAll()
      .where('seq', '>', previous?.seq ?? 0)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (page.length === 0) return { checked, problem: null };
    const problem = checkChainSegment(page, previous);
    if (problem) return { checked, problem };
    checked += page.length;
    const tail = page[page.length - 1]!;
    previous = { seq: tail.seq, hash: tail.hash };
  }
}
