import {
  decide,
  decideRecordAccess,
  decideRecordLink,
  recordIsCurrent,
  refusalToShow,
  type Action,
  type Actor,
  type AuditEvent,
  type AuditOutcome,
  type AuditRecordType,
  type AuditVerb,
  type RecordDenialReason,
  type RecordRelation,
  type RecordRule,
  type StaffChangeRefusal,
} from '@havn/domain';
import type { AppContext } from '../context.ts';
import { appendAuditEntries } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import { notFound, AccessRefusedError } from '../http/errors.ts';
import { contactNoteAccess } from './contact-notes.ts';
import { recordOwners, type PersonalRecordType } from './record-owners.ts';

export type { PersonalRecordType };

interface Denial {
  id: string;
  recordCentreId: string;
  reason: RecordDenialReason;
  /** What the refused may be told (`refusalToShow`); null for another centre's record. */
  shown: RecordDenialReason | null;
}

/**
 * The one path to personal data. Every read and write of a personal record goes through a
 * gateway built for the request's actor: it loads the actor's relations to the records (one
 * query per relation, over sets of ids), applies `decideRecordAccess`, and writes the audit entry
 * in the same transaction as the work. A denial is audited with its true reason — for the
 * actor's centre and, when the record is another centre's, for that centre too — and answered
 * 404: with the domain's reason for a record of the own centre, and for another centre's the
 * same 404 as a record that does not exist. Each method takes the domain's rule for the
 * use (`decideRecordAccess` unless a use asks more, e.g. `decideCaseWork`); modules decide nothing.
 */
export class PersonalDataGateway {
  constructor(
    private readonly ctx: AppContext,
    readonly actor: Actor,
  ) {}

  private get db(): Db {
    return this.ctx.database.db;
  }

  /** Until when the actor's unexpired break-the-glass grants for these records hold. */
  private async grants(
    type: PersonalRecordType,
    ids: readonly string[],
    db: Db | Tx,
  ): Promise<Map<string, Date>> {
    const rows = await db
      .selectFrom('break_glass_grants')
      .select(['record_id', (eb) => eb.fn.max('expires_at').as('until')])
      .where('user_id', '=', this.actor.userId)
      .where('record_type', '=', type)
      .where('record_id', 'in', ids)
      .where('expires_at', '>', this.ctx.clock.now().toISOString())
      .groupBy('record_id')
      .execute();
    return new Map(rows.map((g) => [g.record_id, new Date(String(g.until))]));
  }

  /** The actor's relations to a set of records of one type; absent ids do not exist. */
  async relations(
    type: PersonalRecordType,
    ids: readonly string[],
    db: Db | Tx = this.ctx.database.db,
  ): Promise<Map<string, RecordRelation>> {
    const result = new Map<string, RecordRelation>();
    if (ids.length === 0) return result;
    const clockNow = this.ctx.clock.now();
    const [records, shift, grantUntil] = await Promise.all([
      recordOwners(type, ids, db),
      db
        .selectFrom('shifts')
        .select('id')
        .where('user_id', '=', this.actor.userId)
        .where('centre_id', '=', this.actor.centreId)
        .where('ended_at', 'is', null)
        .executeTakeFirst(),
      this.grants(type, ids, db),
    ]);
    for (const record of records) {
      result.set(record.id, {
        recordCentreId: record.centre_id,
        // Cases (stays, day-user cases) bring primary contacts, and a person those of her open
        // cases; a logged contact is its author's.
        isPrimaryContact: record.responsible.includes(this.actor.userId),
        onShift: shift !== undefined && record.centre_id === this.actor.centreId,
        recordIsCurrent: recordIsCurrent(record.currency, clockNow),
        breakGlassUntil: grantUntil.get(record.id) ?? null,
      });
    }
    return result;
  }

  /**
   * Whether the actor reads the note of each of these contacts (`decideContactNote`): ask only
   * for contacts she may open. The facts are her shifts around when they were logged and her
   * relation to the persons they name.
   */
  /** Whether the actor reads the note of each of these contacts she may open (`decideContactNote`). */
  contactNotes(ids: readonly string[], db: Db | Tx = this.db) {
    return contactNoteAccess(this, ids, db, this.ctx.clock.now());
  }

