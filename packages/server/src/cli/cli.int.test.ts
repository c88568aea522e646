import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropAuditGuard, freshDatabase, type TestDatabase } from '../../test/databases.ts';
import { havn as runHavn, startServer as startHavn } from '../../test/havn-process.ts';

let database: TestDatabase;

const havn = (args: string[], env: Record<string, string> = {}) => runHavn(database.url, args, env);
const startServer = () => startHavn(database.url);

beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(async () => database.close());

describe('havn CLI', () => {
  it('stops on bad configuration with one line per variable and no stack trace', () => {
    const result = havn(['migrate'], { HAVN_PORT: 'abc', HAVN_DEMO: 'maybe' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'havn: HAVN_PORT: expected a port number between 0 and 65535',
      'havn: HAVN_DEMO: expected 0 or 1',
    ]);
  });

  it.each([
    ['mysql://x', 'its scheme is none of these'],
    ['/proc/havn/havn.db', 'the directory of the SQLite file does not exist'],
    ['/proc/self/havn.db', 'Havn cannot create files'],
    ['/nonexistent-havn-dir/havn.db', 'the directory of the SQLite file does not exist'],
  ])('refuses to start on HAVN_DATABASE_URL=%s with one line naming the variable', (url, why) => {
    const result = runHavn(url, ['serve', '--port', '0']);
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^havn: HAVN_DATABASE_URL: /);
    expect(lines[0]).toContain(why);
    expect(result.stdout).toBe('');
  });

  // Eleven processes one after another: on a loaded machine that can pass the usual 30 s.
  it('has help on every command', { timeout: 120_000 }, () => {
    for (const command of [
      [],
      ['serve'],
      ['migrate'],
      ['upgrade'],
      ['doctor'],
      ['demo'],
      ['openapi'],
      ['audit', 'verify'],
      ['backup'],
      ['restore'],
    ]) {
      const result = havn([...command, '--help']);
      expect(result.status, command.join(' ')).toBe(0);
      expect(result.stdout).toMatch(/^Usage: havn/);
    }
  });

  it('adds a seed centre once, refuses it twice, and keeps an intact audit chain', async () => {
    expect(havn(['demo', '--centre', 'trondheim'])).toMatchObject({ status: 0 });
    const again = havn(['demo', '--centre', 'trondheim']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    const moss = havn(['demo', '--centre', 'moss']);
    expect(moss.status).toBe(0);
    // The new centre's own accounts, not Trondheim's, with the secrets they share.
    expect(moss.stdout).toContain(
      'Innlogging (demo) ved Krisesenteret i Moss: brukernavn og rolle',
    );
    expect(moss.stdout).toMatch(/^ {4}enhetsleder\.moss +unit_leader$/m);
    expect(moss.stdout).toMatch(/^ {4}nattevakt\.moss +night_watch$/m);
    expect(moss.stdout).not.toContain('trondheim');
    expect(moss.stdout).toContain('Passord: trygg-havn-demo');
    expect(moss.stdout).toContain('Tofaktor (TOTP-hemmelighet for autentiseringsappen):');

    const centres = await database.db
      .selectFrom('centres')
      .select(['slug', 'is_demo'])
      .orderBy('slug')
      .execute();
    expect(centres).toEqual([
      { slug: 'moss', is_demo: 1 },
      { slug: 'trondheim', is_demo: 1 },
    ]);
    const verify = havn(['audit', 'verify']);
    expect(verify.status).toBe(0);
    expect(verify.stdout).toMatch(/Audit chain intact: \d+ entries verified/);
  });

  it('refuses an unknown seed centre and demo data in production', () => {
    expect(havn(['demo', '--centre', 'oslo']).status).not.toBe(0);
    const production = havn(['demo', '--centre', 'moss'], {
      NODE_ENV: 'production',
      HAVN_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
    });
    expect(production.status).toBe(1);
    expect(production.stderr).toContain('refused when NODE_ENV=production');
  });

  it('makes audit verify fail and name the entry when the log was altered', async () => {
    havn(['demo', '--centre', 'moss']);
    havn(['demo', '--centre', 'bergen']);
    await dropAuditGuard(database);
    await database.db
      .updateTable('audit_entries')
      .set({ actor: 'someone' })
      .where('seq', '=', 1)
      .execute();
    const result = havn(['audit', 'verify']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Audit chain broken at entry 1 \(.+\): altered/);
  });

  // Six processes one after another, as above.
  it(
    'detects, with the hash a backup printed, that the newest entries were cut off',
    { timeout: 120_000 },
    async () => {
      havn(['demo', '--centre', 'moss']);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'havn-cli-'));
      const backup = havn(['backup', path.join(dir, 'havn.backup')]);
      fs.rmSync(dir, { recursive: true, force: true });
      expect(backup.status, backup.stderr).toBe(0);
      const kept = /newest #\d+ ([0-9a-f]{64})/.exec(backup.stdout)![1]!;
      expect(havn(['audit', 'verify', '--expect', kept])).toMatchObject({ status: 0 });

      await dropAuditGuard(database);
      const newestKept = await database.db
        .selectFrom('audit_entries')
        .select('seq')
        .where('hash', '=', kept)
        .executeTakeFirstOrThrow();
      await database.db
        .deleteFrom('audit_entries')
        .where('seq', '>', newestKept.seq - 3)
        .execute();
      // The shorter chain is whole in itself; only the kept hash shows its end is gone.
      expect(havn(['audit', 'verify'])).toMatchObject({ status: 0 });
      const cut = havn(['audit', 'verify', '--expect', kept]);
      expect(cut.status).toBe(1);
      expect(cut.stderr).toContain(`no entry has the expected hash ${kept}`);
      expect(havn(['audit', 'verify', '--expect', 'not-a-hash']).status).not.toBe(0);
    },
  );

  // Six process starts: room for a slow, shared machine (the timeout at the end).
  it('sets up a real centre and its first administrator, and recovers accounts', async () => {
    const centre = havn([
      'centre',
      'create',
      '--slug',
      'vest',
      '--name',
      'Krisesenteret i Vest',
      '--host',
      '4601',
      '--partner',
      '4627',
    ]);
    expect(centre).toMatchObject({ status: 0 });
    const created = havn([
      'user',
      'create',
      '--centre',
      'vest',
      '--username',
      'Leder',
      '--name',
      'Lise Leder',
      '--role',
      'unit_leader',
      '--role',
      'coordinator',
    ]);
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toMatch(
      /Activation code \(valid 72 hours, shown once\): [a-z2-9]{5}(-[a-z2-9]{5}){3}/,
    );
    const user = await database.db
      .selectFrom('staff_users')
      .selectAll()
      .where('username', '=', 'leder')
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toBeNull();
    const roles = await database.db
      .selectFrom('staff_roles')
      .select('role')
      .where('user_id', '=', user.id)
      .orderBy('role')
      .execute();
    expect(roles.map((r) => r.role)).toEqual(['coordinator', 'unit_leader']);

    expect(havn(['user', 'reset-2fa', '--username', 'leder'])).toMatchObject({ status: 0 });
    expect(havn(['user', 'reset-password', '--username', 'leder']).stdout).toMatch(
      /Activation code \(valid 72 hours, shown once\): [a-z2-9]{5}(-[a-z2-9]{5}){3}/,
    );
    expect(havn(['user', 'deactivate', '--username', 'leder'])).toMatchObject({ status: 0 });
    const after = await database.db
      .selectFrom('staff_users')
      .select(['active', 'version'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ active: 0, version: 4 });
    const missing = havn(['user', 'deactivate', '--username', 'nobody']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Not found');
  }, 120_000);

  it('serves with demo data on a new database and keeps the data across a restart', async () => {
    const first = await startServer();
    const health = await fetch(`${first.baseUrl}/api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    expect(first.output()).toContain('demodata lagt inn (bergen)');
    expect(first.output()).toContain('Innlogging (demo) ved Krisesenteret for Bergen og omegn');
    expect(first.output()).toMatch(/^ {4}enhetsleder +unit_leader$/m);
    first.child.kill('SIGINT');
    expect((await first.exited).code).toBe(0);

    const second = await startServer();
    expect(second.output()).not.toContain('demodata lagt inn');
    second.child.kill('SIGINT');
    await second.exited;
    const centres = await database.db.selectFrom('centres').select('slug').execute();
    expect(centres).toEqual([{ slug: 'bergen' }]);
  });
});
