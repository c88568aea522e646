export { buildApp, bodyLimitBytes } from './app.ts';
export { loadConfig, type Config } from './platform/config/config.ts';
export { openDatabase, type DatabaseHandle, type Engine } from './platform/db/database.ts';
export { migrateToLatest } from './platform/db/migrate.ts';
export { fixedClock, systemClock, type Clock } from './platform/clock.ts';
export type { AppContext } from './platform/context.ts';
export { loadDemoCentre } from './demo/load-demo.ts';
export { openContext } from './cli/open.ts';
