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
  common: {
    yes: 'Yes',
    no: 'No',
    cancel: 'Cancel',
    retry: 'Try again',
    closeDialog: 'Close the dialog',
    notRegistered: 'Not registered',
    working: 'One moment …',
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
  auth: {
    checking: 'Checking your login …',
  },
  account: {
    title: 'My account',
    menuLabel: 'Logged-in user',
    logout: 'Log out',
    logoutFailed: 'You were not logged out: the server could not be reached. Try again.',
    details: 'About the account',
    name: 'Name',
    username: 'User name',
    centre: 'Crisis centre',
    roles: 'Roles',
    cleared: 'Cleared for personal data',
    clearedHelp:
      'Police certificate and confidentiality declaration are registered. Without both you cannot reach personal data.',
    logoutAll: {
      heading: 'Log out on all devices',
      text: 'Ends all your logins, here and on every other computer and phone. Use this if you forgot to log out on a shared computer, or lost your phone.',
      button: 'Log out on all devices',
    },
  },
  login: {
    title: 'Log in',
    intro:
      'Log in with your user name and password. Then we ask for a code from the authenticator app on your phone.',
    username: 'User name',
    password: 'Password',
    submit: 'Log in',
    activate: 'Have you been given an activation code? Activate your account',
    errors: {
      usernameMissing: 'Enter your user name.',
      passwordMissing: 'Enter your password.',
      wrongCredentials: 'Wrong user name or password.',
      locked_one: 'Too many failed attempts. Try again in {{count}} minute.',
      locked_other: 'Too many failed attempts. Try again in {{count}} minutes.',
      expired: 'The login took too long and was cancelled. Log in again.',
    },
    code: {
      title: 'Confirm your login',
      intro:
        'Open the authenticator app on your phone and enter the six-digit code it shows for Havn.',
      recoveryIntro:
        'Without your phone, you can use one of the recovery codes you wrote down when you set up the app.',
      label: 'Code from the authenticator app',
      description: 'Six digits. The app makes a new code every 30 seconds.',
      recoveryLabel: 'Recovery code',
      recoveryDescription: 'Ten characters, for example abcde-fghjk. Each code works once.',
      useRecovery: 'Use a recovery code instead',
      useApp: 'Use the code from the authenticator app instead',
      submit: 'Confirm',
      cancel: 'Cancel and log in again',
      errors: {
        codeFormat: 'Enter the six digits from the app.',
        recoveryMissing: 'Enter a recovery code.',
        wrongCode:
          'The code was not accepted. Wait for the app to show a new code and try again. Also check that the clock on your phone is right.',
        wrongRecovery:
          'The recovery code was not accepted. Check that it is typed correctly and has not been used before.',
      },
    },
    enrol: {
      title: 'Set up the authenticator app',
      intro:
        'Havn asks for two things when you log in: your password, and a code from an authenticator app on your phone. You set up the app this one time.',
      stepsLabel: 'How to do it',
      step1:
        'Install an authenticator app on your phone if you do not have one, for example Microsoft Authenticator or Google Authenticator.',
      step2:
        'Scan the QR code with the app. If that does not work, choose to enter a key by hand in the app, and type the key below.',
      step3: 'Enter the six-digit code the app now shows for Havn.',
      preparing: 'Making a new key for you …',
      qrAlt: 'QR code for the authenticator app',
      secretLabel: 'Key to enter by hand',
      submit: 'Confirm and continue',
    },
    recovery: {
      title: 'Write down your recovery codes',
      warning: 'The codes are shown this one time only.',
      intro:
        'Write down or print the ten codes, and keep them safe, not with your phone. If you lose your phone, log in with one of the codes instead of the code from the app. Each code works once.',
      listLabel: 'Recovery codes',
      continue: 'Continue',
    },
    demo: {
      summary: 'Demo version: accounts for trying Havn',
      intro:
        'This is a demo version with made-up data. The accounts below exist only in the demo. Never enter real personal data here.',
      caption: 'Demo accounts, one for each role',
      username: 'User name',
      role: 'Role',
      password: 'Password for all demo accounts',
      totp: 'Authenticator app key, for all demo accounts',
      totpHelp: 'Enter the key by hand in your authenticator app to get the codes.',
    },
  },
  activate: {
    title: 'Activate your account',
    intro:
      'Your unit leader or system administrator has given you your user name and an activation code. Here you choose your own password. The first time you log in, you set up the authenticator app.',
    username: 'User name',
    code: 'Activation code',
    codeDescription: 'The code you were given. It is valid for 72 hours and works once.',
    newPassword: 'New password',
    rules:
      'At least 8 characters, but 15 or more is better, for example a few words put together. You do not need digits or symbols. Common passwords, and passwords containing the user name, are not accepted.',
    repeatPassword: 'Repeat the new password',
    submit: 'Activate the account',
    done: 'The account is activated and the password saved. Log in with your user name and the new password.',
    toLogin: 'Go to log in',
    errors: {
      usernameMissing: 'Enter your user name.',
      codeMissing: 'Enter the activation code.',
      passwordMissing: 'Choose a password.',
      mismatch: 'The passwords are not the same. Type the same password twice.',
      wrongCode:
        'The user name or activation code is wrong, or the code has expired. A code is valid for 72 hours; ask for a new one if yours is older.',
    },
    problems: {
      too_short: 'The password needs at least 8 characters. 15 or more is better.',
      too_long: 'The password can have at most 128 characters.',
      too_common: 'This password is too common and easy to guess. Choose another.',
      contains_username: 'The password must not contain the user name.',
    },
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
  staff: {
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
      deactivate: {
        button: 'Deactivate the account',
        confirm:
          'Deactivate the account of {{name}}? They are logged out at once and cannot log in again. Their history is kept.',
        confirmButton: 'Yes, deactivate',
        none: 'The account is deactivated.',
        done: 'The account is deactivated.',
      },
    },
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
