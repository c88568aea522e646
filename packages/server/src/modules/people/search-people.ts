import type { Actor } from '@havn/domain';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { candidatesFor, displayName, nationalIdHash, recognise } from './person-records.ts';
import type { searchBody } from './schema.ts';

/**
 * Finds people by name or alias among the records the actor may open. Records she may not open
 * are never listed by a fragment of a name: only a match that recognises someone — the national
 * id, the name with the birth date, the full name — says that an earlier record exists, and
 * gives the intake a reference to link to. The text is never stored, only that a search happened.
 */
export async function searchPeople(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof searchBody>,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  const pattern = `%${input.text.toLowerCase().replace(/[%_\\]/g, '')}%`;
  const hash = input.nationalId ? nationalIdHash(ctx, input.nationalId) : null;
  const [named, identified] = await Promise.all([
    ctx.database.db
      .selectFrom('persons')
      .select([
        'id',
        'alias',
        'first_name',
        'last_name',
        'birth_date',
        'national_id_hash',
        'is_child',
      ])
      .where('centre_id', '=', actor.centreId)
      .where('merged_into', 'is', null)
      .where((eb) =>
        eb.or([
          eb(
            sql<string>`lower(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))`,
            'like',
            pattern,
          ),
          eb(sql<string>`lower(coalesce(alias, ''))`, 'like', pattern),
        ]),
      )
      .orderBy('first_name')
      .limit(50)
      .execute(),
    candidatesFor(ctx, actor, {
      nationalIdHash: hash,
      birthDate: input.birthDate ?? null,
      lastName: null,
    }),
  ]);
  const found = await recognise(
    ctx,
    gateway,
    {
      firstName: input.text,
      lastName: null,
      alias: null,
      birthDate: input.birthDate ?? null,
      nationalIdHash: hash,
    },
    [...named, ...identified.filter((c) => !named.some((n) => n.id === c.id))],
    'people.recognise',
  );
  const allowed = await gateway.filter(
    'person',
    named.map((r) => r.id),
  );
  await ctx.database.db
    .transaction()
    .execute((tx) =>
      gateway.audit(tx, 'person', null, 'read', 'people.search', ['display_name', 'birth_date']),
    );
  const recognisedOpen = identified.filter(
    (c) => found.open.some((m) => m.id === c.id) && !allowed.has(c.id),
  );
  return {
    items: [...recognisedOpen, ...named.filter((r) => allowed.has(r.id))].slice(0, 20).map((r) => ({
      id: r.id,
      displayName: displayName(r),
      birthDate: r.birth_date,
      isChild: r.is_child === 1,
    })),
    earlierRecords: found.earlier,
  };
}
