import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('loadConfig', () => {
  it('starts on SQLite in ./data with demo data on port 3000 when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: 'data/havn.db',
      port: 3000,
      demo: true,
      demoCentre: 'bergen',
    });
  });

  it('names every bad variable on a line of its own, with what is expected', () => {
    const problems = problemsOf({ HAVN_PORT: 'abc', HAVN_DEMO: 'maybe', HAVN_LOG_LEVEL: 'loud' });
    expect(problems).toHaveLength(3);
    expect(problems).toContain('HAVN_PORT: expected a port number between 0 and 65535');
    expect(problems).toContain('HAVN_DEMO: expected 0 or 1');
    expect(problems.find((p) => p.startsWith('HAVN_LOG_LEVEL:'))).toMatch(
      /expected one of fatal, error/,
    );
  });

  it('refuses a port out of range', () => {
    expect(problemsOf({ HAVN_PORT: '70000' })).toEqual([
      'HAVN_PORT: expected a port number between 0 and 65535',
    ]);
  });

  it('never echoes a value back, since a database URL can hold a password', () => {
    const problems = problemsOf({ HAVN_DEMO_CENTRE: 'secret-value-123' });
    expect(problems.join('\n')).not.toContain('secret-value-123');
  });

  const key = Buffer.alloc(32, 7).toString('base64');

  it('turns demo data off in production, and refuses it when asked for explicitly', () => {
    expect(loadConfig({ NODE_ENV: 'production', HAVN_ENCRYPTION_KEY: key }).demo).toBe(false);
    expect(
      problemsOf({ NODE_ENV: 'production', HAVN_DEMO: '1', HAVN_ENCRYPTION_KEY: key }),
    ).toEqual(['HAVN_DEMO: demo data is refused when NODE_ENV=production']);
  });

  it('requires an encryption key of 32 bytes in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'HAVN_ENCRYPTION_KEY: required when NODE_ENV=production (openssl rand -base64 32)',
    ]);
    expect(problemsOf({ HAVN_ENCRYPTION_KEY: 'c2hvcnQ=' })).toEqual([
      'HAVN_ENCRYPTION_KEY: expected 32 random bytes in base64 (openssl rand -base64 32)',
    ]);
  });

  it('keys the audit chain with HAVN_AUDIT_KEY, else with a key derived from the encryption key', () => {
    const other = Buffer.alloc(32, 9).toString('base64');
    const derived = loadConfig({ HAVN_ENCRYPTION_KEY: key }).auditKey;
    expect(derived).toHaveLength(32);
    // Derived, not the encryption key itself doubling as a MAC key; and stable across starts.
    expect(derived.equals(Buffer.from(key, 'base64'))).toBe(false);
    expect(derived.equals(loadConfig({ HAVN_ENCRYPTION_KEY: key }).auditKey)).toBe(true);
    expect(loadConfig({ HAVN_ENCRYPTION_KEY: other }).auditKey.equals(derived)).toBe(false);
    expect(loadConfig({ HAVN_ENCRYPTION_KEY: key, HAVN_AUDIT_KEY: other }).auditKey).toEqual(
      Buffer.from(other, 'base64'),
    );
    expect(problemsOf({ HAVN_AUDIT_KEY: 'c2hvcnQ=' })).toEqual([
      'HAVN_AUDIT_KEY: expected 32 random bytes in base64 (openssl rand -base64 32)',
    ]);
  });

  it('reads session limits in minutes and hours', () => {
    const config = loadConfig({ HAVN_SESSION_IDLE_MINUTES: '15', HAVN_SESSION_MAX_HOURS: '8' });
    expect(config.sessionIdleMs).toBe(15 * 60_000);
    expect(config.sessionMaxMs).toBe(8 * 3_600_000);
  });

  it('trusts X-Forwarded-* only from the proxy addresses or ranges given, and then sends HSTS', () => {
    expect(loadConfig({})).toMatchObject({ trustedProxies: [], behindTls: false });
    expect(loadConfig({ HAVN_TRUST_PROXY: '0' })).toMatchObject({ behindTls: false });
    expect(loadConfig({ HAVN_TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1,loopback' })).toMatchObject({
      trustedProxies: ['10.0.0.5', '10.1.0.0/16', '::1', 'loopback'],
      behindTls: true,
    });
  });

  it('refuses to trust every hop, and names what it expects instead', () => {
    for (const value of ['1', 'true']) {
      expect(problemsOf({ HAVN_TRUST_PROXY: value })).toEqual([
        expect.stringMatching(
          /^HAVN_TRUST_PROXY: trusting every hop lets a client choose its own address; give the address\(es\) or range\(s\) of the TLS-terminating proxy/,
        ),
      ]);
    }
  });

  it.each([
    ['proxy.example', 'is not an IP address or a range'],
    ['10.0.0.0/33', 'has no prefix length between 1 and 32'],
    ['fd00::/129', 'has no prefix length between 1 and 128'],
    ['10.0.0.0/x', 'has no prefix length between 1 and 32'],
    ['0.0.0.0/0', 'would trust every address'],
    ['::/0', 'would trust every address'],
    ['10.0.0.1/8/8', 'is not an IP address or a range'],
    ['', 'is not an IP address or a range'],
  ])('refuses HAVN_TRUST_PROXY=127.0.0.1,%s: its entry 2 %s', (value, problem) => {
    const problems = problemsOf({ HAVN_TRUST_PROXY: `127.0.0.1,${value}` });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^HAVN_TRUST_PROXY: entry 2 ${problem}; give`));
    if (value) expect(problems[0]).not.toContain(value);
  });

  describe('HAVN_DATABASE_URL', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'havn-config-'));
    const expects = 'expected a file path, a sqlite: URL or a postgres:// URL';

    it.each([
      ['an unknown scheme', 'mysql://x', `${expects}; its scheme is none of these`],
      ['a file URL', 'file:havn.db', `${expects}; its scheme is none of these`],
      [
        'a path under /proc',
        '/proc/havn/havn.db',
        'the directory of the SQLite file does not exist; create it (or correct the path), then start again',
      ],
      [
        'a directory of /proc',
        '/proc/self/havn.db',
        "Havn cannot create files in the SQLite file's directory; expected a writable directory on a disk (not /proc or /sys)",
      ],
      [
        'a directory that does not exist',
        path.join(dir, 'typo', 'havn.db'),
        'the directory of the SQLite file does not exist; create it (or correct the path), then start again',
      ],
      ['a directory in place of the file', dir, `names something other than a file; ${expects}`],
    ])('refuses %s with one line naming the variable', (_, url, problem) => {
      expect(problemsOf({ HAVN_DATABASE_URL: url })).toEqual([`HAVN_DATABASE_URL: ${problem}`]);
      expect(fs.existsSync('mysql:')).toBe(false);
    });

    it.each([
      path.join(dir, 'havn.db'),
      `sqlite:${path.join(dir, 'havn.db')}`,
      ':memory:',
      'postgres://havn@db.example:5432/havn',
      'postgresql://havn@db.example/havn',
    ])('accepts %s', (url) => {
      expect(loadConfig({ HAVN_DATABASE_URL: url }).databaseUrl).toBe(url);
    });
  });

  it('takes a backup key of its own, never the sealing or audit key', () => {
    const backup = Buffer.alloc(32, 3).toString('base64');
    expect(loadConfig({}).backupKey).toBeNull();
    expect(loadConfig({ HAVN_BACKUP_KEY: backup }).backupKey).toEqual(
      Buffer.from(backup, 'base64'),
    );
    expect(problemsOf({ HAVN_BACKUP_KEY: 'c2hvcnQ=' })).toEqual([
      'HAVN_BACKUP_KEY: expected 32 random bytes in base64 (openssl rand -base64 32)',
    ]);
    expect(problemsOf({ HAVN_ENCRYPTION_KEY: key, HAVN_BACKUP_KEY: key })).toEqual([
      'HAVN_BACKUP_KEY: must be a key of its own, not HAVN_ENCRYPTION_KEY or HAVN_AUDIT_KEY (openssl rand -base64 32)',
    ]);
  });

  it('reads who may scrape the metrics: addresses or ranges, and a token long enough', () => {
    expect(loadConfig({}).metrics).toEqual({ allow: [], token: null });
    const token = 'x'.repeat(32);
    expect(
      loadConfig({ HAVN_METRICS_ALLOW: '10.0.0.5, 10.1.0.0/16', HAVN_METRICS_TOKEN: token })
        .metrics,
    ).toEqual({ allow: ['10.0.0.5', '10.1.0.0/16'], token });
    expect(problemsOf({ HAVN_METRICS_ALLOW: '10.0.0.5,loopback' })).toEqual([
      expect.stringMatching(/^HAVN_METRICS_ALLOW: entry 2 is not an IP address or a range; give/),
    ]);
    expect(problemsOf({ HAVN_METRICS_TOKEN: 'short' })).toEqual([
      expect.stringMatching(/^HAVN_METRICS_TOKEN: expected at least 32 random characters/),
    ]);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ HAVN_PORT: '' }).port).toBe(3000);
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});
