import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { municipalityOptions } from './schema.ts';

/**
 * The whole public register, the centre's own municipalities (host and partners) first, then the
 * rest by name: for a field where a home or a new home is picked by name or number. The register
 * is a few hundred rows, so the web app searches it where the person types (`searchMunicipalities`
 * in the domain) and the typed text never travels in a request.
 */
export async function municipalityChoices(
  ctx: AppContext,
  actor: Actor,
): Promise<z.infer<typeof municipalityOptions>['items']> {
  const { db } = ctx.database;
  const [all, own] = await Promise.all([
    db
      .selectFrom('municipalities')
      .select(['number', 'name', 'official_name', 'county_name'])
      .orderBy('name')
      .execute(),
    db
      .selectFrom('centre_municipalities')
      .select('municipality_number')
      .where('centre_id', '=', actor.centreId)
      .execute(),
  ]);
  const mine = new Set(own.map((m) => m.municipality_number));
  return all
    .map((m) => ({
      number: m.number,
      name: m.name,
      officialName: m.official_name,
      countyName: m.county_name,
      centre: mine.has(m.number),
    }))
    .sort((a, b) => Number(b.centre) - Number(a.centre));
}
