import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import {
  configIdParams,
  configurationResponse,
  createBedBody,
  createdResponse,
  createRoomBody,
  createSiteBody,
  createUnitBody,
  removeQuery,
  capacitySettings,
  settingsBody,
  updateBedBody,
  updateRoomBody,
  updateSiteBody,
  updateUnitBody,
  versionResponse,
} from './config-schema.ts';
import { getConfiguration, updateSettings } from './configuration.ts';
import { createBed, createRoom, createSite, createUnit, type ConfigKind } from './configure.ts';
import { removeConfig, updateBed, updateRoom, updateSite, updateUnit } from './reconfigure.ts';

const tags = ['capacity'];
const plural: Record<ConfigKind, string> = {
  site: 'sites',
  unit: 'units',
  room: 'rooms',
  bed: 'beds',
};

/** The unit leader's configuration of sites, units, rooms and beds. */
export function configurationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/capacity/configuration',
      {
        config: { access: 'capacity.view_board' },
        schema: {
          tags,
          summary: 'The places as configured, with versions and the values chosen for the demo',
          response: { 200: configurationResponse },
        },
      },
      async (request) => getConfiguration(ctx, request.actor!),
    );
    app.put(
      '/api/capacity/settings',
      {
        config: { access: 'capacity.configure' },
        schema: {
          tags,
          summary: 'Whether transition stays count as crisis-centre overnights',
          body: settingsBody,
          response: { 200: capacitySettings },
        },
      },
      async (request) => updateSettings(ctx, request.actor!, request.body),
    );

    app.post(
      '/api/capacity/sites',
      {
        config: { access: 'capacity.configure' },
        schema: {
          tags,
          summary: 'Add a site',
          body: createSiteBody,
          response: { 201: createdResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createSite(ctx, request.actor!, request.body)),
    );
    app.post(
      '/api/capacity/units',
      {
        config: { access: 'capacity.configure' },
        schema: {
          tags,
          summary: 'Add a unit to a site',
          body: createUnitBody,
          response: { 201: createdResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createUnit(ctx, request.actor!, request.body)),
    );
    app.post(
      '/api/capacity/rooms',
      {
        config: { access: 'capacity.configure' },
        schema: {
          tags,
          summary: 'Add a room to a unit',
          body: createRoomBody,
          response: { 201: createdResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createRoom(ctx, request.actor!, request.body)),
    );
    app.post(
      '/api/capacity/beds',
      {
        config: { access: 'capacity.configure' },
        schema: {
          tags,
          summary: 'Add a bed to a room',
          body: createBedBody,
          response: { 201: createdResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createBed(ctx, request.actor!, request.body)),
    );

    const patch = { params: configIdParams, response: { 200: versionResponse } };
    app.patch(
      '/api/capacity/sites/:id',
      {
        config: { access: 'capacity.configure' },
        schema: {
          tags,
          summary: 'Change a site; states the version read',
          body: updateSiteBody,
          ...patch,
        },
      },
      async (request) => updateSite(ctx, request.actor!, request.params.id, request.body),
    );
    app.patch(
      '/api/capacity/units/:id',
      {
        config: { access: 'capacity.configure' },
        schema: {
          tags,
          summary:
            'Change a unit; a new target group is refused while the current group lives there',
          body: updateUnitBody,
          ...patch,
        },
      },
      async (request) => updateUnit(ctx, request.actor!, request.params.id, request.body),
    );
    app.patch(
      '/api/capacity/rooms/:id',
      {
        config: { access: 'capacity.configure' },
        schema: {
          tags,
          summary: 'Change a room; states the version read',
          body: updateRoomBody,
          ...patch,
        },
      },
      async (request) => updateRoom(ctx, request.actor!, request.params.id, request.body),
    );
    app.patch(
      '/api/capacity/beds/:id',
      {
        config: { access: 'capacity.configure' },
        schema: {
          tags,
          summary: 'Change a bed; states the version read',
          body: updateBedBody,
          ...patch,
        },
      },
      async (request) => updateBed(ctx, request.actor!, request.params.id, request.body),
    );

    for (const kind of ['site', 'unit', 'room', 'bed'] as const) {
      app.delete(
        `/api/capacity/${plural[kind]}/:id`,
        {
          config: { access: 'capacity.configure' },
          schema: {
            tags,
            summary: `Remove a ${kind} and what is under it; refused while anyone sleeps there`,
            params: configIdParams,
            querystring: removeQuery,
            response: { 204: z.null() },
          },
        },
        async (request, reply) => {
          await removeConfig(ctx, request.actor!, kind, request.params.id, request.query.version);
          return reply.status(204).send(null);
        },
      );
    }
  };
}