  /**
   * Opens one record for `verb`, runs `work` in a transaction with the audit entry, or throws
   * 404. `fields` are the names of what is read or changed — never values.
   */
  open<T>(
    type: PersonalRecordType,
    id: string,
    verb: AuditVerb,
    action: string,
    fields: readonly string[],
    work: (tx: Tx, relation: RecordRelation) => Promise<T>,
    rule: RecordRule = decideRecordAccess,
  ): Promise<T> {
    return this.enter(type, id, verb, action, fields, work, rule);
  }

  /**
   * Opens a record that lives inside another — a child within her stay — by the container's
   * relation, or by a break-the-glass grant for the record itself: breaking the glass for one
   * child opens her pages, not her mother's journal. The work must refuse a record that is not
   * inside the container.
   */
  async openWithin<T>(
    container: { type: PersonalRecordType; id: string },
    record: { type: PersonalRecordType; id: string },
    verb: AuditVerb,
    action: string,
    fields: readonly string[],
    work: (tx: Tx, relation: RecordRelation) => Promise<T>,
    rule: RecordRule = decideRecordAccess,
  ): Promise<T> {
    const grant = (await this.grants(record.type, [record.id], this.db)).get(record.id) ?? null;
    const withGrant: RecordRule = (actor, relation, now) =>
      grant === null || (relation.breakGlassUntil ?? grant) > grant
        ? rule(actor, relation, now)
        : rule(actor, { ...relation, breakGlassUntil: grant }, now);
    return this.enter(container.type, container.id, verb, action, fields, work, withGrant);
  }

  /**
   * Opens an earlier record that a match recognised, to link a new case to it (`decideRecordLink`):
   * the actor has not seen it and may not open it as it stands. Audited with the reason
   * `earlier_record`, so the record's history shows who brought it back.
   */
  link<T>(
    type: PersonalRecordType,
    id: string,
    action: string,
    fields: readonly string[],
    work: (tx: Tx, relation: RecordRelation) => Promise<T>,
  ): Promise<T> {
    return this.enter(type, id, 'update', action, fields, work, decideRecordLink, 'earlier_record');
  }

  private async enter<T>(
    type: PersonalRecordType,
    id: string,
    verb: AuditVerb,
    action: string,
    fields: readonly string[],
    work: (tx: Tx, relation: RecordRelation) => Promise<T>,
    decideAccess: RecordRule,
    reason?: AuditEvent['reason'],
  ): Promise<T> {
    const relation = (await this.relations(type, [id])).get(id);
    if (!relation) throw notFound();
    const decision = decideAccess(this.actor, relation, this.ctx.clock.now());
    if (!decision.allowed)
      return this.deny(type, action, [
        {
          id,
          ...relation,
          reason: decision.reason,
          shown: refusalToShow(this.actor, relation, decision),
        },
      ]);
    return this.db.transaction().execute(async (tx) => {
      const result = await work(tx, relation);
      await this.write(tx, this.actor.centreId, type, id, verb, action, fields, {
        reason: decision.via === 'break_glass' ? 'break_glass' : reason,
      });
      return result;
    });
  }

  /**
   * Opens a set of records for one write, all or nothing: any id missing answers 404, and so
   * does any record the rule closes, each denial audited. Returns the relations; the caller
   * writes the work and its audit entry (`audit`) in one transaction.
   */
  async openAll(
    type: PersonalRecordType,
    ids: readonly string[],
    action: string,
    rule: RecordRule = decideRecordAccess,
  ): Promise<Map<string, RecordRelation>> {
    const relations = await this.relations(type, ids);
    const now = this.ctx.clock.now();
    const denied: Denial[] = [];
    for (const id of ids) {
      const relation = relations.get(id);
      if (!relation) throw notFound();
      const decision = rule(this.actor, relation, now);
      if (!decision.allowed)
        denied.push({
          id,
          ...relation,
          reason: decision.reason,
          shown: refusalToShow(this.actor, relation, decision),
        });
    }
    if (denied.length > 0) return this.deny(type, action, denied);
    return relations;
  }

