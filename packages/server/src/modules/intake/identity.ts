import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/http/errors.ts';
import { boxOf, openJson, sealJson, withIntake } from './records.ts';
import type { identityBody } from './schema.ts';

/**
 * An anonymous resident: the person record holds only an alias, the real identity is sealed
 * here. Anyone working the intake may record it; only the unit leader reads it back.
 */
export function setIdentity(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof identityBody>,
) {
  return withIntake(
    ctx,
    actor,
    id,
    'update',
    'intake.identity',
    ['identity'],
    { version: input.version, allow: ['in_progress', 'completed'] },
    async (tx, row) => {
      await tx
        .updateTable('intakes')
        .set({ identity_sealed: sealJson(boxOf(ctx), input.identity) })
        .where('id', '=', id)
        .execute();
      return { version: row.version };
    },
  );
}

export function revealIdentity(ctx: AppContext, actor: Actor, id: string) {
  return withIntake(
    ctx,
    actor,
    id,
    'read',
    'intake.reveal_identity',
    ['identity'],
    null,
    async (_tx, row) => {
      const identity = openJson<z.infer<typeof identityBody>['identity']>(
        boxOf(ctx),
        row.identity_sealed,
      );
      if (identity === null) throw notFound();
      return { identity };
    },
  );
}
