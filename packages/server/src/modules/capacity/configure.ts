import { targetGroupFits, type Actor } from '@havn/domain';
import type { z } from 'zod';
import { appendAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { UnitTable } from '../../platform/db/tables.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import type {
  createBedBody,
  createRoomBody,
  createSiteBody,
  createUnitBody,
  updateBedBody,
  updateRoomBody,
  updateSiteBody,
  updateUnitBody,
} from './config-schema.ts';
import { loadConfigRows, parseJson, toModel, unitOf } from './model.ts';
import { capacityStayOf, loadLiveRecords } from './records.ts';

export type ConfigKind = 'site' | 'unit' | 'room' | 'bed';
const tables = { site: 'sites', unit: 'units', room: 'rooms', bed: 'beds' } as const;

function audit(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  kind: ConfigKind,
  verb: 'create' | 'update' | 'delete',
  id: string,
  fields: readonly string[],
) {
  return appendAudit(tx, ctx.database.engine, ctx.clock, {
    centreId: actor.centreId,
    actor: actor.userId,
    verb,
    action: `capacity.${kind}.${verb}`,
    outcome: 'success',
    recordType: kind,
    recordId: id,
    fields,
  });
}

/** A live (not removed) record of the actor's centre, or 404. */
async function live(tx: Tx, kind: ConfigKind, id: string, centreId: string) {
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
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

/** The field names a change touches, as the audit and the demo marks name them. */
const changed = (input: Record<string, unknown>) =>
  Object.keys(input).filter((k) => k !== 'version' && input[k] !== undefined);

/** Values the leader has now set are no longer the demo's guesses: drop their marks. */
function withoutDemoMarks(demoValues: string, fields: readonly string[]): string {
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
    await audit(ctx, tx, actor, 'site', 'create', id, ['name', 'position']);
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
        features: JSON.stringify(input.features),
        facilities: JSON.stringify(input.facilities),
        notes: input.notes,
        position,
        demo_values: '[]',
        ...stamp(now),
      })
      .execute();
    await audit(ctx, tx, actor, 'unit', 'create', id, changed(input));
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
    await audit(ctx, tx, actor, 'room', 'create', id, ['name', 'position']);
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
    await audit(ctx, tx, actor, 'bed', 'create', id, ['label', 'kind', 'position']);
  });
  return { id, version: 1 };
}

/** The beds under a record that someone sleeps in now. */
async function occupiedBeds(tx: Tx, kind: ConfigKind, id: string): Promise<number> {
  let q = tx
    .selectFrom('bed_assignments as a')
    .innerJoin('beds as b', 'b.id', 'a.bed_id')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('a.to_at', 'is', null);
  q =
    kind === 'bed'
      ? q.where('b.id', '=', id)
      : kind === 'room'
        ? q.where('r.id', '=', id)
        : kind === 'unit'
          ? q.where('u.id', '=', id)
          : q.where('u.site_id', '=', id);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateSite(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof updateSiteBody>,
) {
  return update(ctx, actor, 'site', id, input, async (tx, fields) => {
    const row = await tx
      .selectFrom('sites')
      .select('demo_values')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('sites')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.position !== undefined ? { position: input.position } : {}),
        demo_values: withoutDemoMarks(row.demo_values, fields),
      })
      .where('id', '=', id)
      .execute();
  });
}

export async function updateRoom(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof updateRoomBody>,
) {
  return update(ctx, actor, 'room', id, input, async (tx, fields) => {
    const row = await tx
      .selectFrom('rooms')
      .select('demo_values')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('rooms')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.position !== undefined ? { position: input.position } : {}),
        demo_values: withoutDemoMarks(row.demo_values, fields),
      })
      .where('id', '=', id)
      .execute();
  });
}

export async function updateBed(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof updateBedBody>,
) {
  return update(ctx, actor, 'bed', id, input, async (tx) => {
    const row = await tx
      .selectFrom('beds')
      .select('kind')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (
      input.kind !== undefined &&
      input.kind !== row.kind &&
      (await occupiedBeds(tx, 'bed', id)) > 0
    )
      throw conflict('Someone sleeps in this bed; change its kind when it is free.');
    await tx
      .updateTable('beds')
      .set({
        ...(input.label !== undefined ? { label: input.label } : {}),
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.position !== undefined ? { position: input.position } : {}),
      })
      .where('id', '=', id)
      .execute();
  });
}

/**
 * Changes a unit. A new target group is refused while someone who belongs to the current group
 * lives there and would not fit the new one (women's and men's housing are kept apart); people
 * already there on loan (a lent screened place, a transition home) do not block it.
 */
