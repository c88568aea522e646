import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { getMoveOutBoard } from './board.ts';
import { generateLetter } from './letter.ts';
import { addStep, getPlan, savePlan, updateStep } from './plan.ts';
import {
  boardResponse,
  created,
  letterResponse,
  planBody,
  planView,
  stayIdParams,
  stepBody,
  stepParams,
  stepUpdateBody,
  versionResponse,
} from './schema.ts';

const tags = ['move-out'];

/** Moving out: the plan of each stay from day one, the housing letter, the unit leader's board. */
export function moveOutRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/move-out/board',
      {
        config: { access: 'move_out.board' },
        schema: {
          tags,
          summary: 'Current residents by what blocks places most; ready-to-move counts',
          response: { 200: boardResponse },
        },
      },
      async (request) => getMoveOutBoard(ctx, request.actor!),
    );

    app.get(
      '/api/stays/:id/move-out',
      {
        config: { access: 'move_out.manage' },
        schema: {
          tags,
          summary: "The stay's move-out plan: route, steps, ready-to-move date",
          params: stayIdParams,
          response: { 200: planView },
        },
      },
      async (request) => getPlan(ctx, request.actor!, request.params.id),
    );

    app.put(
      '/api/stays/:id/move-out',
      {
        config: { access: 'move_out.manage' },
        schema: {
          tags,
          summary: 'Record the housing route and the ready-to-move date',
          params: stayIdParams,
          body: planBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => savePlan(ctx, request.actor!, request.params.id, request.body),
    );

    app.post(
      '/api/stays/:id/move-out/steps',
      {
        config: { access: 'move_out.manage' },
        schema: {
          tags,
          summary: 'Add a step towards housing, with its owner and date',
          params: stayIdParams,
          body: stepBody,
          response: { 201: created },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addStep(ctx, request.actor!, request.params.id, request.body)),
    );

    app.patch(
      '/api/stays/:id/move-out/steps/:stepId',
      {
        config: { access: 'move_out.manage' },
        schema: {
          tags,
          summary: 'Change a step: its date, its owner, done or not',
          params: stepParams,
          body: stepUpdateBody,
          response: { 200: versionResponse },
        },
      },
      async (request) =>
        updateStep(ctx, request.actor!, request.params.id, request.params.stepId, request.body),
    );

    app.post(
      '/api/stays/:id/move-out/letter',
      {
        config: { access: 'move_out.manage' },
        schema: {
          tags,
          summary: 'Generate the letter confirming the stay for a housing application',
          params: stayIdParams,
          response: { 200: letterResponse },
        },
      },
      async (request) => generateLetter(ctx, request.actor!, request.params.id),
    );
  };
}
