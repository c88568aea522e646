import type { Command } from 'commander';
import { Option } from 'commander';
import { roles, type Role } from '@havn/domain';
import { createCentre } from '../modules/centres/index.ts';
import {
  createStaff,
  deactivateStaff,
  resetPassword,
  resetSecondFactor,
  staffByUsername,
} from '../modules/staff/index.ts';
import { notFound } from '../platform/http/errors.ts';
import { openContext } from './open.ts';

const system = { system: 'system:cli' };
const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Runs a command against the database and always closes it. */
async function withContext<T>(
  work: (ctx: Awaited<ReturnType<typeof openContext>>) => Promise<T>,
): Promise<T> {
  const ctx = await openContext();
  try {
    return await work(ctx);
  } finally {
    await ctx.database.close();
  }
}

/** `havn centre …` and `havn user …`: setting up a real centre and recovering accounts from the console. */
export function adminCommands(program: Command): void {
  const centre = program.command('centre').description('Set up crisis centres');
  centre
    .command('create')
    .description('Create a centre with its host and partner municipalities')
    .requiredOption('--slug <slug>', 'short name, e.g. bergen')
    .requiredOption('--name <name>', 'full name, e.g. "Krisesenteret for Bergen og omegn"')
    .requiredOption('--host <number>', 'host municipality number, e.g. 4601')
    .option('--partner <number>', 'partner municipality number (repeat for each)', collect, [])
    .action(async (o: { slug: string; name: string; host: string; partner: string[] }) =>
      withContext(async (ctx) => {
        await ctx.database.db.transaction().execute((tx) =>
          createCentre(ctx, tx, system.system, {
            slug: o.slug,
            name: o.name,
            hostMunicipalityNumber: o.host,
            partnerMunicipalityNumbers: o.partner,
            isDemo: false,
          }),
        );
        console.log(`Centre "${o.slug}" created.`);
      }),
    );

  const user = program.command('user').description('Create, deactivate and recover staff accounts');
  user
    .command('create')
    .description(
      'Create a staff account; prints a one-time activation code for the person to set their own password',
    )
    .requiredOption('--centre <slug>', 'the centre the person works at')
    .requiredOption('--username <name>', 'login name')
    .requiredOption('--name <display name>', 'the name shown to colleagues')
    .addOption(
      new Option('--role <role>', 'a role (repeat for several)')
        .choices([...roles])
        .argParser(collect)
        .makeOptionMandatory(),
    )
    .option('--municipality <number>', 'for a municipality contact: the partner municipality')
    .action(
      async (o: {
        centre: string;
        username: string;
        name: string;
        role: Role[];
        municipality?: string;
      }) =>
        withContext(async (ctx) => {
          const row = await ctx.database.db
            .selectFrom('centres')
            .select('id')
            .where('slug', '=', o.centre)
            .executeTakeFirst();
          if (!row) throw notFound();
          const created = await createStaff(ctx, system, {
            centreId: row.id,
            username: o.username.trim().toLowerCase(),
            displayName: o.name,
            roles: o.role,
            ...(o.municipality ? { municipalityNumber: o.municipality } : {}),
          });
          console.log(
            `Account "${o.username}" created. Activation code (valid 72 hours, shown once): ${created.activationCode}`,
          );
          console.log(
            'The person opens /aktiver in Havn, sets a password, and sets up an authenticator app at the first login.',
          );
        }),
    );
  user
    .command('deactivate')
    .description('Deactivate an account and end all its sessions')
    .requiredOption('--username <name>', 'login name')
    .action(async (o: { username: string }) =>
      withContext(async (ctx) => {
        const row = await staffByUsername(ctx.database.db, o.username);
        await deactivateStaff(ctx, system, row.id, row.version);
        console.log(`Account "${o.username}" deactivated; its sessions have ended.`);
      }),
    );
  user
    .command('reset-2fa')
    .description(
      'Remove the authenticator app and recovery codes; the person sets up a new app at the next login',
    )
    .requiredOption('--username <name>', 'login name')
    .action(async (o: { username: string }) =>
      withContext(async (ctx) => {
        const row = await staffByUsername(ctx.database.db, o.username);
        await resetSecondFactor(ctx, system, row.id, row.version);
        console.log(`Second factor of "${o.username}" removed; its sessions have ended.`);
      }),
    );
  user
    .command('reset-password')
    .description(
      'Replace a forgotten password with a one-time activation code; the second factor stays',
    )
    .requiredOption('--username <name>', 'login name')
    .action(async (o: { username: string }) =>
      withContext(async (ctx) => {
        const row = await staffByUsername(ctx.database.db, o.username);
        const reset = await resetPassword(ctx, system, row.id, row.version);
        console.log(
          `Password of "${o.username}" removed; its sessions have ended. Activation code (valid 72 hours, shown once): ${reset.activationCode}`,
        );
      }),
    );
}
