import { systemClock, type Clock } from '../platform/clock.ts';
import { loadConfig, type Config } from '../platform/config/config.ts';
import type { AppContext } from '../platform/context.ts';
import { withAuditKey } from '../platform/audit/audit.ts';
import { sealStoredText } from '../platform/crypto/seal-stored.ts';
import { openDatabase } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';

/**
 * Reads the environment, opens the database and brings it up to date: the schema, then the clear
 * values older versions left in columns that are sealed now (that step needs the key).
 */
export async function openContext(
  env: NodeJS.ProcessEnv = process.env,
  clock: Clock = systemClock,
): Promise<AppContext> {
  const config: Config = loadConfig(env);
  const database = withAuditKey(openDatabase(config.databaseUrl), config.auditKey);
  try {
    await migrateToLatest(database.db);
    await sealStoredText(database.db, config.encryptionKey);
  } catch (error) {
    await database.close();
    throw error;
  }
  return { config, database, clock };
}
