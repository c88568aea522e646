import {
  checkNationalId,
  duplicateSuggestions,
  normalizeNationalId,
  type Actor,
  type PersonKey,
} from '@havn/domain';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { keyedHash } from '../../platform/crypto/tokens.ts';
import type { PersonTable } from '../../platform/db/tables.ts';
import { earlierRecords } from './earlier-records.ts';
import type { createPersonBody } from './schema.ts';

export type CreateInput = z.infer<typeof createPersonBody>;

/** How staff see a person in lists: the name if given, else the alias. */
export function displayName(p: Pick<PersonTable, 'alias' | 'first_name' | 'last_name'>): string {
  const name = [p.first_name, p.last_name].filter(Boolean).join(' ');
  return name || p.alias || '—';
}

/** Maps input fields to columns, sealing what must be sealed; only the fields given. */
export function columnsFrom(ctx: AppContext, input: Partial<CreateInput>): Partial<PersonTable> {
  const box = secretBox(ctx.config.encryptionKey);
  const c: Partial<PersonTable> = {};
  if (input.isChild !== undefined) c.is_child = input.isChild ? 1 : 0;
  if (input.alias !== undefined) c.alias = input.alias || null;
  if (input.firstName !== undefined) c.first_name = input.firstName || null;
  if (input.lastName !== undefined) c.last_name = input.lastName || null;
  if (input.birthDate !== undefined) c.birth_date = input.birthDate;
  if (input.nationalId !== undefined) {
    const digits = input.nationalId ? normalizeNationalId(input.nationalId) : null;
    c.national_id_sealed = digits ? box.seal(digits) : null;
    c.national_id_hash = digits ? nationalIdHash(ctx, digits) : null;
    const check = digits ? checkNationalId(digits) : null;
    if (check?.valid && input.birthDate == null) c.birth_date = check.birthDate;
  }
  if (input.gender !== undefined) c.gender = input.gender;
  if (input.languages !== undefined) c.languages = box.seal(JSON.stringify(input.languages));
  if (input.interpreterNeeded !== undefined) c.interpreter_needed = input.interpreterNeeded ? 1 : 0;
  if (input.homeMunicipalityNumber !== undefined)
    c.home_municipality_number = input.homeMunicipalityNumber;
  if (input.addressProtection !== undefined) c.address_protection = input.addressProtection;
  if (input.address !== undefined)
    c.address_sealed = input.address ? box.seal(JSON.stringify(input.address)) : null;
  if (input.contact !== undefined)
    c.contact_sealed = input.contact ? box.seal(JSON.stringify(input.contact)) : null;
  if (input.accessibilityNotes !== undefined)
    c.accessibility_notes = box.sealOrNull(input.accessibilityNotes || null);
  return c;
}

/** The audit names of the fields a write touches: column names, never values. */
export const touched = (columns: Partial<PersonTable>) =>
  Object.keys(columns).filter((k) => k !== 'national_id_hash');

export const nationalIdHash = (ctx: AppContext, nationalId: string) =>
  keyedHash(ctx.config.encryptionKey, 'national-id', normalizeNationalId(nationalId));

type Candidate = Pick<
  PersonTable,
  'id' | 'alias' | 'first_name' | 'last_name' | 'birth_date' | 'national_id_hash' | 'is_child'
>;

export const keyOf = (p: Partial<Candidate>): Omit<PersonKey, 'id'> => ({
  firstName: p.first_name ?? null,
  lastName: p.last_name ?? null,
  alias: p.alias ?? null,
  birthDate: p.birth_date ?? null,
  nationalIdHash: p.national_id_hash ?? null,
});

/**
 * The records of the actor's centre that `key` recognises (`duplicateSuggestions`) among
 * `candidates`, split into those the actor may open and the earlier records she may not: of
 * those she learns only that they exist, and the intake may link to them.
 */
export async function recognise(
  ctx: AppContext,
  gateway: PersonalDataGateway,
  key: Omit<PersonKey, 'id'>,
  candidates: readonly Candidate[],
  action: string,
) {
  const matches = duplicateSuggestions(
    key,
    candidates.map((c) => ({ id: c.id, ...keyOf(c) })),
  );
  const open = await gateway.filter(
    'person',
    matches.map((m) => m.id),
  );
  const closed = matches.filter((m) => !open.has(m.id));
  const earlier =
    closed.length === 0
      ? []
      : await ctx.database.db
          .transaction()
          .execute((tx) => earlierRecords(ctx, gateway, tx, action, closed));
  return { open: matches.filter((m) => open.has(m.id)), earlier };
}

/** The persons of the centre a registration or search may recognise, by what it gives. */
export function candidatesFor(
  ctx: AppContext,
  actor: Actor,
  by: { nationalIdHash: string | null; birthDate: string | null; lastName: string | null },
) {
  return ctx.database.db
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
        ...(by.nationalIdHash ? [eb('national_id_hash', '=', by.nationalIdHash)] : []),
        ...(by.birthDate ? [eb('birth_date', '=', by.birthDate)] : []),
        ...(by.lastName
          ? [eb(sql<string>`lower(coalesce(last_name, ''))`, '=', by.lastName.toLowerCase())]
          : []),
        sql<boolean>`1 = 0`,
      ]),
    )
    .limit(200)
    .execute();
}
