import {
  contactDateProblems,
  housingProblems,
  localDate,
  type Actor,
  type FieldProblem,
  type ReestablishmentHousing,
} from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { ReestablishmentCaseTable } from '../../platform/db/tables.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { uniqueViolation } from '../../platform/db/unique-violation.ts';
import { conflict, invalid, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { staffOfCentre } from '../day-service/cases.ts';
import { displayName } from '../people/service.ts';
import type {
  municipalityOptions,
  candidateList,
  caseList,
  caseView,
  contactBody,
  endBody,
  openBody,
  patchBody,
} from './schema.ts';
import { assertMayAssignPrimaryContact, recordAddressAccess } from '../access/address-access.ts';

type CaseView = z.infer<typeof caseView>;
type CaseList = z.infer<typeof caseList>['items'];

const parseIds = (text: string): string[] => JSON.parse(text) as string[];

/** The unit each stay's adult sleeps in now (or slept in last), by name. */
async function unitNames(db: Db | Tx, stayIds: readonly string[]): Promise<Map<string, string>> {
  if (stayIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('bed_assignments as a')
    .innerJoin('stays as s', 's.id', 'a.stay_id')
    .innerJoin('beds as b', 'b.id', 'a.bed_id')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select(['a.stay_id', 'u.name', 'a.from_at'])
    .whereRef('a.person_id', '=', 's.person_id')
    .where('a.stay_id', 'in', [...stayIds])
    .orderBy('a.from_at')
    .execute();
  // Ordered by time, so the last move wins.
  return new Map(rows.map((r) => [r.stay_id, r.name]));
}

function assertAllFound(found: readonly unknown[], ids: readonly string[], path: string): void {
  if (found.length !== ids.length)
    throw invalid([{ path, code: 'unknown', message: 'Not known at this centre' }]);
}

/** The services involved must be partners in the centre's register. */
async function assertPartners(tx: Tx, centreId: string, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await tx
    .selectFrom('partners')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('id', 'in', unique)
    .execute();
  assertAllFound(found, unique, 'body.partnerIds');
}

/** The children linked must be children recorded at the centre. */
async function assertChildren(tx: Tx, centreId: string, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await tx
    .selectFrom('persons')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('is_child', '=', 1)
    .where('id', 'in', unique)
    .execute();
  assertAllFound(found, unique, 'body.childIds');
}

/**
 * Where the person lives, as the case records it: in a transition apartment, the person's
 * transition stay going on now; in a permanent home, a known municipality. Never an address.
 */
async function housingColumns(
  tx: Tx,
  personId: string,
  housing: ReestablishmentHousing,
  municipalityNumber: string | null,
): Promise<Pick<ReestablishmentCaseTable, 'housing' | 'housing_stay_id' | 'municipality_number'>> {
  const stay =
    housing === 'transition_apartment'
      ? await tx
          .selectFrom('stays')
          .select('id')
          .where('person_id', '=', personId)
          .where('kind', '=', 'transition')
          .where('departure_at', 'is', null)
          .executeTakeFirst()
      : undefined;
  const known =
    housing === 'permanent_home' && municipalityNumber !== null
      ? await tx
          .selectFrom('municipalities')
          .select('number')
          .where('number', '=', municipalityNumber)
          .executeTakeFirst()
      : undefined;
  const columns = {
    housing,
    housing_stay_id: stay?.id ?? null,
    municipality_number: known?.number ?? null,
  };
  const problems = housingProblems({
    housing,
    housingStayId: columns.housing_stay_id,
    municipalityNumber: columns.municipality_number,
  });
  if (problems.includes('transition_needs_stay'))
    throw invalid([
      {
        path: 'body.housing',
        code: 'no_transition_stay',
        message: 'The person has no stay in a transition apartment; start one first',
      },
    ]);
  if (problems.includes('permanent_needs_municipality'))
    throw invalid([
      {
        path: 'body.municipalityNumber',
        code: 'municipality_needed',
        message: 'Give the municipality of the new home (never its address)',
      },
    ]);
  return columns;
}

function isOpenCaseViolation(error: unknown): boolean {
  const hit = uniqueViolation(error);
  return (
    hit?.index === 'reestablishment_cases_person_open_idx' ||
    hit?.columns === 'reestablishment_cases.person_id'
  );
}

const alreadyOpen = 'This person already has an open re-establishment case';

/**
 * Opens a follow-up case: after a stay (the person, the children along and the stay followed
 * come from it — the stay must have ended) or fresh for an adult. The actor must be able to open
 * the person (and the stay); the primary contact defaults to the actor.
 */
export async function openCase(ctx: AppContext, actor: Actor, input: z.infer<typeof openBody>) {
  const gateway = new PersonalDataGateway(ctx, actor);
  let personId = input.personId;
  if (input.fromStayId) {
    const stayId = input.fromStayId;
    const stay = await gateway.open(
      'stay',
      stayId,
      'read',
      'reestablishment.open',
      ['person_id', 'departure_at'],
      (tx) =>
        tx
          .selectFrom('stays')
          .select(['person_id', 'departure_at'])
          .where('id', '=', stayId)
          .executeTakeFirstOrThrow(),
    );
    if (stay.departure_at === null)
      throw conflict('The stay is still going on; register the departure first', 'stay_going_on');
    personId = stay.person_id;
  }
  const now = ctx.clock.now();
  const today = localDate(now);
  const startedOn = input.startedOn ?? today;
  if (startedOn > today)
    throw invalid([{ path: 'body.startedOn', code: 'in_future', message: 'Not in the future' }]);
  const id = newId();
  const box = secretBox(ctx.config.encryptionKey);
  try {
    await gateway.open(
      'person',
      personId!,
      'update',
      'reestablishment.open',
      ['reestablishment_case'],
      async (tx) => {
        const adult = await tx
          .selectFrom('persons')
          .select('is_child')
          .where('id', '=', personId!)
          .executeTakeFirstOrThrow();
        if (adult.is_child === 1)
          throw invalid([
            { path: 'body.personId', code: 'not_an_adult', message: 'The case is the adult’s' },
          ]);
        const open = await tx
          .selectFrom('reestablishment_cases')
          .select('id')
          .where('person_id', '=', personId!)
          .where('ended_on', 'is', null)
          .executeTakeFirst();
        if (open) throw conflict(alreadyOpen, 'case_open');
        // Opening the case names nobody: the unit leader may name the primary contact.
        const primary = input.primaryContactId;
        if (primary !== null) assertMayAssignPrimaryContact(actor, null);
        await staffOfCentre(tx, actor.centreId, primary ? [primary] : []);
        await assertPartners(tx, actor.centreId, input.partnerIds);
        const housing = await housingColumns(
          tx,
          personId!,
          input.housing,
          input.municipalityNumber,
        );
        // The stay followed: the one named, else the person's last ended crisis stay, if any.
        const follows =
          input.fromStayId ??
          (
            await tx
              .selectFrom('stays')
              .select('id')
              .where('person_id', '=', personId!)
              .where('kind', '=', 'crisis')
              .where('departure_at', 'is not', null)
              .orderBy('departure_at', 'desc')
              .executeTakeFirst()
          )?.id ??
          null;
        // The children: those named, else those who came along on the stay followed.
        const childIds =
          input.childIds ??
          (follows === null
            ? []
            : (
                await tx
                  .selectFrom('stay_members')
                  .select('person_id')
                  .where('stay_id', '=', follows)
                  .execute()
              ).map((m) => m.person_id));
        await assertChildren(tx, actor.centreId, childIds);
        const stamp = now.toISOString();
        await tx
          .insertInto('reestablishment_cases')
          .values({
            id,
            centre_id: actor.centreId,
            person_id: personId!,
            child_ids: JSON.stringify([...new Set(childIds)]),
            follows_stay_id: follows,
            ...housing,
            started_on: startedOn,
            primary_contact_id: primary,
            goals_sealed: input.goals ? box.seal(input.goals) : null,
            partner_ids: JSON.stringify([...new Set(input.partnerIds)]),
            ended_on: null,
            end_reason: null,
            is_demo: 0,
            created_by: actor.userId,
            created_at: stamp,
            updated_at: stamp,
            version: 1,
          })
          .execute();
        await gateway.audit(tx, 'reestablishment_case', id, 'create', 'reestablishment.open', [
          'person_id',
          'child_ids',
          'follows_stay_id',
          'housing',
          'started_on',
          'primary_contact_id',
          'partner_ids',
          ...(input.goals ? ['goals'] : []),
        ]);
        await recordAddressAccess(ctx, tx, actor, {
          caseType: 'reestablishment_case',
          caseId: id,
          personIds: [personId!, ...childIds],
          before: [],
          after: [primary],
        });
      },
    );
  } catch (error) {
    if (isOpenCaseViolation(error)) throw conflict(alreadyOpen, 'case_open');
    throw error;
  }
  return { id, version: 1 };
}

export async function getCase(ctx: AppContext, actor: Actor, id: string): Promise<CaseView> {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'reestablishment_case',
    id,
    'read',
    'reestablishment.read',
    ['person', 'children', 'housing', 'goals', 'partners', 'contacts'],
    async (tx) => {
      const c = await tx
        .selectFrom('reestablishment_cases')
        .innerJoin('persons', 'persons.id', 'reestablishment_cases.person_id')
        .leftJoin('staff_users', 'staff_users.id', 'reestablishment_cases.primary_contact_id')
        .leftJoin(
          'municipalities',
          'municipalities.number',
          'reestablishment_cases.municipality_number',
        )
        .leftJoin('stays', 'stays.id', 'reestablishment_cases.housing_stay_id')
        .selectAll('reestablishment_cases')
        .select([
          'persons.alias',
          'persons.first_name',
          'persons.last_name',
          'staff_users.display_name as primary_name',
          'municipalities.name as municipality_name',
          'stays.arrival_at as housing_arrival_at',
        ])
        .where('reestablishment_cases.id', '=', id)
        .executeTakeFirstOrThrow();
      const childIds = parseIds(c.child_ids);
      const partnerIds = parseIds(c.partner_ids);
      const [children, partners, contacts, units] = await Promise.all([
        childIds.length === 0
          ? []
          : tx
              .selectFrom('persons')
              .select(['id', 'alias', 'first_name', 'last_name'])
              .where('id', 'in', childIds)
              .execute(),
        partnerIds.length === 0
          ? []
          : tx
              .selectFrom('partners')
              .select(['id', 'name', 'type'])
              .where('id', 'in', partnerIds)
              .execute(),
        tx
          .selectFrom('reestablishment_contacts')
          .selectAll()
          .where('case_id', '=', id)
          .orderBy('contact_date', 'desc')
          .orderBy('created_at', 'desc')
          .execute(),
        unitNames(tx, c.housing_stay_id ? [c.housing_stay_id] : []),
      ]);
      const staffNames = await staffOfCentre(
        tx,
        actor.centreId,
        contacts.flatMap((k) => parseIds(k.staff_ids)),
      ).catch(() => new Map<string, string>());
      const box = secretBox(ctx.config.encryptionKey);
      return {
        id: c.id,
        person: { id: c.person_id, displayName: displayName(c) },
        children: children.map((p) => ({ id: p.id, displayName: displayName(p) })),
        followsStayId: c.follows_stay_id,
        housing: c.housing,
        transitionStay:
          c.housing_stay_id && c.housing_arrival_at
            ? {
                stayId: c.housing_stay_id,
                unitName: units.get(c.housing_stay_id) ?? null,
                arrivalAt: c.housing_arrival_at,
              }
            : null,
        municipality:
          c.municipality_number && c.municipality_name
            ? { number: c.municipality_number, name: c.municipality_name }
            : null,
        startedOn: c.started_on,
        primaryContact: c.primary_contact_id
          ? { id: c.primary_contact_id, name: c.primary_name ?? '' }
          : null,
        goals: c.goals_sealed ? box.open(c.goals_sealed) : null,
        partners: partners.map((p) => ({ id: p.id, name: p.name, type: p.type })),
        contacts: contacts.map((k) => ({
          id: k.id,
          date: k.contact_date,
          kind: k.kind,
          minutes: k.minutes,
          staff: parseIds(k.staff_ids).map((s) => ({ id: s, name: staffNames.get(s) ?? '' })),
          interpreter: k.interpreter === 1,
          note: k.note_sealed ? box.open(k.note_sealed) : null,
        })),
        endedOn: c.ended_on,
        endReason: c.end_reason,
        version: c.version,
      };
    },
  );
}

/** The case row for a change: 404 when gone, 409 when it has ended. */
async function openRow(tx: Tx, id: string): Promise<ReestablishmentCaseTable> {
  const row = await tx
    .selectFrom('reestablishment_cases')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  if (row.ended_on !== null) throw conflict('The case has ended');
  return row;
}

const patchFields: Record<keyof Omit<z.infer<typeof patchBody>, 'version'>, string> = {
  housing: 'housing',
  municipalityNumber: 'municipality_number',
  primaryContactId: 'primary_contact_id',
  goals: 'goals',
  partnerIds: 'partner_ids',
  childIds: 'child_ids',
};

/** Changes what the case says; states the version read (409 when someone changed it since). */
export async function updateCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof patchBody>,
) {
  const fields = (Object.keys(patchFields) as (keyof typeof patchFields)[])
    .filter((k) => input[k] !== undefined)
    .map((k) => patchFields[k]);
  const gateway = new PersonalDataGateway(ctx, actor);
  const box = secretBox(ctx.config.encryptionKey);
  return gateway.open(
    'reestablishment_case',
    id,
    'update',
    'reestablishment.update',
    fields,
    async (tx) => {
      const row = await openRow(tx, id);
      const now = ctx.clock.now();
      await claimVersion(tx, 'reestablishment_cases', id, input.version, now);
      const set: Partial<ReestablishmentCaseTable> = {};
      if (input.housing !== undefined || input.municipalityNumber !== undefined)
        Object.assign(
          set,
          await housingColumns(
            tx,
            row.person_id,
            input.housing ?? row.housing,
            input.municipalityNumber !== undefined
              ? input.municipalityNumber
              : row.municipality_number,
          ),
        );
      if (input.primaryContactId !== undefined) {
        assertMayAssignPrimaryContact(actor, row.primary_contact_id);
        await staffOfCentre(tx, actor.centreId, [input.primaryContactId]);
        set.primary_contact_id = input.primaryContactId;
        await recordAddressAccess(ctx, tx, actor, {
          caseType: 'reestablishment_case',
          caseId: id,
          personIds: [
            row.person_id,
            ...(input.childIds ?? (JSON.parse(row.child_ids) as string[])),
          ],
          before: [row.primary_contact_id],
          after: [input.primaryContactId],
        });
      }
      if (input.goals !== undefined) set.goals_sealed = input.goals ? box.seal(input.goals) : null;
      if (input.partnerIds !== undefined) {
        await assertPartners(tx, actor.centreId, input.partnerIds);
        set.partner_ids = JSON.stringify([...new Set(input.partnerIds)]);
      }
      if (input.childIds !== undefined) {
        await assertChildren(tx, actor.centreId, input.childIds);
        set.child_ids = JSON.stringify([...new Set(input.childIds)]);
      }
      if (Object.keys(set).length > 0)
        await tx.updateTable('reestablishment_cases').set(set).where('id', '=', id).execute();
      return { version: input.version + 1 };
    },
  );
}