  /**
   * A staff member the actor may act on for `action`: one of the own centre. Another centre's
   * is a denial, audited like a record's, and the same 404 as one that does not exist. Call it
   * before the work's transaction: on SQLite the denial's own would wait for it for ever.
   */
  async staffMember(id: string, action: Action): Promise<{ centre_id: string }> {
    const row = await this.db
      .selectFrom('staff_users')
      .select('centre_id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    const decision = decide(this.actor, action, { recordCentreId: row.centre_id });
    if (!decision.allowed)
      await this.deny('staff_user', action, [
        { id, recordCentreId: row.centre_id, reason: decision.reason, shown: null },
      ]);
    return row;
  }

  /**
   * Files a change to a staff account that the domain's rule refused, under its reason; the
   * caller answers. Its own transaction, since the refusal rolls back the caller's.
   */
  async refuseStaffChange(
    id: string | null,
    action: Action,
    reason: StaffChangeRefusal,
  ): Promise<void> {
    await this.db.transaction().execute((tx) =>
      this.write(tx, this.actor.centreId, 'staff_user', id, 'deny', action, [], {
        reason,
        outcome: 'denied',
      }),
    );
  }

  /**
   * Files each denial and answers 404. Its own transaction, since the 404 rolls back the
   * caller's; a probe of another centre's record shows in that centre's history too. The 404
   * names the reason when every refused record is of the own centre, and none when any is
   * another's: that one must look like a record that does not exist.
   */
  private async deny(type: AuditRecordType, action: string, denials: Denial[]): Promise<never> {
    const events = denials.flatMap((d) =>
      [...new Set([this.actor.centreId, d.recordCentreId])].map((centreId) =>
        this.event(centreId, type, d.id, 'deny', action, [], {
          reason: d.reason,
          outcome: 'denied',
        }),
      ),
    );
    await this.db.transaction().execute((tx) => this.writeAll(tx, events));
    const shown = denials.map((d) => d.shown);
    if (shown.every((reason) => reason !== null))
      throw new AccessRefusedError('not_found', shown[0]!);
    throw notFound();
  }

  /**
   * The ids of a set the actor may open, each with its relation; the rest are dropped silently.
   * Inside a transaction pass it as `db`: on SQLite a second connection would wait for ever.
   */
  async filter(
    type: PersonalRecordType,
    ids: readonly string[],
    db: Db | Tx = this.db,
    rule: RecordRule = decideRecordAccess,
  ): Promise<Map<string, RecordRelation>> {
    const now = this.ctx.clock.now();
    const relations = await this.relations(type, ids, db);
    for (const [id, relation] of relations) {
      if (!rule(this.actor, relation, now).allowed) relations.delete(id);
    }
    return relations;
  }

  /**
   * The rows of a list the actor may open, in their order, each audited as read; the rest are
   * dropped silently. `idOf` names the record of `type` a row shows. Pass `tx` when the caller
   * already holds a transaction.
   */
  async readList<R>(
    type: PersonalRecordType,
    rows: readonly R[],
    idOf: (row: R) => string,
    action: string,
    fields: readonly string[],
    tx?: Tx,
  ): Promise<R[]> {
    const allowed = await this.filter(type, rows.map(idOf), tx);
    const visible = rows.filter((row) => allowed.has(idOf(row)));
    const audit = (t: Tx) =>
      this.writeAll(
        t,
        visible.map((row) =>
          this.event(this.actor.centreId, type, idOf(row), 'read', action, fields),
        ),
      );
    if (tx) await audit(tx);
    else await this.db.transaction().execute(audit);
    return visible;
  }

  /** An audit entry of this actor's work, in the caller's transaction; denials are the gateway's. */
  audit(
    tx: Tx,
    type: AuditRecordType | null,
    id: string | null,
    verb: AuditVerb,
    action: string,
    fields: readonly string[],
  ): Promise<void> {
    return this.write(tx, this.actor.centreId, type, id, verb, action, fields);
  }

  private write(tx: Tx, ...entry: Parameters<PersonalDataGateway['event']>): Promise<void> {
    return this.writeAll(tx, [this.event(...entry)]);
  }

  /** Several entries under one lock of the chain: a list read files one per record it shows. */
  private writeAll(tx: Tx, events: readonly AuditEvent[]): Promise<void> {
    return appendAuditEntries(tx, this.ctx.database.engine, this.ctx.clock, events);
  }

  private event(
    centreId: string,
    type: AuditRecordType | null,
    id: string | null,
    verb: AuditVerb,
    action: string,
    fields: readonly string[],
    { reason, outcome = 'success' }: Pick<AuditEvent, 'reason'> & { outcome?: AuditOutcome } = {},
  ): AuditEvent {
    return {
      centreId,
      actor: this.actor.userId,
      verb,
      action,
      outcome,
      recordType: type,
      recordId: id,
      fields,
      ...(reason ? { reason } : {}),
    };
  }
}
