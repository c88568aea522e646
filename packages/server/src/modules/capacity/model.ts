import type {
  Bed,
  CapacityModel,
  Room,
  ScreeningRules,
  Site,
  Unit,
  UnitFeature,
} from '@havn/domain';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { BedTable, RoomTable, SiteTable, UnitTable } from '../../platform/db/tables.ts';

/** A centre's configuration as stored: the rows not removed, in display order. */
export interface ConfigRows {
  sites: SiteTable[];
  units: UnitTable[];
  rooms: RoomTable[];
  beds: BedTable[];
}

/** The configuration as the domain rules take it, with the rows beside it for what they lack. */
export interface LoadedModel {
  model: CapacityModel;
  rows: ConfigRows;
  beds: Map<string, BedTable>;
  units: Map<string, UnitTable>;
  rooms: Map<string, RoomTable>;
}

/** One query per level, each on its centre index; a few dozen rows for a whole centre. */
export async function loadConfigRows(db: Db | Tx, centreId: string): Promise<ConfigRows> {
  const [sites, units, rooms, beds] = await Promise.all([
    db
      .selectFrom('sites')
      .selectAll()
      .where('centre_id', '=', centreId)
      .where('removed_at', 'is', null)
      .orderBy('position')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('units')
      .selectAll()
      .where('centre_id', '=', centreId)
      .where('removed_at', 'is', null)
      .orderBy('position')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('rooms')
      .selectAll()
      .where('centre_id', '=', centreId)
      .where('removed_at', 'is', null)
      .orderBy('position')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('beds')
      .selectAll()
      .where('centre_id', '=', centreId)
      .where('removed_at', 'is', null)
      .orderBy('position')
      .orderBy('id')
      .execute(),
  ]);
  return { sites, units, rooms, beds };
}

export function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null || text === '') return fallback;
  return JSON.parse(text) as T;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** The domain's view of one unit row and its rooms. */
export function unitOf(row: UnitTable, rooms: readonly Room[]): Unit {
  const facilities = parseJson<Record<string, number>>(row.facilities, {});
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    allocation: row.allocation,
    targetGroup: row.target_group,
    screened: row.screened === 1,
    screening: parseJson<ScreeningRules | null>(row.screening, null),
    accessible: row.accessible === 1,
    floor: row.floor,
    mayServeAsTransition: row.may_serve_as_transition === 1,
    boysMaxAge: row.boys_max_age ?? null,
    transitionApartment: row.transition_apartment === 1,
    rooms,
    features: parseJson<UnitFeature[]>(row.features, []),
    facilities,
    ...(row.notes !== null ? { notes: row.notes } : {}),
    demoValues: parseJson<string[]>(row.demo_values, []),
  };
}

/** Builds the domain model from the rows (only what is not removed). */
export function toModel(centreId: string, rows: ConfigRows): LoadedModel {
  const bedsByRoom = groupBy(rows.beds, (b) => b.room_id);
  const roomsByUnit = groupBy(rows.rooms, (r) => r.unit_id);
  const unitsBySite = groupBy(rows.units, (u) => u.site_id);
  const sites: Site[] = rows.sites.map((site) => ({
    id: site.id,
    name: site.name,
    demoValues: parseJson<string[]>(site.demo_values, []),
    units: (unitsBySite.get(site.id) ?? []).map((unit) =>
      unitOf(
        unit,
        (roomsByUnit.get(unit.id) ?? []).map((room): Room => ({
          id: room.id,
          name: room.name,
          demoValues: parseJson<string[]>(room.demo_values, []),
          beds: (bedsByRoom.get(room.id) ?? []).map((bed): Bed => ({ id: bed.id, kind: bed.kind })),
        })),
      ),
    ),
  }));
  return {
    model: { centreId, name: '', sites },
    rows,
    beds: new Map(rows.beds.map((b) => [b.id, b])),
    units: new Map(rows.units.map((u) => [u.id, u])),
    rooms: new Map(rows.rooms.map((r) => [r.id, r])),
  };
}

export async function loadModel(db: Db | Tx, centreId: string): Promise<LoadedModel> {
  return toModel(centreId, await loadConfigRows(db, centreId));
}
