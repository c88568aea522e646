import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { permittedActions } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import { clearSessionCookie, setSessionCookie } from '../../platform/auth/cookies.ts';
import { endAllSessions, endSession } from '../../platform/auth/sessions.ts';
import { OidcLogin } from '../../platform/auth/oidc.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { notFound, unauthenticated } from '../../platform/http/errors.ts';
import { listDemoAccounts } from '../../demo/demo-accounts.ts';
import { demoPassword, demoTotpSecret } from '../../demo/demo-staff.ts';
import {
  activateBody,
  changePasswordBody,
  demoInfoResponse,
  enrolmentConfirmBody,
  enrolmentResponse,
  loginBody,
  loginResponse,
  meResponse,
  noContent,
  oidcCallbackQuery,
  providersResponse,
  recoveryCodesResponse,
  secondFactorBody,
} from './schema.ts';
import { ChecksInFlight } from './attempts.ts';
import { activateAccount } from './activation.ts';
import { changePassword } from './change-password.ts';
import { confirmEnrolment, startEnrolment } from './enrolment.ts';
import { loginWithIdentityProvider, loginWithPassword } from './login.ts';
import { completeLogin } from './second-factor.ts';

const tags = ['identity'];
const oidcStartPath = '/api/auth/oidc';
const oidcCookie = 'havn_oidc';

