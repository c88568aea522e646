import { appointmentProblems, type Actor, type AppointmentProblem } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { AppointmentTable } from '../../platform/db/tables.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { invalid, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertPartnersOfCentre, partnersOfCentre } from '../partners/index.ts';
import { personNames } from '../people/index.ts';
import { staffNames, staffOfCentre } from '../staff/index.ts';
import type { appointmentBody, appointmentView } from './schema.ts';

type Input = z.infer<typeof appointmentBody>;
type View = z.infer<typeof appointmentView>;

const problemFields: Record<AppointmentProblem, { path: string; message: string }> = {
  ends_before_start: { path: 'body.endsAt', message: 'The appointment ends before it starts' },
  too_long: { path: 'body.endsAt', message: 'An appointment lasts at most 12 hours' },
  outside_needs_staff: {
    path: 'body.staffIds',
    message: 'Who from the staff goes along? Or confirm that nobody does',
  },
  transport_needs_outside: {
    path: 'body.transport',
    message: 'Transport is arranged only for meetings outside the centre',
  },
};

/**
 * Books an appointment in the centre or outside it (NAV, police, emergency clinic, court…), with
 * the staff who go, transport on the taxi agreement, and a safety note. An appointment for a
 * person is part of that person's record and passes through the same gateway.
 */
export async function bookAppointment(
  ctx: AppContext,
  actor: Actor,
  input: Input,
): Promise<{ id: string }> {
  const problems = appointmentProblems({
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    place: input.place,
    staffCount: input.staffIds.length,
    transport: input.transport,
    withoutStaffConfirmed: input.withoutStaffConfirmed,
  });
  if (problems.length > 0) throw invalid(problems.map((p) => ({ ...problemFields[p], code: p })));
  const gateway = new PersonalDataGateway(ctx, actor);
  const id = newId();
  const fields = [
    'starts_at',
    'ends_at',
    'place',
    'partner_id',
    'transport',
    'safety_note',
    'staff',
  ];
  const box = secretBox(ctx.config.encryptionKey);
  const work = async (tx: Tx) => {
    await staffOfCentre(tx, actor.centreId, input.staffIds);
    await assertPartnersOfCentre(tx, actor.centreId, [input.partnerId]);
    if (input.caseId) {
      const c = await tx
        .selectFrom('day_user_cases')
        .select(['person_id', 'centre_id'])
        .where('id', '=', input.caseId)
        .executeTakeFirst();
      if (!c || c.centre_id !== actor.centreId || c.person_id !== input.personId) throw notFound();
    }
    const now = ctx.clock.now().toISOString();
    await tx
      .insertInto('appointments')
      .values({
        id,
        centre_id: actor.centreId,
        person_id: input.personId,
        case_id: input.caseId,
        starts_at: new Date(input.startsAt).toISOString(),
        ends_at: new Date(input.endsAt).toISOString(),
        place: input.place,
        partner_id: input.partnerId,
        place_note: box.sealOrNull(input.placeNote),
        transport: input.transport,
        safety_note: box.sealOrNull(input.safetyNote),
        cancelled_at: null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    if (input.staffIds.length > 0) {
      await tx
        .insertInto('appointment_staff')
        .values([...new Set(input.staffIds)].map((user_id) => ({ appointment_id: id, user_id })))
        .execute();
    }
  };
  if (input.personId) {
    await gateway.open('person', input.personId, 'update', 'appointments.book', fields, work);
  } else {
    await ctx.database.db.transaction().execute(async (tx) => {
      await work(tx);
      await gateway.audit(tx, 'appointment', id, 'create', 'appointments.book', fields);
    });
  }
  return { id };
}

/**
 * The calendar between two instants, for the centre or one staff member. An appointment for a
 * person the actor may not open shows only as busy time: no person, no notes.
 */
export async function calendarFor(
  ctx: AppContext,
  actor: Actor,
  from: string,
  to: string,
  staffId?: string,
): Promise<View[]> {
  const { db } = ctx.database;
  let q = db
    .selectFrom('appointments')
    .selectAll()
    .where('centre_id', '=', actor.centreId)
    .where('starts_at', '<', new Date(to).toISOString())
    .where('ends_at', '>', new Date(from).toISOString());
  if (staffId) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('appointment_staff')
          .select('appointment_staff.user_id')
          .whereRef('appointment_staff.appointment_id', '=', 'appointments.id')
          .where('appointment_staff.user_id', '=', staffId),
      ),
    );
  }
  const rows = await q.orderBy('starts_at').limit(500).execute();
  return views(ctx, actor, rows);
}

