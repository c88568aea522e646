import { nationalIdConfirmExhausted, nationalIdConfirmLimit, type Actor } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { AppError } from '../../platform/http/errors.ts';
import { nationalIdHash } from './person-records.ts';

/**
 * Whether the national id typed matches the one registered, compared by its keyed hash: staff
 * confirm an identity without the record ever showing a digit. Every attempt is audited before
 * the comparison, under the audit lock, so parallel guesses count one by one against the limit.
 */
export async function confirmNationalId(
  ctx: AppContext,
  actor: Actor,
  id: string,
  nationalId: string,
): Promise<{ matches: boolean }> {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'person',
    id,
    'read',
    'people.confirm_national_id',
    ['national_id'],
    async (tx) => {
      await gateway.audit(tx, 'person', id, 'execute', 'people.national_id_attempt', [
        'national_id',
      ]);
      const since = new Date(
        ctx.clock.now().getTime() - nationalIdConfirmLimit.windowHours * 3_600_000,
      ).toISOString();
      const attempts = (column: 'record_id' | 'actor', value: string) =>
        tx
          .selectFrom('audit_entries')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('action', '=', 'people.national_id_attempt')
          .where(column, '=', value)
          .where('at', '>', since)
          .executeTakeFirstOrThrow()
          .then((r) => Number(r.n) - 1);
      const [onRecord, byStaff] = await Promise.all([
        attempts('record_id', id),
        attempts('actor', actor.userId),
      ]);
      if (nationalIdConfirmExhausted({ onRecord, byStaff }))
        throw new AppError(
          'too_many_requests',
          'Too many attempts at confirming a national id; try again tomorrow',
          undefined,
          nationalIdConfirmLimit.windowHours * 3600,
        );
      const row = await tx
        .selectFrom('persons')
        .select('national_id_hash')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return {
        matches:
          row.national_id_hash !== null && row.national_id_hash === nationalIdHash(ctx, nationalId),
      };
    },
  );
}
