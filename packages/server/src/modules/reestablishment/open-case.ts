import { localDate, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { StayTable } from '../../platform/db/tables.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { uniqueViolation } from '../../platform/db/unique-violation.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { staffOfCentre } from '../staff/index.ts';
import { assertMayAssignPrimaryContact, recordAddressAccess } from '../access/index.ts';
import { stayMembers, staysByIds, staysOfPersons } from '../stays/index.ts';
import { assertChildren, assertPartners, housingColumns } from './case-data.ts';
import type { openBody } from './schema.ts';

function isOpenCaseViolation(error: unknown): boolean {
  const hit = uniqueViolation(error);
  return (
    hit?.index === 'reestablishment_cases_person_open_idx' ||
    hit?.columns === 'reestablishment_cases.person_id'
  );
}

const alreadyOpen = 'This person already has an open re-establishment case';

/** The crisis stay that ended last, of a person's stays. */
const lastEndedCrisisStay = (stays: readonly StayTable[]) =>
  stays
    .filter((s) => s.kind === 'crisis' && s.departure_at !== null)
    .sort((a, b) => b.departure_at!.localeCompare(a.departure_at!))[0];

/**
 * Opens a follow-up case: after a stay (the person, the children along and the stay followed
 * come from it — the stay must have ended) or fresh for an adult. The actor must be able to open
 * the person (and the stay); the primary contact defaults to the actor.
 */
export async function openCase(ctx: AppContext, actor: Actor, input: z.infer<typeof openBody>) {
  const gateway = new PersonalDataGateway(ctx, actor);
  let personId = input.personId;
  if (input.fromStayId) {
    const stayId = input.fromStayId;
    const stay = await gateway.open(
      'stay',
      stayId,
      'read',
      'reestablishment.open',
      ['person_id', 'departure_at'],
      async (tx) => (await staysByIds(tx, [stayId])).get(stayId)!,
    );
    if (stay.departure_at === null)
      throw conflict('The stay is still going on; register the departure first', 'stay_going_on');
    personId = stay.person_id;
  }
  const now = ctx.clock.now();
  const today = localDate(now);
  const startedOn = input.startedOn ?? today;
  if (startedOn > today)
    throw invalid([{ path: 'body.startedOn', code: 'in_future', message: 'Not in the future' }]);
  const id = newId();
  const box = secretBox(ctx.config.encryptionKey);
  try {
    await gateway.open(
      'person',
      personId!,
      'update',
      'reestablishment.open',
      ['reestablishment_case'],
      async (tx) => {
        const adult = await tx
          .selectFrom('persons')
          .select('is_child')
          .where('id', '=', personId!)
          .executeTakeFirstOrThrow();
        if (adult.is_child === 1)
          throw invalid([
            { path: 'body.personId', code: 'not_an_adult', message: 'The case is the adult’s' },
          ]);
        const open = await tx
          .selectFrom('reestablishment_cases')
          .select('id')
          .where('person_id', '=', personId!)
          .where('ended_on', 'is', null)
          .executeTakeFirst();
        if (open) throw conflict(alreadyOpen, 'case_open');
        // Opening the case names nobody: the unit leader may name the primary contact.
        const primary = input.primaryContactId;
        if (primary !== null) assertMayAssignPrimaryContact(actor, null);
        await staffOfCentre(tx, actor.centreId, primary ? [primary] : []);
        await assertPartners(tx, actor.centreId, input.partnerIds);
        const housing = await housingColumns(
          tx,
          personId!,
          input.housing,
          input.municipalityNumber,
        );
        // The stay followed: the one named, else the person's last ended crisis stay, if any.
        const follows =
          input.fromStayId ??
          lastEndedCrisisStay((await staysOfPersons(tx, [personId!])).get(personId!)!)?.id ??
          null;
        // The children: those named, else those who came along on the stay followed.
        const childIds =
          input.childIds ??
          (follows === null ? [] : ((await stayMembers(tx, [follows])).get(follows) ?? []));
        await assertChildren(tx, actor.centreId, childIds);
        const stamp = now.toISOString();
        await tx
          .insertInto('reestablishment_cases')
          .values({
            id,
            centre_id: actor.centreId,
            person_id: personId!,
            child_ids: JSON.stringify([...new Set(childIds)]),
            follows_stay_id: follows,
            ...housing,
            started_on: startedOn,
            primary_contact_id: primary,
            goals_sealed: input.goals ? box.seal(input.goals) : null,
            partner_ids: JSON.stringify([...new Set(input.partnerIds)]),
            ended_on: null,
            end_reason: null,
            is_demo: 0,
            created_by: actor.userId,
            created_at: stamp,
            updated_at: stamp,
            version: 1,
          })
          .execute();
        await gateway.audit(tx, 'reestablishment_case', id, 'create', 'reestablishment.open', [
          'person_id',
          'child_ids',
          'follows_stay_id',
          'housing',
          'started_on',
          'primary_contact_id',
          'partner_ids',
          ...(input.goals ? ['goals'] : []),
        ]);
        await recordAddressAccess(ctx, tx, actor, {
          caseType: 'reestablishment_case',
          caseId: id,
          personIds: [personId!, ...childIds],
          before: [],
          after: [primary],
        });
      },
    );
  } catch (error) {
    if (isOpenCaseViolation(error)) throw conflict(alreadyOpen, 'case_open');
    throw error;
  }
  return { id, version: 1 };
}
