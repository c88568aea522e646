import { hkdfSync } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { databaseLocationProblem, databaseUrlHelp } from './database-location.ts';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const repoRoot = path.resolve(serverRoot, '../..');

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const demoCentres = ['bergen', 'trondheim', 'moss'] as const;

const flag = (fallback: '0' | '1') =>
  z
    .enum(['0', '1', 'true', 'false'], { error: 'expected 0 or 1' })
    .default(fallback)
    .transform((v) => v === '1' || v === 'true');

const minutes = (fallback: number) =>
  z.coerce
    .number({ error: 'expected a whole number of minutes between 1 and 1440' })
    .int('expected a whole number of minutes between 1 and 1440')
    .min(1, 'expected a whole number of minutes between 1 and 1440')
    .max(1440, 'expected a whole number of minutes between 1 and 1440')
    .default(fallback);

/** proxy-addr's names for the ranges a proxy on the same host or network has. */
const proxyRangeNames = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * Why one entry of HAVN_TRUST_PROXY is not a proxy's address or range, or null when it is. The
 * entry is named by its place, since no value is echoed.
 */
function proxyEntryProblem(entry: string, index: number): string | null {
  if (proxyRangeNames.includes(entry)) return null;
  const which = `entry ${index + 1}`;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return `${which} is not an IP address or a range`;
  if (prefix === undefined) return null;
  const bits = family === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > bits)
    return `${which} has no prefix length between 1 and ${bits}`;
  if (Number(prefix) === 0) return `${which} would trust every address`;
  return null;
}

const trustProxyHelp =
  'give the address(es) or range(s) of the TLS-terminating proxy, comma-separated ' +
  '(e.g. 127.0.0.1, 10.0.0.0/8, loopback), or 0 for none';

/**
 * Whose X-Forwarded-* headers are believed. Trusting every hop (the old `1`) let any client name
 * its own address to the per-address login limit, so only the proxy's own address counts: the
 * client's address is then the last one in X-Forwarded-For that no trusted proxy added.
 */
const trustedProxies = z
  .string()
  .default('0')
  .transform((value, context) => {
    if (value === '0' || value === 'false') return [];
    if (value === '1' || value === 'true') {
      context.addIssue({
        code: 'custom',
        message: `trusting every hop lets a client choose its own address; ${trustProxyHelp}`,
      });
      return z.NEVER;
    }
    const entries = value.split(',').map((entry) => entry.trim());
    const problems = entries.map(proxyEntryProblem).filter((p) => p !== null);
    for (const problem of problems)
      context.addIssue({ code: 'custom', message: `${problem}; ${trustProxyHelp}` });
    return problems.length > 0 ? z.NEVER : entries;
  });

/** HAVN_METRICS_ALLOW: addresses or ranges (CIDR) a Prometheus scraper may read the metrics from. */
const metricsRanges = z
  .string()
  .default('')
  .transform((value, context) => {
    if (value.trim() === '') return [];
    const entries = value.split(',').map((entry) => entry.trim());
    for (const [index, entry] of entries.entries()) {
      const problem = proxyRangeNames.includes(entry)
        ? `entry ${index + 1} is not an IP address or a range`
        : proxyEntryProblem(entry, index);
      if (problem)
        context.addIssue({
          code: 'custom',
          message: `${problem}; give addresses or ranges, e.g. 10.1.2.3, 192.168.0.0/24`,
        });
    }
    return entries;
  });

const key32 = () =>
  z
    .string()
    .refine(
      (v) => Buffer.from(v, 'base64').length === 32,
      'expected 32 random bytes in base64 (openssl rand -base64 32)',
    )
    .optional();

/**
 * The audit chain's key when HAVN_AUDIT_KEY is not set: derived from the encryption key (HKDF,
 * so the encryption key itself never doubles as a MAC key). An upgraded installation gets a keyed
 * chain without a new secret to keep, and the key lives wherever the encryption key lives —
 * outside the database. A separate HAVN_AUDIT_KEY is for when the chain must be verifiable by
 * someone who must not hold the encryption key.
 */
