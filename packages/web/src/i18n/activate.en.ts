import type { DeepStringRecord } from './types.ts';
import type { activateNb } from './activate.nb.ts';

/** English for activation and the new-password rules; the same keys as `activate.nb.ts`. */
export const activateEn: DeepStringRecord<typeof activateNb> = {
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
};
