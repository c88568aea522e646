import type { ScreeningRules } from '@havn/domain';
import type { Db, Tx } from '../../platform/db/database.ts';
import { parseJson } from './model.ts';

/** Where someone of a current stay sleeps now: the bed, its room and unit by name. */
export interface CurrentBed {
  stayId: string;
  personId: string;
  bedLabel: string;
  roomName: string;
  unitName: string;
  /** The screened unit's rules, null for any other unit. */
  screening: ScreeningRules | null;
}

/** The unit each stay's adult sleeps in now (or slept in last), by stay id and name. */
export async function lastUnitNames(
  db: Db | Tx,
  adults: readonly { stayId: string; personId: string }[],
): Promise<Map<string, string>> {
  if (adults.length === 0) return new Map();
  const adultOf = new Map(adults.map((a) => [a.stayId, a.personId]));
  const rows = await db
    .selectFrom('bed_assignments as a')
    .innerJoin('beds as b', 'b.id', 'a.bed_id')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select(['a.stay_id', 'a.person_id', 'u.name'])
    .where('a.stay_id', 'in', [...adultOf.keys()])
    .orderBy('a.from_at')
    .execute();
  // Ordered by time, so the last move wins.
  return new Map(
    rows.filter((r) => adultOf.get(r.stay_id) === r.person_id).map((r) => [r.stay_id, r.name]),
  );
}

/** The beds the households of these stays sleep in now, by person id; one query for all. */
export async function currentBeds(
  db: Db | Tx,
  stayIds: readonly string[],
): Promise<Map<string, CurrentBed>> {
  if (stayIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('bed_assignments as a')
    .innerJoin('beds as b', 'b.id', 'a.bed_id')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select([
      'a.stay_id',
      'a.person_id',
      'b.label',
      'r.name as room_name',
      'u.name as unit_name',
      'u.screened',
      'u.screening',
    ])
    .where('a.stay_id', 'in', [...new Set(stayIds)])
    .where('a.to_at', 'is', null)
    .execute();
  return new Map(
    rows.map((r) => [
      r.person_id,
      {
        stayId: r.stay_id,
        personId: r.person_id,
        bedLabel: r.label,
        roomName: r.room_name,
        unitName: r.unit_name,
        screening: r.screened === 1 ? parseJson<ScreeningRules | null>(r.screening, null) : null,
      },
    ]),
  );
}
