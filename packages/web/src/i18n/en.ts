import type { nb } from './nb.ts';
import type { DeepStringRecord } from './types.ts';

/** English: exactly the keys of the Norwegian file, or tsc fails. */
export const en: DeepStringRecord<typeof nb> = {
  app: {
    name: 'Havn',
    documentTitle: '{{page}} – Havn',
    skipToMain: 'Skip to main content',
    loadingPage: 'Loading the page …',
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
  },
};
