import {
  intakeTaskDescriptions,
  intakeTasks,
  localDate,
  mayShare,
  type Actor,
  type AuditVerb,
  type Consent,
  type ConsentScope,
  type IntakeStep,
} from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { secretBox, type SecretBox } from '../../platform/crypto/secret-box.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { IntakeTable } from '../../platform/db/tables.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict } from '../../platform/http/errors.ts';
import { createTasks, tasksOfCases, type CaseRef } from '../tasks/index.ts';

export type IntakeRow = IntakeTable;

/** Sealed JSON: what only those working the intake read, and never a log or a list. */
export const sealJson = (box: SecretBox, value: unknown) => box.seal(JSON.stringify(value));
export const openJson = <T>(box: SecretBox, sealed: string | null): T | null =>
  sealed === null ? null : (JSON.parse(box.open(sealed)) as T);
export const boxOf = (ctx: AppContext) => secretBox(ctx.config.encryptionKey);

export const stepsOf = (row: Pick<IntakeRow, 'steps_saved'>) =>
  JSON.parse(row.steps_saved) as IntakeStep[];

/** The steps saved, with this one added once. */
export const withStep = (row: Pick<IntakeRow, 'steps_saved'>, step: IntakeStep) =>
  JSON.stringify([...new Set([...stepsOf(row), step])]);

interface Change {
  /** The version the caller read; omitted for reads. */
  version?: number;
  /** Only an intake still going on may change (consent also after the stay has started). */
  allow?: readonly IntakeRow['status'][];
}

/**
 * Opens one intake through the gateway (denial → audited 404), loads its row, and for a change
 * checks its status and claims the version the caller read (409 when stale), all in the one
 * transaction that also writes the audit entry.
 */
export function withIntake<T>(
  ctx: AppContext,
  actor: Actor,
  id: string,
  verb: AuditVerb,
  action: string,
  fields: readonly string[],
  change: Change | null,
  work: (tx: Tx, row: IntakeRow, gateway: PersonalDataGateway) => Promise<T>,
): Promise<T> {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open('intake', id, verb, action, fields, async (tx) => {
    const row = await tx
      .selectFrom('intakes')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (change) {
      const allowed = change.allow ?? ['in_progress'];
      if (!allowed.includes(row.status))
        throw conflict(
          `The intake is ${row.status.replace('_', ' ')}; it can no longer change`,
          'intake_closed',
        );
      if (change.version !== undefined) {
        await claimVersion(tx, 'intakes', id, change.version, ctx.clock.now());
        row.version = change.version + 1;
      }
    }
    return work(tx, row, gateway);
  });
}

/**
 * The consent answers the person gave in this intake, as the domain reads them. An earlier
 * intake's consent does not carry over: each stay asks again.
 */
export async function consentsOf(tx: Tx, row: Pick<IntakeRow, 'id' | 'person_id'>) {
  const rows = await tx
    .selectFrom('consents')
    .selectAll()
    .where('person_id', '=', row.person_id)
    .where('intake_id', '=', row.id)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    scope: r.scope as ConsentScope,
    granted: r.granted === 1,
    how: r.how,
    givenOn: r.given_on,
    withdrawnOn: r.withdrawn_on,
    recordedBy: r.recorded_by,
    recordedAt: r.created_at,
  }));
}

export type ConsentRow = Awaited<ReturnType<typeof consentsOf>>[number];
export const asConsents = (rows: readonly ConsentRow[]): readonly Consent[] => rows;

/** Where the intake's tasks live: on the intake until the stay starts, then on the stay. */
export const taskCase = (row: Pick<IntakeRow, 'id' | 'stay_id'>): CaseRef =>
  row.stay_id === null ? { type: 'intake', id: row.id } : { type: 'stay', id: row.stay_id };

/**
 * Makes the tasks the intake's answers call for (the domain's `intakeTasks`), each once per case
 * by its `source_ref`. A flag switched off later leaves its task: the work may have started, and
 * staff close it themselves.
 */
export async function syncTasks(ctx: AppContext, actor: Actor, tx: Tx, row: IntakeRow) {
  const today = localDate(ctx.clock.now());
  const consents = asConsents(await consentsOf(tx, row));
  const refs = intakeTasks({
    forcedMarriageSuspected: row.forced_marriage_suspected === 1,
    asylumSeeker: row.asylum_seeker === 1,
    excluded: row.status === 'excluded',
    homeMunicipalityKnown: row.home_municipality_number !== null,
    mayNotifyHomeMunicipality: mayShare(consents, 'home_municipality', today),
    mayNotifyNav: mayShare(consents, 'nav', today),
  });
  const where = taskCase(row);
  const existing = await tasksOfCases(ctx, tx, where.type, [where.id], 'intake_flag');
  const have = new Set((existing.get(where.id) ?? []).map((t) => t.sourceRef));
  const made = refs.filter((r) => !have.has(r));
  await createTasks(
    ctx,
    tx,
    actor,
    made.map((ref) => ({
      case: where,
      description: intakeTaskDescriptions[ref],
      ownerUserId: row.primary_contact_id,
      dueOn: today,
      source: 'intake_flag',
      sourceRef: ref,
    })),
  );
  return made;
}