const derivedAuditKey = (encryptionKey: Buffer): Buffer =>
  Buffer.from(hkdfSync('sha256', encryptionKey, Buffer.alloc(0), 'havn audit chain v1', 32));

/**
 * A fixed key for development and demo databases only, so that they survive a restart. Production
 * refuses to start without a key of its own.
 */
const developmentKey = Buffer.from('havn-development-key-not-secret!').toString('base64');

const defaultDatabaseUrl = 'data/havn.db';

/**
 * The environment Havn reads, each variable with what it means. This schema is the documentation
 * in docs/operations.md; keep the two in step.
 */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HAVN_DATABASE_URL: z
    .string({ error: databaseUrlHelp })
    .min(1, databaseUrlHelp)
    .default(defaultDatabaseUrl),
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
  HAVN_TRUST_PROXY: trustedProxies,
  HAVN_WEB_DIR: z.string().min(1).default(path.join(repoRoot, 'packages/web/dist')),
  HAVN_ENCRYPTION_KEY: key32(),
  HAVN_AUDIT_KEY: key32(),
  HAVN_BACKUP_KEY: key32(),
  HAVN_BACKUP_DIR: z.string().min(1).default('data/backups'),
  HAVN_SESSION_IDLE_MINUTES: minutes(30),
  HAVN_SESSION_MAX_HOURS: z.coerce
    .number({ error: 'expected a number of hours between 1 and 24' })
    .min(1, 'expected a number of hours between 1 and 24')
    .max(24, 'expected a number of hours between 1 and 24')
    .default(12),
  HAVN_BREAK_GLASS_MINUTES: minutes(60),
  HAVN_METRICS_ALLOW: metricsRanges,
  HAVN_METRICS_TOKEN: z
    .string()
    .min(32, 'expected at least 32 random characters (openssl rand -base64 32)')
    .optional(),
  HAVN_OIDC_ISSUER: z
    .url({ error: 'expected the identity provider URL, e.g. https://login.example.no' })
    .optional(),
  HAVN_OIDC_CLIENT_ID: z.string().min(1).optional(),
  HAVN_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  HAVN_OIDC_REDIRECT_URL: z
    .url({
      error: 'expected the full callback URL, e.g. https://havn.example.no/api/auth/oidc/callback',
    })
    .optional(),
  HAVN_OIDC_USERNAME_CLAIM: z.string().min(1).default('preferred_username'),
  HAVN_OIDC_LABEL: z.string().min(1).max(60).default('kommunens pålogging'),
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
  /**
   * The TLS-terminating proxy's addresses or ranges (proxy-addr's syntax): only from these are
   * X-Forwarded-* believed, for the protocol and the client's address. Empty: none.
   */
  readonly trustedProxies: readonly string[];
  /** A proxy is configured, so TLS is in front of us: HSTS and upgrade-insecure-requests. */
  readonly behindTls: boolean;
  /** The built web app; served when present. */
  readonly webDir: string;
  /** AES-256-GCM key for the sealed fields (TOTP secrets, addresses, free text about people). */
  readonly encryptionKey: Buffer;
  /** HMAC-SHA-256 key of the audit chain: HAVN_AUDIT_KEY, else derived from the encryption key. */
  readonly auditKey: Buffer;
  /** AES-256-GCM key of `havn backup --encrypt`; null when HAVN_BACKUP_KEY is not set. */
  readonly backupKey: Buffer | null;
  /** Where `havn backup` and `havn upgrade` write backups when given no other place. */
  readonly backupDir: string;
  readonly sessionIdleMs: number;
  readonly sessionMaxMs: number;
  readonly breakGlassMs: number;
  /** Login through the municipality's identity provider; null when not configured. */
  readonly oidc: OidcConfig | null;
  readonly metrics: MetricsAccess;
}

/** Who may read /api/metrics: nobody unless one of the two is set. */
export interface MetricsAccess {
  readonly allow: readonly string[];
  readonly token: string | null;
}

