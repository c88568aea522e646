import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { bookAppointment, calendarFor, cancelAppointment, myUpcoming } from './appointments.ts';
import { getCase } from './case-view.ts';
import { endCase } from './end-case.ts';
import { listCases } from './list-cases.ts';
import { completeTask, meetingsFor, recordMeeting } from './meetings.ts';
import { setPerpetrators } from './perpetrators.ts';
import { assignPrimaryContact } from './primary-contact.ts';
import {
  appointmentBody,
  appointmentIdParams,
  calendar,
  calendarQuery,
  caseIdParams,
  caseList,
  caseListQuery,
  caseView,
  created,
  endCaseBody,
  primaryContactBody,
  meetingBody,
  meetingList,
  meetingListQuery,
  perpetratorsBody,
  perpetratorsResponse,
  startCaseBody,
  taskIdParams,
  versionBody,
  versionResponse,
  visitBody,
} from './schema.ts';
import { startCase } from './start-case.ts';
import { addVisit } from './visits.ts';

/** Day users and their visits, appointments in and outside the centre, joint meetings. */
export function dayServiceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['day-service'];
    app.get(
      '/api/day-users',
      {
        config: { access: 'day_service.manage' },
        schema: {
          tags,
          summary: 'Day-user cases',
          querystring: caseListQuery,
          response: { 200: caseList },
        },
      },
      async (request) => ({ items: await listCases(ctx, request.actor!, request.query.status) }),
    );
    app.post(
      '/api/day-users',
      {
        config: { access: 'day_service.manage' },
        schema: {
          tags,
          summary: 'Start a day-user case, also from a logged contact',
          body: startCaseBody,
          response: { 201: created },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await startCase(ctx, request.actor!, request.body)),
    );
    app.get(
      '/api/day-users/:id',
      {
        config: { access: 'day_service.manage' },
        schema: {
          tags,
          summary: 'One day-user case with its visits',
          params: caseIdParams,
          response: { 200: caseView },
        },
      },
      async (request) => getCase(ctx, request.actor!, request.params.id),
    );
    app.post(
      '/api/day-users/:id/visits',
      {
        config: { access: 'day_service.manage' },
        schema: {
          tags,
          summary: 'Record a day visit',
          params: caseIdParams,
          body: visitBody,
          response: { 201: created },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addVisit(ctx, request.actor!, request.params.id, request.body)),
    );
    app.post(
      '/api/day-users/:id/end',
      {
        config: { access: 'day_service.manage' },
        schema: {
          tags,
          summary: 'End a day-user case with a reason',
          params: caseIdParams,
          body: endCaseBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => endCase(ctx, request.actor!, request.params.id, request.body),
    );

    app.put(
      '/api/day-users/:id/primary-contact',
      {
        config: { access: 'day_service.manage' },
        schema: {
          tags,
          summary: 'Name the primary contact (the unit leader, or the current one handing over)',
          params: caseIdParams,
          body: primaryContactBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => assignPrimaryContact(ctx, request.actor!, request.params.id, request.body),
    );

    app.put(
      '/api/day-users/:id/perpetrators',
      {
        config: { access: 'day_service.manage' },
        schema: {
          tags,
          summary: "The case's perpetrators, replacing what was recorded",
          params: caseIdParams,
          body: perpetratorsBody,
          response: { 200: perpetratorsResponse },
        },
      },
      async (request) => setPerpetrators(ctx, request.actor!, request.params.id, request.body),
    );

    app.post(
      '/api/appointments',
      {
        config: { access: 'appointments.manage' },
        schema: {
          tags,
          summary: 'Book an appointment in or outside the centre',
          body: appointmentBody,
          response: { 201: created },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await bookAppointment(ctx, request.actor!, request.body)),
    );
    app.get(
      '/api/appointments',
      {
        config: { access: 'appointments.manage' },
        schema: {
          tags,
          summary: 'The calendar, for the centre or one staff member',
          querystring: calendarQuery,
          response: { 200: calendar },
        },
      },
      async (request) => ({
        items: await calendarFor(
          ctx,
          request.actor!,
          request.query.from,
          request.query.to,
          request.query.staffId,
        ),
      }),
    );
    app.get(
      '/api/appointments/mine',
      {
        config: { access: 'appointments.manage' },
        schema: {
          tags,
          summary: 'My appointments in the next 24 hours',
          response: { 200: calendar },
        },
      },
      async (request) => ({ items: await myUpcoming(ctx, request.actor!) }),
    );
    app.post(
      '/api/appointments/:id/cancel',
      {
        config: { access: 'appointments.manage' },
        schema: {
          tags,
          summary: 'Cancel an appointment',
          params: appointmentIdParams,
          body: versionBody,
          response: { 200: versionResponse },
        },
      },
      async (request) =>
        cancelAppointment(ctx, request.actor!, request.params.id, request.body.version),
    );

    app.post(
      '/api/joint-meetings',
      {
        config: { access: 'meetings.manage' },
        schema: {
          tags,
          summary: 'Record a joint meeting with other services',
          body: meetingBody,
          response: { 201: created },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await recordMeeting(ctx, request.actor!, request.body)),
    );
    app.get(
      '/api/joint-meetings',
      {
        config: { access: 'meetings.manage' },
        schema: {
          tags,
          summary: "A person's joint meetings and their tasks",
          querystring: meetingListQuery,
          response: { 200: meetingList },
        },
      },
      async (request) => ({
        items: await meetingsFor(ctx, request.actor!, request.query.personId),
      }),
    );
    app.post(
      '/api/joint-meetings/tasks/:id/done',
      {
        config: { access: 'meetings.manage' },
        schema: {
          tags,
          summary: 'Mark a follow-up task done',
          params: taskIdParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await completeTask(ctx, request.actor!, request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