async function views(ctx: AppContext, actor: Actor, rows: AppointmentTable[]): Promise<View[]> {
  const { db } = ctx.database;
  const box = secretBox(ctx.config.encryptionKey);
  if (rows.length === 0) return [];
  const gateway = new PersonalDataGateway(ctx, actor);
  const personIds = [
    ...new Set(rows.map((r) => r.person_id).filter((x): x is string => x !== null)),
  ];
  const allowed = await gateway.filter('person', personIds);
  const [staff, personName, partners] = await Promise.all([
    db
      .selectFrom('appointment_staff')
      .select(['appointment_id', 'user_id'])
      .where(
        'appointment_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute(),
    personNames(db, [...allowed.keys()]),
    partnersOfCentre(
      db,
      actor.centreId,
      rows.map((r) => r.partner_id),
    ),
  ]);
  const staffName = await staffNames(
    db,
    actor.centreId,
    staff.map((s) => s.user_id),
  );
  const partnerName = new Map([...partners].map(([id, p]) => [id, p.name]));
  const shown = rows.map((r): View => {
    const team = staff
      .filter((s) => s.appointment_id === r.id && staffName.has(s.user_id))
      .map((s) => ({ id: s.user_id, name: staffName.get(s.user_id)! }));
    const open =
      r.person_id === null || allowed.has(r.person_id) || team.some((s) => s.id === actor.userId);
    return {
      id: r.id,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      place: r.place as View['place'],
      partner:
        r.partner_id && partnerName.has(r.partner_id)
          ? { id: r.partner_id, name: partnerName.get(r.partner_id)! }
          : null,
      placeNote: open ? box.openOrNull(r.place_note) : null,
      transport: r.transport as View['transport'],
      safetyNote: open ? box.openOrNull(r.safety_note) : null,
      staff: team,
      person:
        r.person_id && personName.has(r.person_id)
          ? { id: r.person_id, displayName: personName.get(r.person_id)! }
          : null,
      cancelled: r.cancelled_at !== null,
      version: r.version,
    };
  });
  await db.transaction().execute(async (tx) => {
    for (const r of rows.filter((x) => x.person_id && allowed.has(x.person_id))) {
      await gateway.audit(tx, 'person', r.person_id, 'read', 'appointments.calendar', [
        'appointment',
      ]);
    }
  });
  return shown;
}

/** My appointments in the next 24 hours, for the reminders on the start page. */
export async function myUpcoming(ctx: AppContext, actor: Actor): Promise<View[]> {
  const now = ctx.clock.now();
  return calendarFor(
    ctx,
    actor,
    now.toISOString(),
    new Date(now.getTime() + 24 * 3_600_000).toISOString(),
    actor.userId,
  );
}

export async function cancelAppointment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  version: number,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  const row = await ctx.database.db
    .selectFrom('appointments')
    .select(['centre_id', 'person_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || row.centre_id !== actor.centreId) throw notFound();
  const work = async (tx: Tx) => {
    await claimVersion(tx, 'appointments', id, version, ctx.clock.now());
    await tx
      .updateTable('appointments')
      .set({ cancelled_at: ctx.clock.now().toISOString() })
      .where('id', '=', id)
      .execute();
    return { version: version + 1 };
  };
  if (row.person_id)
    return gateway.open(
      'person',
      row.person_id,
      'update',
      'appointments.cancel',
      ['appointment'],
      work,
    );
  return ctx.database.db.transaction().execute(async (tx) => {
    const result = await work(tx);
    await gateway.audit(tx, 'appointment', id, 'update', 'appointments.cancel', ['cancelled_at']);
    return result;
  });
}
