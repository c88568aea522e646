import type { Actor } from '@havn/domain';
import type { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { PersonTable } from '../../platform/db/tables.ts';
import { newId } from '../../platform/ids.ts';
import { touched } from './person-records.ts';

/**
 * Writes a new person record (and a child's links to the adults along) inside the caller's
 * transaction, audited as `people.create` in it. Callers that register someone as part of other
 * work — a stay started for a person known by alias, an intake from an anonymous call — use it so
 * that the person exists only if that work commits.
 */
export async function insertPerson(
  ctx: AppContext,
  tx: Tx,
  gateway: PersonalDataGateway,
  actor: Actor,
  person: { id?: string; columns: Partial<PersonTable>; adultIds?: readonly string[] },
): Promise<string> {
  const id = person.id ?? newId();
  const now = ctx.clock.now().toISOString();
  await tx
    .insertInto('persons')
    .values({
      id,
      centre_id: actor.centreId,
      is_child: 0,
      gender: 'unknown',
      languages: secretBox(ctx.config.encryptionKey).seal('[]'),
      interpreter_needed: 0,
      address_protection: 'none',
      alias: null,
      first_name: null,
      last_name: null,
      birth_date: null,
      national_id_sealed: null,
      national_id_hash: null,
      home_municipality_number: null,
      address_sealed: null,
      contact_sealed: null,
      accessibility_notes: null,
      ...person.columns,
      merged_into: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  for (const adultId of person.adultIds ?? [])
    await tx
      .insertInto('person_relations')
      .values({
        id: newId(),
        centre_id: actor.centreId,
        adult_id: adultId,
        child_id: id,
        relation: 'parent',
        created_at: now,
      })
      .execute();
  await gateway.audit(tx, 'person', id, 'create', 'people.create', touched(person.columns));
  return id;
}
