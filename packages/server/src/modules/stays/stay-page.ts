import { localDate, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { currentBeds, loadTransitionHomes, transitionHomeView } from '../capacity/index.ts';
import { appointmentsOfPersons, jointMeetingsOfPersons } from '../day-service/index.ts';
import { intakesOfStays } from '../intake/index.ts';
import { tasksOfCases, type Task } from '../tasks/index.ts';
import { homeMunicipalityCorrections } from './home-municipality.ts';
import { staffNames } from '../staff/index.ts';
import { clockOf, loadHousehold, workOnStay } from './household.ts';
import type { flagsView, planView, stayView, taskView } from './schema.ts';

type StayView = z.infer<typeof stayView>;

const pageFields = [
  'person',
  'children',
  'beds',
  'arrival_at',
  'departure_at',
  'primary_contact_id',
  'child_responsible_id',
  'intake',
  'plan',
  'tasks',
  'flags',
  'appointments',
  'joint_meetings',
  'home_municipality_number',
  'stay_municipality_corrections',
];

/** The stay page: everything a primary contact works from, but the journal (read on its own). */
export function getStay(ctx: AppContext, actor: Actor, id: string): Promise<StayView> {
  return workOnStay(ctx, actor, id, 'read', 'stays.read', pageFields, async (tx) => {
    const household = await loadHousehold(tx, id);
    const { stay } = household;
    const personIds = household.members.map((m) => m.id);
    const [
      municipality,
      beds,
      intake,
      plan,
      tasks,
      flags,
      appointments,
      meetings,
      clock,
      corrections,
    ] = await Promise.all([
      stay.home_municipality_number
        ? tx
            .selectFrom('municipalities')
            .select(['number', 'name'])
            .where('number', '=', stay.home_municipality_number)
            .executeTakeFirst()
        : undefined,
      currentBeds(tx, [id]),
      intakesOfStays(tx, [id]),
      planOf(ctx, tx, id),
      tasksOf(ctx, tx, id),
      flagsOf(ctx, tx, id),
      appointmentsOfPersons(tx, personIds, 50),
      jointMeetingsOfPersons(tx, personIds, 50),
      clockOf(ctx, tx, stay, stay.home_municipality_number),
      homeMunicipalityCorrections(ctx, tx, stay),
    ]);
    // Only a woman lent a men's unit has one; the rest need not load the centre's places.
    const home =
      stay.transition_for_woman === 1 && stay.departure_at === null
        ? (await loadTransitionHomes(tx, stay.centre_id, ctx.clock.now())).get(id)
        : undefined;
    const partnerIds = [...new Set(meetings.flatMap((m) => JSON.parse(m.partner_ids) as string[]))];
    const partners = partnerIds.length
      ? await tx
          .selectFrom('partners')
          .select(['id', 'name'])
          .where('id', 'in', partnerIds)
          .execute()
      : [];
    const partnerName = new Map(partners.map((p) => [p.id, p.name]));
    const names = await staffNames(tx, stay.centre_id, [
      stay.primary_contact_id,
      stay.child_responsible_id,
    ]);
    const staff = (userId: string | null) =>
      userId ? { id: userId, name: names.get(userId) ?? '' } : null;
    return {
      id,
      arrivalAt: stay.arrival_at,
      departureAt: stay.departure_at,
      person: {
        id: household.adult.id,
        displayName: household.adult.displayName,
        homeMunicipality: municipality ?? null,
      },
      homeMunicipalityCorrections: corrections,
      children: household.children.map((c) => ({
        id: c.id,
        displayName: c.displayName,
        birthDate: c.birthDate,
      })),
      beds: [...beds.values()].map((b) => ({
        personId: b.personId,
        bedLabel: b.bedLabel,
        roomName: b.roomName,
        unitName: b.unitName,
      })),
      clock: {
        ...clock.clock,
        billDaysBeyond: clock.terms.billDaysBeyond,
        termsSource: clock.terms.source,
      },
      transitionHome: transitionHomeView(home),
      primaryContact: staff(stay.primary_contact_id),
      childResponsible: staff(stay.child_responsible_id),
      intakeId: intake.get(id)?.id ?? null,
      plan,
      tasks,
      flags,
      appointments: appointments.map((a) => ({
        id: a.id,
        personId: a.person_id!,
        startsAt: a.starts_at,
        endsAt: a.ends_at,
        place: a.place as StayView['appointments'][number]['place'],
        cancelled: a.cancelled_at !== null,
      })),
      jointMeetings: meetings.map((m) => ({
        id: m.id,
        personId: m.person_id!,
        heldAt: m.held_at,
        partners: (JSON.parse(m.partner_ids) as string[]).map((p) => partnerName.get(p) ?? ''),
      })),
      version: stay.version,
    };
  });
}

export async function planOf(
  ctx: AppContext,
  db: Db | Tx,
  stayId: string,
): Promise<z.infer<typeof planView> | null> {
  const plan = await db
    .selectFrom('stay_plans')
    .selectAll()
    .where('stay_id', '=', stayId)
    .executeTakeFirst();
  if (!plan) return null;
  const reviews = await db
    .selectFrom('stay_plan_reviews')
    .selectAll()
    .where('plan_id', '=', plan.id)
    .orderBy('reviewed_at', 'desc')
    .execute();
  const names = await staffNames(db, plan.centre_id, [
    plan.last_reviewed_by,
    ...reviews.map((r) => r.reviewed_by),
  ]);
  const box = secretBox(ctx.config.encryptionKey);
  const today = localDate(ctx.clock.now());
  return {
    goals: plan.goals_sealed ? box.open(plan.goals_sealed) : null,
    reviewIntervalDays: plan.review_interval_days,
    lastReviewedAt: plan.last_reviewed_at,
    lastReviewedBy: plan.last_reviewed_by
      ? { id: plan.last_reviewed_by, name: names.get(plan.last_reviewed_by) ?? '' }
      : null,
    nextReviewOn: plan.next_review_on,
    reviewDue: plan.next_review_on !== null && plan.next_review_on <= today,
    reviews: reviews.map((r) => ({
      reviewedAt: r.reviewed_at,
      reviewedBy: { id: r.reviewed_by, name: names.get(r.reviewed_by) ?? '' },
      note: r.note_sealed ? box.open(r.note_sealed) : null,
    })),
    version: plan.version,
  };
}

/** The tasks of a stay, open ones first by due date, with owners named. */
export async function tasksOf(
  ctx: AppContext,
  db: Db | Tx,
  stayId: string,
): Promise<z.infer<typeof taskView>[]> {
  const byStay = await tasksOfCases(ctx, db, 'stay', [stayId]);
  return (byStay.get(stayId) ?? []).map(taskViewOf).sort(taskOrder);
}

export function taskViewOf(t: Task): z.infer<typeof taskView> {
  return {
    id: t.id,
    description: t.description,
    source: t.source,
    owner: t.ownerUserId
      ? { kind: 'staff', id: t.ownerUserId, name: t.ownerName ?? '' }
      : t.ownerPartnerId
        ? { kind: 'partner', id: t.ownerPartnerId, name: t.partnerName ?? '' }
        : null,
    dueOn: t.dueOn,
    doneAt: t.doneAt,
    doneBy: t.doneBy ? { id: t.doneBy, name: t.doneByName ?? '' } : null,
    version: t.version,
  };
}

/** Open before done; then the earliest due first, undated last. */
const taskOrder = (a: z.infer<typeof taskView>, b: z.infer<typeof taskView>): number => {
  if ((a.doneAt === null) !== (b.doneAt === null)) return a.doneAt === null ? -1 : 1;
  return (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31');
};

export async function flagsOf(
  ctx: AppContext,
  db: Db | Tx,
  stayId: string,
): Promise<z.infer<typeof flagsView>> {
  const row = await db
    .selectFrom('stay_flags')
    .selectAll()
    .where('stay_id', '=', stayId)
    .executeTakeFirst();
  if (!row)
    return { noVisitors: false, perpetratorSearching: false, safetyNote: null, version: null };
  return {
    noVisitors: row.no_visitors === 1,
    perpetratorSearching: row.perpetrator_searching === 1,
    safetyNote: row.safety_note_sealed
      ? secretBox(ctx.config.encryptionKey).open(row.safety_note_sealed)
      : null,
    version: row.version,
  };
}
