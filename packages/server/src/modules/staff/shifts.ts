import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '@havn/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import type { Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';

/**
 * Being on shift is part of the need to know: a night watch reaches the current residents'
 * essentials while on duty, not at home. A shift left open ends by itself after this long.
 */
const longestShiftMs = 14 * 3_600_000;

const shiftState = z.object({ onShift: z.boolean(), startedAt: z.string().nullable() });

async function currentShift(ctx: AppContext, actor: Actor) {
  const cutoff = new Date(ctx.clock.now().getTime() - longestShiftMs).toISOString();
  const { db } = ctx.database;
  await db
    .updateTable('shifts')
    .set({ ended_at: ctx.clock.now().toISOString() })
    .where('user_id', '=', actor.userId)
    .where('ended_at', 'is', null)
    .where('started_at', '<', cutoff)
    .execute();
  return db
    .selectFrom('shifts')
    .select(['id', 'started_at'])
    .where('user_id', '=', actor.userId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
}

async function record(
  ctx: AppContext,
  actor: Actor,
  action: string,
  work: (tx: Tx) => Promise<void>,
) {
  await ctx.database.db.transaction().execute(async (tx) => {
    await work(tx);
    await auditEvent(tx, ctx, {
      centreId: actor.centreId,
      actor: actor.userId,
      verb: 'update',
      action,
      outcome: 'success',
      recordType: 'staff_user',
      recordId: actor.userId,
    });
  });
}

export function shiftRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const schema = (summary: string) => ({
      tags: ['staff'],
      summary,
      response: { 200: shiftState },
    });

    app.get(
      '/api/shifts/current',
      { config: { access: 'shifts.own' }, schema: schema('Am I on shift?') },
      async (request) => {
        const shift = await currentShift(ctx, request.actor!);
        return { onShift: shift !== undefined, startedAt: shift?.started_at ?? null };
      },
    );

    app.post(
      '/api/shifts/start',
      { config: { access: 'shifts.own' }, schema: schema('Start my shift') },
      async (request) => {
        const actor = request.actor!;
        const open = await currentShift(ctx, actor);
        if (open) return { onShift: true, startedAt: open.started_at };
        const startedAt = ctx.clock.now().toISOString();
        await record(ctx, actor, 'shift.start', async (tx) => {
          await tx
            .insertInto('shifts')
            .values({
              id: newId(),
              centre_id: actor.centreId,
              user_id: actor.userId,
              started_at: startedAt,
              ended_at: null,
            })
            .execute();
        });
        return { onShift: true, startedAt };
      },
    );

    app.post(
      '/api/shifts/end',
      { config: { access: 'shifts.own' }, schema: schema('End my shift') },
      async (request) => {
        const actor = request.actor!;
        const open = await currentShift(ctx, actor);
        if (open) {
          await record(ctx, actor, 'shift.end', async (tx) => {
            await tx
              .updateTable('shifts')
              .set({ ended_at: ctx.clock.now().toISOString() })
              .where('id', '=', open.id)
              .execute();
          });
        }
        return { onShift: false, startedAt: null };
      },
    );
  };
}
