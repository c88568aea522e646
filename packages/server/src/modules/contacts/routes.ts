import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { discardDraft, myDrafts, saveDraft } from './drafts.ts';
import {
  contactCreated,
  contactDetail,
  contactIdParams,
  contactList,
  contactListQuery,
  countQuery,
  countResponse,
  draftBody,
  draftIdParams,
  draftList,
  editContactBody,
  logContactBody,
  versionResponse,
} from './schema.ts';
import { contactCounts, editContact, getContact, listContacts, logContact } from './service.ts';

const tags = ['contacts'];

/** The contact log (første kontakt): the phone at any hour, the person at the door. */
export function contactRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/contacts',
      {
        config: { access: 'contacts.log' },
        schema: {
          tags,
          summary: 'Log a contact',
          body: logContactBody,
          response: { 201: contactCreated },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await logContact(ctx, request.actor!, request.body)),
    );
    app.get(
      '/api/contacts',
      {
        config: { access: 'contacts.list' },
        schema: {
          tags,
          summary: "The shift's contact log, newest first",
          querystring: contactListQuery,
          response: { 200: contactList },
        },
      },
      async (request) => listContacts(ctx, request.actor!, request.query),
    );
    app.get(
      '/api/contacts/counts',
      {
        config: { access: 'contacts.count' },
        schema: {
          tags,
          summary: 'Contacts per day or month',
          querystring: countQuery,
          response: { 200: countResponse },
        },
      },
      async (request) => ({
        items: await contactCounts(
          ctx,
          request.actor!,
          request.query.from,
          request.query.to,
          request.query.by,
        ),
      }),
    );
    app.get(
      '/api/contacts/drafts',
      {
        config: { access: 'contacts.log' },
        schema: { tags, summary: 'My unfinished contacts', response: { 200: draftList } },
      },
      async (request) => ({ items: await myDrafts(ctx, request.actor!) }),
    );
    app.put(
      '/api/contacts/drafts/:id',
      {
        config: { access: 'contacts.log' },
        schema: {
          tags,
          summary: 'Save the form as typed so far',
          params: draftIdParams,
          body: draftBody,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await saveDraft(
          ctx,
          request.actor!,
          request.params.id,
          request.body.openedAt,
          request.body.payload,
        );
        return reply.status(204).send(null);
      },
    );
    app.delete(
      '/api/contacts/drafts/:id',
      {
        config: { access: 'contacts.log' },
        schema: {
          tags,
          summary: 'Throw a draft away',
          params: draftIdParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await discardDraft(ctx, request.actor!, request.params.id);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/api/contacts/:id',
      {
        config: { access: 'contacts.read' },
        schema: {
          tags,
          summary: 'One contact, with its notes',
          params: contactIdParams,
          response: { 200: contactDetail },
        },
      },
      async (request) => getContact(ctx, request.actor!, request.params.id),
    );
    app.patch(
      '/api/contacts/:id',
      {
        // Whoever may log a contact may correct one they can open; the gateway decides which.
        config: { access: 'contacts.log' },
        schema: {
          tags,
          summary: 'Correct a logged contact; states the version read',
          params: contactIdParams,
          body: editContactBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => editContact(ctx, request.actor!, request.params.id, request.body),
    );
  };
}
