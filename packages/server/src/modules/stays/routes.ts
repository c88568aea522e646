import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import {
  addTask,
  completeStayTask,
  putFlags,
  putPlan,
  reviewPlan,
  setResponsible,
} from './casework.ts';
import {
  discardJournalDraft,
  readJournal,
  readJournalDraft,
  saveJournalDraft,
  writeJournalNote,
} from './journal.ts';
import { listResidents, myStayTasks } from './residents.ts';
import {
  created,
  draftBody,
  draftView,
  flagsBody,
  homeMunicipalityBody,
  journalBody,
  journalList,
  journalQuery,
  myTasksView,
  planBody,
  residentsView,
  responsibleBody,
  reviewBody,
  stayIdParams,
  stayView,
  taskBody,
  taskParams,
  versionBody,
} from './schema.ts';
import { getStay } from './stay-page.ts';
import { correctHomeMunicipality } from './home-municipality.ts';

const tags = ['stays'];
const versioned = z.object({ version: z.number().int() });

/** The stay (opphold): the residents' essentials for everyone on duty, and the casework. */
export function stayRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/stays/residents',
      {
        config: { access: 'stays.list_residents' },
        schema: {
          tags,
          summary: 'Current residents: alias or initials, room, flags — never journals or names',
          response: { 200: residentsView },
        },
      },
      async (request) => listResidents(ctx, request.actor!),
    );
    app.get(
      '/api/stays/tasks/mine',
      {
        config: { access: 'stays.list_residents' },
        schema: {
          tags,
          summary: 'My open tasks on stays, earliest due first',
          response: { 200: myTasksView },
        },
      },
      async (request) => myStayTasks(ctx, request.actor!),
    );
    app.get(
      '/api/stays/:id',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: 'The stay page: household, bed, six-week clock, plan, tasks, appointments',
          params: stayIdParams,
          response: { 200: stayView },
        },
      },
      async (request) => getStay(ctx, request.actor!, request.params.id),
    );
    app.put(
      '/api/stays/:id/responsible',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: 'Set the primary contact and the child-responsible staff member',
          params: stayIdParams,
          body: responsibleBody,
          response: { 200: versioned },
        },
      },
      async (request) => setResponsible(ctx, request.actor!, request.params.id, request.body),
    );
    app.put(
      '/api/stays/:id/home-municipality',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: 'Set or correct the home municipality of the stay (a reason for a change)',
          params: stayIdParams,
          body: homeMunicipalityBody,
          response: { 200: versioned },
        },
      },
      async (request) =>
        correctHomeMunicipality(ctx, request.actor!, request.params.id, request.body),
    );
    app.put(
      '/api/stays/:id/plan',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: "Make or change the stay's plan",
          params: stayIdParams,
          body: planBody,
          response: { 200: versioned },
        },
      },
      async (request) => putPlan(ctx, request.actor!, request.params.id, request.body),
    );
    app.post(
      '/api/stays/:id/plan/reviews',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: 'Record a review of the plan',
          params: stayIdParams,
          body: reviewBody,
          response: { 200: versioned },
        },
      },
      async (request) => reviewPlan(ctx, request.actor!, request.params.id, request.body),
    );
    app.post(
      '/api/stays/:id/tasks',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: 'Add a task, or a measure of the plan',
          params: stayIdParams,
          body: taskBody,
          response: { 201: created },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addTask(ctx, request.actor!, request.params.id, request.body)),
    );
    app.post(
      '/api/stays/:id/tasks/:taskId/done',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: 'Mark a task done',
          params: taskParams,
          body: versionBody,
          response: { 200: versioned },
        },
      },
      async (request) =>
        completeStayTask(
          ctx,
          request.actor!,
          request.params.id,
          request.params.taskId,
          request.body.version,
        ),
    );
    app.put(
      '/api/stays/:id/flags',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: 'Set the flags the night watch sees',
          params: stayIdParams,
          body: flagsBody,
          response: { 200: versioned },
        },
      },
      async (request) => putFlags(ctx, request.actor!, request.params.id, request.body),
    );
    app.get(
      '/api/stays/:id/journal',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: "The stay's journal, newest first; personId for one person of the household",
          params: stayIdParams,
          querystring: journalQuery,
          response: { 200: journalList },
        },
      },
      async (request) => readJournal(ctx, request.actor!, request.params.id, request.query),
    );
    app.post(
      '/api/stays/:id/journal',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: 'Write a journal note (or a correction of one: notes are never edited)',
          params: stayIdParams,
          body: journalBody,
          response: { 201: created },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await writeJournalNote(ctx, request.actor!, request.params.id, request.body)),
    );
    app.get(
      '/api/stays/:id/journal/draft',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: 'My note in progress on this stay',
          params: stayIdParams,
          response: { 200: draftView },
        },
      },
      async (request) => readJournalDraft(ctx, request.actor!, request.params.id),
    );
    app.put(
      '/api/stays/:id/journal/draft',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: 'Save my note as typed so far',
          params: stayIdParams,
          body: draftBody,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await saveJournalDraft(ctx, request.actor!, request.params.id, request.body.payload);
        return reply.status(204).send(null);
      },
    );
    app.delete(
      '/api/stays/:id/journal/draft',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: 'Throw my note in progress away',
          params: stayIdParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await discardJournalDraft(ctx, request.actor!, request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
