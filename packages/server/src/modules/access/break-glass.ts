import { decideBreakGlass, type Actor } from '@havn/domain';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { matchTotp } from '../../platform/auth/totp.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { AppError, conflict, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { z } from 'zod';
import { grantedPersons } from './grant-persons.ts';
import type { breakGlassBody } from './schema.ts';

/**
 * Break-the-glass: a staff member opens a record outside their normal need to know by stating a
 * reason and giving the second factor again. Only a record of the own centre can be asked for
 * (anything else is the gateway's audited 404, so a guessed id leaves no grant to review). The
 * grant is time-limited and waits for the unit leader's review; its reason is sealed on the grant,
 * and the audit entry names the record and the grant, never the words.
 */
export async function breakTheGlass(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof breakGlassBody>,
) {
  const now = ctx.clock.now();
  const box = secretBox(ctx.config.encryptionKey);
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    input.recordType,
    input.recordId,
    'execute',
    'break_glass.grant',
    ['reason'],
    async (tx) => {
      const user = await tx
        .selectFrom('staff_users')
        .select(['totp_secret', 'totp_last_step'])
        .where('id', '=', actor.userId)
        .executeTakeFirstOrThrow();
      const step = user.totp_secret
        ? matchTotp(box.open(user.totp_secret), input.code, now, user.totp_last_step)
        : null;
      if (step === null) throw new AppError('unauthenticated', 'The code was not accepted');
      await tx
        .updateTable('staff_users')
        .set({ totp_last_step: step })
        .where('id', '=', actor.userId)
        .execute();
      const id = newId();
      const expiresAt = new Date(now.getTime() + ctx.config.breakGlassMs).toISOString();
      await tx
        .insertInto('break_glass_grants')
        .values({
          id,
          centre_id: actor.centreId,
          user_id: actor.userId,
          record_type: input.recordType,
          record_id: input.recordId,
          reason_sealed: box.seal(input.reason),
          granted_at: now.toISOString(),
          expires_at: expiresAt,
          reviewed_by: null,
          reviewed_at: null,
        })
        .execute();
      await gateway.audit(tx, 'break_glass_grant', id, 'create', 'break_glass.request', ['reason']);
      return { id, expiresAt };
    },
    decideBreakGlass,
  );
}

export async function listGrants(ctx: AppContext, actor: Actor, reviewed: boolean) {
  const rows = await ctx.database.db
    .selectFrom('break_glass_grants')
    .innerJoin('staff_users', 'staff_users.id', 'break_glass_grants.user_id')
    .selectAll('break_glass_grants')
    .select('staff_users.display_name')
    .where('break_glass_grants.centre_id', '=', actor.centreId)
    .where('break_glass_grants.reviewed_at', reviewed ? 'is not' : 'is', null)
    .orderBy('break_glass_grants.granted_at', 'desc')
    .limit(500)
    .execute();
  const box = secretBox(ctx.config.encryptionKey);
  const persons = await grantedPersons(ctx.database.db, rows);
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    userName: r.display_name,
    recordType: r.record_type,
    recordId: r.record_id,
    personAlias: persons.get(`${r.record_type}:${r.record_id}`) ?? null,
    reason: box.open(r.reason_sealed),
    grantedAt: r.granted_at,
    expiresAt: r.expires_at,
    reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at,
  }));
}

/** The unit leader marks a grant as reviewed; a grant is reviewed once, and not by its holder. */
export async function reviewGrant(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('break_glass_grants')
      .select(['centre_id', 'user_id', 'reviewed_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row || row.centre_id !== actor.centreId) throw notFound();
    if (row.user_id === actor.userId)
      throw conflict(
        'Another unit leader must review your own break-the-glass access',
        'own_review',
      );
    if (row.reviewed_at !== null) throw conflict('Already reviewed', 'already_reviewed');
    await tx
      .updateTable('break_glass_grants')
      .set({ reviewed_by: actor.userId, reviewed_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
    await new PersonalDataGateway(ctx, actor).audit(
      tx,
      'break_glass_grant',
      id,
      'update',
      'break_glass.review',
      ['reviewed_at'],
    );
  });
}
