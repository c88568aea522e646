import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { secretBox } from './secret-box.ts';
import { sealedColumns } from './sealed-columns.ts';

const batch = 500;

/**
 * Seals the clear values that versions before a column was sealed left in it. Migrations have no
 * key, so this runs after them, at every `havn migrate` and `havn serve` (and after the demo
 * loader, which writes rows as they are): a value already sealed is recognised and left alone, so
 * a second run changes nothing. Each value is replaced only while it is still the one read, and
 * the version is not touched (the value is the same, only stored sealed), so no committed write —
 * not even one made by a server still running beside it — is lost or refused.
 * Returns how many values it sealed.
 */
export async function sealStoredText(db: Db, key: Buffer): Promise<number> {
  const box = secretBox(key);
  let count = 0;
  for (const [table, columns] of sealedColumns()) {
    for (const column of columns) {
      let after = '';
      for (;;) {
        // Every table with a sealed column has an `id`. Sealed values all begin 'v1.' (clear text
        // that happened to begin so would fail loudly when read, never be sealed twice).
        const { rows } = await sql<{ id: string; value: string }>`
          select id, ${sql.ref(column)} as value from ${sql.table(table)}
          where id > ${after} and ${sql.ref(column)} is not null
            and substr(${sql.ref(column)}, 1, 3) <> 'v1.'
          order by id limit ${batch}`.execute(db);
        if (rows.length === 0) break;
        const work = async (tx: Db) => {
          for (const row of rows) {
            await sql`
              update ${sql.table(table)} set ${sql.ref(column)} = ${box.seal(row.value)}
              where id = ${row.id} and ${sql.ref(column)} = ${row.value}`.execute(tx);
            count += 1;
          }
        };
        await (db.isTransaction ? work(db) : db.transaction().execute(work));
        after = rows[rows.length - 1]!.id;
      }
    }
  }
  return count;
}