/** Login in two steps, second-factor enrolment, activation, logout — for the person's own account. */
export function identityRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const { db } = ctx.database;
  const cookieAge = ctx.config.sessionMaxMs;
  const oidc = ctx.config.oidc
    ? new OidcLogin(ctx.config.oidc, secretBox(ctx.config.encryptionKey))
    : null;
  const checks = new ChecksInFlight();
  return async (app) => {
    app.get(
      '/api/auth/me',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Who is logged in, and what they may do',
          response: { 200: meResponse },
        },
      },
      async (request) => {
        const { session, actor } = request;
        if (!session) return { state: 'anonymous' as const };
        if (!actor) {
          const user = await db
            .selectFrom('staff_users')
            .select('totp_secret')
            .where('id', '=', session.userId)
            .executeTakeFirstOrThrow();
          return {
            state: 'second_factor' as const,
            enrolled: user.totp_secret !== null,
            csrfToken: session.csrfToken,
          };
        }
        const user = await db
          .selectFrom('staff_users')
          .innerJoin('centres', 'centres.id', 'staff_users.centre_id')
          .innerJoin('sessions', 'sessions.user_id', 'staff_users.id')
          .select([
            'staff_users.username',
            'staff_users.display_name',
            'centres.name as centre_name',
            'sessions.failed_attempts',
            'sessions.failed_attempts_since',
          ])
          .where('staff_users.id', '=', actor.userId)
          .where('sessions.id', '=', session.id)
          .executeTakeFirstOrThrow();
        return {
          state: 'authenticated' as const,
          csrfToken: session.csrfToken,
          user: {
            id: actor.userId,
            username: user.username,
            displayName: user.display_name,
            centreId: actor.centreId,
            centreName: user.centre_name,
            roles: [...actor.roles],
            clearedForPersonalData: actor.clearedForPersonalData,
          },
          permissions: permittedActions(actor),
          failedAttempts:
            user.failed_attempts && user.failed_attempts_since
              ? { count: Number(user.failed_attempts), since: user.failed_attempts_since }
              : null,
        };
      },
    );

    app.post(
      '/api/auth/login',
      {
        config: { access: 'public', errors: ['unauthenticated', 'too_many_requests'] },
        schema: {
          tags,
          summary: 'Password step of the login',
          body: loginBody,
          response: { 200: loginResponse },
        },
      },
      async (request, reply) => {
        const result = await loginWithPassword(ctx, checks, {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        });
        setSessionCookie(request, reply, result.token, cookieAge);
        return { next: result.next };
      },
    );

    app.post(
      '/api/auth/second-factor',
      {
        config: { access: 'login_in_progress', errors: ['conflict', 'too_many_requests'] },
        schema: {
          tags,
          summary: 'A code from the authenticator app, or a recovery code',
          body: secondFactorBody,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        const { token } = await completeLogin(ctx, request.session!, request.body, request.ip);
        setSessionCookie(request, reply, token, cookieAge);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/enrolment',
      {
        config: { access: 'login_in_progress', errors: ['conflict'] },
        schema: {
          tags,
          summary: 'Start setting up the authenticator app',
          response: { 200: enrolmentResponse },
        },
      },
      async (request) => startEnrolment(ctx, request.session!),
    );

    app.post(
      '/api/auth/enrolment/confirm',
      {
        config: { access: 'login_in_progress', errors: ['conflict'] },
        schema: {
          tags,
          summary: 'Confirm the authenticator app; returns recovery codes once',
          body: enrolmentConfirmBody,
          response: { 200: recoveryCodesResponse },
        },
      },
      async (request, reply) => {
        const { token, recoveryCodes } = await confirmEnrolment(
          ctx,
          request.session!,
          request.body.code,
          request.ip,
        );
        setSessionCookie(request, reply, token, cookieAge);
        return { recoveryCodes };
      },
    );

    app.post(
      '/api/auth/activate',
      {
        config: { access: 'public', errors: ['unauthenticated', 'too_many_requests'] },
        schema: {
          tags,
          summary: 'Set the first password with an activation code',
          body: activateBody,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await activateAccount(ctx, { ...request.body, ip: request.ip });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/password',
      {
        config: { access: 'authenticated', errors: ['conflict', 'too_many_requests'] },
        schema: {
          tags,
          summary: 'Change my password; ends my other sessions',
          body: changePasswordBody,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await changePassword(ctx, checks, request.session!, { ...request.body, ip: request.ip });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/failed-attempts/seen',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: 'I have seen the failed attempts told at this login',
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await db
          .updateTable('sessions')
          .set({ failed_attempts: null, failed_attempts_since: null })
          .where('id', '=', request.session!.id)
          .execute();
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/logout',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'End this session', response: { 204: noContent } },
      },
      async (request, reply) => {
        const { session } = request;
        if (session) {
          await db.transaction().execute(async (tx) => {
            await endSession(tx, session.id);
            await auditEvent(tx, ctx, {
              centreId: request.actor?.centreId ?? null,
              actor: session.userId,
              verb: 'login',
              action: 'auth.logout',
              outcome: 'success',
              recordType: 'session',
              recordId: session.id,
            });
          });
        }
        clearSessionCookie(request, reply);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/logout-all',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: 'End all my sessions, on every device',
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        const actor = request.actor;
        if (!actor) throw unauthenticated();
        await db.transaction().execute(async (tx) => {
          await endAllSessions(tx, actor.userId);
          await auditEvent(tx, ctx, {
            centreId: actor.centreId,
            actor: actor.userId,
            verb: 'login',
            action: 'auth.logout_all',
            outcome: 'success',
            recordType: 'staff_user',
            recordId: actor.userId,
          });
        });
        clearSessionCookie(request, reply);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/auth/providers',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Other ways to log in than a Havn password',
          response: { 200: providersResponse },
        },
      },
      async () => ({ oidc: oidc ? { label: oidc.label, startUrl: oidcStartPath } : null }),
    );

    app.get(
      oidcStartPath,
      {
        config: { access: 'public', errors: ['not_found'] },
        schema: {
          tags,
          summary: "Go to the municipality's identity provider",
          response: { 302: z.null() },
        },
      },
      async (request, reply) => {
        if (!oidc) throw notFound();
        const { url, cookie } = await oidc.start(ctx.clock.now());
        // Lax, not Strict: the browser must send it when the provider sends the person back.
        reply.setCookie(oidcCookie, cookie, {
          path: oidcStartPath,
          httpOnly: true,
          sameSite: 'lax',
          secure: request.protocol === 'https',
          maxAge: 600,
        });
        return reply.redirect(url, 302);
      },
    );

    app.get(
      `${oidcStartPath}/callback`,
      {
        config: { access: 'public', errors: ['not_found'] },
        schema: {
          tags,
          summary: 'The identity provider sends the person back here',
          querystring: oidcCallbackQuery,
          response: { 302: z.null() },
        },
      },
      async (request, reply) => {
        if (!oidc) throw notFound();
        const query = new URL(request.url, 'http://callback').search;
        const cookie = request.cookies[oidcCookie];
        reply.clearCookie(oidcCookie, { path: oidcStartPath });
        let username: string | null = null;
        try {
          username = await oidc.finish(query, cookie, ctx.clock.now());
        } catch (error) {
          request.log.warn(
            { err: { message: error instanceof Error ? error.message : 'oidc failure' } },
            'identity provider login refused',
          );
        }
        const result = await loginWithIdentityProvider(
          ctx,
          username,
          request.headers['user-agent'],
        );
        if (!result) return reply.redirect('/login?feil=idp', 302);
        setSessionCookie(request, reply, result.token, cookieAge);
        return reply.redirect('/login', 302);
      },
    );

    app.get(
      '/api/auth/demo',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Demo accounts, in demo mode only',
          response: { 200: demoInfoResponse },
        },
      },
      async () => {
        const centres = ctx.config.demo ? await listDemoAccounts(db) : [];
        return centres.length === 0
          ? { demo: false, centres: [] }
          : {
              demo: true,
              centres,
              password: demoPassword,
              totpSecret: demoTotpSecret,
            };
      },
    );
  };
}
