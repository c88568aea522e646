import type { Tx } from '../platform/db/database.ts';
import type { Gender } from '../platform/db/tables.ts';
import { newId } from '../platform/ids.ts';

export const dayMs = 86_400_000;

function birthDate(now: Date, age: number): string {
  return new Date(now.getTime() - (age * 365.25 + 100) * dayMs).toISOString().slice(0, 10);
}

/** A synthetic person: an alias only, never a name; a child has a birth date from the age. */
export async function demoPerson(
  tx: Tx,
  centreId: string,
  now: Date,
  alias: string,
  gender: Gender,
  child: number | null,
): Promise<string> {
  const stamp = now.toISOString();
  const id = newId();
  await tx
    .insertInto('persons')
    .values({
      id,
      centre_id: centreId,
      is_child: child === null ? 0 : 1,
      alias,
      first_name: null,
      last_name: null,
      birth_date: child === null ? null : birthDate(now, child),
      national_id_sealed: null,
      national_id_hash: null,
      gender,
      languages: '[]',
      interpreter_needed: 0,
      home_municipality_number: null,
      address_protection: 'none',
      address_sealed: null,
      contact_sealed: null,
      accessibility_notes: null,
      merged_into: null,
      created_by: 'system:demo',
      created_at: stamp,
      updated_at: stamp,
      version: 1,
    })
    .execute();
  return id;
}
