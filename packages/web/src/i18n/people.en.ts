import type { DeepStringRecord } from './types.ts';
import type { peopleNb } from './people.nb.ts';

/** English for the person register; the same keys as `people.nb.ts`. */
export const peopleEn: DeepStringRecord<typeof peopleNb> = {
  noAccess: 'You do not have access to the register of people.',
  notFound: 'The person was not found, or you have no access (are you on shift?).',
  conflict:
    'Someone else changed this person in the meantime. We reloaded it, so you see the latest. Look it over and try again.',
  child: 'Child',
  children: 'Children',
  adults: 'Adults',
  linkChild: {
    open: 'Link a child already registered',
    heading: 'Link a child',
    search: 'Search for the child',
    searchDescription: 'Name or alias, at least two letters. Only children you may open are shown.',
    childMissing: 'Search for the child and choose them.',
    relation: 'Relation to the child',
    relations: {
      parent: 'Parent',
      step_parent: 'Step-parent',
      guardian: 'Guardian',
      other: 'Other',
    },
    submit: 'Link the child',
    done: '{{name}} is linked.',
    alreadyLinked: 'The child is already linked to this person.',
  },
  addChild: 'Add a child',
  noneRegistered: 'None registered.',
  bornShort: 'born {{date}}',
  interpreterNeeded: 'Needs an interpreter',
  addressHidden:
    'The address is protected. The person has a confidential or strictly confidential address, and you do not have access to it.',
  contactHidden:
    'Phone, e-mail and safe contact are protected with the address, and you do not have access to them.',
  nationalIdRegistered: 'National identity number registered',
  confirmId: {
    label: 'Confirm the national identity number',
    description:
      'Type the number the person gives. You only learn whether it matches the one registered.',
    submit: 'Confirm',
    missing: 'Type the national identity number.',
    matches: 'The number matches the one registered.',
    noMatch: 'The number does not match the one registered.',
  },
  mergedInto: 'This record was merged into another.',
  openKept: 'Open the record that was kept',
  backToSearch: 'Back to the search',
  person: {
    title: 'Person',
    notFoundTitle: 'Person not found',
    loading: 'Fetching the person …',
  },
  search: {
    heading: 'Find a person',
    label: 'Search by name or alias',
    description: 'At least two letters. What you search for is not stored.',
    tooShort: 'Type at least two letters.',
    searching: 'Searching …',
    none: 'No results.',
    noneOffShift:
      'No results. You are not on shift, so you only see people you are responsible for.',
    hits_one: '{{count}} result.',
    hits_other: '{{count}} results.',
    results: 'Results',
  },
  new: {
    button: 'Register a person',
    title: 'Register a person',
    childTitle: 'Register a child',
    intro:
      'Only an alias or a first name is required. We check whether the person is already registered before anything is saved.',
    childOf: 'The child will be linked to {{name}}.',
    childOfUnknown: 'The child will be linked to the adult you came from.',
    backToAdult: 'Back to the adult',
    submit: 'Register',
    created: 'The person was registered.',
    childAdded: '{{name}} was registered as a child of this person.',
  },
  duplicates: {
    heading: 'Could this be someone already registered?',
    intro:
      'We found similar records. Open the one that is the right person, or register anyway if this is someone else.',
    reasons: {
      same_national_id: 'same national identity number',
      similar_name_and_birth_date: 'similar name and same date of birth',
      same_full_name: 'the same full name',
    },
    earlier: 'An earlier record matches ({{reason}}). You do not have access to it.',
    earlierHint:
      'If it is the same person, start the intake on the earlier record instead of registering her again.',
    startIntake: 'Start an intake on the earlier record',
    choose: 'Use {{name}}',
    confirm: 'This is someone else – register',
  },
  edit: {
    button: 'Edit the details',
    save: 'Save the changes',
    saved: 'The changes were saved.',
  },
  merge: {
    heading: 'Merge with another record',
    intro:
      'Is the same person registered twice? Find the other record. It is merged into this one: empty fields here are filled from it, children and adults move here, and it points here afterwards.',
    search: 'Search for the other record',
    choose: 'Merge with {{name}}',
    confirm: 'Merge “{{other}}” into “{{keep}}”? This cannot be undone here.',
    confirmButton: 'Yes, merge',
    done: 'The records were merged.',
  },
  fields: {
    alias: 'Alias',
    firstName: 'First name',
    lastName: 'Last name',
    birthDate: 'Date of birth',
    nationalId: 'National identity or D number',
    gender: 'Gender',
    languages: 'Languages',
    interpreterNeeded: 'Needs an interpreter',
    homeMunicipality: 'Home municipality',
    addressProtection: 'Address protection',
    address: 'Address',
    street: 'Street address',
    postalCode: 'Postcode',
    city: 'Town',
    phone: 'Phone',
    email: 'Email',
    safeUse: 'Safe contact',
    contact: 'Contact details',
    accessibilityNotes: 'Accessibility needs',
  },
  genders: {
    female: 'Female',
    male: 'Male',
    other: 'Other',
    unknown: 'Not given',
  },
  protections: {
    none: 'None',
    confidential: 'Confidential address',
    strictly_confidential: 'Strictly confidential address',
  },
  protectionHelp: {
    none: 'The address is shown to everyone who may open the person.',
    confidential:
      'Confidential address (code 7): only the unit leader and the person’s primary contact see the address.',
    strictly_confidential:
      'Strictly confidential address (code 6): only the unit leader sees the address.',
  },
  form: {
    name: 'Name',
    nameDescription: 'An alias or a first name is required. An alias is enough.',
    aliasDescription: 'A nickname the person wants to use here, or one that shields their name.',
    identity: 'Birth and gender',
    nationalIdDescription:
      'Optional. 11 digits. The check digits are verified. The number is never shown afterwards, but it can be confirmed.',
    nationalIdKeep:
      'A national identity number is registered. Leave the field empty to keep it. The check digits are verified.',
    language: 'Language and interpreter',
    languagesDescription:
      'Separate several languages with commas, for example “Norwegian, Arabic”.',
    address: 'Address and home municipality',
    protectionDescription:
      'Confidential and strictly confidential addresses are decided by the police and recorded in the National Population Register. Choose what the person has, and the address is hidden from other staff.',
    municipalityDescription: 'Four digits, for example 4601 for Bergen.',
    contact: 'Contact',
    safeUseDescription:
      'When and how it is safe to make contact, for example “text only, daytime only”.',
    accessibilityDescription:
      'What the person needs for the stay to work, for example a wheelchair.',
    errors: {
      nameMissing: 'Type an alias or a first name.',
      nationalIdInvalid: 'The national identity number is not valid. Check the digits.',
      birthDate: 'Type a valid date.',
      municipalityFormat: 'Give the municipality number as four digits.',
      municipalityUnknown: 'No municipality has this number.',
      postalCode: 'A postcode has four digits.',
      email: 'Type a valid email address.',
    },
  },
};
