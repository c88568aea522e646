import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { correctStay } from './correct.ts';
import { getDeparture, registerDeparture } from './register.ts';
import {
  correctionBody,
  correctionResponse,
  departureBody,
  departureResponse,
  departureView,
  stayIdParams,
} from './schema.ts';

const tags = ['departures'];

/** Departures: where people went and why, leaves without notice, and corrections of stays. */
export function departureRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/stays/:id/departure',
      {
        config: { access: 'departures.register' },
        schema: {
          tags,
          summary: 'The household of a stay, its departure if registered, and corrections',
          params: stayIdParams,
          response: { 200: departureView },
        },
      },
      async (request) => getDeparture(ctx, request.actor!, request.params.id),
    );

    app.post(
      '/api/stays/:id/departure',
      {
        config: { access: 'departures.register' },
        schema: {
          tags,
          summary: 'Register a departure; the stay ends and its beds wait for cleaning',
          params: stayIdParams,
          body: departureBody,
          response: { 201: departureResponse },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await registerDeparture(ctx, request.actor!, request.params.id, request.body)),
    );

    app.post(
      '/api/stays/:id/correction',
      {
        config: { access: 'stays.correct' },
        schema: {
          tags,
          summary: "Correct a stay's arrival or departure, with a reason (unit leader)",
          params: stayIdParams,
          body: correctionBody,
          response: { 200: correctionResponse },
        },
      },
      async (request) => correctStay(ctx, request.actor!, request.params.id, request.body),
    );
  };
}
