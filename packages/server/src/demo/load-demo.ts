import type { DemoCentre } from '../platform/config/config.ts';
import type { AppContext } from '../platform/context.ts';
import { createCentre } from '../modules/centres/index.ts';
import { sealStoredText } from '../platform/crypto/seal-stored.ts';
import { createDemoCapacity } from './demo-capacity.ts';
import { createDemoPartners } from './demo-partners.ts';
import { createDemoReestablishment } from './demo-reestablishment.ts';
import { createDemoStaff } from './demo-staff.ts';
import { createDemoStays } from './demo-stays.ts';
import { seedCentres } from './seed-centres.ts';

export class DemoRefused extends Error {
  constructor() {
    super('Demo data is refused when NODE_ENV=production');
    this.name = 'DemoRefused';
  }
}

/**
 * Adds one seed centre's configuration to whatever the database holds, marked as demo data.
 * Staff come with one demo account per role; people and places arrive with the modules that own them.
 */
export async function loadDemoCentre(ctx: AppContext, centre: DemoCentre): Promise<string> {
  if (ctx.config.environment === 'production') throw new DemoRefused();
  const seed = seedCentres[centre];
  return ctx.database.db.transaction().execute(async (tx) => {
    const centreId = await createCentre(ctx, tx, 'system:demo', { ...seed, isDemo: true });
    await createDemoStaff(ctx, tx, {
      id: centreId,
      slug: seed.slug,
      firstPartner: seed.partnerMunicipalityNumbers[0],
    });
    await createDemoPartners(ctx, tx, centreId, centre);
    await createDemoCapacity(ctx, tx, centreId, centre);
    if (centre === 'bergen') await createDemoReestablishment(ctx, tx, centreId);
    await createDemoStays(ctx, tx, centreId, centre);
    // The loaders write rows as they are; free text is sealed before anything is committed.
    await sealStoredText(tx, ctx.config.encryptionKey);
    return centreId;
  });
}
