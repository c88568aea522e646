import type { Actor } from '@havn/domain';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { uniqueViolation } from '../../platform/db/unique-violation.ts';
import { screenedUnitsOf } from '../capacity/index.ts';
import { staffNames } from '../staff/index.ts';
import type { houseRules, houseRulesBody } from './schema.ts';
import { auditWork } from '../../platform/audit/events.ts';

const centreScope = 'centre';

/** The latest revision of each scope of the centre's rules. */
async function latestRules(db: Db | Tx, centreId: string) {
  const rows = await db
    .selectFrom('house_rules')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('revision', '=', (eb) =>
      eb
        .selectFrom('house_rules as later')
        .select(sql<number>`max(later.revision)`.as('revision'))
        .whereRef('later.centre_id', '=', 'house_rules.centre_id')
        .whereRef('later.scope', '=', 'house_rules.scope'),
    )
    .execute();
  return new Map(rows.map((r) => [r.scope, r]));
}

/** The house rules and each screened unit's extended rules, as last saved. */
export async function getHouseRules(
  ctx: AppContext,
  actor: Actor,
): Promise<z.infer<typeof houseRules>> {
  const { db } = ctx.database;
  const [latest, units] = await Promise.all([
    latestRules(db, actor.centreId),
    screenedUnitsOf(db, actor.centreId),
  ]);
  const names = await staffNames(
    db,
    actor.centreId,
    [...latest.values()].map((r) => r.created_by),
  );
  const view = (scope: string) => {
    const r = latest.get(scope);
    return r
      ? {
          text: r.text,
          revision: r.revision,
          savedAt: r.created_at,
          savedBy: names.get(r.created_by) ?? '',
        }
      : null;
  };
  return {
    centre: view(centreScope),
    units: units.map((u) => ({ unitId: u.id, name: u.name, rules: view(u.id) })),
  };
}

/** Saves a new revision of the rules; the editor states the revision it started from. */
export async function saveHouseRules(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof houseRulesBody>,
) {
  const now = ctx.clock.now();
  const scope = input.unitId ?? centreScope;
  try {
    return await ctx.database.db.transaction().execute(async (tx) => {
      if (input.unitId) {
        const units = await screenedUnitsOf(tx, actor.centreId);
        if (!units.some((u) => u.id === input.unitId))
          throw invalid([
            {
              path: 'body.unitId',
              code: 'not_screened_unit',
              message: 'Extended rules belong to a screened unit of this centre',
            },
          ]);
      }
      const current = (await latestRules(tx, actor.centreId)).get(scope)?.revision ?? 0;
      if (current !== input.revision)
        throw conflict(
          'Someone else saved the rules after you opened them. Reload to see them.',
          'stale_version',
        );
      const id = newId();
      await tx
        .insertInto('house_rules')
        .values({
          id,
          centre_id: actor.centreId,
          scope,
          unit_id: input.unitId,
          revision: current + 1,
          text: input.text,
          created_by: actor.userId,
          created_at: now.toISOString(),
        })
        .execute();
      await auditWork(tx, ctx, actor, {
        verb: 'create',
        action: 'protection.house_rules.save',
        recordType: 'house_rules',
        recordId: id,
        fields: ['text'],
      });
      return { revision: current + 1 };
    });
  } catch (error) {
    if (uniqueViolation(error) !== null)
      throw conflict(
        'Someone else saved the rules after you opened them. Reload to see them.',
        'stale_version',
      );
    throw error;
  }
}
