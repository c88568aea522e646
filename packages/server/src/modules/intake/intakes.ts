import {
  firstIncompleteStep,
  localDate,
  mayShare,
  missingBeforeMoveIn,
  targetGroupsFromTopics,
  type Actor,
  type HelpNeeds,
  type IntakeTargetGroup,
  type IntakeTaskRef,
  type ScreenedAnswers,
} from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { Tx } from '../../platform/db/database.ts';
import { conflict, invalid, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { personOfEarlierRecord } from '../people/earlier-records.ts';
import { displayName } from '../people/service.ts';
import {
  asConsents,
  boxOf,
  consentsOf,
  openJson,
  sealJson,
  staffNames,
  stepsOf,
  taskCase,
  withIntake,
  type IntakeRow,
} from './records.ts';
import type {
  identityBody,
  intakeList,
  intakeView,
  listQuery,
  membersBody,
  startBody,
} from './schema.ts';

type View = z.infer<typeof intakeView>;

/** The sealed eligibility details. */
export interface EligibilityDetails {
  dangerToSelfOrOthers: boolean;
  screened: ScreenedAnswers | null;
}
/** The sealed exclusion decision. */
export interface ExclusionDecision {
  decision: 'excluded';
  reason: string;
  decidedBy: string;
  decidedOn: string;
}

/** The children among `ids` that the actor may open; anything else is refused. */
async function requireChildren(tx: Tx, gateway: PersonalDataGateway, ids: readonly string[]) {
  if (ids.length === 0) return;
  if (new Set(ids).size !== ids.length)
    throw invalid([
      { path: 'body.children', code: 'duplicate_person', message: 'Each child once' },
    ]);
  const open = await gateway.filter('person', ids, tx);
  if (open.size !== ids.length) throw notFound();
  const rows = await tx
    .selectFrom('persons')
    .select(['id', 'is_child', 'merged_into'])
    .where('id', 'in', ids)
    .execute();
  const problems = ids.flatMap((childId, i) => {
    const r = rows.find((p) => p.id === childId)!;
    if (r.is_child !== 1)
      return [{ path: `body.children.${i}`, code: 'not_a_child', message: 'Not a child' }];
    if (r.merged_into !== null)
      return [
        { path: `body.children.${i}`, code: 'merged', message: 'Merged into another record' },
      ];
    return [];
  });
  if (problems.length > 0) throw invalid(problems);
}

async function replaceMembers(
  tx: Tx,
  centreId: string,
  intakeId: string,
  children: readonly string[],
  stamp: string,
) {
  await tx.deleteFrom('intake_members').where('intake_id', '=', intakeId).execute();
  for (const personId of children)
    await tx
      .insertInto('intake_members')
      .values({
        id: newId(),
        centre_id: centreId,
        intake_id: intakeId,
        person_id: personId,
        created_at: stamp,
      })
      .execute();
}

/**
 * Starts an intake for a person — or for the person a logged contact was linked to, taking the
 * contact's topics as a first suggestion of target groups, so nothing is typed twice. The one who
 * starts it is its primary contact until the primary-contact step names someone: the intake
 * stays open to them after their shift ends.
 */
export async function startIntake(ctx: AppContext, actor: Actor, input: z.infer<typeof startBody>) {
  const gateway = new PersonalDataGateway(ctx, actor);
  let personId: string;
  let children: readonly string[] = [];
  let originContactId: string | null = null;
  let suggested: IntakeTargetGroup[] = [];
  if ('contactId' in input) {
    const contact = await gateway.open(
      'contact',
      input.contactId,
      'read',
      'intake.from_contact',
      ['person_id', 'topics'],
      (tx) =>
        tx
          .selectFrom('contacts')
          .select(['person_id', 'topics'])
          .where('id', '=', input.contactId)
          .executeTakeFirstOrThrow(),
    );
    if (!contact.person_id)
      throw invalid([
        {
          path: 'body.contactId',
          code: 'anonymous_contact',
          message: 'Link the contact to a person first',
        },
      ]);
    personId = contact.person_id;
    originContactId = input.contactId;
    suggested = targetGroupsFromTopics(JSON.parse(contact.topics) as string[]);
  } else {
    personId =
      'earlierRecord' in input
        ? personOfEarlierRecord(ctx, actor, input.earlierRecord)
        : input.personId;
    children = input.children;
  }
  const id = newId();
  const stamp = ctx.clock.now().toISOString();
  const start = async (tx: Tx) => {
    const person = await tx
      .selectFrom('persons')
      .select(['is_child', 'merged_into', 'home_municipality_number'])
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    if (person.is_child === 1)
      throw invalid([
        { path: 'body.personId', code: 'not_an_adult', message: 'The intake is the adult’s' },
      ]);
    if (person.merged_into !== null)
      throw conflict('The record was merged into another; use that one');
    await requireChildren(tx, gateway, children);
    const open = await tx
      .selectFrom('intakes')
      .select('id')
      .where('person_id', '=', personId)
      .where('status', '=', 'in_progress')
      .executeTakeFirst();
    if (open) throw conflict('This person already has an intake going on; resume that one');
    await tx
      .insertInto('intakes')
      .values({
        id,
        centre_id: actor.centreId,
        person_id: personId,
        origin_contact_id: originContactId,
        status: 'in_progress',
        steps_saved: JSON.stringify(['household']),
        target_groups: JSON.stringify(suggested),
        home_municipality_number: person.home_municipality_number,
        outside_cooperation: 0,
        meets_screened_criteria: 0,
        eligibility_sealed: null,
        exclusion_sealed: null,
        help_needs_sealed: null,
        identity_sealed: null,
        forced_marriage_suspected: 0,
        asylum_seeker: 0,
        // Starting an intake names nobody: the unit leader names who works the stay.
        primary_contact_id: null,
        child_responsible_id: null,
        stay_id: null,
        ended_at: null,
        created_by: actor.userId,
        created_at: stamp,
        updated_at: stamp,
        version: 1,
      })
      .execute();
    await replaceMembers(tx, actor.centreId, id, children, stamp);
    await gateway.audit(tx, 'intake', id, 'create', 'intake.start', [
      'person_id',
      'members',
      'origin_contact_id',
      'target_groups',
      'primary_contact_id',
    ]);
  };
  // An earlier record is linked, not opened: the actor never saw it; the intake makes it current.
  if ('earlierRecord' in input)
    await gateway.link('person', personId, 'intake.link_earlier_record', ['intake'], start);
  else await gateway.open('person', personId, 'update', 'intake.start', ['intake'], start);
  return { id, version: 1 };
}

/** Intakes the actor may open; names only, nothing sealed. */
export async function listIntakes(
  ctx: AppContext,
  actor: Actor,
  status: z.infer<typeof listQuery>['status'],
): Promise<z.infer<typeof intakeList>['items']> {
  const { db } = ctx.database;
  let q = db
    .selectFrom('intakes')
    .innerJoin('persons', 'persons.id', 'intakes.person_id')
    .leftJoin('staff_users', 'staff_users.id', 'intakes.primary_contact_id')
    .select([
      'intakes.id',
      'intakes.status',
      'intakes.person_id',
      'intakes.steps_saved',
      'intakes.primary_contact_id',
      'intakes.created_at',
      'persons.alias',
      'persons.first_name',
      'persons.last_name',
      'staff_users.display_name as primary_name',
    ])
    .select((eb) =>
      eb
        .selectFrom('intake_members')
        .whereRef('intake_members.intake_id', '=', 'intakes.id')
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('children'),
    )
    .where('intakes.centre_id', '=', actor.centreId);
  if (status !== 'all') q = q.where('intakes.status', '=', status);
  const rows = await q.orderBy('intakes.created_at', 'desc').limit(200).execute();
  const gateway = new PersonalDataGateway(ctx, actor);
  return db.transaction().execute(async (tx) => {
    const visible = await gateway.readList(
      'intake',
      rows,
      (r) => r.id,
      'intake.list',
      ['person', 'status'],
      tx,
    );
    return visible.map((r) => ({
      id: r.id,
      status: r.status,
      person: { id: r.person_id, displayName: displayName(r) },
      children: Number(r.children ?? 0),
      nextStep: firstIncompleteStep(stepsOf(r)),
      primaryContact: r.primary_contact_id
        ? { id: r.primary_contact_id, name: r.primary_name ?? '' }
        : null,
      createdAt: r.created_at,
    }));
  });
}

/** The whole intake as those working it see it (an anonymous resident's identity excepted). */
export async function viewOf(ctx: AppContext, actor: Actor, tx: Tx, row: IntakeRow): Promise<View> {
  const box = boxOf(ctx);
  const [person, members, consents, tasks, notices, municipality] = await Promise.all([
    tx
      .selectFrom('persons')
      .select(['alias', 'first_name', 'last_name', 'gender', 'home_municipality_number'])
      .where('id', '=', row.person_id)
      .executeTakeFirstOrThrow(),
    tx
      .selectFrom('intake_members')
      .innerJoin('persons', 'persons.id', 'intake_members.person_id')
      .select(['persons.id', 'alias', 'first_name', 'last_name', 'birth_date'])
      .where('intake_members.intake_id', '=', row.id)
      .orderBy('persons.birth_date')
      .execute(),
    consentsOf(tx, row),
    tx
      .selectFrom('case_tasks')
      .select(['id', 'description', 'source_ref', 'done_at'])
      .where('case_type', '=', taskCase(row).case_type)
      .where('case_id', '=', taskCase(row).case_id)
      .orderBy('created_at')
      .execute(),
    tx
      .selectFrom('intake_notices')
      .select(['recipient', 'sent_on', 'sent_by'])
      .where('intake_id', '=', row.id)
      .orderBy('created_at')
      .execute(),
    row.home_municipality_number
      ? tx
          .selectFrom('municipalities')
          .select(['number', 'name'])
          .where('number', '=', row.home_municipality_number)
          .executeTakeFirst()
      : undefined,
  ]);
  const names = await staffNames(tx, actor.centreId, [
    row.primary_contact_id,
    row.child_responsible_id,
    ...notices.map((n) => n.sent_by),
  ]);
  const staff = (staffId: string | null) =>
    staffId ? { id: staffId, name: names.get(staffId) ?? '' } : null;
  const details = openJson<EligibilityDetails>(box, row.eligibility_sealed);
  const exclusion = openJson<ExclusionDecision>(box, row.exclusion_sealed);
  const steps = stepsOf(row);
  const today = localDate(ctx.clock.now());
  const standing = asConsents(consents);
  return {
    id: row.id,
    status: row.status,
    person: {
      id: row.person_id,
      displayName: displayName(person),
      gender: person.gender,
      homeMunicipalityNumber: person.home_municipality_number,
    },
    children: members.map((m) => ({
      id: m.id,
      displayName: displayName(m),
      birthDate: m.birth_date,
    })),
    originContactId: row.origin_contact_id,
    stepsSaved: steps,
    nextStep: firstIncompleteStep(steps),
    missingBeforeMoveIn: missingBeforeMoveIn(steps),
    consents,
    mayShare: {
      home_municipality: mayShare(standing, 'home_municipality', today),
      nav: mayShare(standing, 'nav', today),
    },
    anonymous: row.identity_sealed !== null,
    eligibility: {
      targetGroups: JSON.parse(row.target_groups) as IntakeTargetGroup[],
      homeMunicipality: municipality ?? null,
      outsideCooperation: row.outside_cooperation === 1,
      meetsScreenedCriteria: row.meets_screened_criteria === 1,
      dangerToSelfOrOthers: details?.dangerToSelfOrOthers ?? false,
      exclusionReason: exclusion?.reason ?? null,
      screened: details?.screened
        ? { ...details.screened, vulnerabilities: [...details.screened.vulnerabilities] }
        : null,
    },
    helpNeeds: openJson<HelpNeeds>(box, row.help_needs_sealed) ?? {},
    flags: {
      forcedMarriageSuspected: row.forced_marriage_suspected === 1,
      asylumSeeker: row.asylum_seeker === 1,
    },
    primaryContact: staff(row.primary_contact_id),
    childResponsible: staff(row.child_responsible_id),
    tasks: tasks.map((t) => ({
      id: t.id,
      description: box.open(t.description),
      ref: t.source_ref as IntakeTaskRef | null,
      doneAt: t.done_at,
    })),
    notices: notices.map((n) => ({
      recipient: n.recipient,
      sentOn: n.sent_on,
      sentBy: staff(n.sent_by)!,
    })),
    stayId: row.stay_id,
    createdAt: row.created_at,
    version: row.version,
  };
}

export const readFields = [
  'person',
  'members',
  'consents',
  'eligibility',
  'exclusion',
  'help_needs',
  'flags',
  'primary_contact_id',
  'child_responsible_id',
  'tasks',
  'notices',
];

export function getIntake(ctx: AppContext, actor: Actor, id: string) {
  return withIntake(ctx, actor, id, 'read', 'intake.read', readFields, null, (tx, row) =>
    viewOf(ctx, actor, tx, row),
  );
}

/** The children along: registered in the flow (people API) and set here. */
export function setMembers(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof membersBody>,
) {
  return withIntake(
    ctx,
    actor,
    id,
    'update',
    'intake.members',
    ['members'],
    { version: input.version },
    async (tx, row, gateway) => {
      await requireChildren(tx, gateway, input.children);
      await replaceMembers(tx, actor.centreId, id, input.children, ctx.clock.now().toISOString());
      return { version: row.version };
    },
  );
}

export function abandonIntake(ctx: AppContext, actor: Actor, id: string, version: number) {
  return withIntake(
    ctx,
    actor,
    id,
    'update',
    'intake.abandon',
    ['status', 'ended_at'],
    { version },
    async (tx, row) => {
      await tx
        .updateTable('intakes')
        .set({ status: 'abandoned', ended_at: ctx.clock.now().toISOString() })
        .where('id', '=', id)
        .execute();
      return { version: row.version };
    },
  );
}

/**
 * An anonymous resident: the person record holds only an alias, the real identity is sealed
 * here. Anyone working the intake may record it; only the unit leader reads it back.
 */
export function setIdentity(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof identityBody>,
) {
  return withIntake(
    ctx,
    actor,
    id,
    'update',
    'intake.identity',
    ['identity'],
    { version: input.version, allow: ['in_progress', 'completed'] },
    async (tx, row) => {
      await tx
        .updateTable('intakes')
        .set({ identity_sealed: sealJson(boxOf(ctx), input.identity) })
        .where('id', '=', id)
        .execute();
      return { version: row.version };
    },
  );
}

export function revealIdentity(ctx: AppContext, actor: Actor, id: string) {
  return withIntake(
    ctx,
    actor,
    id,
    'read',
    'intake.reveal_identity',
    ['identity'],
    null,
    async (_tx, row) => {
      const identity = openJson<z.infer<typeof identityBody>['identity']>(
        boxOf(ctx),
        row.identity_sealed,
      );
      if (identity === null) throw notFound();
      return { identity };
    },
  );
}
