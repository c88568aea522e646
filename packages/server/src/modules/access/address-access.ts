import { mayAssignPrimaryContact, type Actor } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { AddressAccessGrantTable } from '../../platform/db/tables.ts';
import { conflict, notFound, refused } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';

/**
 * Refuses naming a primary contact or child-responsible staff member unless the actor may:
 * the unit leader, or the case's current primary contact handing it over.
 */
export function assertMayAssignPrimaryContact(
  actor: Actor,
  currentPrimaryContactId: string | null,
): void {
  if (!mayAssignPrimaryContact(actor, currentPrimaryContactId))
    throw refused(
      'Only the unit leader, or the current primary contact, names a primary contact',
      'primary_contact_not_assignable',
    );
}

/**
 * Records that staff became responsible for a case: for each person of the case with a
 * protected address, a grant for the unit leader's review and an audit entry on the person. Call
 * it in the transaction of the change, with who was responsible before and who is after.
 */
export async function recordAddressAccess(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  input: {
    caseType: AddressAccessGrantTable['case_type'];
    caseId: string;
    personIds: readonly string[];
    before: readonly (string | null)[];
    after: readonly (string | null)[];
  },
): Promise<void> {
  const gained = [
    ...new Set(input.after.filter((id): id is string => id !== null && !input.before.includes(id))),
  ];
  if (gained.length === 0 || input.personIds.length === 0) return;
  const protectedPersons = await tx
    .selectFrom('persons')
    .select(['id', 'address_protection'])
    .where('id', 'in', [...new Set(input.personIds)])
    .where('address_protection', '!=', 'none')
    .execute();
  const now = ctx.clock.now().toISOString();
  for (const person of protectedPersons)
    for (const userId of gained) {
      await tx
        .insertInto('address_access_grants')
        .values({
          id: newId(),
          centre_id: actor.centreId,
          person_id: person.id,
          user_id: userId,
          granted_by: actor.userId,
          case_type: input.caseType,
          case_id: input.caseId,
          protection: person.address_protection as AddressAccessGrantTable['protection'],
          granted_at: now,
          reviewed_by: null,
          reviewed_at: null,
        })
        .execute();
      await new PersonalDataGateway(ctx, actor).audit(
        tx,
        'person',
        person.id,
        'update',
        'access.protected_address',
        ['primary_contact_id'],
      );
    }
}

/** Gains of access to a protected address in the actor's centre, newest first. */
export async function listAddressAccess(ctx: AppContext, actor: Actor, reviewed: boolean) {
  const rows = await ctx.database.db
    .selectFrom('address_access_grants as g')
    .innerJoin('staff_users as holder', 'holder.id', 'g.user_id')
    .innerJoin('staff_users as by', 'by.id', 'g.granted_by')
    .selectAll('g')
    .select(['holder.display_name as user_name', 'by.display_name as granted_by_name'])
    .where('g.centre_id', '=', actor.centreId)
    .where('g.reviewed_at', reviewed ? 'is not' : 'is', null)
    .orderBy('g.granted_at', 'desc')
    .orderBy('g.id', 'desc')
    .limit(500)
    .execute();
  await ctx.database.db.transaction().execute((tx) =>
    auditEvent(tx, ctx, {
      centreId: actor.centreId,
      actor: actor.userId,
      verb: 'read',
      action: 'access.protected_address_review',
      outcome: 'success',
      recordType: null,
      recordId: null,
    }),
  );
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    userId: r.user_id,
    userName: r.user_name,
    grantedBy: r.granted_by,
    grantedByName: r.granted_by_name,
    caseType: r.case_type,
    caseId: r.case_id,
    protection: r.protection,
    grantedAt: r.granted_at,
    reviewedAt: r.reviewed_at,
  }));
}

/** The unit leader marks a gain as reviewed, once. */
export async function reviewAddressAccess(ctx: AppContext, actor: Actor, id: string) {
  await ctx.database.db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('address_access_grants')
      .select(['centre_id', 'person_id', 'reviewed_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row || row.centre_id !== actor.centreId) throw notFound();
    if (row.reviewed_at !== null) throw conflict('Already reviewed', 'already_reviewed');
    await tx
      .updateTable('address_access_grants')
      .set({ reviewed_by: actor.userId, reviewed_at: ctx.clock.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await new PersonalDataGateway(ctx, actor).audit(
      tx,
      'person',
      row.person_id,
      'update',
      'access.protected_address_review',
      ['address_access_reviewed_at'],
    );
  });
}
