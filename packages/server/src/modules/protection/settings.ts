import { defaultThreatItems, reassessmentInterval, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { auditWork } from '../../platform/audit/events.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { ThreatItemTable } from '../../platform/db/tables.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { uniqueViolation } from '../../platform/db/unique-violation.ts';
import type {
  createItemBody,
  moveItemBody,
  settingsBody,
  threatItem,
  updateItemBody,
} from './schema.ts';

const itemView = (r: ThreatItemTable): z.infer<typeof threatItem> => ({
  id: r.id,
  key: r.key,
  labelNb: r.label_nb,
  labelEn: r.label_en,
  position: r.position,
  active: r.active === 1,
  version: r.version,
});

/** The centre's threat-mapping items in order, retired ones included. */
export function itemsOf(db: Db | Tx, centreId: string): Promise<ThreatItemTable[]> {
  return db
    .selectFrom('threat_items')
    .selectAll()
    .where('centre_id', '=', centreId)
    .orderBy('position')
    .orderBy('key')
    .execute();
}

/** A new centre starts with the default item set, in the transaction that creates it. */
export async function seedThreatItems(tx: Tx, centreId: string, now: Date): Promise<void> {
  const stamp = now.toISOString();
  await tx
    .insertInto('threat_items')
    .values(
      defaultThreatItems.map((item, i) => ({
        id: newId(),
        centre_id: centreId,
        key: item.key,
        label_nb: item.nb,
        label_en: item.en,
        position: (i + 1) * 10,
        active: 1,
        created_at: stamp,
        updated_at: stamp,
        version: 1,
      })),
    )
    .execute();
}

export async function listItems(ctx: AppContext, actor: Actor) {
  const rows = await itemsOf(ctx.database.db, actor.centreId);
  return { items: rows.map(itemView) };
}

export async function createItem(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof createItemBody>,
) {
  const now = ctx.clock.now();
  const id = newId();
  await ctx.database.db.transaction().execute(async (tx) => {
    const rows = await itemsOf(tx, actor.centreId);
    await tx
      .insertInto('threat_items')
      .values({
        id,
        centre_id: actor.centreId,
        // A custom item's key is its id: stable, and never clashes with a default one.
        key: id,
        label_nb: input.labelNb,
        label_en: input.labelEn,
        position: Math.max(0, ...rows.map((r) => r.position)) + 10,
        active: 1,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
        version: 1,
      })
      .execute();
    await auditWork(tx, ctx, actor, {
      verb: 'create',
      action: 'protection.item.create',
      recordType: 'threat_item',
      recordId: id,
      fields: ['label_nb', 'label_en', 'position'],
    });
  });
  return { id };
}

async function liveItem(tx: Tx, centreId: string, id: string) {
  const row = await tx
    .selectFrom('threat_items')
    .selectAll()
    .where('id', '=', id)
    .where('centre_id', '=', centreId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Rewords or retires an item; answers already given keep the words they were asked with. */
export async function updateItem(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof updateItemBody>,
) {
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (tx) => {
    await liveItem(tx, actor.centreId, id);
    await claimVersion(tx, 'threat_items', id, input.version, now);
    const changes = {
      ...(input.labelNb !== undefined ? { label_nb: input.labelNb } : {}),
      ...(input.labelEn !== undefined ? { label_en: input.labelEn } : {}),
      ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
    };
    if (Object.keys(changes).length > 0)
      await tx.updateTable('threat_items').set(changes).where('id', '=', id).execute();
    await auditWork(tx, ctx, actor, {
      verb: 'update',
      action: 'protection.item.update',
      recordType: 'threat_item',
      recordId: id,
      fields: Object.keys(changes),
    });
    return { version: input.version + 1 };
  });
}

/** Swaps an item with its neighbour; both rows change, so a stale neighbour answers 409 too. */
export async function moveItem(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof moveItemBody>,
) {
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (tx) => {
    await liveItem(tx, actor.centreId, id);
    const rows = await itemsOf(tx, actor.centreId);
    const at = rows.findIndex((r) => r.id === id);
    const other = rows[input.direction === 'up' ? at - 1 : at + 1];
    if (!other) throw conflict('The item is already at the edge of the list.', 'item_at_edge');
    const item = rows[at]!;
    await claimVersion(tx, 'threat_items', id, input.version, now);
    await claimVersion(tx, 'threat_items', other.id, other.version, now);
    // Positions may tie (equal positions sort by key): give the two distinct ones.
    const [first, second] =
      item.position === other.position
        ? input.direction === 'up'
          ? [item.position, item.position + 1]
          : [item.position + 1, item.position]
        : [other.position, item.position];
    await tx.updateTable('threat_items').set({ position: first }).where('id', '=', id).execute();
    await tx
      .updateTable('threat_items')
      .set({ position: second })
      .where('id', '=', other.id)
      .execute();
    await auditWork(tx, ctx, actor, {
      verb: 'update',
      action: 'protection.item.move',
      recordType: 'threat_item',
      recordId: id,
      fields: ['position'],
    });
    return { version: input.version + 1 };
  });
}

/** The centre's interval between reassessments, or the default while none is set. */
export async function intervalOf(db: Db | Tx, centreId: string): Promise<number> {
  const row = await db
    .selectFrom('protection_settings')
    .select('reassessment_interval_days')
    .where('centre_id', '=', centreId)
    .executeTakeFirst();
  return row?.reassessment_interval_days ?? reassessmentInterval.default;
}

export async function getSettings(ctx: AppContext, actor: Actor) {
  const row = await ctx.database.db
    .selectFrom('protection_settings')
    .select(['reassessment_interval_days', 'version'])
    .where('centre_id', '=', actor.centreId)
    .executeTakeFirst();
  return {
    reassessmentIntervalDays: row?.reassessment_interval_days ?? reassessmentInterval.default,
    version: row?.version ?? 0,
  };
}

export async function saveSettings(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof settingsBody>,
) {
  const now = ctx.clock.now();
  const stamp = now.toISOString();
  try {
    return await ctx.database.db.transaction().execute(async (tx) => {
      const row = await tx
        .selectFrom('protection_settings')
        .select(['id', 'version'])
        .where('centre_id', '=', actor.centreId)
        .executeTakeFirst();
      if (!row && input.version !== 0)
        throw conflict('The settings were changed; reload.', 'stale_version');
      if (row) await claimVersion(tx, 'protection_settings', row.id, input.version, now);
      if (row) {
        await tx
          .updateTable('protection_settings')
          .set({ reassessment_interval_days: input.reassessmentIntervalDays })
          .where('id', '=', row.id)
          .execute();
      } else {
        await tx
          .insertInto('protection_settings')
          .values({
            id: newId(),
            centre_id: actor.centreId,
            reassessment_interval_days: input.reassessmentIntervalDays,
            created_at: stamp,
            updated_at: stamp,
            version: 1,
          })
          .execute();
      }
      await auditWork(tx, ctx, actor, {
        verb: 'update',
        action: 'protection.settings.update',
        recordType: 'centre',
        recordId: actor.centreId,
        fields: ['reassessment_interval_days'],
      });
      return {
        reassessmentIntervalDays: input.reassessmentIntervalDays,
        version: input.version + 1,
      };
    });
  } catch (error) {
    if (uniqueViolation(error) !== null)
      throw conflict('The settings were changed; reload.', 'stale_version');
    throw error;
  }
}
