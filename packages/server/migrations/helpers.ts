import { sql, type RawBuilder } from 'kysely';

/** A CHECK that a text column holds one of a fixed set of values (fixed in code, never input). */
export function oneOf(column: string, values: readonly string[]): RawBuilder<unknown> {
  return sql.raw(`${column} in (${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')})`);
}
