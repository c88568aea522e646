import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import {
  candidateList,
  caseIdParams,
  caseList,
  caseView,
  contactBody,
  created,
  endBody,
  openBody,
  patchBody,
  versionResponse,
} from './schema.ts';
import { addContact } from './add-contact.ts';
import { endCase } from './end-case.ts';
import { getCase } from './get-case.ts';
import { listCandidates } from './list-candidates.ts';
import { listOpenCases } from './list-open-cases.ts';
import { municipalityChoices } from '../municipalities/index.ts';
import { municipalityOptions } from '../municipalities/index.ts';
import { openCase } from './open-case.ts';
import { updateCase } from './update-case.ts';

/** Follow-up after the stay: re-establishment cases and their contacts. */
export function reestablishmentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['reestablishment'];
    const access = 'reestablishment.manage' as const;
    app.get(
      '/api/reestablishment',
      {
        config: { access },
        schema: {
          tags,
          summary: 'The open re-establishment cases the actor may open',
          response: { 200: caseList },
        },
      },
      async (request) => ({ items: await listOpenCases(ctx, request.actor!) }),
    );
    app.get(
      '/api/reestablishment/candidates',
      {
        config: { access },
        schema: {
          tags,
          summary: 'People in a transition apartment now without a follow-up case',
          response: { 200: candidateList },
        },
      },
      async (request) => ({ items: await listCandidates(ctx, request.actor!) }),
    );
    app.get(
      '/api/reestablishment/municipalities',
      {
        config: { access },
        schema: {
          tags,
          summary: 'The municipalities a new home may lie in, the centre’s own first',
          response: { 200: municipalityOptions },
        },
      },
      async (request) => ({ items: await municipalityChoices(ctx, request.actor!) }),
    );
    app.post(
      '/api/reestablishment',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Open a re-establishment case, after a stay or fresh for a person',
          body: openBody,
          response: { 201: created },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await openCase(ctx, request.actor!, request.body)),
    );
    app.get(
      '/api/reestablishment/:id',
      {
        config: { access },
        schema: {
          tags,
          summary: 'One re-establishment case with its contacts',
          params: caseIdParams,
          response: { 200: caseView },
        },
      },
      async (request) => getCase(ctx, request.actor!, request.params.id),
    );
    app.patch(
      '/api/reestablishment/:id',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Change where the person lives, the primary contact, goals, services, children',
          params: caseIdParams,
          body: patchBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => updateCase(ctx, request.actor!, request.params.id, request.body),
    );
    app.post(
      '/api/reestablishment/:id/contacts',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Record a follow-up contact',
          params: caseIdParams,
          body: contactBody,
          response: { 201: created.pick({ id: true }) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addContact(ctx, request.actor!, request.params.id, request.body)),
    );
    app.post(
      '/api/reestablishment/:id/end',
      {
        config: { access },
        schema: {
          tags,
          summary: 'End a re-establishment case with a reason',
          params: caseIdParams,
          body: endBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => endCase(ctx, request.actor!, request.params.id, request.body),
    );
  };
}
