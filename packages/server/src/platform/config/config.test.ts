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

  it('turns demo data off in production, and refuses it when asked for explicitly', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(problemsOf({ NODE_ENV: 'production', HAVN_DEMO: '1' })).toEqual([
      'HAVN_DEMO: demo data is refused when NODE_ENV=production',
    ]);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ HAVN_PORT: '' }).port).toBe(3000);
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});
