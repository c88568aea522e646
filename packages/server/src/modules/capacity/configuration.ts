import type { Actor } from '@havn/domain';
import { auditEvent } from '../../platform/audit/events.ts';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import type { capacitySettings, configurationResponse, settingsBody } from './config-schema.ts';
import { loadConfigRows, parseJson, unitOf } from './model.ts';

type Configuration = z.infer<typeof configurationResponse>;

/** Every site, unit, room and bed of the centre as configured, with versions and demo marks. */
export async function getConfiguration(ctx: AppContext, actor: Actor): Promise<Configuration> {
  const [rows, settings] = await Promise.all([
    loadConfigRows(ctx.database.db, actor.centreId),
    loadSettings(ctx.database.db, actor.centreId),
  ]);
  return {
    settings,
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
            transitionApartment: unit.transitionApartment ?? false,
            boysMaxAge: unit.boysMaxAge ?? null,
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

type Settings = z.infer<typeof capacitySettings>;

export async function loadSettings(db: Db | Tx, centreId: string): Promise<Settings> {
  const centre = await db
    .selectFrom('centres')
    .select(['transition_stays_count', 'version'])
    .where('id', '=', centreId)
    .executeTakeFirstOrThrow();
  return { transitionStaysCount: centre.transition_stays_count === 1, version: centre.version };
}

/** The unit leader says whether transition stays count as crisis-centre overnights. */
export async function updateSettings(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof settingsBody>,
): Promise<Settings> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (tx) => {
    await claimVersion(tx, 'centres', actor.centreId, input.version, now);
    await tx
      .updateTable('centres')
      .set({ transition_stays_count: input.transitionStaysCount ? 1 : 0 })
      .where('id', '=', actor.centreId)
      .execute();
    await auditEvent(tx, ctx, {
      centreId: actor.centreId,
      actor: actor.userId,
      verb: 'update',
      action: 'capacity.settings.update',
      outcome: 'success',
      recordType: 'centre',
      recordId: actor.centreId,
      fields: ['transition_stays_count'],
    });
  });
  return { transitionStaysCount: input.transitionStaysCount, version: input.version + 1 };
}
