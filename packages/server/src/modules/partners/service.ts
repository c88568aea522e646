import type { Actor, PartnerType } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { PartnerTable } from '../../platform/db/tables.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertMunicipalityExists } from '../municipalities/index.ts';
import type { partner, partnerFields, updatePartnerBody } from './schema.ts';

type Fields = z.infer<typeof partnerFields>;

function columns(ctx: AppContext, input: Partial<Fields>): Partial<PartnerTable> {
  const c: Partial<PartnerTable> = {};
  if (input.type !== undefined) c.type = input.type;
  if (input.name !== undefined) c.name = input.name;
  if (input.municipalityNumber !== undefined) c.municipality_number = input.municipalityNumber;
  if (input.phone !== undefined) c.phone = input.phone || null;
  if (input.email !== undefined) c.email = input.email || null;
  if (input.contactName !== undefined) c.contact_name = input.contactName || null;
  if (input.notes !== undefined)
    c.notes = secretBox(ctx.config.encryptionKey).sealOrNull(input.notes || null);
  return c;
}

const view = (ctx: AppContext, r: PartnerTable): z.infer<typeof partner> => ({
  id: r.id,
  type: r.type as PartnerType,
  name: r.name,
  municipalityNumber: r.municipality_number,
  phone: r.phone,
  email: r.email,
  contactName: r.contact_name,
  notes: secretBox(ctx.config.encryptionKey).openOrNull(r.notes),
  active: r.active === 1,
  isDemo: r.is_demo === 1,
  version: r.version,
});

export async function listPartners(ctx: AppContext, actor: Actor, type?: PartnerType) {
  let query = ctx.database.db
    .selectFrom('partners')
    .selectAll()
    .where('centre_id', '=', actor.centreId);
  if (type) query = query.where('type', '=', type);
  return (await query.orderBy('type').orderBy('name').execute()).map((r) => view(ctx, r));
}

/** Adds a partner in the caller's transaction; used by the API and by the demo seed. */
export async function insertPartner(
  ctx: AppContext,
  tx: Tx,
  actor: { centreId: string; name: string },
  input: Fields,
  isDemo = false,
): Promise<string> {
  await assertMunicipalityExists(tx, input.municipalityNumber, 'body.municipalityNumber');
  const now = ctx.clock.now().toISOString();
  const id = newId();
  await tx
    .insertInto('partners')
    .values({
      id,
      centre_id: actor.centreId,
      type: input.type,
      name: input.name,
      municipality_number: input.municipalityNumber ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      contact_name: input.contactName ?? null,
      notes: secretBox(ctx.config.encryptionKey).sealOrNull(input.notes ?? null),
      active: 1,
      is_demo: isDemo ? 1 : 0,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  await auditEvent(tx, ctx, {
    centreId: actor.centreId,
    actor: actor.name,
    verb: 'create',
    action: 'partners.create',
    outcome: 'success',
    recordType: 'partner',
    recordId: id,
    fields: Object.keys(columns(ctx, input)),
  });
  return id;
}

export const createPartner = (ctx: AppContext, actor: Actor, input: Fields) =>
  ctx.database.db
    .transaction()
    .execute((tx) =>
      insertPartner(ctx, tx, { centreId: actor.centreId, name: actor.userId }, input),
    );

export async function updatePartner(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof updatePartnerBody>,
) {
  const { version, active, ...fields } = input;
  return ctx.database.db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('partners')
      .select('centre_id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row || row.centre_id !== actor.centreId) throw notFound();
    await assertMunicipalityExists(tx, fields.municipalityNumber, 'body.municipalityNumber');
    await claimVersion(tx, 'partners', id, version, ctx.clock.now());
    const set = {
      ...columns(ctx, fields),
      ...(active === undefined ? {} : { active: active ? 1 : 0 }),
    };
    if (Object.keys(set).length > 0)
      await tx.updateTable('partners').set(set).where('id', '=', id).execute();
    await auditEvent(tx, ctx, {
      centreId: actor.centreId,
      actor: actor.userId,
      verb: 'update',
      action: 'partners.update',
      outcome: 'success',
      recordType: 'partner',
      recordId: id,
      fields: Object.keys(set),
    });
    return { version: version + 1 };
  });
}

/** Partners of the actor's centre among `ids`: the rest do not exist as far as the caller knows. */
export async function assertPartnersOfCentre(
  tx: Tx,
  centreId: string,
  ids: readonly (string | null)[],
): Promise<void> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return;
  const found = await tx
    .selectFrom('partners')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('id', 'in', wanted)
    .execute();
  if (found.length !== wanted.length) throw notFound();
}
