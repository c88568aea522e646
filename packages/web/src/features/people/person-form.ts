import { address, contact, named, personFields } from '@havn/domain/contract/people';
import { addressProtections, genders } from '@havn/domain';
import { z } from 'zod';
import { blankAsNull, typedList, type FieldMessages, type ServerFields } from '../../lib/form';
import {
  type Address,
  type PersonContact,
  type PersonFields,
  type PersonView,
} from './people-api.ts';

const allNull = (o: object) => Object.values(o).every((v) => v === null || v === undefined);

/**
 * The person form as typed, in the order it stands, checked by the API's own rules for a person: empty fields are
 * null, an empty address or contact too; a national id may be typed with spaces, dots or dashes.
 */
export const personFormSchema = z
  .object({
    alias: blankAsNull(personFields.shape.alias.unwrap()),
    firstName: blankAsNull(personFields.shape.firstName.unwrap()),
    lastName: blankAsNull(personFields.shape.lastName.unwrap()),
    birthDate: blankAsNull(personFields.shape.birthDate.unwrap()),
    nationalId: z
      .string()
      .transform((typed) => typed.replace(/[\s.-]/g, ''))
      .pipe(blankAsNull(personFields.shape.nationalId.unwrap())),
    gender: z.enum(genders),
    languages: typedList(personFields.shape.languages.unwrap()),
    interpreterNeeded: z.boolean(),
    addressProtection: z.enum(addressProtections),
    street: blankAsNull(address.shape.street.unwrap()),
    postalCode: blankAsNull(address.shape.postalCode.unwrap()),
    city: blankAsNull(address.shape.city.unwrap()),
    homeMunicipalityNumber: blankAsNull(personFields.shape.homeMunicipalityNumber.unwrap()),
    phone: blankAsNull(contact.shape.phone.unwrap()),
    email: blankAsNull(contact.shape.email.unwrap()),
    safeUse: blankAsNull(contact.shape.safeUse.unwrap()),
    accessibilityNotes: blankAsNull(personFields.shape.accessibilityNotes.unwrap()),
  })
  .refine(named, { path: ['alias'] })
  .transform(({ street, postalCode, city, phone, email, safeUse, ...rest }) => {
    const typedAddress: Address = { street, postalCode, city };
    const typedContact: PersonContact = { phone, email, safeUse };
    return {
      ...rest,
      address: allNull(typedAddress) ? null : typedAddress,
      contact: allNull(typedContact) ? null : typedContact,
    };
  });
export type PersonFormValues = z.input<typeof personFormSchema>;
/** What the form sends: every field the form has, as the API takes it. */
export type TypedPerson = z.output<typeof personFormSchema>;

/** The form filled in from the record, or empty. The national id is never shown: it is kept. */
export function personFormValues(person?: PersonView): PersonFormValues {
  return {
    alias: person?.alias ?? '',
    firstName: person?.firstName ?? '',
    lastName: person?.lastName ?? '',
    birthDate: person?.birthDate ?? '',
    nationalId: '',
    gender: person?.gender ?? 'unknown',
    languages: person?.languages.join(', ') ?? '',
    interpreterNeeded: person?.interpreterNeeded ?? false,
    homeMunicipalityNumber: person?.homeMunicipality?.number ?? '',
    addressProtection: person?.addressProtection ?? 'none',
    street: person?.address?.street ?? '',
    postalCode: person?.address?.postalCode ?? '',
    city: person?.address?.city ?? '',
    phone: person?.contact?.phone ?? '',
    email: person?.contact?.email ?? '',
    safeUse: person?.contact?.safeUse ?? '',
    accessibilityNotes: person?.accessibilityNotes ?? '',
  };
}

/** The server's paths into the address and the contact, on the form's flat fields. */
export const personServerFields: ServerFields<PersonFormValues> = {
  'body.address.street': 'street',
  'body.address.postalCode': 'postalCode',
  'body.address.city': 'city',
  'body.contact.phone': 'phone',
  'body.contact.email': 'email',
  'body.contact.safeUse': 'safeUse',
};

/** Where a person's field says its problem better than the common sentence. */
export const personMessages = {
  alias: { custom: 'people.form.errors.nameMissing' },
  nationalId: { default: 'people.form.errors.nationalIdInvalid' },
  birthDate: { invalid_format: 'people.form.errors.birthDate' },
  homeMunicipalityNumber: {
    invalid_format: 'people.form.errors.municipalityFormat',
    unknown_municipality: 'people.form.errors.municipalityUnknown',
  },
  postalCode: { invalid_format: 'people.form.errors.postalCode' },
  email: { invalid_format: 'people.form.errors.email' },
} satisfies Partial<Record<keyof PersonFormValues, FieldMessages>>;

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
export function changedFields(before: PersonView, after: TypedPerson): Partial<PersonFields> {
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
