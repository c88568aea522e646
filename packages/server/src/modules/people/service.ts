import {
  checkNationalId,
  contactDetailsVisible,
  duplicateSuggestions,
  nationalIdConfirmExhausted,
  nationalIdConfirmLimit,
  normalizeNationalId,
  type Actor,
  type PersonKey,
} from '@havn/domain';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { keyedHash } from '../../platform/crypto/tokens.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { PersonRelationTable, PersonTable } from '../../platform/db/tables.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { AppError, conflict, invalid, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { earlierRecords } from './earlier-records.ts';
import type { createPersonBody, personView, searchBody, updatePersonBody } from './schema.ts';
import { assertMunicipalityExists } from '../municipalities/register.ts';

type CreateInput = z.infer<typeof createPersonBody>;
type UpdateInput = z.infer<typeof updatePersonBody>;
type PersonView = z.infer<typeof personView>;

/** How staff see a person in lists: the name if given, else the alias. */
export function displayName(p: Pick<PersonTable, 'alias' | 'first_name' | 'last_name'>): string {
  const name = [p.first_name, p.last_name].filter(Boolean).join(' ');
  return name || p.alias || '—';
}

/** Maps input fields to columns, sealing what must be sealed; only the fields given. */
function columnsFrom(ctx: AppContext, input: Partial<CreateInput>): Partial<PersonTable> {
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
const touched = (columns: Partial<PersonTable>) =>
  Object.keys(columns).filter((k) => k !== 'national_id_hash');

const nationalIdHash = (ctx: AppContext, nationalId: string) =>
  keyedHash(ctx.config.encryptionKey, 'national-id', normalizeNationalId(nationalId));

type Candidate = Pick<
  PersonTable,
  'id' | 'alias' | 'first_name' | 'last_name' | 'birth_date' | 'national_id_hash' | 'is_child'
>;

const keyOf = (p: Partial<Candidate>): Omit<PersonKey, 'id'> => ({
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
async function recognise(
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
function candidatesFor(
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

/**
 * Registers a person. Possible duplicates are returned instead, unless the caller confirms that
 * this is someone else: those the actor may open by name, the rest only as earlier records.
 */
export async function createPerson(ctx: AppContext, actor: Actor, input: CreateInput) {
  const gateway = new PersonalDataGateway(ctx, actor);
  const { db } = ctx.database;
  const columns = columnsFrom(ctx, input);
  if (!input.confirmNotDuplicate) {
    const key = keyOf(columns);
    const candidates = await candidatesFor(ctx, actor, {
      nationalIdHash: key.nationalIdHash,
      birthDate: key.birthDate,
      lastName: key.lastName,
    });
    const found = await recognise(ctx, gateway, key, candidates, 'people.duplicate_check');
    if (found.open.length + found.earlier.length > 0) {
      await db
        .transaction()
        .execute((tx) =>
          gateway.audit(tx, 'person', null, 'read', 'people.duplicate_check', [
            'display_name',
            'birth_date',
          ]),
        );
      const byId = new Map(candidates.map((c) => [c.id, c]));
      return {
        created: false as const,
        duplicates: found.open.map((s) => ({
          id: s.id,
          displayName: displayName(byId.get(s.id)!),
          birthDate: byId.get(s.id)!.birth_date,
          reason: s.reason,
        })),
        earlierRecords: found.earlier,
      };
    }
  }
  const adults =
    input.adultIds.length > 0 ? await gateway.filter('person', input.adultIds) : new Map();
  if (adults.size !== input.adultIds.length) throw notFound();
  const now = ctx.clock.now().toISOString();
  const id = newId();
  await db.transaction().execute(async (tx) => {
    await assertMunicipalityExists(tx, input.homeMunicipalityNumber, 'body.homeMunicipalityNumber');
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
        ...columns,
        merged_into: null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    for (const adultId of input.adultIds) {
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
    }
    await gateway.audit(tx, 'person', id, 'create', 'people.create', touched(columns));
  });
  return { created: true as const, id, version: 1 };
}

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

/** Changes the fields given, if the record is still at the version the caller read. */
export async function updatePerson(ctx: AppContext, actor: Actor, id: string, input: UpdateInput) {
  const gateway = new PersonalDataGateway(ctx, actor);
  const { version, ...fields } = input;
  const columns = columnsFrom(ctx, fields);
  return gateway.open(
    'person',
    id,
    'update',
    'people.update',
    touched(columns),
    async (tx, relation) => {
      const current = await tx
        .selectFrom('persons')
        .select(['address_protection', 'merged_into'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      if (current.merged_into) throw conflict('This record was merged into another; open that one');
      // Someone who may not see protected contact details may not overwrite them blind either.
      if (
        (columns.address_sealed !== undefined ||
          columns.contact_sealed !== undefined ||
          columns.address_protection !== undefined) &&
        !contactDetailsVisible(actor, current.address_protection, relation)
      ) {
        throw notFound();
      }
      await assertMunicipalityExists(
        tx,
        fields.homeMunicipalityNumber,
        'body.homeMunicipalityNumber',
      );
      await claimVersion(tx, 'persons', id, version, ctx.clock.now());
      if (Object.keys(columns).length > 0)
        await tx.updateTable('persons').set(columns).where('id', '=', id).execute();
      return { version: version + 1 };
    },
  );
}

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

/**
 * Whether the national id typed matches the one registered, compared by its keyed hash: staff
 * confirm an identity without the record ever showing a digit. Every attempt is audited before
 * the comparison, under the audit lock, so parallel guesses count one by one against the limit.
 */
export async function confirmNationalId(
  ctx: AppContext,
  actor: Actor,
  id: string,
  nationalId: string,
): Promise<{ matches: boolean }> {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'person',
    id,
    'read',
    'people.confirm_national_id',
    ['national_id'],
    async (tx) => {
      await gateway.audit(tx, 'person', id, 'execute', 'people.national_id_attempt', [
        'national_id',
      ]);
      const since = new Date(
        ctx.clock.now().getTime() - nationalIdConfirmLimit.windowHours * 3_600_000,
      ).toISOString();
      const attempts = (column: 'record_id' | 'actor', value: string) =>
        tx
          .selectFrom('audit_entries')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('action', '=', 'people.national_id_attempt')
          .where(column, '=', value)
          .where('at', '>', since)
          .executeTakeFirstOrThrow()
          .then((r) => Number(r.n) - 1);
      const [onRecord, byStaff] = await Promise.all([
        attempts('record_id', id),
        attempts('actor', actor.userId),
      ]);
      if (nationalIdConfirmExhausted({ onRecord, byStaff }))
        throw new AppError(
          'too_many_requests',
          'Too many attempts at confirming a national id; try again tomorrow',
          undefined,
          nationalIdConfirmLimit.windowHours * 3600,
        );
      const row = await tx
        .selectFrom('persons')
        .select('national_id_hash')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return {
        matches:
          row.national_id_hash !== null && row.national_id_hash === nationalIdHash(ctx, nationalId),
      };
    },
  );
}

/**
 * A unit leader merges a duplicate into the record to keep: empty fields are filled from the
 * duplicate, its links move over, and it stays as a record pointing to the one kept, so the
 * audit history of both remains whole.
 */
export async function mergePeople(
  ctx: AppContext,
  actor: Actor,
  input: { keepId: string; mergeId: string; version: number; mergeVersion: number },
) {
  if (input.keepId === input.mergeId) throw conflict('A record cannot be merged into itself');
  const gateway = new PersonalDataGateway(ctx, actor);
  const both = await gateway.filter('person', [input.keepId, input.mergeId]);
  if (both.size !== 2) throw notFound();
  const fillable = [
    'alias',
    'first_name',
    'last_name',
    'birth_date',
    'national_id_sealed',
    'national_id_hash',
    'home_municipality_number',
    'address_sealed',
    'contact_sealed',
    'accessibility_notes',
  ] as const;
  return gateway.open(
    'person',
    input.keepId,
    'update',
    'people.merge',
    ['merged_from', ...fillable.filter((f) => f !== 'national_id_hash')],
    async (tx) => {
      const [keep, merge] = await Promise.all([
        tx
          .selectFrom('persons')
          .selectAll()
          .where('id', '=', input.keepId)
          .executeTakeFirstOrThrow(),
        tx
          .selectFrom('persons')
          .selectAll()
          .where('id', '=', input.mergeId)
          .executeTakeFirstOrThrow(),
      ]);
      if (keep.merged_into || merge.merged_into)
        throw conflict('One of the records is already merged');
      const now = ctx.clock.now();
      await claimVersion(tx, 'persons', keep.id, input.version, now);
      await claimVersion(tx, 'persons', merge.id, input.mergeVersion, now);
      const fill: Partial<PersonTable> = {};
      for (const f of fillable)
        if (keep[f] === null && merge[f] !== null) (fill as Record<string, unknown>)[f] = merge[f];
      if (Object.keys(fill).length > 0)
        await tx.updateTable('persons').set(fill).where('id', '=', keep.id).execute();
      const links = await tx
        .selectFrom('person_relations')
        .selectAll()
        .where((eb) => eb.or([eb('adult_id', '=', merge.id), eb('child_id', '=', merge.id)]))
        .execute();
      for (const link of links) {
        const adult = link.adult_id === merge.id ? keep.id : link.adult_id;
        const child = link.child_id === merge.id ? keep.id : link.child_id;
        await tx.deleteFrom('person_relations').where('id', '=', link.id).execute();
        const exists = await tx
          .selectFrom('person_relations')
          .select('id')
          .where('adult_id', '=', adult)
          .where('child_id', '=', child)
          .executeTakeFirst();
        if (!exists && adult !== child)
          await tx
            .insertInto('person_relations')
            .values({ ...link, adult_id: adult, child_id: child })
            .execute();
      }
      await tx
        .updateTable('persons')
        .set({ merged_into: keep.id })
        .where('id', '=', merge.id)
        .execute();
      await gateway.audit(tx, 'person', merge.id, 'update', 'people.merged_into', ['merged_into']);
      return { version: input.version + 1 };
    },
  );
}

/**
 * Links a child already registered to another adult (a second parent, a step-parent who came
 * later). Both records must be ones the actor may open; each is audited as its own record.
 */
export async function linkChild(
  ctx: AppContext,
  actor: Actor,
  adultId: string,
  input: { childId: string; relation: PersonRelationTable['relation'] },
): Promise<{ id: string }> {
  if (adultId === input.childId)
    throw invalid([
      { path: 'body.childId', code: 'same_person', message: 'A person cannot be their own child' },
    ]);
  const gateway = new PersonalDataGateway(ctx, actor);
  const child = await gateway.filter('person', [input.childId]);
  if (!child.has(input.childId)) throw notFound();
  return gateway.open(
    'person',
    adultId,
    'update',
    'people.link_child',
    ['relations'],
    async (tx) => {
      const pair = await tx
        .selectFrom('persons')
        .select(['id', 'is_child', 'merged_into'])
        .where('id', 'in', [adultId, input.childId])
        .execute();
      const adult = pair.find((p) => p.id === adultId)!;
      const kid = pair.find((p) => p.id === input.childId)!;
      if (adult.merged_into || kid.merged_into)
        throw conflict('This record was merged into another; open that one');
      if (adult.is_child === 1)
        throw invalid([{ path: 'params.id', code: 'not_an_adult', message: 'Not an adult' }]);
      if (kid.is_child !== 1)
        throw invalid([{ path: 'body.childId', code: 'not_a_child', message: 'Not a child' }]);
      const existing = await tx
        .selectFrom('person_relations')
        .select('id')
        .where('adult_id', '=', adultId)
        .where('child_id', '=', input.childId)
        .executeTakeFirst();
      if (existing) throw conflict('The child is already linked to this adult');
      const id = newId();
      await tx
        .insertInto('person_relations')
        .values({
          id,
          centre_id: actor.centreId,
          adult_id: adultId,
          child_id: input.childId,
          relation: input.relation,
          created_at: ctx.clock.now().toISOString(),
        })
        .execute();
      await gateway.audit(tx, 'person', input.childId, 'update', 'people.link_child', [
        'relations',
      ]);
      return { id };
    },
  );
}
