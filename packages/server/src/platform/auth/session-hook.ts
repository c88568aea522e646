import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { localDate } from '@havn/domain';
import { isApiRoute } from '../access/route-access.ts';
import type { AppContext } from '../context.ts';
import { readSessionToken } from './cookies.ts';
import { resolveSession, type SessionView } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The session the cookie names, past the password step at least; null without one. */
    session: SessionView | null;
  }
}

/** Before any API handler: who is calling, from the session cookie. */
export async function registerSessions(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('session', null);
  const policy = { idleMs: ctx.config.sessionIdleMs, absoluteMs: ctx.config.sessionMaxMs };
  app.addHook('onRequest', async (request) => {
    if (!isApiRoute(request)) return;
    const token = readSessionToken(request);
    if (!token) return;
    const now = ctx.clock.now();
    const resolved = await resolveSession(ctx.database.db, token, now, policy, localDate(now));
    if (!resolved) return;
    request.session = resolved.session;
    request.actor = resolved.actor;
  });
}
