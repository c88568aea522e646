import type { DeepStringRecord } from './types.ts';
import type { staffNb } from './staff.nb.ts';

/** English for the staff module; the same keys as `staff.nb.ts`. */
export const staffEn: DeepStringRecord<typeof staffNb> = {
  primaryContact: {
    nobodyYet: 'Nobody yet – the unit leader assigns a primary contact.',
    none: 'Nobody yet',
  },
  picker: {
    you: '{{name}} (you)',
    loading: 'Fetching your colleagues …',
  },
  noAccess: 'You do not have access to this page.',
  loading: 'Fetching the staff …',
  caption: 'Staff at {{centre}}',
  tableLabel: 'Table of staff, scrolls sideways',
  columns: {
    name: 'Name',
    roles: 'Roles',
    policeCertificate: 'Police certificate',
    confidentiality: 'Confidentiality declaration',
    cleared: 'Cleared for personal data',
    mfa: 'Two-factor',
    sessions: 'Active sessions',
    status: 'Status',
    actions: 'Actions',
  },
  status: {
    active: 'Active',
    deactivated: 'Deactivated',
    notActivated: 'Not activated yet',
  },
  mfa: {
    on: 'On',
    off: 'Off',
  },
  you: '(you)',
  edit: 'Edit',
  editFor: 'Edit {{name}}',
  conflict:
    'Someone else has changed this in the meantime. We have reloaded it, so you see the latest. Check it and try again.',
  create: {
    button: 'New staff member',
    title: 'New staff member',
    intro:
      'The account gets no password now. You get an activation code to give to the person, who chooses a password and sets up the authenticator app.',
    displayName: 'Name',
    username: 'User name',
    usernameDescription:
      '3–50 characters: lower-case letters a–z, digits, dot, dash or underscore.',
    roles: 'Roles',
    rolesDescription: 'Choose at least one role.',
    municipality: 'Municipality number',
    municipalityDescription: 'Four digits, for the municipality the contact works in.',
    submit: 'Create the account',
    errors: {
      displayNameMissing: 'Enter the name.',
      usernameFormat:
        'The user name needs 3–50 characters, starting with a letter or digit, and only a–z, digits, dot, dash or underscore.',
      usernameTaken: 'The user name is already taken. Choose another.',
      rolesMissing: 'Choose at least one role.',
      municipalityFormat: 'Write the municipality number with four digits.',
    },
  },
  created: {
    title: 'The account is created',
    warning: 'The activation code is shown only now.',
    intro:
      'Give the code to {{name}} in a safe way, preferably in person or on paper, not by e-mail or text message.',
    codeLabel: 'Activation code',
    expires: 'The code is valid until {{time}}.',
    howTo:
      '{{name}} goes to the page “Activate your account” at {{url}}, enters the user name {{username}} and the code, and chooses a password.',
    done: 'Done',
  },
  duties: {
    heading: 'Police certificate and confidentiality declaration',
    description:
      'The date the police certificate was checked and the confidentiality declaration signed. Leave a field empty if it is not registered. Without both dates nobody reaches personal data.',
    police: 'Police certificate checked',
    confidentiality: 'Confidentiality declaration signed',
    save: 'Save the dates',
    saved: 'The dates are saved.',
  },
  roleForm: {
    heading: 'Roles',
    description: 'Removing a role logs the person out on all devices.',
    save: 'Save the roles',
    saved: 'The roles are saved.',
    missing: 'Choose at least one role.',
    municipalityNote:
      'The municipality contact role is given when the account is created, with the municipality number.',
    notGrantable: 'Casework roles are given and taken away by the unit leader.',
    newCode:
      'The account has not been activated yet. The old activation code no longer works: give the person this new code.',
  },
  access: {
    heading: 'Login',
    self: 'This is your own account. You log out on all devices from “My account”.',
    endSessions: {
      button: 'Log out on all devices',
      confirm: 'End all logins of {{name}}? They will have to log in again.',
      confirmButton: 'Yes, log out',
      none: 'No active logins.',
      done_one: '{{count}} login was ended.',
      done_other: '{{count}} logins were ended.',
    },
    resetMfa: {
      button: 'Reset two-factor',
      confirm:
        'Remove the authenticator app and recovery codes of {{name}}? They are logged out and set up the app again at their next login.',
      confirmButton: 'Yes, reset',
      none: 'The authenticator app is not set up.',
      done: 'Two-factor has been reset.',
    },
    resetPassword: {
      button: 'New password by activation code',
      confirm:
        'Give {{name}} a new activation code? The old password stops working and they are logged out. The authenticator app stays.',
      confirmButton: 'Yes, make a new code',
      none: 'The account is deactivated.',
      done: 'New activation code (shown only now, valid until {{time}}):',
    },
    deactivate: {
      button: 'Deactivate the account',
      confirm:
        'Deactivate the account of {{name}}? They are logged out at once and cannot log in again. Their history is kept.',
      confirmButton: 'Yes, deactivate',
      none: 'The account is deactivated.',
      done: 'The account is deactivated.',
    },
  },
};
