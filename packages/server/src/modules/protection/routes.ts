import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { assessmentHistoryOf, recordAssessment } from './assessments.ts';
import { followUp, openFollowUps, reportIncident } from './incidents.ts';
import { overdueReassessments, residents, stayOverview } from './overview.ts';
import { getSafetyPlan, reviewSafetyPlan, saveSafetyPlan } from './safety-plan.ts';
import {
  assessmentBody,
  assessmentHistory,
  created,
  createItemBody,
  followUpBody,
  houseRules,
  houseRulesBody,
  idParams,
  incidentBody,
  incidentList,
  itemList,
  moveItemBody,
  overdueList,
  residentList,
  reviewBody,
  revisionResponse,
  safetyPlanBody,
  safetyPlanView,
  settings,
  settingsBody,
  stayProtection,
  updateItemBody,
  versionResponse,
} from './schema.ts';
import { getHouseRules, saveHouseRules } from './house-rules.ts';
import {
  createItem,
  getSettings,
  listItems,
  moveItem,
  saveSettings,
  updateItem,
} from './settings.ts';

/**
 * Protection: the threat mapping and its reassessments, the safety plan, incidents in the house,
 * house rules. `:id` under `/intakes` is an intake's, under `/stays` a stay's.
 */
export function protectionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['protection'];

    app.get(
      '/api/protection/items',
      {
        config: { access: 'intake.conduct' },
        schema: {
          tags,
          summary: "The centre's threat-mapping items, retired ones included",
          response: { 200: itemList },
        },
      },
      async (request) => listItems(ctx, request.actor!),
    );
    app.post(
      '/api/protection/items',
      {
        config: { access: 'intake.configure' },
        schema: { tags, summary: 'Add an item', body: createItemBody, response: { 201: created } },
      },
      async (request, reply) =>
        reply.status(201).send(await createItem(ctx, request.actor!, request.body)),
    );
    app.patch(
      '/api/protection/items/:id',
      {
        config: { access: 'intake.configure' },
        schema: {
          tags,
          summary: 'Reword, retire or bring back an item',
          params: idParams,
          body: updateItemBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => updateItem(ctx, request.actor!, request.params.id, request.body),
    );
    app.post(
      '/api/protection/items/:id/move',
      {
        config: { access: 'intake.configure' },
        schema: {
          tags,
          summary: 'Move an item up or down the list',
          params: idParams,
          body: moveItemBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => moveItem(ctx, request.actor!, request.params.id, request.body),
    );
    app.get(
      '/api/protection/settings',
      {
        config: { access: 'intake.configure' },
        schema: { tags, summary: 'The reassessment interval', response: { 200: settings } },
      },
      async (request) => getSettings(ctx, request.actor!),
    );
    app.put(
      '/api/protection/settings',
      {
        config: { access: 'intake.configure' },
        schema: {
          tags,
          summary: 'Set the reassessment interval',
          body: settingsBody,
          response: { 200: settings },
        },
      },
      async (request) => saveSettings(ctx, request.actor!, request.body),
    );
    app.get(
      '/api/protection/house-rules',
      {
        config: { access: 'stays.list_residents' },
        schema: {
          tags,
          summary: "The house rules and the screened units' extended rules",
          response: { 200: houseRules },
        },
      },
      async (request) => getHouseRules(ctx, request.actor!),
    );
    app.put(
      '/api/protection/house-rules',
      {
        config: { access: 'intake.configure' },
        schema: {
          tags,
          summary: "Save a new revision of the house rules or a screened unit's extended rules",
          body: houseRulesBody,
          response: { 200: revisionResponse },
        },
      },
      async (request) => saveHouseRules(ctx, request.actor!, request.body),
    );

    app.post(
      '/api/protection/intakes/:id/assessments',
      {
        config: { access: 'intake.conduct' },
        schema: {
          tags,
          summary: 'Record a threat assessment (initial or reassessment); never an edit',
          params: idParams,
          body: assessmentBody,
          response: { 201: created },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await recordAssessment(ctx, request.actor!, request.params.id, request.body)),
    );
    app.get(
      '/api/protection/intakes/:id/assessments',
      {
        config: { access: 'intake.conduct' },
        schema: {
          tags,
          summary: "An intake's assessments, newest first, and when the next is due",
          params: idParams,
          response: { 200: assessmentHistory },
        },
      },
      async (request) => assessmentHistoryOf(ctx, request.actor!, request.params.id),
    );
    app.get(
      '/api/protection/intakes/:id/safety-plan',
      {
        config: { access: 'intake.conduct' },
        schema: {
          tags,
          summary: 'The safety plan for the stay',
          params: idParams,
          response: { 200: safetyPlanView },
        },
      },
      async (request) => getSafetyPlan(ctx, request.actor!, request.params.id),
    );
    app.put(
      '/api/protection/intakes/:id/safety-plan',
      {
        config: { access: 'intake.conduct' },
        schema: {
          tags,
          summary: 'Write the safety plan (version 0 makes it)',
          params: idParams,
          body: safetyPlanBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => saveSafetyPlan(ctx, request.actor!, request.params.id, request.body),
    );
    app.post(
      '/api/protection/intakes/:id/safety-plan/review',
      {
        config: { access: 'intake.conduct' },
        schema: {
          tags,
          summary: 'Mark the safety plan reviewed, with the next review date',
          params: idParams,
          body: reviewBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => reviewSafetyPlan(ctx, request.actor!, request.params.id, request.body),
    );

    app.post(
      '/api/protection/incidents',
      {
        config: { access: 'incidents.report' },
        schema: {
          tags,
          summary: 'Report an incident in the house; a reassessment is due at once',
          body: incidentBody,
          response: { 201: created },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await reportIncident(ctx, request.actor!, request.body)),
    );
    app.get(
      '/api/protection/incidents',
      {
        config: { access: 'incidents.report' },
        schema: {
          tags,
          summary: 'Incidents whose follow-up is not done',
          response: { 200: incidentList },
        },
      },
      async (request) => ({ items: await openFollowUps(ctx, request.actor!) }),
    );
    app.put(
      '/api/protection/incidents/:id/follow-up',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: "Record an incident's follow-up, and whether it is done",
          params: idParams,
          body: followUpBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => followUp(ctx, request.actor!, request.params.id, request.body),
    );
    app.get(
      '/api/protection/stays/:id',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: "A stay's latest judgement, next reassessment and incidents",
          params: idParams,
          response: { 200: stayProtection },
        },
      },
      async (request) => stayOverview(ctx, request.actor!, request.params.id),
    );
    app.get(
      '/api/protection/overdue',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: 'Current residents whose reassessment is due or overdue',
          response: { 200: overdueList },
        },
      },
      async (request) => ({ items: await overdueReassessments(ctx, request.actor!) }),
    );
    app.get(
      '/api/protection/residents',
      {
        config: { access: 'incidents.report' },
        schema: {
          tags,
          summary: 'Current residents by alias or initials, to report an incident for',
          response: { 200: residentList },
        },
      },
      async (request) => ({ items: await residents(ctx, request.actor!) }),
    );
  };
}
