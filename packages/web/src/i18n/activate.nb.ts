import type { PasswordProblem } from '@havn/domain';

/**
 * Activating an account with its one-time code, and the new-password rules it shares with
 * «Bytt passord». Norwegian bokmål; these come with those two pages (`ensureModuleTexts` in
 * index.ts), not with the first load.
 */
export const activateNb = {
  title: 'Aktiver kontoen',
  intro:
    'Du har fått brukernavnet ditt og en aktiveringskode av enhetsleder eller systemadministrator. Her velger du ditt eget passord. Første gang du logger inn, setter du opp autentiseringsappen.',
  username: 'Brukernavn',
  code: 'Aktiveringskode',
  codeDescription: 'Koden du fikk utdelt. Den gjelder i 72 timer og kan brukes én gang.',
  newPassword: 'Nytt passord',
  rules:
    'Minst 8 tegn, men bruk gjerne 15 eller flere, for eksempel noen ord satt sammen. Du trenger ikke tall eller spesialtegn. Vanlige passord, og passord som inneholder brukernavnet, godtas ikke.',
  repeatPassword: 'Gjenta det nye passordet',
  submit: 'Aktiver kontoen',
  done: 'Kontoen er aktivert, og passordet er lagret. Logg inn med brukernavnet og det nye passordet.',
  toLogin: 'Gå til innlogging',
  errors: {
    usernameMissing: 'Skriv inn brukernavnet ditt.',
    codeMissing: 'Skriv inn aktiveringskoden.',
    passwordMissing: 'Velg et passord.',
    mismatch: 'Passordene er ikke like. Skriv det samme passordet to ganger.',
    wrongCode:
      'Brukernavnet eller aktiveringskoden er feil, eller koden har gått ut. En kode gjelder i 72 timer; be om en ny hvis den er eldre.',
  },
  problems: {
    too_short: 'Passordet må ha minst 8 tegn. 15 eller flere er bedre.',
    too_long: 'Passordet kan ha høyst 128 tegn.',
    too_common: 'Dette passordet er for vanlig og lett å gjette. Velg et annet.',
    contains_username: 'Passordet kan ikke inneholde brukernavnet.',
  } satisfies Record<PasswordProblem, string>,
};
