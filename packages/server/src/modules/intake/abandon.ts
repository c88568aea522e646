import type { Actor } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { withIntake } from './records.ts';

export function abandonIntake(ctx: AppContext, actor: Actor, id: string, version: number) {
  return withIntake(
    ctx,
    actor,
    id,
    'update',
    'intake.abandon',
    ['status', 'ended_at'],
    { version },
    async (tx, row) => {
      await tx
        .updateTable('intakes')
        .set({ status: 'abandoned', ended_at: ctx.clock.now().toISOString() })
        .where('id', '=', id)
        .execute();
      return { version: row.version };
    },
  );
}
