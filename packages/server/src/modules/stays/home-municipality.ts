import { homeMunicipalityCorrectionProblems, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertMunicipalityExists } from '../municipalities/index.ts';
import { staffNames } from '../staff/index.ts';
import { workOnStay } from './household.ts';
import type { homeMunicipalityBody, homeMunicipalityCorrectionView } from './schema.ts';

/**
 * Sets or corrects the home municipality the stay holds from its arrival. The agreement, and so
 * the six-week clock and the bill, follow at once. Changing a known one needs a reason, sealed on
 * a `stay_municipality_corrections` row with the old and new number, who and when; the audit
 * names the fields only. Also on an ended stay: a bill is often found wrong afterwards.
 */
export function correctHomeMunicipality(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
  input: z.infer<typeof homeMunicipalityBody>,
): Promise<{ version: number }> {
  return workOnStay(
    ctx,
    actor,
    stayId,
    'update',
    'stays.home_municipality',
    ['home_municipality_number', 'stay_municipality_corrections'],
    async (tx) => {
      const stay = await tx
        .selectFrom('stays')
        .select('home_municipality_number')
        .where('id', '=', stayId)
        .executeTakeFirstOrThrow();
      const problems = homeMunicipalityCorrectionProblems({
        from: stay.home_municipality_number,
        to: input.homeMunicipalityNumber,
        reason: input.reason,
      });
      if (problems.length > 0) throw invalid(problems);
      await assertMunicipalityExists(
        tx,
        input.homeMunicipalityNumber,
        'body.homeMunicipalityNumber',
      );
      const now = ctx.clock.now();
      await claimVersion(tx, 'stays', stayId, input.version, now);
      await tx
        .updateTable('stays')
        .set({ home_municipality_number: input.homeMunicipalityNumber })
        .where('id', '=', stayId)
        .execute();
      await tx
        .insertInto('stay_municipality_corrections')
        .values({
          id: newId(),
          centre_id: actor.centreId,
          stay_id: stayId,
          old_number: stay.home_municipality_number,
          new_number: input.homeMunicipalityNumber,
          reason_sealed: input.reason
            ? secretBox(ctx.config.encryptionKey).seal(input.reason)
            : null,
          corrected_by: actor.userId,
          corrected_at: now.toISOString(),
        })
        .execute();
      return { version: input.version + 1 };
    },
  );
}

/** The stay's home municipality changes, newest first, with names and reasons. */
export async function homeMunicipalityCorrections(
  ctx: AppContext,
  db: Db | Tx,
  stay: { id: string; centre_id: string },
): Promise<z.infer<typeof homeMunicipalityCorrectionView>[]> {
  const rows = await db
    .selectFrom('stay_municipality_corrections as c')
    .leftJoin('municipalities as old', 'old.number', 'c.old_number')
    .leftJoin('municipalities as new', 'new.number', 'c.new_number')
    .select([
      'c.old_number',
      'c.new_number',
      'old.name as old_name',
      'new.name as new_name',
      'c.reason_sealed',
      'c.corrected_by',
      'c.corrected_at',
    ])
    .where('c.stay_id', '=', stay.id)
    .orderBy('c.corrected_at', 'desc')
    .execute();
  const names = await staffNames(
    db,
    stay.centre_id,
    rows.map((r) => r.corrected_by),
  );
  const box = secretBox(ctx.config.encryptionKey);
  const municipality = (number: string | null, name: string | null) =>
    number === null ? null : { number, name: name ?? '' };
  return rows.map((r) => ({
    from: municipality(r.old_number, r.old_name),
    to: municipality(r.new_number, r.new_name),
    reason: r.reason_sealed ? box.open(r.reason_sealed) : null,
    correctedBy: { id: r.corrected_by, name: names.get(r.corrected_by) ?? '' },
    correctedAt: r.corrected_at,
  }));
}
