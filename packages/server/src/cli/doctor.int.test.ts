import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emptyDatabase,
  freshDatabase,
  migrateTo,
  testEngine,
  type TestDatabase,
} from '../../test/databases.ts';
import { havn } from '../../test/havn-process.ts';
import { openDatabase } from '../platform/db/database.ts';

let database: TestDatabase;
let dir: string;
let healthy: Record<string, string>;
const cleanups: (() => Promise<void>)[] = [];

beforeEach(async () => {
  database = await freshDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'havn-doctor-'));
  fs.mkdirSync(path.join(dir, 'web'));
  fs.writeFileSync(path.join(dir, 'web', 'index.html'), '<!doctype html>');
  // The host's word on NTP, as systemd's timedatectl gives it: what doctor has to go on beside SQLite.
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.writeFileSync(
    path.join(dir, 'bin', 'timedatectl'),
    '#!/bin/sh\necho "${NTP_SYNCHRONIZED:-yes}"\n',
    {
      mode: 0o755,
    },
  );
  healthy = {
    PATH: `${path.join(dir, 'bin')}:${process.env.PATH ?? ''}`,
    HAVN_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
    HAVN_BACKUP_KEY: Buffer.alloc(32, 2).toString('base64'),
    HAVN_WEB_DIR: path.join(dir, 'web'),
    HAVN_BACKUP_DIR: path.join(dir, 'backups'),
  };
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** `havn doctor` as an operator runs it: its lines by check, and whether it exited 1. */
function doctor(url: string, env: Record<string, string> = {}) {
  const result = havn(url, ['doctor'], { ...healthy, ...env });
  const lines = result.stdout.trim().split('\n');
  const line = (check: string) => lines.find((l) => new RegExp(`^\\S+ +${check} `).test(l)) ?? '';
  const failed = lines.filter((l) => l.startsWith('FAIL'));
  return { status: result.status, lines, line, failed, stderr: result.stderr };
}

describe('havn doctor', () => {
  it('says OK to a set-up with nothing wrong, one line per check', () => {
    const report = doctor(database.url);
    expect(report.stderr).toBe('');
    expect(report.failed).toEqual([]);
    expect(report.status).toBe(0);
    for (const check of [
      'encryption key',
      'audit key',
      'backup key',
      'database',
      'migrations',
      'web app',
      'backups',
    ]) {
      expect(report.line(check)).toMatch(/^OK /);
    }
    expect(report.line('migrations')).toMatch(/all \d+ applied/);
    expect(report.line('backup key')).toMatch(
      /HAVN_BACKUP_KEY is set, 32 bytes \(key id [0-9a-f]{16}\)$/,
    );
    expect(report.line('clock')).toMatch(
      testEngine === 'postgres'
        ? /^OK +clock +within \d+\.\d s of the database server's$/
        : /^OK +clock +synchronised with NTP \(timedatectl\)$/,
    );
  });

  // PostgreSQL's clock is a second opinion; SQLite has none, so the host's NTP state is what counts.
  it.runIf(testEngine === 'sqlite')('finds a host whose clock NTP does not keep', () => {
    const report = doctor(database.url, { NTP_SYNCHRONIZED: 'no' });
    expect(report.status).toBe(1);
    expect(report.failed).toEqual([
      expect.stringMatching(
        /^FAIL +clock +not synchronised with NTP \(timedatectl\): TOTP codes fail/,
      ),
    ]);
  });

  it('finds an unmigrated database and lists the pending migrations', async () => {
    const target = await emptyDatabase();
    cleanups.push(target.drop);
    const handle = openDatabase(target.url);
    await migrateTo(handle.db, '0020_attempts_counted_first');
    await handle.close();
    const report = doctor(target.url);
    expect(report.status).toBe(1);
    expect(report.line('migrations')).toMatch(
      /^FAIL +migrations +\d+ pending \(0021_address_access_grants, 0023_break_glass_reason_sealed, 0024_keyed_audit_chain.*\): run havn upgrade$/,
    );
  });

  it('finds a missing backup key and a short encryption key, and still checks the rest', () => {
    const report = doctor(database.url, { HAVN_BACKUP_KEY: '', HAVN_ENCRYPTION_KEY: 'c2hvcnQ=' });
    expect(report.status).toBe(1);
    expect(report.failed).toEqual([
      expect.stringMatching(
        /^FAIL +encryption key +HAVN_ENCRYPTION_KEY: expected 32 random bytes in base64/,
      ),
      expect.stringMatching(
        /^FAIL +backup key +HAVN_BACKUP_KEY is not set: havn backup --encrypt refuses/,
      ),
    ]);
    expect(report.line('database')).toMatch(/^OK /);
  });

  it('finds a web app that was not built', () => {
    const report = doctor(database.url, { HAVN_WEB_DIR: path.join(dir, 'no-web') });
    expect(report.status).toBe(1);
    expect(report.failed).toEqual([
      expect.stringMatching(
        /^FAIL +web app +no built web app in HAVN_WEB_DIR .*: run npm run build -w @havn\/web/,
      ),
    ]);
  });

  it('finds a database that does not answer', () => {
    const unreachable = 'postgres://havn@127.0.0.1:1/havn';
    const notADatabase = path.join(dir, 'havn.db');
    fs.writeFileSync(
      notADatabase,
      'this is not a SQLite database, but it is long enough to be read as one',
    );
    const report = doctor(testEngine === 'postgres' ? unreachable : notADatabase);
    expect(report.status).toBe(1);
    expect(report.line('database')).toMatch(
      /^FAIL +database +the database HAVN_DATABASE_URL names does not answer \(.+\); check that it runs/,
    );
    expect(report.line('migrations')).toBe('');
  });

  it('finds a backup directory Havn cannot write in', () => {
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, '');
    const report = doctor(database.url, { HAVN_BACKUP_DIR: path.join(file, 'backups') });
    expect(report.status).toBe(1);
    expect(report.failed).toEqual([
      expect.stringMatching(/^FAIL +backups +Havn cannot write in HAVN_BACKUP_DIR/),
    ]);
  });
});