/** A follow-up contact: a visit, a call, company to a service, or a meeting. */
export async function addContact(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof contactBody>,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  const id = newId();
  const now = ctx.clock.now();
  await gateway.open(
    'reestablishment_case',
    caseId,
    'update',
    'reestablishment.contact',
    ['contacts', ...(input.note ? ['contacts.note'] : [])],
    async (tx) => {
      const c = await tx
        .selectFrom('reestablishment_cases')
        .select(['started_on', 'ended_on'])
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      const problems: FieldProblem[] = contactDateProblems(
        input.date,
        { startedOn: c.started_on, endedOn: c.ended_on },
        localDate(now),
      ).map((code) => ({ path: 'body.date', code, message: 'The date lies outside the case' }));
      if (problems.length > 0) throw invalid(problems);
      await staffOfCentre(tx, actor.centreId, input.staffIds);
      await tx
        .insertInto('reestablishment_contacts')
        .values({
          id,
          centre_id: actor.centreId,
          case_id: caseId,
          contact_date: input.date,
          kind: input.kind,
          minutes: input.minutes,
          staff_ids: JSON.stringify([...new Set(input.staffIds)]),
          interpreter: input.interpreter ? 1 : 0,
          note_sealed: input.note ? secretBox(ctx.config.encryptionKey).seal(input.note) : null,
          created_by: actor.userId,
          created_at: now.toISOString(),
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
  input: z.infer<typeof endBody>,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'reestablishment_case',
    caseId,
    'update',
    'reestablishment.end',
    ['ended_on', 'end_reason'],
    async (tx) => {
      const c = await openRow(tx, caseId);
      const now = ctx.clock.now();
      const problems: FieldProblem[] = [
        ...(input.endedOn < c.started_on
          ? [{ path: 'body.endedOn', code: 'before_start', message: 'The end is before the start' }]
          : []),
        ...(input.endedOn > localDate(now)
          ? [{ path: 'body.endedOn', code: 'in_future', message: 'Not in the future' }]
          : []),
      ];
      if (problems.length > 0) throw invalid(problems);
      await claimVersion(tx, 'reestablishment_cases', caseId, input.version, now);
      await tx
        .updateTable('reestablishment_cases')
        .set({ ended_on: input.endedOn, end_reason: input.reason })
        .where('id', '=', caseId)
        .execute();
      return { version: input.version + 1 };
    },
  );
}

/** The open cases the actor may open, newest first; each listing is a read of the person. */
export async function listOpenCases(ctx: AppContext, actor: Actor): Promise<CaseList> {
  const { db } = ctx.database;
  const rows = await db
    .selectFrom('reestablishment_cases as c')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .leftJoin('staff_users as s', 's.id', 'c.primary_contact_id')
    .select([
      'c.id',
      'c.person_id',
      'c.housing',
      'c.started_on',
      'c.primary_contact_id',
      's.display_name as primary_name',
      'p.alias',
      'p.first_name',
      'p.last_name',
    ])
    .select((eb) => [
      eb
        .selectFrom('reestablishment_contacts as k')
        .whereRef('k.case_id', '=', 'c.id')
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('contacts'),
      eb
        .selectFrom('reestablishment_contacts as k')
        .whereRef('k.case_id', '=', 'c.id')
        .select((s) => s.fn.max('contact_date').as('d'))
        .as('last_contact'),
    ])
    .where('c.centre_id', '=', actor.centreId)
    .where('c.ended_on', 'is', null)
    .orderBy('c.started_on', 'desc')
    .limit(200)
    .execute();
  const visible = await new PersonalDataGateway(ctx, actor).readList(
    'reestablishment_case',
    rows,
    (r) => r.id,
    'reestablishment.list',
    ['person', 'started_on'],
  );
  return visible.map((r) => ({
    id: r.id,
    person: { id: r.person_id, displayName: displayName(r) },
    housing: r.housing,
    startedOn: r.started_on,
    primaryContact: r.primary_contact_id
      ? { id: r.primary_contact_id, name: r.primary_name ?? '' }
      : null,
    contacts: Number(r.contacts ?? 0),
    lastContact: (r.last_contact as string | null) ?? null,
  }));
}

/**
 * People in a transition apartment now with no open follow-up case: where a case is usually
 * opened. Only stays the actor may open; each listing is a read of the stay.
 */
export async function listCandidates(
  ctx: AppContext,
  actor: Actor,
): Promise<z.infer<typeof candidateList>['items']> {
  const { db } = ctx.database;
  const rows = await db
    .selectFrom('stays as s')
    .innerJoin('persons as p', 'p.id', 's.person_id')
    .select(['s.id', 's.person_id', 's.arrival_at', 'p.alias', 'p.first_name', 'p.last_name'])
    .where('s.centre_id', '=', actor.centreId)
    .where('s.departure_at', 'is', null)
    .where('s.kind', '=', 'transition')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('reestablishment_cases as c')
            .select('c.id')
            .whereRef('c.person_id', '=', 's.person_id')
            .where('c.ended_on', 'is', null),
        ),
      ),
    )
    .orderBy('s.arrival_at')
    .limit(100)
    .execute();
  const visible = await new PersonalDataGateway(ctx, actor).readList(
    'stay',
    rows,
    (r) => r.id,
    'reestablishment.candidates',
    ['person'],
  );
  const units = await unitNames(
    db,
    visible.map((r) => r.id),
  );
  return visible.map((r) => ({
    stayId: r.id,
    person: { id: r.person_id, displayName: displayName(r) },
    unitName: units.get(r.id) ?? null,
    arrivalAt: r.arrival_at,
  }));
}

/** The municipalities a new home may lie in: the centre's own first, then the rest by name. */
export async function municipalityChoices(
  ctx: AppContext,
  actor: Actor,
): Promise<z.infer<typeof municipalityOptions>['items']> {
  const { db } = ctx.database;
  const [all, own] = await Promise.all([
    db.selectFrom('municipalities').select(['number', 'name']).orderBy('name').execute(),
    db
      .selectFrom('centre_municipalities')
      .select('municipality_number')
      .where('centre_id', '=', actor.centreId)
      .execute(),
  ]);
  const mine = new Set(own.map((m) => m.municipality_number));
  return all
    .map((m) => ({ ...m, centre: mine.has(m.number) }))
    .sort((a, b) => Number(b.centre) - Number(a.centre));
}
