import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import { auditWork } from '../../platform/audit/events.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import type {
  createBedBody,
  createRoomBody,
  createSiteBody,
  createUnitBody,
} from './config-schema.ts';
import { maxPosition } from './config-schema.ts';
import { parseJson } from './model.ts';

/*
 * The unit leader's configuration of places: creating sites, units, rooms and beds, and what
 * creating and changing them share (reconfigure.ts changes and removes).
 */

export type ConfigKind = 'site' | 'unit' | 'room' | 'bed';
export const tables = { site: 'sites', unit: 'units', room: 'rooms', bed: 'beds' } as const;

/** A live (not removed) record of the actor's centre, or 404. */
export async function live(tx: Tx, kind: ConfigKind, id: string, centreId: string) {
  const row = await tx
    .selectFrom(tables[kind] as 'sites')
    .select(['id', 'version'])
    .where('id', '=', id)
    .where('centre_id', '=', centreId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

async function nextPosition(
  tx: Tx,
  kind: ConfigKind,
  parent: [string, string] | null,
  centreId: string,
) {
  let q = tx
    .selectFrom(tables[kind] as 'sites')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('centre_id', '=', centreId)
    .where('removed_at', 'is', null);
  if (parent) q = q.where(parent[0] as 'id', '=', parent[1]);
  const row = await q.executeTakeFirst();
  // Past the last allowed position the configuration could no longer be answered: stop there.
  return row?.max === null || row?.max === undefined
    ? 0
    : Math.min(Number(row.max) + 1, maxPosition);
}

/** The field names a change touches, as the audit and the demo marks name them. */
export const changed = (input: Record<string, unknown>) =>
  Object.keys(input).filter((k) => k !== 'version' && input[k] !== undefined);

/** Values the leader has now set are no longer the demo's guesses: drop their marks. */
export function withoutDemoMarks(demoValues: string, fields: readonly string[]): string {
  const marks = parseJson<string[]>(demoValues, []);
  return JSON.stringify(marks.filter((m) => !fields.includes(m.split(/[ .(]/)[0]!)));
}

type Stamp = { created_at: string; updated_at: string; version: number; removed_at: null };
const stamp = (now: string): Stamp => ({
  created_at: now,
  updated_at: now,
  version: 1,
  removed_at: null,
});

export async function createSite(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof createSiteBody>,
) {
  const id = newId();
  const now = ctx.clock.now().toISOString();
  await ctx.database.db.transaction().execute(async (tx) => {
    const position = input.position ?? (await nextPosition(tx, 'site', null, actor.centreId));
    await tx
      .insertInto('sites')
      .values({
        id,
        centre_id: actor.centreId,
        name: input.name,
        position,
        demo_values: '[]',
        ...stamp(now),
      })
      .execute();
    await auditWork(tx, ctx, actor, {
      verb: 'create',
      action: 'capacity.site.create',
      recordType: 'site',
      recordId: id,
      fields: ['name', 'position'],
    });
  });
  return { id, version: 1 };
}

export async function createUnit(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof createUnitBody>,
) {
  const id = newId();
  const now = ctx.clock.now().toISOString();
  await ctx.database.db.transaction().execute(async (tx) => {
    await live(tx, 'site', input.siteId, actor.centreId);
    const position =
      input.position ?? (await nextPosition(tx, 'unit', ['site_id', input.siteId], actor.centreId));
    await tx
      .insertInto('units')
      .values({
        id,
        centre_id: actor.centreId,
        site_id: input.siteId,
        name: input.name,
        kind: input.kind,
        allocation: input.allocation,
        target_group: input.targetGroup,
        screened: input.screening ? 1 : 0,
        screening: input.screening ? JSON.stringify(input.screening) : null,
        accessible: input.accessible ? 1 : 0,
        floor: input.floor,
        may_serve_as_transition: input.mayServeAsTransition ? 1 : 0,
        transition_apartment: input.transitionApartment ? 1 : 0,
        boys_max_age: input.boysMaxAge,
        features: JSON.stringify(input.features),
        facilities: JSON.stringify(input.facilities),
        notes: input.notes,
        position,
        demo_values: '[]',
        ...stamp(now),
      })
      .execute();
    await auditWork(tx, ctx, actor, {
      verb: 'create',
      action: 'capacity.unit.create',
      recordType: 'unit',
      recordId: id,
      fields: changed(input),
    });
  });
  return { id, version: 1 };
}

export async function createRoom(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof createRoomBody>,
) {
  const id = newId();
  const now = ctx.clock.now().toISOString();
  await ctx.database.db.transaction().execute(async (tx) => {
    await live(tx, 'unit', input.unitId, actor.centreId);
    const position =
      input.position ?? (await nextPosition(tx, 'room', ['unit_id', input.unitId], actor.centreId));
    await tx
      .insertInto('rooms')
      .values({
        id,
        centre_id: actor.centreId,
        unit_id: input.unitId,
        name: input.name,
        position,
        demo_values: '[]',
        ...stamp(now),
      })
      .execute();
    await auditWork(tx, ctx, actor, {
      verb: 'create',
      action: 'capacity.room.create',
      recordType: 'room',
      recordId: id,
      fields: ['name', 'position'],
    });
  });
  return { id, version: 1 };
}

export async function createBed(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof createBedBody>,
) {
  const id = newId();
  const now = ctx.clock.now().toISOString();
  await ctx.database.db.transaction().execute(async (tx) => {
    await live(tx, 'room', input.roomId, actor.centreId);
    const position =
      input.position ?? (await nextPosition(tx, 'bed', ['room_id', input.roomId], actor.centreId));
    await tx
      .insertInto('beds')
      .values({
        id,
        centre_id: actor.centreId,
        room_id: input.roomId,
        label: input.label,
        kind: input.kind,
        position,
        ...stamp(now),
      })
      .execute();
    await auditWork(tx, ctx, actor, {
      verb: 'create',
      action: 'capacity.bed.create',
      recordType: 'bed',
      recordId: id,
      fields: ['label', 'kind', 'position'],
    });
  });
  return { id, version: 1 };
}
