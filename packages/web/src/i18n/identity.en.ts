import type { DeepStringRecord } from './types.ts';
import type { identityNb } from './identity.nb.ts';

/** English for logging in and one's own account; the same keys as `identity.nb.ts`. */
export const identityEn: DeepStringRecord<typeof identityNb> = {
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
    password: {
      link: 'Change password',
      heading: 'Password',
      text: 'You can change your password whenever you like. You need not change it regularly, but do if someone may have seen it.',
      title: 'Change password',
      intro:
        'Enter your current password and a new code from the authenticator app, and choose a new password. You are logged out on all other devices.',
      current: 'Current password',
      code: 'Code from the authenticator app',
      codeDescription: 'Six digits. Wait for a new code if you have just used the one shown.',
      submit: 'Change password',
      done: 'Your password has been changed. You are logged out on all other devices.',
      back: 'Back to My account',
      errors: {
        currentMissing: 'Enter your current password.',
        codeFormat: 'Enter the six digits from the app.',
        wrongPassword: 'Your current password is wrong.',
        wrongCode: 'The code was not accepted. Wait for the next code and try again.',
      },
    },
    failedAttempts: {
      text_one:
        'There has been {{count}} failed login attempt on your account since {{time}}. If it was not you, change your password and tell your unit leader.',
      text_other:
        'There have been {{count}} failed login attempts on your account since {{time}}. If it was not you, change your password and tell your unit leader.',
      changePassword: 'Change password',
      dismiss: 'I have seen this',
      dismissFailed: 'Could not reach the server. Try again.',
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
      expired:
        'The login was cancelled: it took too long, or the code was wrong too many times. Log in again with your password.',
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
      caption: 'Demo accounts at {{centre}}, one for each role',
      username: 'User name',
      role: 'Role',
      password: 'Password for all demo accounts',
      totp: 'Authenticator app key, for all demo accounts',
      totpHelp: 'Enter the key by hand in your authenticator app to get the codes.',
    },
  },
};
