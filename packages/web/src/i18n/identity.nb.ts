/**
 * Logging in and one's own account (identity): the sign-in steps, the recovery codes and the
 * account page; activation is in `activate.nb.ts`. Norwegian bokmål; `nb.ts` spreads it into the top level.
 */
export const identityNb = {
  auth: {
    checking: 'Sjekker innloggingen …',
  },
  account: {
    title: 'Min konto',
    menuLabel: 'Innlogget bruker',
    logout: 'Logg ut',
    logoutFailed: 'Du ble ikke logget ut: fikk ikke kontakt med serveren. Prøv igjen.',
    details: 'Opplysninger om kontoen',
    name: 'Navn',
    username: 'Brukernavn',
    centre: 'Krisesenter',
    roles: 'Roller',
    cleared: 'Klarert for persondata',
    clearedHelp:
      'Politiattest og taushetserklæring er registrert. Uten begge får du ikke tilgang til personopplysninger.',
    logoutAll: {
      heading: 'Logg ut på alle enheter',
      text: 'Avslutter alle innloggingene dine, både her og på alle andre PC-er og telefoner. Bruk dette hvis du har glemt å logge ut på en delt maskin, eller hvis du har mistet telefonen.',
      button: 'Logg ut på alle enheter',
    },
    password: {
      link: 'Bytt passord',
      heading: 'Passord',
      text: 'Du kan bytte passord når du vil. Du må ikke bytte det jevnlig, men gjør det hvis noen kan ha sett det.',
      title: 'Bytt passord',
      intro:
        'Skriv inn passordet du har nå og en ny kode fra autentiseringsappen, og velg et nytt passord. Du blir logget ut på alle andre enheter.',
      current: 'Nåværende passord',
      code: 'Kode fra autentiseringsappen',
      codeDescription: 'Seks sifre. Vent på en ny kode hvis du nettopp brukte den som vises.',
      submit: 'Bytt passord',
      done: 'Passordet er byttet. Du er logget ut på alle andre enheter.',
      back: 'Tilbake til Min konto',
      errors: {
        currentMissing: 'Skriv inn passordet du har nå.',
        codeFormat: 'Skriv de seks sifrene fra appen.',
        wrongPassword: 'Passordet du har nå, er feil.',
        wrongCode: 'Koden ble ikke godtatt. Vent på neste kode og prøv igjen.',
      },
    },
    failedAttempts: {
      text_one:
        'Det har vært {{count}} mislykket innloggingsforsøk på kontoen din siden {{time}}. Var det ikke deg, bør du bytte passord og si fra til enhetslederen.',
      text_other:
        'Det har vært {{count}} mislykkede innloggingsforsøk på kontoen din siden {{time}}. Var det ikke deg, bør du bytte passord og si fra til enhetslederen.',
      changePassword: 'Bytt passord',
      dismiss: 'Jeg har sett det',
      dismissFailed: 'Fikk ikke kontakt med serveren. Prøv igjen.',
    },
  },
  login: {
    title: 'Logg inn',
    intro:
      'Logg inn med brukernavnet og passordet ditt. Deretter ber vi om en kode fra autentiseringsappen på telefonen din.',
    username: 'Brukernavn',
    password: 'Passord',
    submit: 'Logg inn',
    activate: 'Har du fått en aktiveringskode? Aktiver kontoen din',
    errors: {
      usernameMissing: 'Skriv inn brukernavnet ditt.',
      passwordMissing: 'Skriv inn passordet ditt.',
      wrongCredentials: 'Feil brukernavn eller passord.',
      locked_one: 'For mange mislykkede forsøk. Prøv igjen om {{count}} minutt.',
      locked_other: 'For mange mislykkede forsøk. Prøv igjen om {{count}} minutter.',
      expired:
        'Innloggingen ble avbrutt, fordi den tok for lang tid eller koden var feil for mange ganger. Logg inn på nytt med passordet.',
    },
    code: {
      title: 'Bekreft innloggingen',
      intro:
        'Åpne autentiseringsappen på telefonen din og skriv inn den sekssifrede koden appen viser for Havn.',
      recoveryIntro:
        'Har du ikke telefonen, kan du bruke én av gjenopprettingskodene du skrev ned da du satte opp appen.',
      label: 'Kode fra autentiseringsappen',
      description: 'Seks siffer. Appen lager en ny kode hvert 30. sekund.',
      recoveryLabel: 'Gjenopprettingskode',
      recoveryDescription: 'Ti tegn, for eksempel abcde-fghjk. Hver kode kan brukes én gang.',
      useRecovery: 'Bruk en gjenopprettingskode i stedet',
      useApp: 'Bruk koden fra autentiseringsappen i stedet',
      submit: 'Bekreft',
      cancel: 'Avbryt og logg inn på nytt',
      errors: {
        codeFormat: 'Skriv inn de seks sifrene fra appen.',
        recoveryMissing: 'Skriv inn en gjenopprettingskode.',
        wrongCode:
          'Koden ble ikke godtatt. Vent til appen viser en ny kode, og prøv igjen. Sjekk også at klokken på telefonen går riktig.',
        wrongRecovery:
          'Gjenopprettingskoden ble ikke godtatt. Sjekk at den er skrevet riktig og ikke er brukt før.',
      },
    },
    enrol: {
      title: 'Sett opp autentiseringsappen',
      intro:
        'Havn krever to steg når du logger inn: passordet, og en kode fra en autentiseringsapp på telefonen din. Appen setter du opp bare denne ene gangen.',
      stepsLabel: 'Slik gjør du',
      step1:
        'Installer en autentiseringsapp på telefonen hvis du ikke har en fra før, for eksempel Microsoft Authenticator eller Google Authenticator.',
      step2:
        'Skann QR-koden med appen. Går ikke det, velger du i appen å legge inn en nøkkel for hånd, og skriver inn nøkkelen under.',
      step3: 'Skriv inn den sekssifrede koden appen nå viser for Havn.',
      preparing: 'Lager en ny nøkkel til deg …',
      qrAlt: 'QR-kode for autentiseringsappen',
      secretLabel: 'Nøkkel for å legge inn for hånd',
      submit: 'Bekreft og fortsett',
    },
    recovery: {
      // A soft hyphen, so that the long word breaks properly on a phone.
      title: 'Skriv ned gjenopprettings\u00ADkodene',
      warning: 'Kodene vises bare denne ene gangen.',
      intro:
        'Skriv ned eller skriv ut de ti kodene, og oppbevar dem trygt, ikke sammen med telefonen. Mister du telefonen, logger du inn med én av kodene i stedet for koden fra appen. Hver kode kan brukes én gang.',
      listLabel: 'Gjenopprettingskoder',
      continue: 'Fortsett',
    },
    demo: {
      summary: 'Demoversjon: kontoer for å prøve Havn',
      intro:
        'Dette er en demoversjon med oppdiktede opplysninger. Kontoene under finnes bare i demoen. Legg aldri inn ekte personopplysninger her.',
      caption: 'Demokontoer ved {{centre}}, én for hver rolle',
      username: 'Brukernavn',
      role: 'Rolle',
      password: 'Passord for alle demokontoene',
      totp: 'Nøkkel til autentiseringsappen, for alle demokontoene',
      totpHelp: 'Legg nøkkelen inn for hånd i autentiseringsappen din, så får du kodene.',
    },
  },
};
