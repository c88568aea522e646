import closeWithGrace from 'close-with-grace';
import { buildApp } from '../app.ts';
import { countCentres } from '../modules/centres/index.ts';
import { loadDemoCentre } from '../demo/load-demo.ts';
import { parseDatabaseUrl } from '../platform/db/database.ts';
import { demoLoginLines, listDemoAccounts } from '../demo/demo-accounts.ts';
import type { AppContext } from '../platform/context.ts';
import { openContext } from './open.ts';

/** How to log in: the demo centres' accounts in demo mode, otherwise how to make the first account. */
async function loginLines(ctx: AppContext): Promise<string[]> {
  const demoCentres = ctx.config.demo ? await listDemoAccounts(ctx.database.db) : [];
  return demoCentres.length > 0
    ? demoLoginLines(demoCentres)
    : ['  Innlogging: opprett første bruker med `npx havn user create --help`.'];
}

export interface ServeOptions {
  port?: number;
}

/** `havn serve`: migrate, load demo data into a new database, listen, stop cleanly on a signal. */
export async function serve(options: ServeOptions): Promise<void> {
  const env =
    options.port === undefined ? process.env : { ...process.env, HAVN_PORT: String(options.port) };
  const ctx = await openContext(env);
  const { config } = ctx;
  let demoLoaded = false;
  if (config.demo && (await countCentres(ctx)) === 0) {
    await loadDemoCentre(ctx, config.demoCentre);
    demoLoaded = true;
  }

  const app = await buildApp(ctx);
  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) app.log.error({ err }, 'stopping after an error');
    await app.close();
    await ctx.database.close();
  });
  await app.listen({ host: config.host, port: config.port });

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const target = parseDatabaseUrl(config.databaseUrl);
  const where = target.engine === 'sqlite' ? `SQLite ${target.file}` : 'PostgreSQL';
  const lines = [
    '',
    `  Havn kjører på http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`,
    `  Database: ${where}${demoLoaded ? ` — demodata lagt inn (${config.demoCentre})` : ''}`,
    ...(await loginLines(ctx)),
    '  Stopp med Ctrl-C.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