export async function updateUnit(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof updateUnitBody>,
) {
  return update(ctx, actor, 'unit', id, input, async (tx, fields) => {
    const row = await tx
      .selectFrom('units')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (input.targetGroup !== undefined && input.targetGroup !== row.target_group)
      await assertGroupChangeFits(ctx, tx, actor.centreId, row, input.targetGroup);
    const set: Partial<UnitTable> = { demo_values: withoutDemoMarks(row.demo_values, fields) };
    if (input.name !== undefined) set.name = input.name;
    if (input.kind !== undefined) set.kind = input.kind;
    if (input.allocation !== undefined) set.allocation = input.allocation;
    if (input.targetGroup !== undefined) set.target_group = input.targetGroup;
    if (input.screening !== undefined) {
      set.screening = input.screening ? JSON.stringify(input.screening) : null;
      set.screened = input.screening ? 1 : 0;
    }
    if (input.accessible !== undefined) set.accessible = input.accessible ? 1 : 0;
    if (input.floor !== undefined) set.floor = input.floor;
    if (input.mayServeAsTransition !== undefined)
      set.may_serve_as_transition = input.mayServeAsTransition ? 1 : 0;
    if (input.features !== undefined) set.features = JSON.stringify(input.features);
    if (input.facilities !== undefined) set.facilities = JSON.stringify(input.facilities);
    if (input.notes !== undefined) set.notes = input.notes;
    if (input.position !== undefined) set.position = input.position;
    await tx.updateTable('units').set(set).where('id', '=', id).execute();
  });
}

async function assertGroupChangeFits(
  ctx: AppContext,
  tx: Tx,
  centreId: string,
  row: UnitTable,
  group: UnitTable['target_group'],
) {
  const now = ctx.clock.now();
  const [rows, records] = await Promise.all([
    loadConfigRows(tx, centreId),
    loadLiveRecords(tx, centreId, now),
  ]);
  const { model } = toModel(centreId, rows);
  const unit = model.sites.flatMap((s) => s.units).find((u) => u.id === row.id);
  if (!unit) return;
  const beds = new Set(unit.rooms.flatMap((r) => r.beds.map((b) => b.id)));
  const renamed = { ...unitOf(row, unit.rooms), targetGroup: group };
  const blocking = [...records.stays.values()]
    .map((stay) => capacityStayOf(stay, now))
    .filter((stay) => stay.bedIds.some((b) => beds.has(b)))
    .filter((stay) => !stay.lentScreened && !stay.transitionForWoman)
    .filter((stay) => !targetGroupFits(renamed, stay));
  if (blocking.length > 0)
    throw conflict(
      `People of the current target group live in this unit (${blocking.length} household(s)) and would not belong to the new one. Move them first.`,
    );
}

async function update<I extends { version: number }>(
  ctx: AppContext,
  actor: Actor,
  kind: ConfigKind,
  id: string,
  input: I,
  work: (tx: Tx, fields: string[]) => Promise<void>,
) {
  const fields = changed(input);
  await ctx.database.db.transaction().execute(async (tx) => {
    await live(tx, kind, id, actor.centreId);
    await claimVersion(tx, tables[kind], id, input.version, ctx.clock.now());
    await work(tx, fields);
    await audit(ctx, tx, actor, kind, 'update', id, fields);
  });
  return { version: input.version + 1 };
}

/**
 * Removes a site, unit, room or bed and everything under it — softly, so the history of the
 * beds stays whole. Refused while anyone sleeps in a bed it would remove.
 */
export async function removeConfig(
  ctx: AppContext,
  actor: Actor,
  kind: ConfigKind,
  id: string,
  version: number,
) {
  const now = ctx.clock.now();
  const at = now.toISOString();
  await ctx.database.db.transaction().execute(async (tx) => {
    await live(tx, kind, id, actor.centreId);
    const occupied = await occupiedBeds(tx, kind, id);
    if (occupied > 0)
      throw conflict(
        kind === 'bed'
          ? 'Someone sleeps in this bed; it cannot be removed until the stay has moved or ended.'
          : `Someone sleeps in ${occupied} bed(s) here; they cannot be removed until the stays have moved or ended.`,
      );
    await claimVersion(tx, tables[kind], id, version, now);
    const siteIds = kind === 'site' ? [id] : [];
    const unitIds =
      kind === 'unit'
        ? [id]
        : siteIds.length > 0
          ? (
              await tx.selectFrom('units').select('id').where('site_id', 'in', siteIds).execute()
            ).map((r) => r.id)
          : [];
    const roomIds =
      kind === 'room'
        ? [id]
        : unitIds.length > 0
          ? (
              await tx.selectFrom('rooms').select('id').where('unit_id', 'in', unitIds).execute()
            ).map((r) => r.id)
          : [];
    const bedIds =
      kind === 'bed'
        ? [id]
        : roomIds.length > 0
          ? (
              await tx.selectFrom('beds').select('id').where('room_id', 'in', roomIds).execute()
            ).map((r) => r.id)
          : [];
    const soft = async (table: 'sites' | 'units' | 'rooms' | 'beds', ids: string[]) => {
      if (ids.length === 0) return;
      await tx
        .updateTable(table)
        .set({ removed_at: at, updated_at: at })
        .where('id', 'in', ids)
        .where('removed_at', 'is', null)
        .execute();
    };
    await soft('sites', siteIds);
    await soft('units', unitIds);
    await soft('rooms', roomIds);
    await soft('beds', bedIds);
    await audit(ctx, tx, actor, kind, 'delete', id, ['removed_at']);
  });
}
