import { stayClock, type Actor, type StayClock } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { AuditVerb, RecordRelation } from '@havn/domain';
import { invalid, notFound } from '../../platform/http/errors.ts';
import { displayName } from '../people/index.ts';
import { stayTermsFor, type StayTerms } from '../municipalities/index.ts';

export interface HouseholdPerson {
  id: string;
  displayName: string;
  isChild: boolean;
  birthDate: string | null;
}

/** A stay row with the adult and the children along, names as the actor sees them. */
export async function loadHousehold(db: Db | Tx, stayId: string) {
  const stay = await db
    .selectFrom('stays')
    .innerJoin('persons', 'persons.id', 'stays.person_id')
    .selectAll('stays')
    .select(['persons.alias', 'persons.first_name', 'persons.last_name'])
    .where('stays.id', '=', stayId)
    .executeTakeFirst();
  if (!stay) throw notFound();
  const children = await db
    .selectFrom('stay_members')
    .innerJoin('persons', 'persons.id', 'stay_members.person_id')
    .select(['persons.id', 'alias', 'first_name', 'last_name', 'birth_date'])
    .where('stay_members.stay_id', '=', stayId)
    .orderBy('persons.birth_date')
    .execute();
  const adult: HouseholdPerson = {
    id: stay.person_id,
    displayName: displayName(stay),
    isChild: false,
    birthDate: null,
  };
  const kids: HouseholdPerson[] = children.map((c) => ({
    id: c.id,
    displayName: displayName(c),
    isChild: true,
    birthDate: c.birth_date,
  }));
  return { stay, adult, children: kids, members: [adult, ...kids] };
}

export type Household = Awaited<ReturnType<typeof loadHousehold>>;

/** One of the stay's persons, or a 400 naming the field. */
export function memberOf(household: Household, personId: string, path: string): HouseholdPerson {
  const person = household.members.find((m) => m.id === personId);
  if (!person) {
    throw invalid([{ path, code: 'not_in_stay', message: 'Not a person of this stay' }]);
  }
  return person;
}

/** The clock of a stay by the agreement of the stay's home municipality (at arrival, corrected). */
export async function clockOf(
  ctx: AppContext,
  db: Db | Tx,
  stay: { centre_id: string; arrival_at: string; departure_at: string | null },
  homeMunicipalityNumber: string | null,
): Promise<{ clock: StayClock; terms: StayTerms }> {
  const terms = await stayTermsFor(db, stay.centre_id, homeMunicipalityNumber);
  const clock = stayClock({
    arrival: new Date(stay.arrival_at),
    departure: stay.departure_at ? new Date(stay.departure_at) : null,
    now: ctx.clock.now(),
    limitDays: terms.stayLimitDays,
    warningDays: terms.warningDays,
  });
  return { clock, terms };
}

/**
 * Opens a stay's casework for the actor: `stays.work` has passed the gate; the record rules
 * decide (primary contact / child-responsible, on shift, unit leader, break-the-glass), and a
 * denial is audited and answered 404. The work runs with the audit entry in one transaction.
 */
export function workOnStay<T>(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
  verb: AuditVerb,
  action: string,
  fields: readonly string[],
  work: (tx: Tx, gateway: PersonalDataGateway, relation: RecordRelation) => Promise<T>,
): Promise<T> {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open('stay', stayId, verb, action, fields, (tx, relation) =>
    work(tx, gateway, relation),
  );
}
