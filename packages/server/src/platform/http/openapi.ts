import swagger from '@fastify/swagger';
import type { FastifyInstance, HTTPMethods, RouteOptions } from 'fastify';
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
} from 'fastify-type-provider-zod';
import {
  conflictReasons,
  errorCodes,
  forbiddenReasons,
  recordDenialReasons,
  type ErrorCode,
} from '@havn/domain';
import { z } from 'zod';
import type { RouteAccess } from '../access/route-access.ts';
import { plainSessionCookie, sessionCookie } from '../auth/cookies.ts';
import { statusOf } from './errors.ts';

export const openApiPath = '/api/openapi.json';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Errors the route answers beyond those its access rule and its input imply (see
     * `errorsOf`): a public login that refuses a wrong password, a rate-limited check.
     */
    errors?: readonly ErrorCode[];
  }
}

/** The body of every error response, as the error handler writes it (ErrorBody in the domain). */
const errorBody = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    /** English, for API users; clients read the code and the reason. */
    message: z.string(),
    /** The invalid fields, for `validation_failed`. */
    fields: z
      .array(z.object({ path: z.string(), code: z.string(), message: z.string() }))
      .optional(),
    /** Why, where a client may act on it: for `conflict`, `forbidden` and `not_found`. */
    reason: z
      .enum([...new Set([...conflictReasons, ...forbiddenReasons, ...recordDenialReasons])])
      .optional(),
    /** How many, where the reason counts something (`beds_in_use`). */
    count: z.number().int().optional(),
  }),
});

/** The named schemas of the document: `#/components/schemas/<id>`. */
const components = z.registry<{ id: string }>();
components.add(errorBody, { id: 'Error' });
const jsonSchemaTransform = createJsonSchemaTransform({ schemaRegistry: components });
const jsonSchemaTransformObject = createJsonSchemaTransformObject({ schemaRegistry: components });

/** One shared response per status, each with the one error body. */
const errorResponses = {
  400: ['BadRequest', 'Invalid fields (validation_failed) or an unreadable request'],
  401: ['Unauthenticated', 'Not logged in, or the credentials were not accepted'],
  403: ['Forbidden', 'Not for this role or clearance, or a write without the CSRF token'],
  404: ['NotFound', 'No such record, or one that stays closed to this staff member'],
  409: ['Conflict', 'The change was refused: the reason says why'],
  429: ['TooManyRequests', 'Too many attempts; Retry-After says when to try again'],
} as const satisfies Record<number, readonly [string, string]>;
type ErrorStatus = keyof typeof errorResponses;

const writes = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Security = Record<string, string[]>[];

/**
 * Who must show what, from the route's declared access. A session's writes also carry its CSRF
 * token; so do a public route's, when a session is sent with them (logout, a login over one).
 */
function securityOf(access: RouteAccess | undefined, write: boolean): Security {
  const withSession: Record<string, string[]> = write
    ? { session: [], csrfToken: [] }
    : { session: [] };
  if (access === 'scraper') return [{}, { metricsToken: [] }];
  if (access === 'public') return [{}, withSession];
  return [withSession];
}

/**
 * The errors a route may answer: from its input (400), its access rule (401, 403, the scraper's
 * 404), its path's record (404), a write under a role's rule (403 for the CSRF check, 409 for
 * a change refused), and whatever else it declares in `config.errors`.
 */
function errorsOf(
  access: RouteAccess | undefined,
  write: boolean,
  input: { params: boolean; other: boolean },
  declared: readonly ErrorCode[],
): ErrorStatus[] {
  const action = access !== undefined && access.includes('.');
  const statuses = new Set<number>(declared.map((code) => statusOf[code]));
  if (input.params || input.other) statuses.add(400);
  if (access !== 'public' && access !== 'scraper') statuses.add(401);
  if (action || (write && access !== 'scraper')) statuses.add(403);
  if (input.params || access === 'scraper') statuses.add(404);
  if (action && write) statuses.add(409);
  return Object.keys(errorResponses)
    .map(Number)
    .filter((status): status is ErrorStatus => statuses.has(status));
}

/** `GET /api/stays/{id}/journal` → `getStaysByIdJournal`: stable, and unique as routes are. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '')
    .split('/')
    .flatMap((segment) => {
      const param = /^[:{](\w+)}?$/.exec(segment)?.[1];
      return param === undefined ? segment.split(/[-_]/) : ['by', param];
    });
  return [method.toLowerCase(), ...words]
    .map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}

/** OpenAPI 3 generated from the routes' zod schemas; the web client and the matrix test read it. */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Havn API',
        description:
          'Case management for Norwegian municipal crisis centres. Every route states its access rule ' +
          '(x-havn-access). Errors answer { error: { code, message, fields?, reason?, count? } }: ' +
          'a refused change (conflict, forbidden) names its reason where a client may act on it, and ' +
          "so does a not_found for a record of the actor's own centre that stays closed to her.",
        version,
      },
      servers: [{ url: '/', description: 'The Havn server that serves this document' }],
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: sessionCookie,
            description: `Set by the login; named ${plainSessionCookie} over plain HTTP (localhost).`,
          },
          csrfToken: {
            type: 'apiKey',
            in: 'header',
            name: 'X-CSRF-Token',
            description: "The session's CSRF token (from /api/auth/me), on every write.",
          },
          metricsToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'HAVN_METRICS_TOKEN; a scraper from HAVN_METRICS_ALLOW needs none.',
          },
        },
        responses: Object.fromEntries(
          Object.values(errorResponses).map(([name, description]) => [
            name,
            {
              description,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
            },
          ]),
        ),
      },
    },
    transform: (args) => {
      const transformed = jsonSchemaTransform(args);
      const route = args.route as RouteOptions;
      const { access, errors = [] } = route.config ?? {};
      const method = ([] as HTTPMethods[]).concat(route.method)[0]!;
      const write = writes.has(method.toUpperCase());
      const schema = route.schema ?? {};
      return {
        ...transformed,
        schema: {
          ...transformed.schema,
          operationId: operationIdOf(method, args.url),
          security: securityOf(access, write),
          'x-havn-access': access,
          'x-havn-errors': errorsOf(
            access,
            write,
            { params: /[:{]/.test(args.url), other: !!(schema.querystring ?? schema.body) },
            errors,
          ),
        },
      };
    },
    // The error responses go in last, as references: the transform above cannot emit a $ref.
    transformObject: (document) => {
      const openapiObject = jsonSchemaTransformObject(document);
      // The error body is only ever an answer: its request-side twin would be nobody's.
      if ('components' in openapiObject) delete openapiObject.components?.schemas?.ErrorInput;
      for (const methods of Object.values(openapiObject.paths ?? {})) {
        for (const operation of Object.values(methods as Record<string, Operation>)) {
          for (const status of operation['x-havn-errors'] ?? []) {
            operation.responses[status] = {
              $ref: `#/components/responses/${errorResponses[status][0]}`,
            };
          }
          delete operation['x-havn-errors'];
        }
      }
      return openapiObject;
    },
    hideUntagged: false,
  });
  app.get(openApiPath, { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}

interface Operation {
  'x-havn-errors'?: ErrorStatus[];
  responses: Record<string, unknown>;
}
