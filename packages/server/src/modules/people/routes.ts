import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import {
  confirmNationalIdBody,
  confirmNationalIdResponse,
  createPersonBody,
  createPersonResponse,
  linkChildBody,
  linkCreated,
  mergeBody,
  personIdParams,
  personView,
  searchBody,
  searchResponse,
  updatePersonBody,
  versionResponse,
} from './schema.ts';
import { confirmNationalId } from './confirm-national-id.ts';
import { createPerson } from './create-person.ts';
import { getPerson } from './get-person.ts';
import { linkChild } from './link-child.ts';
import { mergePeople } from './merge-people.ts';
import { searchPeople } from './search-people.ts';
import { updatePerson } from './update-person.ts';

const tags = ['people'];

/** Persons — adults and children, each their own record — through the personal-data gateway. */
export function peopleRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/people',
      {
        config: { access: 'people.create' },
        schema: {
          tags,
          summary: 'Register a person; answers possible duplicates instead unless confirmed',
          body: createPersonBody,
          response: { 200: createPersonResponse, 201: createPersonResponse },
        },
      },
      async (request, reply) => {
        const result = await createPerson(ctx, request.actor!, request.body);
        return reply.status(result.created ? 201 : 200).send(result);
      },
    );

    // Searches go by POST so that names never appear in URLs, logs or browser history.
    app.post(
      '/api/people/search',
      {
        config: { access: 'people.search' },
        schema: {
          tags,
          summary: 'Find people by name or alias',
          body: searchBody,
          response: { 200: searchResponse },
        },
      },
      async (request) => searchPeople(ctx, request.actor!, request.body),
    );

    // The number goes in the body, never the URL; the answer is only whether it matches.
    app.post(
      '/api/people/:id/national-id/confirm',
      {
        config: { access: 'people.read', errors: ['too_many_requests'] },
        schema: {
          tags,
          summary: 'Confirm an identity: does this national id match the one registered?',
          params: personIdParams,
          body: confirmNationalIdBody,
          response: { 200: confirmNationalIdResponse },
        },
      },
      async (request) =>
        confirmNationalId(ctx, request.actor!, request.params.id, request.body.nationalId),
    );

    app.get(
      '/api/people/:id',
      {
        config: { access: 'people.read' },
        schema: {
          tags,
          summary: 'One person',
          params: personIdParams,
          response: { 200: personView },
        },
      },
      async (request) => getPerson(ctx, request.actor!, request.params.id),
    );

    app.patch(
      '/api/people/:id',
      {
        config: { access: 'people.update' },
        schema: {
          tags,
          summary: 'Change the fields given; states the version read',
          params: personIdParams,
          body: updatePersonBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => updatePerson(ctx, request.actor!, request.params.id, request.body),
    );

    app.post(
      '/api/people/:id/children',
      {
        config: { access: 'people.update' },
        schema: {
          tags,
          summary: 'Link a child already registered to this adult',
          params: personIdParams,
          body: linkChildBody,
          response: { 201: linkCreated },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await linkChild(ctx, request.actor!, request.params.id, request.body)),
    );

    app.post(
      '/api/people/merge',
      {
        config: { access: 'people.merge' },
        schema: {
          tags,
          summary: 'Merge a duplicate into the record to keep',
          body: mergeBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => mergePeople(ctx, request.actor!, request.body),
    );
  };
}
