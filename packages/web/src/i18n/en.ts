import { auditEn } from './audit.en.ts';
import { capacityEn } from './capacity.en.ts';
import { conflictsEn } from './conflicts.en.ts';
import { reestablishmentEn } from './reestablishment.en.ts';
import { departuresEn } from './departures.en.ts';
import { intakeEn } from './intake.en.ts';
import { staysEn } from './stays.en.ts';
import { childrenEn } from './children.en.ts';
import { protectionEn } from './protection.en.ts';
import { accessEn } from './access.en.ts';
import { dayServiceEn } from './day-service.en.ts';
import { identityEn } from './identity.en.ts';
import { activateEn } from './activate.en.ts';
import { staffEn } from './staff.en.ts';
import { contactsEn } from './contacts.en.ts';
import { partnersEn } from './partners.en.ts';
import { peopleEn } from './people.en.ts';
import type { NbTexts } from './nb.ts';
import type { DeepStringRecord } from './types.ts';

/** English: exactly the keys of the Norwegian file, or tsc fails. */
export const en: DeepStringRecord<NbTexts> = {
  app: {
    name: 'Havn',
    documentTitle: '{{page}} – Havn',
    skipToMain: 'Skip to main content',
    loadingPage: 'Loading the page …',
  },
  common: {
    yes: 'Yes',
    no: 'No',
    cancel: 'Cancel',
    retry: 'Try again',
    closeDialog: 'Close the dialog',
    notRegistered: 'Not registered',
    working: 'One moment …',
  },
  forms: {
    errors: {
      required: 'Fill in this field.',
      tooLong: 'The text is too long.',
      format: 'Check how this is written.',
      choose: 'Choose one of the options.',
      invalid: 'Check this field.',
    },
  },
  roles: {
    unit_leader: 'Unit leader',
    coordinator: 'Coordinator',
    children_coordinator: 'Children’s coordinator',
    night_watch: 'Night watch',
    on_call_substitute: 'On-call substitute',
    finance: 'Finance and staff administration',
    system_admin: 'System administrator',
    municipality_contact: 'Municipality contact',
  },
  ...identityEn,
  activate: activateEn,
  conflicts: conflictsEn,
  refusals: {
    own_account:
      'Nobody can change their own roles, duties or second factor, or deactivate themselves. Ask someone else with access to do it.',
    role_not_grantable:
      'You cannot give or take away one of these roles. Casework roles are given by the unit leader.',
    duty_not_registrable:
      'Only the unit leader registers police certificates and confidentiality declarations.',
    casework_account:
      'The account has a casework role. Only the unit leader can reset its second factor or issue an activation code for it.',
    primary_contact_not_assignable:
      'Only the unit leader, or the current primary contact, decides who is the primary contact.',
    note_hidden: 'The note belongs to another shift. You cannot change it.',
  },
  language: {
    label: 'Language',
    nb: 'Norsk',
    en: 'English',
  },
  nav: {
    label: 'Main menu',
    toggle: 'Menu',
  },
  modules: {
    home: 'Home',
    contacts: 'Contacts and day users',
    people: 'People',
    intake: 'Intake',
    stays: 'Stays',
    capacity: 'Places and occupancy',
    departures: 'Moving out and re-establishment',
    municipalities: 'Partner municipalities',
    billing: 'Billing',
    statistics: 'Statistics',
    staff: 'Staff and access',
    quality: 'Quality and deviations',
    audit: 'Audit log',
  },
  descriptions: {
    contacts:
      'Enquiries, phone calls and day users who get advice and support without staying at the centre.',
    people: 'The people the centre helps, adults and children, with their personal data kept safe.',
    intake:
      'Receiving new residents, assessing their needs, their safety and the children who move in with them.',
    stays:
      'Stays at the centre from moving in to moving out, with plans, conversations and follow-up.',
    capacity: 'Rooms, beds and occupancy in real time, and finding a free, safe place.',
    departures:
      'Planning moving out and re-establishment, together with NAV, the housing office and other services.',
    municipalities:
      'The municipalities that share the crisis centre, the agreements with them and which municipality each resident belongs to.',
    billing: 'Invoices to partner municipalities and home municipalities for stays, as agreed.',
    statistics: 'Anonymised statistics for the annual report and for reporting to Bufdir.',
    staff:
      'Staff, roles and access, with each employee’s police certificate and confidentiality declaration on record.',
    quality: 'Deviations, improvement work and internal control, for a safe and good service.',
    audit: 'Who has viewed or changed which information, and when.',
  },
  notYet: {
    unavailable: 'This part is not available yet.',
  },
  home: {
    welcome:
      'Havn is the case management and operations tool for municipal crisis centres. Choose a part of the service in the main menu.',
    health: {
      heading: 'System status',
      checking: 'Checking the connection …',
      connected: {
        sqlite: 'Connected to the database (SQLite)',
        postgres: 'Connected to the database (PostgreSQL)',
      },
      unavailable: 'The server is responding, but cannot reach the database.',
    },
  },
  notFound: {
    title: 'Page not found',
    text: 'The page does not exist, or the address is mistyped.',
    home: 'Go to the home page',
  },
  staff: staffEn,
  shift: {
    label: 'Shift',
    checking: 'Checking your shift …',
    unknown: 'Shift status unknown',
    onSince: 'On shift since {{time}}',
    off: 'Not on shift',
    start: 'Start shift',
    end: 'End shift',
    notice: 'You are not on shift. Start your shift to see people and contacts.',
  },
  contacts: contactsEn,
  partners: partnersEn,
  people: peopleEn,
  dayService: dayServiceEn,
  auditLog: auditEn,
  capacity: capacityEn,
  reestablishment: reestablishmentEn,
  departures: departuresEn,
  intake: intakeEn,
  stays: staysEn,
  children: childrenEn,
  protection: protectionEn,
  access: accessEn,
  errors: {
    validation_failed: 'Some of the fields are not filled in correctly.',
    malformed_request: 'The request could not be read. Reload the page and try again.',
    unauthenticated: 'You need to log in to continue.',
    forbidden: 'You do not have access to this.',
    not_found: 'Could not find what you were looking for, or you do not have access to it.',
    conflict: 'Someone else has changed this in the meantime. Reload and try again.',
    payload_too_large: 'What you are trying to send is too large.',
    unsupported_media_type: 'The server cannot accept this format.',
    too_many_requests: 'Too many requests. Wait a moment and try again.',
    internal_error: 'Something went wrong on our side, and nothing was saved. Try again shortly.',
    network_error: 'Could not reach the server. Check your network connection and try again.',
    unexpected_response: 'The server gave an unexpected answer. Try again shortly.',
    refused: 'The change cannot be made as the case stands now. Reload to see it.',
  },
};
