import {
  type AddressProtection,
  addressProtections,
  type FieldProblem,
  type Gender,
  genders,
} from '@havn/domain';
import type { Address, PersonContact, PersonFields, PersonView } from './people-api.ts';

/** The fields of the person form, in the order they stand. */
export const personFormFields = [
  'alias',
  'firstName',
  'lastName',
  'birthDate',
  'nationalId',
  'gender',
  'languages',
  'homeMunicipalityNumber',
  'addressProtection',
  'street',
  'postalCode',
  'city',
  'phone',
  'email',
  'safeUse',
  'accessibilityNotes',
] as const;
export type PersonFormField = (typeof personFormFields)[number];

/** Each kind of problem, with its sentence under `people.form.errors`. */
export type PersonProblem =
  | 'nameMissing'
  | 'nationalIdFormat'
  | 'nationalIdInvalid'
  | 'birthDate'
  | 'municipalityFormat'
  | 'municipalityUnknown'
  | 'postalCode'
  | 'email'
  | 'tooLong'
  | 'invalid';
export type PersonErrors = Partial<Record<PersonFormField, PersonProblem>>;

const text = (form: FormData, name: string): string | null => {
  const value = String(form.get(name) ?? '').trim();
  return value === '' ? null : value;
};

const allNull = (o: object) => Object.values(o).every((v) => v === null || v === undefined);

/** The form as the API's fields; empty fields are null, an empty address or contact too. */
export function readPersonForm(form: FormData, isChild: boolean): PersonFields {
  const address: Address = {
    street: text(form, 'street'),
    postalCode: text(form, 'postalCode'),
    city: text(form, 'city'),
  };
  const contact: PersonContact = {
    phone: text(form, 'phone'),
    email: text(form, 'email'),
    safeUse: text(form, 'safeUse'),
  };
  const gender = String(form.get('gender') ?? 'unknown');
  const protection = String(form.get('addressProtection') ?? 'none');
  return {
    isChild,
    alias: text(form, 'alias'),
    firstName: text(form, 'firstName'),
    lastName: text(form, 'lastName'),
    birthDate: text(form, 'birthDate'),
    nationalId: text(form, 'nationalId')?.replace(/[\s.-]/g, '') ?? null,
    gender: (genders as readonly string[]).includes(gender) ? (gender as Gender) : 'unknown',
    languages: (text(form, 'languages') ?? '')
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean),
    interpreterNeeded: form.get('interpreterNeeded') === 'on',
    homeMunicipalityNumber: text(form, 'homeMunicipalityNumber'),
    addressProtection: (addressProtections as readonly string[]).includes(protection)
      ? (protection as AddressProtection)
      : 'none',
    address: allNull(address) ? null : address,
    contact: allNull(contact) ? null : contact,
    accessibilityNotes: text(form, 'accessibilityNotes'),
  };
}

/** What can be told before asking the server; the national id's check digits it checks itself. */
export function checkPersonForm(fields: PersonFields): PersonErrors {
  const errors: PersonErrors = {};
  if (!fields.alias && !fields.firstName) errors.alias = 'nameMissing';
  if (fields.nationalId && !/^\d{11}$/.test(fields.nationalId))
    errors.nationalId = 'nationalIdFormat';
  if (fields.homeMunicipalityNumber && !/^\d{4}$/.test(fields.homeMunicipalityNumber))
    errors.homeMunicipalityNumber = 'municipalityFormat';
  if (fields.address?.postalCode && !/^\d{4}$/.test(fields.address.postalCode))
    errors.postalCode = 'postalCode';
  if (fields.contact?.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(fields.contact.email))
    errors.email = 'email';
  return errors;
}

const pathField: Record<string, PersonFormField> = {
  'body.alias': 'alias',
  'body.firstName': 'firstName',
  'body.lastName': 'lastName',
  'body.birthDate': 'birthDate',
  'body.nationalId': 'nationalId',
  'body.gender': 'gender',
  'body.languages': 'languages',
  'body.homeMunicipalityNumber': 'homeMunicipalityNumber',
  'body.addressProtection': 'addressProtection',
  'body.address.street': 'street',
  'body.address.postalCode': 'postalCode',
  'body.address.city': 'city',
  'body.contact.phone': 'phone',
  'body.contact.email': 'email',
  'body.contact.safeUse': 'safeUse',
  'body.accessibilityNotes': 'accessibilityNotes',
};

const fieldProblem: Partial<Record<PersonFormField, PersonProblem>> = {
  alias: 'nameMissing',
  nationalId: 'nationalIdInvalid',
  birthDate: 'birthDate',
  homeMunicipalityNumber: 'municipalityFormat',
  postalCode: 'postalCode',
  email: 'email',
};

/** The server's 400 on the form's fields. */
export function personErrorsFromServer(fields: readonly FieldProblem[]): PersonErrors {
  const errors: PersonErrors = {};
  for (const f of fields) {
    const name = pathField[f.path] ?? pathField[f.path.replace(/\.\d+$/, '')];
    if (!name) continue;
    if (f.code === 'unknown_municipality') errors[name] ??= 'municipalityUnknown';
    else if (f.code === 'too_big') errors[name] ??= 'tooLong';
    else errors[name] ??= fieldProblem[name] ?? 'invalid';
  }
  return errors;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const normalAddress = (a: Address | null): Address | null =>
  a ? { street: a.street ?? null, postalCode: a.postalCode ?? null, city: a.city ?? null } : null;
const normalContact = (c: PersonContact | null): PersonContact | null =>
  c ? { phone: c.phone ?? null, email: c.email ?? null, safeUse: c.safeUse ?? null } : null;

/**
 * Only what changed, so the audit log names only the fields touched. A hidden address (and its
 * protection) is never sent: the server refuses a blind overwrite. An empty national id keeps
 * the one registered.
 */
export function changedFields(before: PersonView, after: PersonFields): Partial<PersonFields> {
  const changes: Partial<PersonFields> = {};
  const scalar = [
    'alias',
    'firstName',
    'lastName',
    'birthDate',
    'gender',
    'interpreterNeeded',
    'accessibilityNotes',
  ] as const;
  for (const key of scalar) {
    if (!same(before[key], after[key])) (changes as Record<string, unknown>)[key] = after[key];
  }
  if (!same(before.languages, after.languages)) changes.languages = after.languages;
  if ((before.homeMunicipality?.number ?? null) !== after.homeMunicipalityNumber)
    changes.homeMunicipalityNumber = after.homeMunicipalityNumber;
  if (!before.addressHidden) {
    if (before.addressProtection !== after.addressProtection)
      changes.addressProtection = after.addressProtection;
    if (!same(normalAddress(before.address), normalAddress(after.address)))
      changes.address = after.address;
  }
  if (!before.contactHidden && !same(normalContact(before.contact), normalContact(after.contact)))
    changes.contact = after.contact;
  if (after.nationalId) changes.nationalId = after.nationalId;
  return changes;
}
