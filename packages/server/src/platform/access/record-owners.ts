import type { RecordCurrencyFacts } from '@havn/domain';
import type { Db, Tx } from '../db/database.ts';

const dateOrNull = (instant: string | null) => (instant === null ? null : new Date(instant));
/** A case's end (a calendar date) as the instant its day began, for the week of wrapping up. */
const dayOrNull = (date: string | null) => (date === null ? null : new Date(`${date}T00:00:00Z`));

/** Record types that hold personal data and pass through the gateway. Later modules add theirs. */
export type PersonalRecordType =
  | 'person'
  | 'contact'
  | 'day_user_case'
  | 'stay'
  | 'reestablishment_case'
  | 'intake'
  | 'child_welfare_concern';

/**
 * Where each record belongs, the staff responsible for it, and the facts that make it current
 * (`recordIsCurrent`).
 */
export async function recordOwners(
  type: PersonalRecordType,
  ids: readonly string[],
  db: Db | Tx,
): Promise<
  {
    id: string;
    centre_id: string;
    responsible: (string | null)[];
    currency: RecordCurrencyFacts;
  }[]
> {
  switch (type) {
    case 'person':
      return personOwners(ids, db);
    case 'day_user_case':
    case 'reestablishment_case': {
      const rows = await db
        .selectFrom(type === 'day_user_case' ? 'day_user_cases' : 'reestablishment_cases')
        .select(['id', 'centre_id', 'primary_contact_id', 'ended_on'])
        .where('id', 'in', ids)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        centre_id: r.centre_id,
        responsible: [r.primary_contact_id],
        currency: { type, endedAt: dayOrNull(r.ended_on) },
      }));
    }
    case 'contact': {
      const rows = await db
        .selectFrom('contacts')
        .select(['id', 'centre_id', 'created_by'])
        .where('id', 'in', ids)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        centre_id: r.centre_id,
        responsible: [r.created_by],
        currency: { type: 'contact' },
      }));
    }
    case 'stay': {
      const rows = await db
        .selectFrom('stays')
        .select(['id', 'centre_id', 'primary_contact_id', 'child_responsible_id', 'departure_at'])
        .where('id', 'in', ids)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        centre_id: r.centre_id,
        responsible: [r.primary_contact_id, r.child_responsible_id],
        currency: { type: 'stay', departedAt: dateOrNull(r.departure_at) },
      }));
    }
    case 'child_welfare_concern': {
      // A concern about a child is worked by those who work the child's stay.
      const rows = await db
        .selectFrom('child_welfare_concerns')
        .innerJoin('stays', 'stays.id', 'child_welfare_concerns.stay_id')
        .select([
          'child_welfare_concerns.id',
          'child_welfare_concerns.centre_id',
          'child_welfare_concerns.status',
          'stays.primary_contact_id',
          'stays.child_responsible_id',
          'stays.departure_at',
        ])
        .where('child_welfare_concerns.id', 'in', ids)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        centre_id: r.centre_id,
        responsible: [r.primary_contact_id, r.child_responsible_id],
        currency: {
          type: 'child_welfare_concern',
          stayDepartedAt: dateOrNull(r.departure_at),
          concluded: r.status === 'sent' || r.status === 'not_sent',
        },
      }));
    }
    case 'intake': {
      const rows = await db
        .selectFrom('intakes')
        .leftJoin('stays', 'stays.id', 'intakes.stay_id')
        .select([
          'intakes.id',
          'intakes.centre_id',
          'intakes.primary_contact_id',
          'intakes.child_responsible_id',
          'intakes.status',
          'stays.id as stay_id',
          'stays.departure_at',
        ])
        .where('intakes.id', 'in', ids)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        centre_id: r.centre_id,
        responsible: [r.primary_contact_id, r.child_responsible_id],
        currency: {
          type: 'intake',
          status: r.status,
          stay: r.stay_id === null ? null : { departedAt: dateOrNull(r.departure_at) },
        },
      }));
    }
  }
}

/**
 * A person is worked by those responsible for her open cases: the stay (as the adult or a child
 * along), the day-user case, the follow-up after the stay. Ended cases still count as having
 * had one: a record of the past is not "new".
 */
async function personOwners(ids: readonly string[], db: Db | Tx) {
  const [rows, stays, members, dayCases, followUps, intakes, intakeMembers, appointments] =
    await Promise.all([
      db
        .selectFrom('persons')
        .select(['id', 'centre_id', 'created_at'])
        .where('id', 'in', ids)
        .execute(),
      db
        .selectFrom('stays')
        .select(['person_id', 'primary_contact_id', 'child_responsible_id', 'departure_at'])
        .where('person_id', 'in', ids)
        .execute(),
      db
        .selectFrom('stay_members as m')
        .innerJoin('stays as s', 's.id', 'm.stay_id')
        .select(['m.person_id', 's.primary_contact_id', 's.child_responsible_id', 's.departure_at'])
        .where('m.person_id', 'in', ids)
        .execute(),
      db
        .selectFrom('day_user_cases')
        .select(['person_id', 'primary_contact_id', 'ended_on'])
        .where('person_id', 'in', ids)
        .execute(),
      db
        .selectFrom('reestablishment_cases')
        .select(['person_id', 'primary_contact_id', 'ended_on'])
        .where('person_id', 'in', ids)
        .execute(),
      db
        .selectFrom('intakes')
        .select(['person_id', 'status'])
        .where('person_id', 'in', ids)
        .execute(),
      db
        .selectFrom('intake_members as m')
        .innerJoin('intakes as i', 'i.id', 'm.intake_id')
        .select(['m.person_id', 'i.status'])
        .where('m.person_id', 'in', ids)
        .execute(),
      db
        .selectFrom('appointments')
        .select(['person_id', (eb) => eb.fn.max('ends_at').as('ends_at')])
        .where('person_id', 'in', ids)
        .where('cancelled_at', 'is', null)
        .groupBy('person_id')
        .execute(),
    ]);
  const facts = new Map(
    rows.map((r) => [
      r.id,
      {
        responsible: [] as (string | null)[],
        currency: {
          type: 'person' as const,
          stayDepartures: [] as (Date | null)[],
          caseEndings: [] as (Date | null)[],
          intakeInProgress: false,
          lastAppointmentEndsAt: null as Date | null,
          registeredAt: new Date(r.created_at),
          hadCase: false,
        },
      },
    ]),
  );
  const of = (personId: string | null) => facts.get(personId ?? '');
  for (const c of [...stays, ...members]) {
    const f = of(c.person_id)!;
    f.currency.hadCase = true;
    f.currency.stayDepartures.push(dateOrNull(c.departure_at));
    if (c.departure_at === null) f.responsible.push(c.primary_contact_id, c.child_responsible_id);
  }
  for (const c of [...dayCases, ...followUps]) {
    const f = of(c.person_id)!;
    f.currency.hadCase = true;
    f.currency.caseEndings.push(dayOrNull(c.ended_on));
    if (c.ended_on === null) f.responsible.push(c.primary_contact_id);
  }
  for (const i of [...intakes, ...intakeMembers]) {
    const f = of(i.person_id)!;
    f.currency.hadCase = true;
    if (i.status === 'in_progress') f.currency.intakeInProgress = true;
  }
  for (const a of appointments) {
    const f = of(a.person_id);
    if (f && a.ends_at !== null) f.currency.lastAppointmentEndsAt = new Date(String(a.ends_at));
  }
  return rows.map((r) => ({ id: r.id, centre_id: r.centre_id, ...facts.get(r.id)! }));
}
