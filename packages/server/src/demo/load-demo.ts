import type { DemoCentre } from '../platform/config/config.ts';
import type { AppContext } from '../platform/context.ts';
import { createCentre } from '../modules/centres/service.ts';
import { seedCentres } from './seed-centres.ts';

export class DemoRefused extends Error {
  constructor() {
    super('Demo data is refused when NODE_ENV=production');
    this.name = 'DemoRefused';
  }
}

/**
 * Adds one seed centre's configuration to whatever the database holds, marked as demo data.
 * People, places and staff for the demo arrive with the modules that own them.
 */
export async function loadDemoCentre(ctx: AppContext, centre: DemoCentre): Promise<string> {
  if (ctx.config.environment === 'production') throw new DemoRefused();
  return createCentre(ctx, 'system:demo', { ...seedCentres[centre], isDemo: true });
}
