import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { listAgreements, putAgreement } from './agreements.ts';
import { municipalityChoices } from './choices.ts';
import {
  agreementBody,
  agreementParams,
  agreementsResponse,
  agreementView,
  municipalityOptions,
} from './schema.ts';

const tags = ['municipalities'];

/** Agreement terms with the host and partner municipalities (DOMAIN.md §3, §5). */
export function municipalityRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/municipalities',
      {
        // The public register: whoever reads the agreements may search it, finance included.
        config: { access: 'agreements.read' },
        schema: {
          tags,
          summary: 'The municipality register, the centre’s own first, to pick a home municipality',
          response: { 200: municipalityOptions },
        },
      },
      async (request) => ({ items: await municipalityChoices(ctx, request.actor!) }),
    );
    app.get(
      '/api/agreements',
      {
        config: { access: 'agreements.read' },
        schema: {
          tags,
          summary: "The centre's municipalities and their agreed stay terms",
          response: { 200: agreementsResponse },
        },
      },
      async (request) => listAgreements(ctx, request.actor!),
    );
    app.put(
      '/api/agreements/:municipalityNumber',
      {
        config: { access: 'agreements.manage' },
        schema: {
          tags,
          summary: 'Set the stay terms for a municipality, or "default" for the centre default',
          params: agreementParams,
          body: agreementBody,
          response: { 200: agreementView },
        },
      },
      async (request) =>
        putAgreement(ctx, request.actor!, request.params.municipalityNumber, request.body),
    );
  };
}
