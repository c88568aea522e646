import type { FastifyInstance, FastifyRequest } from 'fastify';
import { decide, type Action, type Actor } from '@havn/domain';
import { forbidden, unauthenticated } from '../http/errors.ts';

/**
 * Every API route declares who may call it: `{ access: 'public' }` for the few that need no login
 * (health, the OpenAPI document), otherwise `{ access: <action> }`. A route that declares nothing
 * stops the server at start — deny by default, and the authorization-matrix test sees every route.
 */
export type RouteAccess = 'public' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The logged-in staff member, or null. Set by the session layer before any handler runs. */
    actor: Actor | null;
  }
}

export class MissingAccessRule extends Error {
  constructor(method: string | string[], url: string) {
    super(`Route ${String(method)} ${url} declares no access rule (config.access)`);
    this.name = 'MissingAccessRule';
  }
}

/** The route's declared access rule, for the matrix test and for documentation. */
export function routeAccessOf(request: FastifyRequest): RouteAccess | undefined {
  return request.routeOptions.config.access;
}

export function registerRouteAccess(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    if (route.method === 'HEAD') return;
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (access === undefined) throw new MissingAccessRule(route.method, route.url);
  });
  // The first gate: the role may perform the route's action at all. Relations to the record
  // (primary contact, on shift, own municipality) are the service's second gate.
  app.addHook('preHandler', async (request) => {
    const access = routeAccessOf(request);
    if (access === undefined || access === 'public') return;
    const decision = decide(request.actor, access);
    if (decision.allowed) return;
    throw decision.reason === 'not_authenticated' ? unauthenticated() : forbidden();
  });
}
