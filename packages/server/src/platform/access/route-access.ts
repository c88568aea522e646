import type { FastifyInstance, FastifyRequest } from 'fastify';
import { decide, type Action, type Actor } from '@havn/domain';
import type { AppContext } from '../context.ts';
import { appendAudit } from '../audit/audit.ts';
import { constantTimeEqual } from '../crypto/tokens.ts';
import {
  AccessRefusedError,
  AppError,
  forbidden,
  noSuchEndpoint,
  unauthenticated,
} from '../http/errors.ts';
import { scraperCheck } from '../metrics/scraper.ts';
import { logRefusedSpelling, pathOf, spellingProblems } from './canonical-path.ts';

/**
 * Every API route declares who may call it. A route that declares nothing stops the server at
 * start, and is refused if it is reached all the same — deny by default — and the
 * authorization-matrix test sees every route. Everything is decided on the matched route, never
 * on the URL as sent (see canonical-path.ts).
 * - `public`: no login (health, the OpenAPI document, the password step of login);
 * - `login_in_progress`: a session past the password, not yet past the second factor;
 * - `authenticated`: any staff member past both factors, for their own account (me, logout);
 * - `scraper`: a monitoring system, by its address or the metrics token (no session); anyone
 *   else gets the 404 of a route that does not exist;
 * - an `Action`: decided by `decide()` from the actor's roles and clearance.
 */
export type RouteAccess = 'public' | 'login_in_progress' | 'authenticated' | 'scraper' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The logged-in staff member past both factors, or null. */
    actor: Actor | null;
  }
}

export class MissingAccessRule extends Error {
  constructor(method: string | string[], url: string) {
    super(`Route ${String(method)} ${url} declares no access rule (config.access)`);
    this.name = 'MissingAccessRule';
  }
}

export function routeAccessOf(request: FastifyRequest): RouteAccess | undefined {
  return request.routeOptions.config.access;
}

/** Whether the matched route is one of the API's, by its template as registered. */
export function isApiRoute(request: FastifyRequest): boolean {
  return request.routeOptions.url?.startsWith('/api/') === true;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request must come from our own pages: its Origin, when the browser sends one,
 * is ours; and within a session it carries the session's CSRF token in `X-CSRF-Token`.
 */
function checkCsrf(request: FastifyRequest): void {
  if (safeMethods.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `${request.protocol}://${request.host}`) {
    throw new AppError('forbidden', 'Cross-site request refused');
  }
  if (request.session === null) return;
  const sent = request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !constantTimeEqual(sent, request.session.csrfToken)) {
    throw new AppError('forbidden', 'Missing or wrong CSRF token; reload the page');
  }
}

export function registerRouteAccess(app: FastifyInstance, ctx: AppContext): void {
  const mayScrape = scraperCheck(ctx.config.metrics);
  app.decorateRequest('actor', null);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.method === 'HEAD') return;
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (access === undefined) throw new MissingAccessRule(route.method, route.url);
  });

  // Before anything reads the request (session, CSRF, the gate below): the path sent is the
  // matched route's one spelling, and the route declares a rule. No route: the not-found handler.
  app.addHook('onRequest', async (request) => {
    const route = request.routeOptions.url;
    if (route === undefined) return;
    const problems = spellingProblems(pathOf(request.url), route);
    if (problems.length > 0) {
      logRefusedSpelling(request, problems, route);
      throw noSuchEndpoint();
    }
    if (routeAccessOf(request) === undefined) {
      request.log.error({ route }, 'route declares no access rule: refused');
      throw forbidden();
    }
  });

  // The first gate: the caller may use this route at all. Relations to the record (same centre,
  // primary contact, on shift) are the service's second gate. It runs before validation, so a
  // caller without access learns nothing about what a valid request looks like.
  app.addHook('preValidation', async (request) => {
    const access = routeAccessOf(request);
    // Only without a matched route; a route without a rule was refused on arrival.
    if (access === undefined) return;
    if (access === 'scraper') {
      if (!mayScrape(request)) throw noSuchEndpoint();
      return;
    }
    checkCsrf(request);
    if (access === 'public') return;
    if (access === 'login_in_progress') {
      if (request.session === null || request.session.mfaVerified) throw unauthenticated();
      return;
    }
    if (access === 'authenticated') {
      if (request.actor === null) throw unauthenticated();
      return;
    }
    const decision = decide(request.actor, access);
    if (decision.allowed) return;
    if (decision.reason === 'not_authenticated') throw unauthenticated();
    const actor = request.actor!;
    await ctx.database.db.transaction().execute((tx) =>
      appendAudit(tx, ctx.database.engine, ctx.clock, {
        centreId: actor.centreId,
        actor: actor.userId,
        verb: 'deny',
        action: access,
        outcome: 'denied',
        recordType: null,
        recordId: null,
        reason: decision.reason,
      }),
    );
    throw new AccessRefusedError('forbidden', decision.reason);
  });
}
