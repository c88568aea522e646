import { localDate, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict, invalid, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertMayAssignPrimaryContact, recordAddressAccess } from '../access/address-access.ts';
import { displayName } from '../people/service.ts';
import type {
  caseList,
  caseView,
  endCaseBody,
  primaryContactBody,
  perpetrator,
  perpetratorsBody,
  startCaseBody,
  visitBody,
} from './schema.ts';

type Perpetrator = z.infer<typeof perpetrator>;

/** Staff of the actor's centre among `ids`, with their names; anyone else is refused. */
export async function staffOfCentre(db: Db | Tx, centreId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('staff_users')
    .select(['id', 'display_name'])
    .where('centre_id', '=', centreId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  if (rows.length !== new Set(ids).size) {
    throw invalid([
      { path: 'body.staffIds', code: 'unknown_staff', message: 'Not staff of this centre' },
    ]);
  }
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/**
 * Opens a day-user case for a person — or for the person a logged contact was linked to, so a
 * contact turns into a case without retyping. The day service is free: nothing here is billed.
 * Opening a case names no primary contact, unless the unit leader names one.
 */
export async function startCase(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof startCaseBody>,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  let personId = input.personId;
  if (input.fromContactId) {
    const contact = await gateway.open(
      'contact',
      input.fromContactId,
      'read',
      'day_service.from_contact',
      ['person_id'],
      (tx) =>
        tx
          .selectFrom('contacts')
          .select('person_id')
          .where('id', '=', input.fromContactId!)
          .executeTakeFirstOrThrow(),
    );
    if (!contact.person_id) {
      throw invalid([
        {
          path: 'body.fromContactId',
          code: 'anonymous_contact',
          message: 'Link the contact to a person first',
        },
      ]);
    }
    personId ??= contact.person_id;
  }
  const now = ctx.clock.now();
  const id = newId();
  await gateway.open(
    'person',
    personId!,
    'update',
    'day_service.start',
    ['day_user_case'],
    async (tx) => {
      if (input.primaryContactId !== null) assertMayAssignPrimaryContact(actor, null);
      await staffOfCentre(
        tx,
        actor.centreId,
        input.primaryContactId ? [input.primaryContactId] : [],
      );
      const open = await tx
        .selectFrom('day_user_cases')
        .select('id')
        .where('person_id', '=', personId!)
        .where('ended_on', 'is', null)
        .executeTakeFirst();
      if (open) throw conflict('This person already has an open day-user case');
      await tx
        .insertInto('day_user_cases')
        .values({
          id,
          centre_id: actor.centreId,
          person_id: personId!,
          started_on: input.startedOn ?? localDate(now),
          first_contact_by: input.firstContactBy,
          primary_contact_id: input.primaryContactId,
          source_contact_id: input.fromContactId ?? null,
          ended_on: null,
          end_reason: null,
          created_by: actor.userId,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
          version: 1,
        })
        .execute();
      await gateway.audit(tx, 'day_user_case', id, 'create', 'day_service.start', [
        'person_id',
        'started_on',
        'first_contact_by',
        'primary_contact_id',
      ]);
      await recordAddressAccess(ctx, tx, actor, {
        caseType: 'day_user_case',
        caseId: id,
        personIds: [personId!],
        before: [],
        after: [input.primaryContactId],
      });
    },
  );
  return { id };
}

export async function getCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<z.infer<typeof caseView>> {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'day_user_case',
    id,
    'read',
    'day_service.read',
    ['person', 'visits'],
    async (tx) => {
      const c = await tx
        .selectFrom('day_user_cases')
        .innerJoin('persons', 'persons.id', 'day_user_cases.person_id')
        .leftJoin('staff_users', 'staff_users.id', 'day_user_cases.primary_contact_id')
        .selectAll('day_user_cases')
        .select([
          'persons.alias',
          'persons.first_name',
          'persons.last_name',
          'staff_users.display_name as primary_name',
        ])
        .where('day_user_cases.id', '=', id)
        .executeTakeFirstOrThrow();
      const perpetrators = await tx
        .selectFrom('case_perpetrators')
        .selectAll()
        .where('case_type', '=', 'day_user_case')
        .where('case_id', '=', id)
        .orderBy('created_at')
        .execute();
      const box = secretBox(ctx.config.encryptionKey);
      const visits = await tx
        .selectFrom('day_visits')
        .selectAll()
        .where('case_id', '=', id)
        .orderBy('visit_date', 'desc')
        .execute();
      const staffNames = await staffOfCentre(tx, actor.centreId, [
        ...new Set(visits.flatMap((v) => JSON.parse(v.staff_ids) as string[])),
      ]).catch(() => new Map<string, string>());
      return {
        id: c.id,
        person: { id: c.person_id, displayName: displayName(c) },
        startedOn: c.started_on,
        firstContactBy: c.first_contact_by as z.infer<typeof caseView>['firstContactBy'],
        primaryContact: c.primary_contact_id
          ? { id: c.primary_contact_id, name: c.primary_name ?? '' }
          : null,
        sourceContactId: c.source_contact_id,
        endedOn: c.ended_on,
        endReason: c.end_reason as z.infer<typeof caseView>['endReason'],
        visits: visits.map((v) => ({
          id: v.id,
          date: v.visit_date,
          kind: v.kind,
          minutes: v.minutes,
          staff: (JSON.parse(v.staff_ids) as string[]).map((s) => ({
            id: s,
            name: staffNames.get(s) ?? '',
          })),
          interpreter: v.interpreter === 1,
          topic: box.openOrNull(v.topic),
          agreed: box.openOrNull(v.agreed),
        })),
        perpetrators: perpetrators.map((p) => ({
          relation: p.relation as Perpetrator['relation'],
          gender: p.gender as Perpetrator['gender'],
          childrenExposed: p.children_exposed as Perpetrator['childrenExposed'],
          notes: p.notes_sealed ? box.open(p.notes_sealed) : null,
        })),
        version: c.version,
      };
    },
  );
}

/**
 * Records who the perpetrators are for this case (relation, gender, whether children are also
 * exposed), replacing what was there. Kept on the case only, never as a person of its own.
 */
export async function setPerpetrators(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof perpetratorsBody>,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  const box = secretBox(ctx.config.encryptionKey);
  return gateway.open(
    'day_user_case',
    caseId,
    'update',
    'day_service.perpetrators',
    ['perpetrators'],
    async (tx) => {
      await claimVersion(tx, 'day_user_cases', caseId, input.version, ctx.clock.now());
      await tx
        .deleteFrom('case_perpetrators')
        .where('case_type', '=', 'day_user_case')
        .where('case_id', '=', caseId)
        .execute();
      const now = ctx.clock.now().toISOString();
      for (const p of input.perpetrators) {
        await tx
          .insertInto('case_perpetrators')
          .values({
            id: newId(),
            centre_id: actor.centreId,
            case_type: 'day_user_case',
            case_id: caseId,
            relation: p.relation,
            gender: p.gender,
            children_exposed: p.childrenExposed,
            notes_sealed: p.notes ? box.seal(p.notes) : null,
            created_at: now,
          })
          .execute();
      }
      return { count: input.perpetrators.length, version: input.version + 1 };
    },
  );
}

export async function listCases(
  ctx: AppContext,
  actor: Actor,
  status: 'open' | 'ended' | 'all',
): Promise<z.infer<typeof caseList>['items']> {
  const { db } = ctx.database;
  let q = db
    .selectFrom('day_user_cases')
    .innerJoin('persons', 'persons.id', 'day_user_cases.person_id')
    .select([
      'day_user_cases.id',
      'day_user_cases.person_id',
      'day_user_cases.started_on',
      'day_user_cases.ended_on',
      'persons.alias',
      'persons.first_name',
      'persons.last_name',
    ])
    .select((eb) => [
      eb
        .selectFrom('day_visits')
        .whereRef('day_visits.case_id', '=', 'day_user_cases.id')
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('visits'),
      eb
        .selectFrom('day_visits')
        .whereRef('day_visits.case_id', '=', 'day_user_cases.id')
        .select((s) => s.fn.max('visit_date').as('d'))
        .as('last_visit'),
    ])
    .where('day_user_cases.centre_id', '=', actor.centreId);
  if (status === 'open') q = q.where('day_user_cases.ended_on', 'is', null);
  if (status === 'ended') q = q.where('day_user_cases.ended_on', 'is not', null);
  const rows = await q.orderBy('day_user_cases.started_on', 'desc').limit(200).execute();
  const visible = await new PersonalDataGateway(ctx, actor).readList(
    'day_user_case',
    rows,
    (r) => r.id,
    'day_service.list',
    ['person', 'started_on'],
  );
  return visible.map((r) => ({
    id: r.id,
    person: { id: r.person_id, displayName: displayName(r) },
    startedOn: r.started_on,
    endedOn: r.ended_on,
    visits: Number(r.visits ?? 0),
    lastVisit: (r.last_visit as string | null) ?? null,
  }));
}

/** A conversation at the centre, a home visit, or company to a service: each counts as a day visit. */
export async function addVisit(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof visitBody>,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  const id = newId();
  await gateway.open(
    'day_user_case',
    caseId,
    'update',
    'day_service.visit',
    ['visits'],
    async (tx) => {
      const c = await tx
        .selectFrom('day_user_cases')
        .select(['ended_on', 'started_on'])
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      if (c.ended_on !== null) throw conflict('The case has ended; start a new one');
      if (input.date < c.started_on) {
        throw invalid([
          {
            path: 'body.date',
            code: 'before_start',
            message: 'The visit is before the case started',
          },
        ]);
      }
      await staffOfCentre(tx, actor.centreId, input.staffIds);
      await tx
        .insertInto('day_visits')
        .values({
          id,
          centre_id: actor.centreId,
          case_id: caseId,
          visit_date: input.date,
          kind: input.kind,
          minutes: input.minutes,
          staff_ids: JSON.stringify(input.staffIds),
          interpreter: input.interpreter ? 1 : 0,
          topic: secretBox(ctx.config.encryptionKey).sealOrNull(input.topic),
          agreed: secretBox(ctx.config.encryptionKey).sealOrNull(input.agreed),
          created_by: actor.userId,
          created_at: ctx.clock.now().toISOString(),
        })
        .execute();
    },
  );
  return { id };
}

export async function endCase(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof endCaseBody>,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'day_user_case',
    caseId,
    'update',
    'day_service.end',
    ['ended_on', 'end_reason'],
    async (tx) => {
      const c = await tx
        .selectFrom('day_user_cases')
        .select(['started_on', 'ended_on'])
        .where('id', '=', caseId)
        .executeTakeFirst();
      if (!c) throw notFound();
      if (c.ended_on !== null) throw conflict('The case has already ended');
      if (input.endedOn < c.started_on)
        throw invalid([
          { path: 'body.endedOn', code: 'before_start', message: 'The end is before the start' },
        ]);
      await claimVersion(tx, 'day_user_cases', caseId, input.version, ctx.clock.now());
      await tx
        .updateTable('day_user_cases')
        .set({ ended_on: input.endedOn, end_reason: input.reason })
        .where('id', '=', caseId)
        .execute();
      return { version: input.version + 1 };
    },
  );
}

/** Names the case's primary contact, or none: the unit leader, or the current one handing over. */
export async function assignPrimaryContact(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof primaryContactBody>,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'day_user_case',
    caseId,
    'update',
    'day_service.primary_contact',
    ['primary_contact_id'],
    async (tx) => {
      const c = await tx
        .selectFrom('day_user_cases')
        .select(['person_id', 'primary_contact_id', 'ended_on'])
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      if (c.ended_on !== null) throw conflict('The case has ended');
      assertMayAssignPrimaryContact(actor, c.primary_contact_id);
      await staffOfCentre(
        tx,
        actor.centreId,
        input.primaryContactId ? [input.primaryContactId] : [],
      );
      await claimVersion(tx, 'day_user_cases', caseId, input.version, ctx.clock.now());
      await tx
        .updateTable('day_user_cases')
        .set({ primary_contact_id: input.primaryContactId })
        .where('id', '=', caseId)
        .execute();
      await recordAddressAccess(ctx, tx, actor, {
        caseType: 'day_user_case',
        caseId,
        personIds: [c.person_id],
        before: [c.primary_contact_id],
        after: [input.primaryContactId],
      });
      return { version: input.version + 1 };
    },
  );
}
