import type { FastifyInstance, FastifyRequest } from 'fastify';
import client from 'prom-client';
import type pg from 'pg';

/**
 * What Havn tells a Prometheus scraper, in one registry per process. Every label is a category
 * the code names (a route as registered, a status, a login step), never a value from a request:
 * no URL as sent, no id, no user name, no address — so nothing in here is personal data, and a
 * label cannot grow with the number of people in the database.
 */
export const registry = new client.Registry();

const requests = new client.Counter({
  name: 'havn_http_requests_total',
  help: 'Requests answered, by method, route template as registered and status',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
});

const requestSeconds = new client.Histogram({
  name: 'havn_http_request_duration_seconds',
  help: 'Time from a request arriving to its answer being sent, by method and route template',
  labelNames: ['method', 'route'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

const connectionWaitSeconds = new client.Histogram({
  name: 'havn_db_connection_wait_seconds',
  help:
    "Time a query or transaction waited for a database connection: PostgreSQL's pool, or " +
    "SQLite's one connection (the write lock, within this process)",
  labelNames: ['engine'] as const,
  buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
  registers: [registry],
});

const sqliteBusy = new client.Counter({
  name: 'havn_sqlite_busy_total',
  help: 'Statements that failed with SQLITE_BUSY: another process held the write lock past the busy timeout',
  registers: [registry],
});

/** The PostgreSQL pools open in this process (one for a server; tests open more). */
const pools = new Set<pg.Pool>();

new client.Gauge({
  name: 'havn_db_pool_connections',
  help: 'PostgreSQL pool connections: open (total), idle, and requests waiting for one',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    const sum = (of: (pool: pg.Pool) => number) => [...pools].reduce((n, p) => n + of(p), 0);
    this.set(
      { state: 'total' },
      sum((p) => p.totalCount),
    );
    this.set(
      { state: 'idle' },
      sum((p) => p.idleCount),
    );
    this.set(
      { state: 'waiting' },
      sum((p) => p.waitingCount),
    );
  },
});

const auditBatch = new client.Histogram({
  name: 'havn_audit_append_batch_entries',
  help: 'Audit entries appended together under one lock of the chain',
  buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000],
  registers: [registry],
});

/** The steps of a login that can fail, as the identity module names them. */
export type LoginStep = 'password' | 'second_factor' | 'identity_provider' | 'change_password';

const loginFailures = new client.Counter({
  name: 'havn_login_failures_total',
  help: 'Failed login steps: a wrong password or code, or an identity provider name without an account',
  labelNames: ['step'] as const,
  registers: [registry],
});

const lockouts = new client.Counter({
  name: 'havn_login_lockouts_total',
  help:
    'Login attempts refused unchecked because a counter must wait, by the counter that said so ' +
    '(account, address, factor, factor-address)',
  labelNames: ['counter'] as const,
  registers: [registry],
});

let defaultMetricsStarted = false;

/** Memory, CPU, event-loop lag and the like: prom-client's own, once per process. */
function startDefaultMetrics(): void {
  if (defaultMetricsStarted) return;
  defaultMetricsStarted = true;
  client.collectDefaultMetrics({ register: registry });
}

const knownMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * The route a request matched, as registered (`/api/people/:id`), never the URL it was sent to.
 * The web app's files count as one route; a request no route matched as another.
 */
function routeLabel(request: FastifyRequest): string {
  const route = request.routeOptions.url;
  if (route === undefined) return 'unmatched';
  return route.startsWith('/api/') ? route : 'web';
}

/** Counts and times every answer the app sends. */
export function registerRequestMetrics(app: FastifyInstance): void {
  startDefaultMetrics();
  app.addHook('onResponse', async (request, reply) => {
    const method = knownMethods.has(request.method) ? request.method : 'other';
    const route = routeLabel(request);
    requests.inc({ method, route, status: String(reply.statusCode) });
    requestSeconds.observe({ method, route }, reply.elapsedTime / 1000);
  });
}

export const metrics = {
  /** Starts the clock on a wait for a connection; call the result once it is there. */
  connectionWait: (engine: 'sqlite' | 'postgres') => connectionWaitSeconds.startTimer({ engine }),
  sqliteBusy: () => sqliteBusy.inc(),
  /** Counts a pool's connections until the returned function is called (when it closes). */
  watchPool(pool: pg.Pool): () => void {
    pools.add(pool);
    return () => pools.delete(pool);
  },
  auditBatch: (entries: number) => auditBatch.observe(entries),
  loginFailure: (step: LoginStep) => loginFailures.inc({ step }),
  lockout: (counter: string) => lockouts.inc({ counter }),
};
