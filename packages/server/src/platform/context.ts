import type { Clock } from './clock.ts';
import type { Config } from './config/config.ts';
import type { DatabaseHandle } from './db/database.ts';

/** What every module's routes and services are built from; one per running app. */
export interface AppContext {
  readonly config: Config;
  readonly database: DatabaseHandle;
  readonly clock: Clock;
}
