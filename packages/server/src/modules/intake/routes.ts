import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { abandonIntake } from './abandon.ts';
import { revealIdentity, setIdentity } from './identity.ts';
import { getIntake } from './intake-view.ts';
import { listIntakes } from './list-intakes.ts';
import { setMembers } from './members.ts';
import { moveIn } from './move-in.ts';
import { getNotice, getSettings, recordNoticeSent, saveSettings } from './notices.ts';
import {
  consentBody,
  created,
  delegatedStepParams,
  eligibilityBody,
  eligibilityResponse,
  flagsBody,
  flagsResponse,
  helpNeedsBody,
  identityBody,
  identityResponse,
  intakeIdParams,
  intakeList,
  intakeView,
  listQuery,
  membersBody,
  moveInBody,
  moveInResponse,
  noticeParams,
  noticeResponse,
  noticeSentBody,
  primaryContactBody,
  settingsBody,
  settingsView,
  startBody,
  versionBody,
  versionResponse,
} from './schema.ts';
import {
  markDelegatedStep,
  saveConsent,
  saveEligibility,
  saveFlags,
  saveHelpNeeds,
  savePrimaryContact,
} from './steps.ts';
import { startIntake } from './start-intake.ts';

const tags = ['intake'];
const conduct = { access: 'intake.conduct' } as const;

/** The intake: started from a contact or a person, worked in steps each saved on its own. */
export function intakeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/intakes',
      {
        config: conduct,
        schema: {
          tags,
          summary: 'Intakes the actor may open (default: those going on)',
          querystring: listQuery,
          response: { 200: intakeList },
        },
      },
      async (request) => ({ items: await listIntakes(ctx, request.actor!, request.query.status) }),
    );

    app.post(
      '/api/intakes',
      {
        config: conduct,
        schema: {
          tags,
          summary: 'Start an intake from a logged contact, or for a person and the children along',
          body: startBody,
          response: { 201: created },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await startIntake(ctx, request.actor!, request.body)),
    );

    app.get(
      '/api/intakes/:id',
      {
        config: conduct,
        schema: {
          tags,
          summary: 'One intake with every step saved so far',
          params: intakeIdParams,
          response: { 200: intakeView },
        },
      },
      async (request) => getIntake(ctx, request.actor!, request.params.id),
    );

    const steps = [
      ['members', membersBody, setMembers, 'The children along (registered as people first)'],
      [
        'consent',
        consentBody,
        saveConsent,
        'Consent: to be registered, and to share per recipient',
      ],
      ['identity', identityBody, setIdentity, 'An anonymous resident’s real identity, sealed'],
      [
        'help-needs',
        helpNeedsBody,
        saveHelpNeeds,
        'The mapping of help needs, one answer per area',
      ],
      [
        'primary-contact',
        primaryContactBody,
        savePrimaryContact,
        'The primary contact and, for families, the child-responsible staff member',
      ],
    ] as const;
    for (const [path, body, save, summary] of steps) {
      app.put(
        `/api/intakes/:id/${path}`,
        {
          config: conduct,
          schema: {
            tags,
            summary,
            params: intakeIdParams,
            body,
            response: { 200: versionResponse },
          },
        },
        // Each body carries its own schema; the union of handlers is checked per entry above.
        async (request) => save(ctx, request.actor!, request.params.id, request.body as never),
      );
    }

    app.put(
      '/api/intakes/:id/eligibility',
      {
        config: conduct,
        schema: {
          tags,
          summary:
            'Target group, home municipality, screened unit — or an exclusion with its reason',
          params: intakeIdParams,
          body: eligibilityBody,
          response: { 200: eligibilityResponse },
        },
      },
      async (request) => saveEligibility(ctx, request.actor!, request.params.id, request.body),
    );

    app.put(
      '/api/intakes/:id/flags',
      {
        config: conduct,
        schema: {
          tags,
          summary: 'Forced marriage suspected, asylum seeker: the tasks they call for are made',
          params: intakeIdParams,
          body: flagsBody,
          response: { 200: flagsResponse },
        },
      },
      async (request) => saveFlags(ctx, request.actor!, request.params.id, request.body),
    );

    app.post(
      '/api/intakes/:id/steps/:step',
      {
        config: conduct,
        schema: {
          tags,
          summary: 'Mark the threat mapping or the safety plan (saved by protection) as done',
          params: delegatedStepParams,
          body: versionBody,
          response: { 200: versionResponse },
        },
      },
      async (request) =>
        markDelegatedStep(
          ctx,
          request.actor!,
          request.params.id,
          request.params.step,
          request.body.version,
        ),
    );

    app.get(
      '/api/intakes/:id/notices/:recipient',
      {
        config: conduct,
        schema: {
          tags,
          summary: 'The minimal notice of arrival (409 without the person’s consent)',
          params: noticeParams,
          response: { 200: noticeResponse },
        },
      },
      async (request) =>
        getNotice(ctx, request.actor!, request.params.id, request.params.recipient),
    );

    app.post(
      '/api/intakes/:id/notices/:recipient',
      {
        config: conduct,
        schema: {
          tags,
          summary: 'Record the notice of arrival as sent (409 without the person’s consent)',
          params: noticeParams,
          body: noticeSentBody,
          response: { 201: noticeResponse },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await recordNoticeSent(
              ctx,
              request.actor!,
              request.params.id,
              request.params.recipient,
              request.body,
            ),
          ),
    );

    app.post(
      '/api/intakes/:id/move-in',
      {
        config: { access: 'capacity.assign' },
        schema: {
          tags,
          summary: 'Move into the beds found: the stay starts and the intake is completed',
          params: intakeIdParams,
          body: moveInBody,
          response: { 201: moveInResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await moveIn(ctx, request.actor!, request.params.id, request.body)),
    );

    app.post(
      '/api/intakes/:id/abandon',
      {
        config: conduct,
        schema: {
          tags,
          summary: 'The person did not come or went elsewhere: end the intake',
          params: intakeIdParams,
          body: versionBody,
          response: { 200: versionResponse },
        },
      },
      async (request) =>
        abandonIntake(ctx, request.actor!, request.params.id, request.body.version),
    );

    app.get(
      '/api/intakes/:id/identity',
      {
        config: { access: 'intake.reveal_identity' },
        schema: {
          tags,
          summary: 'An anonymous resident’s sealed real identity (unit leader; audited)',
          params: intakeIdParams,
          response: { 200: identityResponse },
        },
      },
      async (request) => revealIdentity(ctx, request.actor!, request.params.id),
    );

    app.get(
      '/api/intake/settings',
      {
        config: { access: 'intake.configure' },
        schema: { tags, summary: 'The centre’s intake settings', response: { 200: settingsView } },
      },
      async (request) => getSettings(ctx, request.actor!),
    );

    app.put(
      '/api/intake/settings',
      {
        config: { access: 'intake.configure' },
        schema: {
          tags,
          summary: 'Change the centre’s intake settings (version 0: the first save)',
          body: settingsBody,
          response: { 200: settingsView },
        },
      },
      async (request) => saveSettings(ctx, request.actor!, request.body),
    );
  };
}
