import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { getChildPage, listChildren } from './child-page.ts';
import { getConcern, registerConcern, stepConcern } from './concerns.ts';
import { listConcerns } from './overview.ts';
import {
  addActivity,
  addParentContact,
  addSchooling,
  saveHealth,
  updateParentContact,
  updateSchooling,
} from './records.ts';
import {
  activityBody,
  assessBody,
  childPage,
  childParams,
  childRowParams,
  childrenList,
  concernBody,
  concernList,
  concernListQuery,
  concernParams,
  concernView,
  created,
  healthBody,
  notSentBody,
  parentContactBody,
  parentContactUpdateBody,
  schoolingBody,
  schoolingUpdateBody,
  sendBody,
  stayParams,
  versionResponse,
} from './schema.ts';

const child = '/api/stays/:stayId/children/:personId';

/** Children's pages per stay, and the §6 concerns for child welfare. */
export function childrenRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['children'];
    app.get(
      '/api/stays/:stayId/children',
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: "The stay's children, each with their open §6 concerns",
          params: stayParams,
          response: { 200: childrenList },
        },
      },
      async (request) => listChildren(ctx, request.actor!, request.params.stayId),
    );
    app.get(
      child,
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: "A child's page in a stay: schooling, activities, health, parent contacts",
          params: childParams,
          response: { 200: childPage },
        },
      },
      async (request) => getChildPage(ctx, request.actor!, request.params),
    );
    app.post(
      `${child}/schooling`,
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary:
            'Record a period of kindergarten or school: continued, interrupted, at the centre',
          params: childParams,
          body: schoolingBody,
          response: { 201: created },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addSchooling(ctx, request.actor!, request.params, request.body)),
    );
    app.put(
      `${child}/schooling/:id`,
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: 'Change a schooling period, with the version read',
          params: childRowParams,
          body: schoolingUpdateBody,
          response: { 200: versionResponse },
        },
      },
      async (request) =>
        updateSchooling(ctx, request.actor!, request.params, request.params.id, request.body),
    );
    app.post(
      `${child}/activities`,
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: 'Record play, leisure or an outing',
          params: childParams,
          body: activityBody,
          response: { 201: created },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addActivity(ctx, request.actor!, request.params, request.body)),
    );
    app.put(
      `${child}/health`,
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: "The child's health needs and notes (notes sealed)",
          params: childParams,
          body: healthBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => saveHealth(ctx, request.actor!, request.params, request.body),
    );
    app.post(
      `${child}/parent-contacts`,
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: 'Record contact or a visit with a parent who is the perpetrator',
          params: childParams,
          body: parentContactBody,
          response: { 201: created },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addParentContact(ctx, request.actor!, request.params, request.body)),
    );
    app.put(
      `${child}/parent-contacts/:id`,
      {
        config: { access: 'stays.work' },
        schema: {
          tags,
          summary: 'Change a parent contact (e.g. how it went), with the version read',
          params: childRowParams,
          body: parentContactUpdateBody,
          response: { 200: versionResponse },
        },
      },
      async (request) =>
        updateParentContact(ctx, request.actor!, request.params, request.params.id, request.body),
    );
    app.post(
      `${child}/concerns`,
      {
        config: { access: 'child_welfare.report_concern' },
        schema: {
          tags,
          summary: 'Register a §6 concern for child welfare about the child',
          params: childParams,
          body: concernBody,
          response: { 201: created },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await registerConcern(ctx, request.actor!, request.params, request.body.concern)),
    );

    app.get(
      '/api/child-welfare/concerns',
      {
        config: { access: 'child_welfare.overview' },
        schema: {
          tags,
          summary: "The centre's §6 concerns, by default those not concluded",
          querystring: concernListQuery,
          response: { 200: concernList },
        },
      },
      async (request) => listConcerns(ctx, request.actor!, request.query.status),
    );
    app.get(
      '/api/child-welfare/concerns/:id',
      {
        config: { access: 'child_welfare.decide' },
        schema: {
          tags,
          summary: 'One §6 concern with its assessment and conclusion',
          params: concernParams,
          response: { 200: concernView },
        },
      },
      async (request) => getConcern(ctx, request.actor!, request.params.id),
    );
    app.post(
      '/api/child-welfare/concerns/:id/assess',
      {
        config: { access: 'child_welfare.decide' },
        schema: {
          tags,
          summary: 'Assess a registered concern',
          params: concernParams,
          body: assessBody,
          response: { 200: versionResponse },
        },
      },
      async (request) =>
        stepConcern(ctx, request.actor!, request.params.id, request.body.version, {
          kind: 'assess',
          assessment: request.body.assessment,
        }),
    );
    app.post(
      '/api/child-welfare/concerns/:id/send',
      {
        config: { access: 'child_welfare.decide' },
        schema: {
          tags,
          summary: 'Send the report of concern to a child-welfare office (generated message)',
          params: concernParams,
          body: sendBody,
          response: { 200: versionResponse },
        },
      },
      async (request) =>
        stepConcern(ctx, request.actor!, request.params.id, request.body.version, {
          kind: 'send',
          officePartnerId: request.body.officePartnerId,
          sentOn: request.body.sentOn,
        }),
    );
    app.post(
      '/api/child-welfare/concerns/:id/not-sent',
      {
        config: { access: 'child_welfare.decide' },
        schema: {
          tags,
          summary: 'Document that the report is not sent, and why',
          params: concernParams,
          body: notSentBody,
          response: { 200: versionResponse },
        },
      },
      async (request) =>
        stepConcern(ctx, request.actor!, request.params.id, request.body.version, {
          kind: 'not_send',
          reason: request.body.reason,
        }),
    );
  };
}
