import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const repoRoot = path.resolve(serverRoot, '../..');

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const demoCentres = ['bergen', 'trondheim', 'moss'] as const;

const flag = (fallback: '0' | '1') =>
  z
    .enum(['0', '1', 'true', 'false'], { error: 'expected 0 or 1' })
    .default(fallback)
    .transform((v) => v === '1' || v === 'true');

/**
 * The environment Havn reads, each variable with what it means. This schema is the documentation
 * in docs/operations.md; keep the two in step.
 */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HAVN_DATABASE_URL: z
    .string({ error: 'expected a file path, a sqlite: URL or a postgres:// URL' })
    .min(1, 'expected a file path, a sqlite: URL or a postgres:// URL')
    .default('data/havn.db'),
  HAVN_HOST: z.string().min(1, 'expected a host name or address to listen on').default('localhost'),
  HAVN_PORT: z.coerce
    .number({ error: 'expected a port number between 0 and 65535' })
    .int('expected a port number between 0 and 65535')
    .min(0, 'expected a port number between 0 and 65535')
    .max(65535, 'expected a port number between 0 and 65535')
    .default(3000),
  HAVN_DEMO: flag('1'),
  HAVN_DEMO_CENTRE: z
    .enum(demoCentres, { error: `expected one of ${demoCentres.join(', ')}` })
    .default('bergen'),
  HAVN_LOG_LEVEL: z
    .enum(logLevels, { error: `expected one of ${logLevels.join(', ')}` })
    .default('info'),
  HAVN_TRUST_PROXY: flag('0'),
  HAVN_WEB_DIR: z.string().min(1).default(path.join(repoRoot, 'packages/web/dist')),
});

export type DemoCentre = (typeof demoCentres)[number];
export type LogLevel = (typeof logLevels)[number];

export interface Config {
  readonly environment: 'development' | 'production' | 'test';
  readonly databaseUrl: string;
  readonly host: string;
  readonly port: number;
  /** Load demo data into a new, empty database at start. Never in production. */
  readonly demo: boolean;
  readonly demoCentre: DemoCentre;
  readonly logLevel: LogLevel;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* for protocol and client address. */
  readonly trustProxy: boolean;
  /** The built web app; served when present. */
  readonly webDir: string;
}

/** Thrown with every problem at once, one line per variable, for the CLI to print and exit. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment once, at start. Values of variables are not echoed back:
 * some of them (a database URL with a password) are secrets.
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) =>
      key.startsWith('HAVN_') || key === 'NODE_ENV' ? value !== '' : false,
    ),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) => `${String(issue.path[0] ?? 'environment')}: ${issue.message}`,
      ),
    );
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && env.HAVN_DEMO === '1') {
    throw new ConfigError(['HAVN_DEMO: demo data is refused when NODE_ENV=production']);
  }
  return Object.freeze({
    environment: e.NODE_ENV,
    databaseUrl: e.HAVN_DATABASE_URL,
    host: e.HAVN_HOST,
    port: e.HAVN_PORT,
    demo: e.NODE_ENV !== 'production' && e.HAVN_DEMO,
    demoCentre: e.HAVN_DEMO_CENTRE,
    logLevel: e.HAVN_LOG_LEVEL,
    trustProxy: e.HAVN_TRUST_PROXY,
    webDir: e.HAVN_WEB_DIR,
  });
}
