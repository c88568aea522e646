import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export const openApiPath = '/api/openapi.json';

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
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: '__Host-havn_session' } },
      },
    },
    transform: (args) => {
      const transformed = jsonSchemaTransform(args);
      const access = (args.route.config as { access?: string } | undefined)?.access;
      return { ...transformed, schema: { ...transformed.schema, 'x-havn-access': access } };
    },
    hideUntagged: false,
  });
  app.get(openApiPath, { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