export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string | null;
  readonly redirectUrl: string;
  readonly usernameClaim: string;
  readonly label: string;
  /** Plain-HTTP providers are for tests and development only. */
  readonly allowHttp: boolean;
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
  const production = e.NODE_ENV === 'production';
  const problems: string[] = [
    ...(production && env.HAVN_DEMO === '1'
      ? ['HAVN_DEMO: demo data is refused when NODE_ENV=production']
      : []),
    ...(production && !e.HAVN_ENCRYPTION_KEY
      ? ['HAVN_ENCRYPTION_KEY: required when NODE_ENV=production (openssl rand -base64 32)']
      : []),
  ];
  const oidcParts = [e.HAVN_OIDC_ISSUER, e.HAVN_OIDC_CLIENT_ID, e.HAVN_OIDC_REDIRECT_URL];
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
    problems.push(
      'HAVN_OIDC_ISSUER: OIDC needs HAVN_OIDC_ISSUER, HAVN_OIDC_CLIENT_ID and HAVN_OIDC_REDIRECT_URL together',
    );
  }
  const databaseProblem = databaseLocationProblem(
    e.HAVN_DATABASE_URL,
    e.HAVN_DATABASE_URL === defaultDatabaseUrl,
  );
  if (databaseProblem) problems.push(`HAVN_DATABASE_URL: ${databaseProblem}`);
  // Whoever holds a backup and its key must not hold the sealed fields' key with them.
  if (e.HAVN_BACKUP_KEY && [e.HAVN_ENCRYPTION_KEY, e.HAVN_AUDIT_KEY].includes(e.HAVN_BACKUP_KEY)) {
    problems.push(
      'HAVN_BACKUP_KEY: must be a key of its own, not HAVN_ENCRYPTION_KEY or HAVN_AUDIT_KEY (openssl rand -base64 32)',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const encryptionKey = Buffer.from(e.HAVN_ENCRYPTION_KEY ?? developmentKey, 'base64');
  return Object.freeze({
    environment: e.NODE_ENV,
    databaseUrl: e.HAVN_DATABASE_URL,
    host: e.HAVN_HOST,
    port: e.HAVN_PORT,
    demo: !production && e.HAVN_DEMO,
    demoCentre: e.HAVN_DEMO_CENTRE,
    logLevel: e.HAVN_LOG_LEVEL,
    trustedProxies: Object.freeze(e.HAVN_TRUST_PROXY),
    behindTls: e.HAVN_TRUST_PROXY.length > 0,
    webDir: e.HAVN_WEB_DIR,
    encryptionKey,
    auditKey: e.HAVN_AUDIT_KEY
      ? Buffer.from(e.HAVN_AUDIT_KEY, 'base64')
      : derivedAuditKey(encryptionKey),
    backupKey: e.HAVN_BACKUP_KEY ? Buffer.from(e.HAVN_BACKUP_KEY, 'base64') : null,
    backupDir: e.HAVN_BACKUP_DIR,
    sessionIdleMs: e.HAVN_SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.HAVN_SESSION_MAX_HOURS * 3_600_000,
    breakGlassMs: e.HAVN_BREAK_GLASS_MINUTES * 60_000,
    metrics: Object.freeze({
      allow: Object.freeze(e.HAVN_METRICS_ALLOW),
      token: e.HAVN_METRICS_TOKEN ?? null,
    }),
    oidc:
      e.HAVN_OIDC_ISSUER && e.HAVN_OIDC_CLIENT_ID && e.HAVN_OIDC_REDIRECT_URL
        ? Object.freeze({
            issuer: e.HAVN_OIDC_ISSUER,
            clientId: e.HAVN_OIDC_CLIENT_ID,
            clientSecret: e.HAVN_OIDC_CLIENT_SECRET ?? null,
            redirectUrl: e.HAVN_OIDC_REDIRECT_URL,
            usernameClaim: e.HAVN_OIDC_USERNAME_CLAIM,
            label: e.HAVN_OIDC_LABEL,
            allowHttp: !production,
          })
        : null,
  });
}
