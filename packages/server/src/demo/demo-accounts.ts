import type { Role } from '@havn/domain';
import type { Db } from '../platform/db/database.ts';
import { demoAccounts, demoPassword, demoTotpSecret, demoUsername } from './demo-staff.ts';

/** One loaded demo centre and the demo accounts it still has, in the order of `demoAccounts`. */
export interface DemoCentreAccounts {
  slug: string;
  name: string;
  accounts: { username: string; role: Role }[];
}

/**
 * Every demo centre in the database with its demo accounts. An account someone renamed or that a
 * real centre happens to share a name with is not listed: only demo rows of demo centres are.
 */
export async function listDemoAccounts(db: Db): Promise<DemoCentreAccounts[]> {
  const rows = await db
    .selectFrom('staff_users')
    .innerJoin('centres', 'centres.id', 'staff_users.centre_id')
    .select(['centres.slug', 'centres.name', 'staff_users.username'])
    .where('staff_users.is_demo', '=', 1)
    .where('centres.is_demo', '=', 1)
    .orderBy('centres.name')
    .execute();
  const centres = new Map<string, { name: string; usernames: Set<string> }>();
  for (const row of rows) {
    const centre = centres.get(row.slug) ?? { name: row.name, usernames: new Set<string>() };
    centre.usernames.add(row.username);
    centres.set(row.slug, centre);
  }
  return [...centres].map(([slug, { name, usernames }]) => ({
    slug,
    name,
    accounts: demoAccounts
      .map(({ username, role }) => ({ username: demoUsername(slug, username), role }))
      .filter((account) => usernames.has(account.username)),
  }));
}

/**
 * How to log in to the demo, for the console: each centre's user names with their roles (the role
 * codes `havn user create --role` takes), then the password and second factor all of them share.
 */
export function demoLoginLines(centres: DemoCentreAccounts[]): string[] {
  const width = Math.max(0, ...centres.flatMap((c) => c.accounts.map((a) => a.username.length)));
  return [
    ...centres.flatMap((centre) => [
      `  Innlogging (demo) ved ${centre.name}: brukernavn og rolle`,
      ...centre.accounts.map((a) => `    ${a.username.padEnd(width)}  ${a.role}`),
    ]),
    `  Passord: ${demoPassword}   Tofaktor (TOTP-hemmelighet for autentiseringsappen): ${demoTotpSecret}`,
    '  Demokontoene finnes bare i demomodus og blir avvist når NODE_ENV=production.',
  ];
}
