import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { configurationResponse } from './config-schema.ts';
import { loadConfigRows, parseJson, unitOf } from './model.ts';

type Configuration = z.infer<typeof configurationResponse>;

/** Every site, unit, room and bed of the centre as configured, with versions and demo marks. */
export async function getConfiguration(ctx: AppContext, actor: Actor): Promise<Configuration> {
  const rows = await loadConfigRows(ctx.database.db, actor.centreId);
  return {
    sites: rows.sites.map((site) => ({
      id: site.id,
      name: site.name,
      position: site.position,
      version: site.version,
      demoValues: parseJson<string[]>(site.demo_values, []),
      units: rows.units
        .filter((u) => u.site_id === site.id)
        .map((row) => {
          const unit = unitOf(row, []);
          return {
            id: row.id,
            name: row.name,
            kind: unit.kind,
            allocation: unit.allocation,
            targetGroup: unit.targetGroup,
            screened: unit.screened,
            screening: unit.screening
              ? {
                  ...unit.screening,
                  anyOf: [...unit.screening.anyOf],
                  notTaken: [...unit.screening.notTaken],
                }
              : null,
            accessible: unit.accessible,
            floor: unit.floor,
            mayServeAsTransition: unit.mayServeAsTransition,
            features: [...(unit.features ?? [])],
            facilities: { ...(unit.facilities ?? {}) },
            notes: row.notes,
            position: row.position,
            version: row.version,
            demoValues: [...(unit.demoValues ?? [])],
            rooms: rows.rooms
              .filter((r) => r.unit_id === row.id)
              .map((room) => ({
                id: room.id,
                name: room.name,
                position: room.position,
                version: room.version,
                demoValues: parseJson<string[]>(room.demo_values, []),
                beds: rows.beds
                  .filter((b) => b.room_id === room.id)
                  .map((bed) => ({
                    id: bed.id,
                    label: bed.label,
                    kind: bed.kind,
                    position: bed.position,
                    version: bed.version,
                  })),
              })),
          };
        }),
    })),
  };
}
