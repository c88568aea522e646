import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Over TLS the session cookie is `__Host-` prefixed and Secure (bound to this origin, never sent
 * in clear); on plain HTTP — a developer's localhost — it cannot be, so it has a plain name.
 * HttpOnly and SameSite=Strict always. Behind a proxy, HAVN_TRUST_PROXY (the proxy's address) lets
 * the protocol through.
 */
export const sessionCookie = '__Host-havn_session';
export const plainSessionCookie = 'havn_session';

export function readSessionToken(request: FastifyRequest): string | undefined {
  return (
    request.cookies[sessionCookie] ??
    (request.protocol === 'https' ? undefined : request.cookies[plainSessionCookie])
  );
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxAgeMs: number,
): void {
  const secure = request.protocol === 'https';
  reply.setCookie(secure ? sessionCookie : plainSessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure,
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  const secure = request.protocol === 'https';
  reply.clearCookie(secure ? sessionCookie : plainSessionCookie, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure,
  });
}
