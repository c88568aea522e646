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

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ HAVN_PORT: '' }).port).toBe(3000);
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});
