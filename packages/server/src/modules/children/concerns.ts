import { concernMessage, concernStep, type Actor, type ConcernStep } from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Tx } from '../../platform/db/database.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { centreName } from '../centres/index.ts';
import { partnersOfCentre } from '../partners/index.ts';
import { staffNames } from '../staff/index.ts';
import { childrenOfStay, openChild } from './child-access.ts';
import type { concernView } from './schema.ts';

/*
 * The §6 duty to inform child welfare. Anyone on duty registers a concern (night watch too: the
 * duty is everyone's); a coordinator assesses it and sends it or documents why not. The steps
 * are `concernStep` in the domain; every step is audited on the concern with field names only.
 */

type ConcernView = z.infer<typeof concernView>;

/** Registers a concern about a child of a stay; the text is sealed at rest. */
export function registerConcern(
  ctx: AppContext,
  actor: Actor,
  ref: { stayId: string; personId: string },
  concern: string,
) {
  const action = 'child_welfare.report_concern';
  return openChild(
    ctx,
    actor,
    ref,
    'update',
    action,
    ['child_welfare_concern'],
    async (tx, _c, gateway) => {
      const now = ctx.clock.now().toISOString();
      const id = newId();
      await tx
        .insertInto('child_welfare_concerns')
        .values({
          id,
          centre_id: actor.centreId,
          stay_id: ref.stayId,
          person_id: ref.personId,
          status: 'registered',
          concern_sealed: secretBox(ctx.config.encryptionKey).seal(concern),
          registered_by: actor.userId,
          registered_at: now,
          assessment_sealed: null,
          assessed_by: null,
          assessed_at: null,
          office_partner_id: null,
          sent_on: null,
          message_sealed: null,
          not_sent_reason_sealed: null,
          concluded_by: null,
          concluded_at: null,
          updated_at: now,
          version: 1,
        })
        .execute();
      await gateway.audit(tx, 'child_welfare_concern', id, 'create', action, [
        'stay_id',
        'person_id',
        'concern',
      ]);
      return { id, version: 1 };
    },
  );
}

async function loadConcern(ctx: AppContext, tx: Tx, id: string): Promise<ConcernView> {
  const box = secretBox(ctx.config.encryptionKey);
  const unseal = (value: string | null) => (value === null ? null : box.open(value));
  const row = await tx
    .selectFrom('child_welfare_concerns')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const [[child], names, offices, centre] = await Promise.all([
    childrenOfStay(tx, row.stay_id, row.person_id),
    staffNames(tx, row.centre_id, [row.registered_by, row.assessed_by, row.concluded_by]),
    partnersOfCentre(tx, row.centre_id, [row.office_partner_id]),
    centreName(tx, row.centre_id),
  ]);
  const staff = (id: string | null) => (id === null ? null : { id, name: names.get(id) ?? '' });
  const office = row.office_partner_id ? offices.get(row.office_partner_id) : undefined;
  return {
    id: row.id,
    stayId: row.stay_id,
    child: {
      id: row.person_id,
      displayName: child!.displayName,
      birthDate: child!.birthDate,
      firstName: child!.firstName,
      lastName: child!.lastName,
      alias: child!.alias,
      addressProtection: child!.addressProtection,
    },
    status: row.status,
    concern: box.open(row.concern_sealed),
    registeredAt: row.registered_at,
    registeredBy: staff(row.registered_by)!,
    assessment: unseal(row.assessment_sealed),
    assessedAt: row.assessed_at,
    assessedBy: staff(row.assessed_by),
    office: office ? { id: office.id, name: office.name } : null,
    sentOn: row.sent_on,
    message: unseal(row.message_sealed),
    notSentReason: unseal(row.not_sent_reason_sealed),
    concludedAt: row.concluded_at,
    concludedBy: staff(row.concluded_by),
    centreName: centre,
    version: row.version,
  };
}

const childFields = ['display_name', 'birth_date', 'address_protection'];
const viewFields = [
  'concern',
  'status',
  'assessment',
  'office',
  'sent_on',
  'message',
  'not_sent_reason',
];

