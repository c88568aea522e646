import { Command, InvalidArgumentError, Option } from 'commander';
import { chainProblemText, verifyAuditChain } from '../platform/audit/audit.ts';
import { ConfigError } from '../platform/config/config.ts';
import { AppError } from '../platform/http/errors.ts';
import { version } from '../version.ts';
import { adminCommands } from './admin.ts';
import { backupCommands } from './backup.ts';
import { openContext } from './open.ts';

const program = new Command()
  .name('havn')
  .description('Havn — case management for Norwegian municipal crisis centres')
  .version(version)
  .showHelpAfterError();

const port = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('expected a port number 0–65535');
  return n;
};

program
  .command('serve')
  .description('Migrate the database, load demo data into a new one, and serve the API and web app')
  .option('-p, --port <port>', 'port to listen on (default: HAVN_PORT or 3000)', port)
  // The app, the demo loader and the server are imported when a command needs them: tsx compiles
  // on the fly, and loading every module cost each `havn` call seconds it did not use.
  .action(async (options: { port?: number }) => (await import('./serve.ts')).serve(options));

program
  .command('migrate')
  .description('Bring the database schema to the newest migration')
  .action(async () => {
    const ctx = await openContext();
    await ctx.database.close();
    console.log(`Database is up to date (${ctx.database.engine}).`);
  });

program
  .command('upgrade')
  .description(
    'Back up (or check the fresh backup --backup names), migrate, verify the audit chain, and say what changed and how to go back',
  )
  .option(
    '--backup <file>',
    'a backup taken just now with havn backup, instead of taking one into HAVN_BACKUP_DIR',
  )
  .action(async (options: { backup?: string }) => (await import('./upgrade.ts')).upgrade(options));

program
  .command('doctor')
  .description(
    'Check the set-up: database, migrations, keys, web app, clock and backup space; one line each, exit 1 on any FAIL',
  )
  .action(async () => (await import('./doctor.ts')).doctor());

program
  .command('demo')
  .description("Add a seed centre's configuration and synthetic data to the database")
  .addOption(
    new Option('--centre <centre>', 'which seed centre')
      .choices(['bergen', 'trondheim', 'moss'])
      .makeOptionMandatory(),
  )
  .action(async (options: { centre: 'bergen' | 'trondheim' | 'moss' }) => {
    const ctx = await openContext();
    try {
      const { loadDemoCentre } = await import('../demo/load-demo.ts');
      const { demoLoginLines, listDemoAccounts } = await import('../demo/demo-accounts.ts');
      await loadDemoCentre(ctx, options.centre);
      const added = (await listDemoAccounts(ctx.database.db)).filter(
        (centre) => centre.slug === options.centre,
      );
      console.log([`Demo centre "${options.centre}" added.`, ...demoLoginLines(added)].join('\n'));
    } finally {
      await ctx.database.close();
    }
  });

program
  .command('openapi')
  .description('Print the OpenAPI document generated from the routes')
  .action(async () => {
    const ctx = await openContext({
      ...process.env,
      HAVN_DATABASE_URL: ':memory:',
      HAVN_LOG_LEVEL: 'silent',
    });
    const { buildApp } = await import('../app.ts');
    const app = await buildApp(ctx, { web: false });
    await app.ready();
    process.stdout.write(JSON.stringify(app.swagger(), null, 2) + '\n');
    await app.close();
    await ctx.database.close();
  });

adminCommands(program);
backupCommands(program);

const audit = program.command('audit').description('Work with the audit log');
audit
  .command('verify')
  .description(
    'Walk the keyed hash chain; exit 1 naming the first entry that was altered, removed or reordered',
  )
  .option(
    '--expect <hash>',
    'the newest hash a backup printed: exit 1 unless it is still in the chain (entries cut off the end)',
    (value: string) => {
      if (!/^[0-9a-f]{64}$/.test(value))
        throw new InvalidArgumentError('expected the 64 hex digits `havn backup` printed');
      return value;
    },
  )
  .action(async (options: { expect?: string }) => {
    const ctx = await openContext();
    try {
      const result = await verifyAuditChain(ctx.database.db, ctx.config.auditKey, options);
      if (result.problem) {
        console.error(`Audit chain broken at ${chainProblemText(result.problem)}`);
        process.exitCode = 1;
      } else {
        const plain = result.plain > 0 ? ` (${result.plain} of them from before it was keyed)` : '';
        const newest = result.newest ? `; newest #${result.newest.seq} ${result.newest.hash}` : '';
        console.log(`Audit chain intact: ${result.checked} entries verified${plain}${newest}.`);
      }
    } finally {
      await ctx.database.close();
    }
  });

/** One line per problem, never a stack trace: the person at the console needs the fix, not the trace. */
function fail(error: unknown): never {
  if (error instanceof ConfigError) {
    for (const line of error.problems) console.error(`havn: ${line}`);
    process.exit(2);
  }
  const message =
    error instanceof AppError || error instanceof Error ? error.message : String(error);
  console.error(`havn: ${message}`);
  process.exit(1);
}

program.parseAsync(process.argv).catch(fail);
