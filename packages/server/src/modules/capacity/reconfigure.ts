import { localDate, targetGroupFits, type Actor } from '@havn/domain';
import { auditWork } from '../../platform/audit/events.ts';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { UnitTable } from '../../platform/db/tables.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict } from '../../platform/http/errors.ts';
import type { updateBedBody, updateUnitBody } from './config-schema.ts';
import { changed, live, tables, withoutDemoMarks, type ConfigKind } from './configure.ts';
import { loadConfigRows, toModel, unitOf } from './model.ts';
import { capacityStayOf, loadLiveRecords } from './records.ts';

/*
 * Changing and removing configured places: every change states the version read, and nothing
 * is changed or removed in a way that would strand the people living there.
 */

/** The beds under a record that someone sleeps in now. */
/** The beds a removal of this site, unit, room or bed would take with it. */
async function bedsUnder(tx: Tx, kind: ConfigKind, id: string): Promise<string[]> {
  let q = tx
    .selectFrom('beds as b')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select('b.id');
  q =
    kind === 'bed'
      ? q.where('b.id', '=', id)
      : kind === 'room'
        ? q.where('r.id', '=', id)
        : kind === 'unit'
          ? q.where('u.id', '=', id)
          : q.where('u.site_id', '=', id);
  return (await q.execute()).map((row) => row.id);
}

async function occupiedBeds(tx: Tx, bedIds: string[]): Promise<number> {
  if (bedIds.length === 0) return 0;
  const row = await tx
    .selectFrom('bed_assignments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('to_at', 'is', null)
    .where('bed_id', 'in', bedIds)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Beds held for a household on its way: removing them would strand the reservation. */
async function reservedBeds(tx: Tx, bedIds: string[], at: string): Promise<number> {
  if (bedIds.length === 0) return 0;
  const row = await tx
    .selectFrom('bed_reservation_beds as rb')
    .innerJoin('bed_reservations as r', 'r.id', 'rb.reservation_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('rb.bed_id', 'in', bedIds)
    .where('rb.released_at', 'is', null)
    .where('r.cancelled_at', 'is', null)
    .where('r.fulfilled_stay_id', 'is', null)
    .where('r.expires_at', '>', at)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Sites and rooms change the same two fields; an edited field loses its demo mark. */
function updateNameAndPosition(table: 'sites' | 'rooms', kind: 'site' | 'room') {
  return (
    ctx: AppContext,
    actor: Actor,
    id: string,
    input: { version: number; name?: string; position?: number },
  ): Promise<{ version: number }> =>
    update(ctx, actor, kind, id, input, async (tx, fields) => {
      const row = await tx
        .selectFrom(table)
        .select('demo_values')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      await tx
        .updateTable(table)
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.position !== undefined ? { position: input.position } : {}),
          demo_values: withoutDemoMarks(row.demo_values, fields),
        })
        .where('id', '=', id)
        .execute();
    });
}

export const updateSite = updateNameAndPosition('sites', 'site');
export const updateRoom = updateNameAndPosition('rooms', 'room');

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
    if (input.kind !== undefined && input.kind !== row.kind && (await occupiedBeds(tx, [id])) > 0)
      throw conflict('Someone sleeps in this bed; change its kind when it is free.', 'bed_in_use');
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
    if (
      input.transitionApartment !== undefined &&
      input.transitionApartment !== (row.transition_apartment === 1)
    )
      await assertUnitEmpty(tx, actor.centreId, id);
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
    if (input.transitionApartment !== undefined)
      set.transition_apartment = input.transitionApartment ? 1 : 0;
    if (input.boysMaxAge !== undefined) set.boys_max_age = input.boysMaxAge;
    if (input.features !== undefined) set.features = JSON.stringify(input.features);
    if (input.facilities !== undefined) set.facilities = JSON.stringify(input.facilities);
    if (input.notes !== undefined) set.notes = input.notes;
    if (input.position !== undefined) set.position = input.position;
    await tx.updateTable('units').set(set).where('id', '=', id).execute();
  });
}

/**
 * A unit turns into a transition apartment (or back) only while nobody lives there: the stays in
 * it were started as the other kind, and a stay does not change kind.
 */
async function assertUnitEmpty(tx: Tx, centreId: string, unitId: string) {
  const someone = await tx
    .selectFrom('bed_assignments as a')
    .innerJoin('beds as b', 'b.id', 'a.bed_id')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .select('a.id')
    .where('a.centre_id', '=', centreId)
    .where('a.to_at', 'is', null)
    .where('r.unit_id', '=', unitId)
    .executeTakeFirst();
  if (someone)
    throw conflict(
      'People live in this unit. Move them first, then change its use.',
      'unit_in_use',
    );
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
    .map((stay) => capacityStayOf(stay, localDate(now)))
    .filter((stay) => stay.bedIds.some((b) => beds.has(b)))
    .filter((stay) => !stay.lentScreened && !stay.transitionForWoman)
    .filter((stay) => !targetGroupFits(renamed, stay));
  if (blocking.length > 0)
    throw conflict(
      `People of the current target group live in this unit (${blocking.length} household(s)) and would not belong to the new one. Move them first.`,
      'target_group_in_use',
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
    await auditWork(tx, ctx, actor, {
      verb: 'update',
      action: `capacity.${kind}.update`,
      recordType: kind,
      recordId: id,
      fields,
    });
  });
  return { version: input.version + 1 };
}

/**
 * Removes a site, unit, room or bed and everything under it — softly, so the history of the
 * beds stays whole. Refused while anyone sleeps in a bed it would remove, or a reservation
 * holds one for a household on its way.
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
    const beds = await bedsUnder(tx, kind, id);
    const occupied = await occupiedBeds(tx, beds);
    if (occupied > 0)
      throw kind === 'bed'
        ? conflict(
            'Someone sleeps in this bed; it cannot be removed until the stay has moved or ended.',
            'bed_in_use',
          )
        : conflict(
            `Someone sleeps in ${occupied} bed(s) here; they cannot be removed until the stays have moved or ended.`,
            'beds_in_use',
            occupied,
          );
    if ((await reservedBeds(tx, beds, at)) > 0)
      throw conflict(
        'A bed here is held by a reservation for a household on its way; cancel the reservation first.',
        'beds_held',
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
    await soft('beds', beds);
    await auditWork(tx, ctx, actor, {
      verb: 'delete',
      action: `capacity.${kind}.delete`,
      recordType: kind,
      recordId: id,
      fields: ['removed_at'],
    });
  });
}
