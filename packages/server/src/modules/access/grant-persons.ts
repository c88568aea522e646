import type { BreakGlassRecordType } from '@havn/domain';
import type { Db } from '../../platform/db/database.ts';

const caseTables = {
  stay: 'stays',
  day_user_case: 'day_user_cases',
  reestablishment_case: 'reestablishment_cases',
} as const;

/**
 * The person each granted record is about — the person herself, the resident of a stay, the
 * user of a day-user case or a follow-up — by her alias (her name where she has none), so the
 * review names whom the glass was broken for rather than an id. One query per record type.
 */
export async function grantedPersons(
  db: Db,
  grants: readonly { record_type: string; record_id: string }[],
): Promise<Map<string, string>> {
  const idsOf = (type: BreakGlassRecordType) => [
    ...new Set(grants.filter((g) => g.record_type === type).map((g) => g.record_id)),
  ];
  const personOf = new Map<string, string>(idsOf('person').map((id) => [`person:${id}`, id]));
  for (const [type, table] of Object.entries(caseTables) as [keyof typeof caseTables, string][]) {
    const ids = idsOf(type);
    if (ids.length === 0) continue;
    const rows = await db
      .selectFrom(table as (typeof caseTables)[keyof typeof caseTables])
      .select(['id', 'person_id'])
      .where('id', 'in', ids)
      .execute();
    for (const r of rows) personOf.set(`${type}:${r.id}`, r.person_id);
  }
  const personIds = [...new Set(personOf.values())];
  const people = personIds.length
    ? await db
        .selectFrom('persons')
        .select(['id', 'alias', 'first_name', 'last_name'])
        .where('id', 'in', personIds)
        .execute()
    : [];
  const alias = new Map(
    people.map((p) => [
      p.id,
      p.alias ?? ([p.first_name, p.last_name].filter(Boolean).join(' ') || '—'),
    ]),
  );
  const result = new Map<string, string>();
  for (const [key, personId] of personOf) {
    const name = alias.get(personId);
    if (name !== undefined) result.set(key, name);
  }
  return result;
}
