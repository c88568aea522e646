import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { Tx } from '../../platform/db/database.ts';
import { municipalityNames } from '../municipalities/index.ts';
import { seedThreatItems } from '../protection/index.ts';

export interface NewCentre {
  slug: string;
  name: string;
  hostMunicipalityNumber: string;
  partnerMunicipalityNumbers: readonly string[];
  isDemo: boolean;
}

/**
 * Creates a centre with its host and partner municipalities, in the caller's transaction, with
 * its audit entry. A slug already in use is a conflict; unknown municipality numbers are invalid input.
 */
export async function createCentre(
  ctx: AppContext,
  tx: Tx,
  actor: string,
  input: NewCentre,
): Promise<string> {
  const now = ctx.clock.now().toISOString();
  const id = newId();
  const existing = await tx
    .selectFrom('centres')
    .select('id')
    .where('slug', '=', input.slug)
    .executeTakeFirst();
  if (existing)
    throw conflict(
      `A centre named "${input.slug}" already exists in this database`,
      'centre_exists',
    );

  const numbers = [input.hostMunicipalityNumber, ...input.partnerMunicipalityNumbers];
  const known = await municipalityNames(tx, numbers);
  const unknown = numbers.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw invalid(
      unknown.map((n) => ({
        path: 'municipalityNumber',
        code: 'unknown_municipality',
        message: `No municipality ${n}`,
      })),
    );
  }

  const isDemo = input.isDemo ? 1 : 0;
  await tx
    .insertInto('centres')
    .values({
      id,
      slug: input.slug,
      name: input.name,
      host_municipality_number: input.hostMunicipalityNumber,
      is_demo: isDemo,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  await tx
    .insertInto('centre_municipalities')
    .values(
      numbers.map((number, i) => ({
        centre_id: id,
        municipality_number: number,
        relation: i === 0 ? ('host' as const) : ('partner' as const),
        is_demo: isDemo,
        created_at: now,
      })),
    )
    .execute();
  await seedThreatItems(tx, id, ctx.clock.now());
  await auditEvent(tx, ctx, {
    centreId: id,
    actor,
    verb: 'create',
    action: 'centre.create',
    outcome: 'success',
    recordType: 'centre',
    recordId: id,
    fields: ['slug', 'name', 'host_municipality_number', 'partners'],
  });
  return id;
}

export async function countCentres(ctx: AppContext): Promise<number> {
  const row = await ctx.database.db
    .selectFrom('centres')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
