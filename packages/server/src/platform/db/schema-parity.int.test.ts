import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testEngine, type TestDatabase } from '../../../test/databases.ts';

/** A table as both engines can describe it: columns with type and nullability, key, named indexes. */
interface TableShape {
  columns: string[];
  primaryKey: string[];
  indexes: string[];
}
type SchemaShape = Record<string, TableShape>;

const ours = (table: string) => !table.startsWith('kysely_') && !table.startsWith('sqlite_');

async function sqliteShape(database: TestDatabase): Promise<SchemaShape> {
  const tables = await sql<{
    name: string;
  }>`select name from sqlite_master where type = 'table' order by name`.execute(database.db);
  const shape: SchemaShape = {};
  for (const { name } of tables.rows.filter((t) => ours(t.name))) {
    const columns = await sql<{ name: string; type: string; notnull: number; pk: number }>`
      select name, type, "notnull", pk from pragma_table_info(${name})`.execute(database.db);
    const indexes = await sql<{ name: string; origin: string }>`
      select name, origin from pragma_index_list(${name})`.execute(database.db);
    shape[name] = {
      columns: columns.rows
        .map((c) => `${c.name} ${c.type.toLowerCase()} ${c.notnull ? 'not null' : 'null'}`)
        .sort(),
      primaryKey: columns.rows
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      indexes: indexes.rows
        .filter((i) => i.origin === 'c')
        .map((i) => i.name)
        .sort(),
    };
  }
  return shape;
}

async function postgresShape(database: TestDatabase): Promise<SchemaShape> {
  const columns = await sql<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_nullable: string;
  }>`
    select table_name, column_name, data_type, is_nullable from information_schema.columns
    where table_schema = 'public' order by table_name, ordinal_position`.execute(database.db);
  const keys = await sql<{ table_name: string; column_name: string }>`
    select kcu.table_name, kcu.column_name from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu
      on tc.constraint_name = kcu.constraint_name and tc.table_schema = kcu.table_schema
    where tc.table_schema = 'public' and tc.constraint_type = 'PRIMARY KEY'
    order by kcu.table_name, kcu.ordinal_position`.execute(database.db);
  // Indexes made by CREATE INDEX, not by a primary key or unique constraint.
  const indexes = await sql<{ tablename: string; indexname: string }>`
    select i.tablename, i.indexname from pg_indexes i
    where i.schemaname = 'public'
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`.execute(
    database.db,
  );
  const shape: SchemaShape = {};
  for (const c of columns.rows.filter((r) => ours(r.table_name))) {
    const table = (shape[c.table_name] ??= { columns: [], primaryKey: [], indexes: [] });
    table.columns.push(
      `${c.column_name} ${c.data_type} ${c.is_nullable === 'NO' ? 'not null' : 'null'}`,
    );
  }
  for (const k of keys.rows.filter((r) => ours(r.table_name)))
    shape[k.table_name]!.primaryKey.push(k.column_name);
  for (const i of indexes.rows.filter((r) => ours(r.tablename)))
    shape[i.tablename]!.indexes.push(i.indexname);
  for (const table of Object.values(shape)) {
    table.columns.sort();
    table.indexes.sort();
  }
  return shape;
}

describe.runIf(testEngine === 'postgres')('schema parity', () => {
  let sqlite: TestDatabase;
  let postgres: TestDatabase;
  beforeAll(async () => {
    sqlite = await freshDatabase('sqlite');
    postgres = await freshDatabase('postgres');
  });
  afterAll(async () => {
    await sqlite.close();
    await postgres.close();
  });

  it('ends with the same tables, columns, keys and indexes on SQLite and PostgreSQL', async () => {
    const [a, b] = await Promise.all([sqliteShape(sqlite), postgresShape(postgres)]);
    expect(Object.keys(a).length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it('holds the same reference data on both', async () => {
    const count = (d: TestDatabase) =>
      d.db
        .selectFrom('municipalities')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
    const [a, b] = await Promise.all([count(sqlite), count(postgres)]);
    expect(Number(a.n)).toBe(357);
    expect(Number(b.n)).toBe(357);
  });
});
