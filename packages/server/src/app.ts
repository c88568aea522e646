import crypto from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registerRouteAccess } from './platform/access/route-access.ts';
import { registerSessions } from './platform/auth/session-hook.ts';
import type { AppContext } from './platform/context.ts';
import { registerDrain } from './platform/http/drain.ts';
import { frameworkErrors, registerErrorHandling } from './platform/http/error-handler.ts';
import { registerJsonBody } from './platform/http/json-body.ts';
import { registerNulGuard } from './platform/http/nul-guard.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import { registerSecurityHeaders } from './platform/http/security-headers.ts';
import { registerWeb } from './platform/http/web.ts';
import { loggerOptions } from './platform/logging/logger.ts';
import { registerRequestMetrics } from './platform/metrics/metrics.ts';
import { accessRoutes } from './modules/access/index.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { capacityRoutes } from './modules/capacity/index.ts';
import { childrenRoutes } from './modules/children/index.ts';
import { contactRoutes } from './modules/contacts/index.ts';
import { dayServiceRoutes } from './modules/day-service/index.ts';
import { reestablishmentRoutes } from './modules/reestablishment/index.ts';
import { protectionRoutes } from './modules/protection/index.ts';
import { departureRoutes } from './modules/departures/index.ts';
import { moveOutRoutes } from './modules/move-out/index.ts';
import { identityRoutes } from './modules/identity/index.ts';
import { intakeRoutes } from './modules/intake/index.ts';
import { partnerRoutes } from './modules/partners/index.ts';
import { peopleRoutes } from './modules/people/index.ts';
import { shiftRoutes } from './modules/staff/index.ts';
import { staffRoutes } from './modules/staff/index.ts';
import { systemRoutes } from './modules/system/index.ts';
import { stayRoutes } from './modules/stays/index.ts';
import { municipalityRoutes } from './modules/municipalities/index.ts';
import { version } from './version.ts';

/** Requests larger than this are refused with 413: no form in Havn comes near it. */
export const bodyLimitBytes = 256 * 1024;

export interface BuildOptions {
  /** Serve the built web app from config.webDir (off for API-only tests). */
  web?: boolean;
  /** Where log lines go instead of stdout (tests read what was logged). */
  logStream?: { write(line: string): void };
}

/**
 * Builds the whole HTTP application from its context — used alike by `havn serve`, the tests and
 * the benchmarks. The returned app is not yet listening, so a caller may still add routes.
 */
export async function buildApp(
  ctx: AppContext,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      ...loggerOptions(ctx.config.logLevel),
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    bodyLimit: bodyLimitBytes,
    trustProxy: ctx.config.behindTls ? [...ctx.config.trustedProxies] : false,
    genReqId: () => crypto.randomUUID(),
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // The gate's first look (is the path its route's one spelling) comes before the session's.
  registerRequestMetrics(app);
  registerDrain(app);
  registerRouteAccess(app, ctx);
  await registerSessions(app, ctx);
  registerJsonBody(app);
  registerNulGuard(app);
  await registerSecurityHeaders(app, ctx.config.behindTls);
  await registerOpenApi(app, version);
  const spa = options.web === false ? null : await registerWeb(app, ctx.config.webDir);
  registerErrorHandling(app, spa);

  await app.register(systemRoutes(ctx));
  await app.register(identityRoutes(ctx));
  await app.register(staffRoutes(ctx));
  await app.register(auditRoutes(ctx));
  await app.register(accessRoutes(ctx));
  await app.register(shiftRoutes(ctx));
  await app.register(peopleRoutes(ctx));
  await app.register(capacityRoutes(ctx));
  await app.register(partnerRoutes(ctx));
  await app.register(contactRoutes(ctx));
  await app.register(dayServiceRoutes(ctx));
  await app.register(intakeRoutes(ctx));
  await app.register(stayRoutes(ctx));
  await app.register(municipalityRoutes(ctx));
  await app.register(protectionRoutes(ctx));
  await app.register(moveOutRoutes(ctx));
  await app.register(departureRoutes(ctx));
  await app.register(childrenRoutes(ctx));
  await app.register(reestablishmentRoutes(ctx));
  return app;
}
