import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { staffDirectoryRoutes } from './directory.ts';
import {
  createStaffBody,
  createStaffResponse,
  dutiesBody,
  resetPasswordResponse,
  rolesBody,
  rolesResponse,
  sessionsEndedResponse,
  staffIdParams,
  staffListResponse,
  versionBody,
  versionResponse,
} from './schema.ts';
import { assignRoles } from './assign-roles.ts';
import { createStaff } from './create-staff.ts';
import { deactivateStaff } from './deactivate-staff.ts';
import { listStaff } from './list-staff.ts';
import { resetPassword } from './reset-password.ts';
import { resetSecondFactor } from './reset-second-factor.ts';
import { revokeSessions } from './revoke-sessions.ts';
import { updateDuties } from './update-duties.ts';

const tags = ['staff'];

/** The unit leader's staff screen: roles, §7/§5 dates, second factor, sessions, deactivation. */
export function staffRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(staffDirectoryRoutes(ctx));

    app.get(
      '/api/staff',
      {
        config: { access: 'staff.list' },
        schema: { tags, summary: 'Staff of my centre', response: { 200: staffListResponse } },
      },
      async (request) => ({ items: await listStaff(ctx, request.actor!) }),
    );

    app.post(
      '/api/staff',
      {
        config: { access: 'staff.create' },
        schema: {
          tags,
          summary: 'Create an account; returns a one-time activation code',
          body: createStaffBody,
          response: { 201: createStaffResponse },
        },
      },
      async (request, reply) => {
        const actor = request.actor!;
        const created = await createStaff(ctx, actor, {
          ...request.body,
          centreId: actor.centreId,
        });
        return reply.status(201).send(created);
      },
    );

    app.put(
      '/api/staff/:id/roles',
      {
        config: { access: 'staff.assign_roles' },
        schema: {
          tags,
          summary: 'Replace the roles',
          params: staffIdParams,
          body: rolesBody,
          response: { 200: rolesResponse },
        },
      },
      async (request) =>
        assignRoles(
          ctx,
          request.actor!,
          request.params.id,
          request.body.version,
          request.body.roles,
        ),
    );

    app.put(
      '/api/staff/:id/duties',
      {
        config: { access: 'staff.update_duties' },
        schema: {
          tags,
          summary: 'Police certificate and confidentiality declaration dates',
          params: staffIdParams,
          body: dutiesBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => updateDuties(ctx, request.actor!, request.params.id, request.body),
    );

    app.post(
      '/api/staff/:id/deactivate',
      {
        config: { access: 'staff.deactivate' },
        schema: {
          tags,
          summary: 'Deactivate and end all sessions',
          params: staffIdParams,
          body: versionBody,
          response: { 200: versionResponse },
        },
      },
      async (request) =>
        deactivateStaff(ctx, request.actor!, request.params.id, request.body.version),
    );

    app.post(
      '/api/staff/:id/reset-second-factor',
      {
        config: { access: 'staff.reset_mfa' },
        schema: {
          tags,
          summary: 'Remove the authenticator app and recovery codes',
          params: staffIdParams,
          body: versionBody,
          response: { 200: versionResponse },
        },
      },
      async (request) =>
        resetSecondFactor(ctx, request.actor!, request.params.id, request.body.version),
    );

    app.post(
      '/api/staff/:id/reset-password',
      {
        config: { access: 'staff.reset_password' },
        schema: {
          tags,
          summary: 'A new activation code in place of the password; the second factor stays',
          params: staffIdParams,
          body: versionBody,
          response: { 200: resetPasswordResponse },
        },
      },
      async (request) =>
        resetPassword(ctx, request.actor!, request.params.id, request.body.version),
    );

    app.delete(
      '/api/staff/:id/sessions',
      {
        config: { access: 'staff.revoke_sessions' },
        schema: {
          tags,
          summary: 'End all sessions of a staff member',
          params: staffIdParams,
          response: { 200: sessionsEndedResponse },
        },
      },
      async (request) => revokeSessions(ctx, request.actor!, request.params.id),
    );
  };
}
