import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';

/**
 * Data, apart from the schema: Norway's 357 municipalities (2024 numbering, unchanged through
 * 2026) with their 1 January 2024 populations, from reference/kommuner.csv (sources and credits
 * in reference/README.md). Populations are a dated series an administrator extends later.
 */
interface Row {
  number: string;
  name: string;
  county_number: string;
  county_name: string;
  population: string;
  population_year: string;
  official_name_ssb: string;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const text = fs.readFileSync(new URL('../reference/kommuner.csv', import.meta.url), 'utf8');
  const rows = parse(text, { columns: true, skip_empty_lines: true }) as Row[];
  const typed = db as Kysely<{
    municipalities: {
      number: string;
      name: string;
      official_name: string;
      county_number: string;
      county_name: string;
    };
    municipality_populations: { municipality_number: string; year: number; population: number };
  }>;
  await typed
    .insertInto('municipalities')
    .values(
      rows.map((r) => ({
        number: r.number,
        name: r.name,
        official_name: r.official_name_ssb,
        county_number: r.county_number,
        county_name: r.county_name,
      })),
    )
    .execute();
  await typed
    .insertInto('municipality_populations')
    .values(
      rows.map((r) => ({
        municipality_number: r.number,
        year: Number(r.population_year),
        population: Number(r.population),
      })),
    )
    .execute();
}
