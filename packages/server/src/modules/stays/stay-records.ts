import type { Db, Tx } from '../../platform/db/database.ts';
import type { StayTable } from '../../platform/db/tables.ts';

/** A stay of the centre, or undefined: another centre's stay is as good as none. */
export function stayOfCentre(
  db: Db | Tx,
  centreId: string,
  id: string,
): Promise<StayTable | undefined> {
  return db
    .selectFrom('stays')
    .selectAll()
    .where('id', '=', id)
    .where('centre_id', '=', centreId)
    .executeTakeFirst();
}

/** The children along on each stay, by stay id (a stay without children maps to []). */
export async function stayMembers(
  db: Db | Tx,
  stayIds: readonly string[],
): Promise<Map<string, string[]>> {
  const byStay = new Map<string, string[]>(stayIds.map((id) => [id, []]));
  if (stayIds.length === 0) return byStay;
  const rows = await db
    .selectFrom('stay_members')
    .select(['stay_id', 'person_id'])
    .where('stay_id', 'in', [...new Set(stayIds)])
    .orderBy('created_at')
    .execute();
  for (const r of rows) byStay.get(r.stay_id)!.push(r.person_id);
  return byStay;
}

/** When the adults' other stays began and ended: what a stay moved in time must not overlap. */
export function otherStaysOf(
  db: Db | Tx,
  personIds: readonly string[],
  exceptStayId: string,
): Promise<{ arrival_at: string; departure_at: string | null }[]> {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('stays')
    .select(['arrival_at', 'departure_at'])
    .where('person_id', 'in', personIds)
    .where('id', '!=', exceptStayId)
    .execute();
}

/** Stays by id, any centre: for a caller that has opened them through the gateway. */
export async function staysByIds(
  db: Db | Tx,
  ids: readonly string[],
): Promise<Map<string, StayTable>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('stays')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The centre's stays going on now (not departed), earliest arrival first. */
export function currentStaysOfCentre(db: Db | Tx, centreId: string): Promise<StayTable[]> {
  return db
    .selectFrom('stays')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('departure_at', 'is', null)
    .orderBy('arrival_at')
    .execute();
}

/** Every stay of these people (as the adult), by person id, newest arrival first. */
export async function staysOfPersons(
  db: Db | Tx,
  personIds: readonly string[],
): Promise<Map<string, StayTable[]>> {
  const byPerson = new Map<string, StayTable[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return byPerson;
  const rows = await db
    .selectFrom('stays')
    .selectAll()
    .where('person_id', 'in', [...new Set(personIds)])
    .orderBy('arrival_at', 'desc')
    .execute();
  for (const r of rows) byPerson.get(r.person_id)!.push(r);
  return byPerson;
}
