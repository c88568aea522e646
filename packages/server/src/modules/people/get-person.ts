import { contactDetailsVisible, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Tx } from '../../platform/db/database.ts';
import { displayName } from './person-records.ts';
import type { personView } from './schema.ts';

type PersonView = z.infer<typeof personView>;

async function names(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await tx
    .selectFrom('persons')
    .select(['id', 'alias', 'first_name', 'last_name'])
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => ({ id: r.id, displayName: displayName(r) }));
}

const readFields = [
  'name',
  'alias',
  'birth_date',
  'national_id',
  'gender',
  'languages',
  'home_municipality',
  'address',
  'contact',
  'accessibility_notes',
  'relations',
];

/** One person, as this actor may see them: a protected address only for those who must see it. */
export async function getPerson(ctx: AppContext, actor: Actor, id: string): Promise<PersonView> {
  const gateway = new PersonalDataGateway(ctx, actor);
  const box = secretBox(ctx.config.encryptionKey);
  return gateway.open('person', id, 'read', 'people.read', readFields, async (tx, relation) => {
    const p = await tx
      .selectFrom('persons')
      .leftJoin('municipalities', 'municipalities.number', 'persons.home_municipality_number')
      .selectAll('persons')
      .select('municipalities.official_name as municipality_name')
      .where('persons.id', '=', id)
      .executeTakeFirstOrThrow();
    const links = await tx
      .selectFrom('person_relations')
      .select(['adult_id', 'child_id'])
      .where((eb) => eb.or([eb('adult_id', '=', id), eb('child_id', '=', id)]))
      .execute();
    const reachable = contactDetailsVisible(actor, p.address_protection, relation);
    return {
      id: p.id,
      isChild: p.is_child === 1,
      displayName: displayName(p),
      alias: p.alias,
      firstName: p.first_name,
      lastName: p.last_name,
      birthDate: p.birth_date,
      nationalIdRegistered: p.national_id_hash !== null,
      gender: p.gender,
      languages: JSON.parse(box.open(p.languages)) as string[],
      interpreterNeeded: p.interpreter_needed === 1,
      homeMunicipality: p.home_municipality_number
        ? { number: p.home_municipality_number, name: p.municipality_name ?? '' }
        : null,
      addressProtection: p.address_protection,
      address: reachable && p.address_sealed ? JSON.parse(box.open(p.address_sealed)) : null,
      addressHidden: !reachable && p.address_sealed !== null,
      contact: reachable && p.contact_sealed ? JSON.parse(box.open(p.contact_sealed)) : null,
      contactHidden: !reachable && p.contact_sealed !== null,
      accessibilityNotes: box.openOrNull(p.accessibility_notes),
      children: await names(
        tx,
        links.filter((l) => l.adult_id === id).map((l) => l.child_id),
      ),
      adults: await names(
        tx,
        links.filter((l) => l.child_id === id).map((l) => l.adult_id),
      ),
      mergedInto: p.merged_into,
      version: p.version,
    };
  });
}