export function getConcern(ctx: AppContext, actor: Actor, id: string): Promise<ConcernView> {
  const gateway = new PersonalDataGateway(ctx, actor);
  const action = 'child_welfare.read';
  return gateway.open('child_welfare_concern', id, 'read', action, viewFields, async (tx) => {
    const concern = await loadConcern(ctx, tx, id);
    // The child's name and birth date are on the page: the child's record was read too.
    await gateway.audit(tx, 'person', concern.child.id, 'read', action, childFields);
    return concern;
  });
}

/** What each step writes, by field name, for the audit entry. */
const stepFields: Record<ConcernStep['kind'], string[]> = {
  assess: ['status', 'assessment', 'assessed_by'],
  send: ['status', 'office_partner_id', 'sent_on', 'message', 'concluded_by'],
  not_send: ['status', 'not_sent_reason', 'concluded_by'],
};

/** The assessment, the office, the report sent or the reason not to: what each step writes. */
async function stepColumns(
  ctx: AppContext,
  actor: Actor,
  tx: Tx,
  current: ConcernView,
  step: ConcernStep,
) {
  const box = secretBox(ctx.config.encryptionKey);
  const now = ctx.clock.now().toISOString();
  switch (step.kind) {
    case 'assess':
      return {
        assessment_sealed: box.seal(step.assessment),
        assessed_by: actor.userId,
        assessed_at: now,
      };
    case 'send': {
      // Only a child-welfare office of this centre's partners register receives a report.
      const [offices, senders] = await Promise.all([
        partnersOfCentre(tx, actor.centreId, [step.officePartnerId]),
        staffNames(tx, actor.centreId, [actor.userId]),
      ]);
      const office = offices.get(step.officePartnerId!);
      if (office?.type !== 'child_welfare') {
        throw invalid([
          {
            path: 'body.officePartnerId',
            code: 'not_child_welfare_office',
            message: 'Not a child-welfare office in the partners register',
          },
        ]);
      }
      const message = concernMessage({
        child: current.child,
        concern: current.concern,
        office: { name: office.name },
        sentOn: step.sentOn!,
        sender: { name: senders.get(actor.userId) ?? '' },
        centre: { name: current.centreName },
      });
      return {
        office_partner_id: office.id,
        sent_on: step.sentOn,
        message_sealed: box.seal(message),
        concluded_by: actor.userId,
        concluded_at: now,
      };
    }
    case 'not_send':
      return {
        not_sent_reason_sealed: box.seal(step.reason),
        concluded_by: actor.userId,
        concluded_at: now,
      };
  }
}

/**
 * Moves a concern one step on, with the version the caller read. The domain decides whether the
 * step fits; a stale version or a step that no longer fits (someone else concluded it) is 409.
 */
export function stepConcern(
  ctx: AppContext,
  actor: Actor,
  id: string,
  version: number,
  step: ConcernStep,
): Promise<{ version: number }> {
  const gateway = new PersonalDataGateway(ctx, actor);
  const action = step.kind === 'assess' ? 'child_welfare.assess' : 'child_welfare.conclude';
  const fields = stepFields[step.kind];
  return gateway.open('child_welfare_concern', id, 'update', action, fields, async (tx) => {
    const current = await loadConcern(ctx, tx, id);
    if (current.version !== version) {
      throw conflict(
        'Someone else changed this concern after you opened it. Reload it.',
        'stale_version',
      );
    }
    const result = concernStep(current.status, step);
    if (!result.ok) {
      if (result.conflict) throw conflict(result.message, result.reason);
      throw invalid(result.problems);
    }
    const columns = await stepColumns(ctx, actor, tx, current, step);
    await claimVersion(tx, 'child_welfare_concerns', id, version, ctx.clock.now());
    await tx
      .updateTable('child_welfare_concerns')
      .set({ ...columns, status: result.status })
      .where('id', '=', id)
      .execute();
    return { version: version + 1 };
  });
}
