import type { ErrorCode, PasswordProblem, Role } from '@havn/domain';
import type { ClientErrorCode } from '../api/client.ts';
import type { FeatureModuleId, ModuleId } from '../modules.ts';

/** Norwegian bokmål: the default language, and the reference for every other translation. */
export const nb = {
  app: {
    name: 'Havn',
    documentTitle: '{{page}} – Havn',
    skipToMain: 'Hopp til hovedinnhold',
    loadingPage: 'Laster inn siden …',
  },
  common: {
    yes: 'Ja',
    no: 'Nei',
    cancel: 'Avbryt',
    retry: 'Prøv igjen',
    closeDialog: 'Lukk dialogvinduet',
    notRegistered: 'Ikke registrert',
    working: 'Et øyeblikk …',
  },
  roles: {
    unit_leader: 'Enhetsleder',
    coordinator: 'Koordinator (miljøterapeut)',
    children_coordinator: 'Barnefaglig koordinator',
    night_watch: 'Nattevakt',
    on_call_substitute: 'Ringevikar',
    finance: 'Personal og økonomi',
    system_admin: 'Systemadministrator',
    municipality_contact: 'Kontaktperson i samarbeidskommune',
  } satisfies Record<Role, string>,
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
      expired: 'Innloggingen tok for lang tid og ble avbrutt. Logg inn på nytt.',
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
      caption: 'Demokontoer, én for hver rolle',
      username: 'Brukernavn',
      role: 'Rolle',
      password: 'Passord for alle demokontoene',
      totp: 'Nøkkel til autentiseringsappen, for alle demokontoene',
      totpHelp: 'Legg nøkkelen inn for hånd i autentiseringsappen din, så får du kodene.',
    },
  },
  activate: {
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
  },
  language: {
    label: 'Språk',
    // Each language is named in itself, so it reads the same whichever language is chosen.
    nb: 'Norsk',
    en: 'English',
  },
  nav: {
    label: 'Hovedmeny',
    toggle: 'Meny',
  },
  modules: {
    home: 'Start',
    contacts: 'Kontakter og dagbrukere',
    people: 'Personer',
    intake: 'Inntak',
    stays: 'Opphold',
    capacity: 'Plasser og belegg',
    departures: 'Utflytting og reetablering',
    municipalities: 'Samarbeidskommuner',
    billing: 'Fakturering',
    statistics: 'Statistikk',
    staff: 'Ansatte og tilganger',
    quality: 'Kvalitet og avvik',
    audit: 'Logg over innsyn',
  } satisfies Record<ModuleId, string>,
  descriptions: {
    contacts:
      'Henvendelser, telefonsamtaler og dagbrukere som får råd og støtte uten å bo på senteret.',
    people: 'Personene senteret hjelper, voksne og barn, med personopplysninger som holdes trygt.',
    intake:
      'Å ta imot nye beboere, med kartlegging av behov, sikkerhet og barn som flytter inn sammen med dem.',
    stays:
      'Oppholdene på senteret fra innflytting til utflytting, med planer, samtaler og oppfølging.',
    capacity: 'Rom, senger og belegg i sanntid, og å finne en ledig, trygg plass.',
    departures:
      'Planlegging av utflytting og reetablering, i samarbeid med NAV, boligkontor og andre tjenester.',
    municipalities:
      'Kommunene som samarbeider om krisesenteret, avtalene med dem og hvilken kommune hver beboer hører til.',
    billing: 'Fakturaer til samarbeidskommunene og bostedskommunene for opphold, etter avtalene.',
    statistics: 'Anonymisert statistikk til årsmeldingen og til rapporteringen til Bufdir.',
    staff:
      'Ansatte, roller og tilganger, med registrert politiattest og taushetserklæring for hver ansatt.',
    quality: 'Avvik, forbedringsarbeid og internkontroll, for et trygt og godt tilbud.',
    audit: 'Hvem som har sett eller endret hvilke opplysninger, og når.',
  } satisfies Record<FeatureModuleId, string>,
  notYet: {
    unavailable: 'Denne delen er ikke tilgjengelig ennå.',
  },
  home: {
    welcome:
      'Havn er verktøyet for saksbehandling og drift på kommunale krisesentre. Velg en del av tjenesten i hovedmenyen.',
    health: {
      heading: 'Systemstatus',
      checking: 'Sjekker tilkoblingen …',
      connected: {
        sqlite: 'Tilkoblet databasen (SQLite)',
        postgres: 'Tilkoblet databasen (PostgreSQL)',
      },
      unavailable: 'Serveren svarer, men får ikke kontakt med databasen.',
    },
  },
  notFound: {
    title: 'Fant ikke siden',
    text: 'Siden finnes ikke, eller adressen er skrevet feil.',
    home: 'Gå til forsiden',
  },
  staff: {
    noAccess: 'Du har ikke tilgang til denne siden.',
    loading: 'Henter de ansatte …',
    caption: 'Ansatte ved {{centre}}',
    tableLabel: 'Tabell over ansatte, kan rulles sidelengs',
    columns: {
      name: 'Navn',
      roles: 'Roller',
      policeCertificate: 'Politiattest',
      confidentiality: 'Taushetserklæring',
      cleared: 'Klarert for persondata',
      mfa: 'Tofaktor',
      sessions: 'Aktive økter',
      status: 'Status',
      actions: 'Handlinger',
    },
    status: {
      active: 'Aktiv',
      deactivated: 'Deaktivert',
      notActivated: 'Ikke aktivert ennå',
    },
    mfa: {
      on: 'På',
      off: 'Av',
    },
    you: '(deg)',
    edit: 'Endre',
    editFor: 'Endre {{name}}',
    conflict:
      'Noen andre har endret dette i mellomtiden. Vi har lastet inn på nytt, så du ser det nyeste. Se over og prøv igjen.',
    create: {
      button: 'Ny ansatt',
      title: 'Ny ansatt',
      intro:
        'Kontoen får ikke passord nå. Du får en aktiveringskode å gi til personen, som selv velger passord og setter opp autentiseringsappen.',
      displayName: 'Navn',
      username: 'Brukernavn',
      usernameDescription:
        '3–50 tegn: små bokstaver a–z, tall, punktum, bindestrek eller understrek.',
      roles: 'Roller',
      rolesDescription: 'Velg minst én rolle.',
      municipality: 'Kommunenummer',
      municipalityDescription: 'Fire siffer, for kommunen kontaktpersonen arbeider i.',
      submit: 'Opprett kontoen',
      errors: {
        displayNameMissing: 'Skriv inn navnet.',
        usernameFormat:
          'Brukernavnet må ha 3–50 tegn, begynne med en bokstav eller et tall, og bare ha a–z, tall, punktum, bindestrek eller understrek.',
        usernameTaken: 'Brukernavnet er allerede i bruk. Velg et annet.',
        rolesMissing: 'Velg minst én rolle.',
        municipalityFormat: 'Skriv kommunenummeret med fire siffer.',
      },
    },
    created: {
      title: 'Kontoen er opprettet',
      warning: 'Aktiveringskoden vises bare nå.',
      intro:
        'Gi koden til {{name}} på en trygg måte, helst muntlig eller på papir, ikke på e-post eller SMS.',
      codeLabel: 'Aktiveringskode',
      expires: 'Koden gjelder til {{time}}.',
      howTo:
        '{{name}} går til siden «Aktiver kontoen» på {{url}}, skriver inn brukernavnet {{username}} og koden, og velger sitt eget passord.',
      done: 'Ferdig',
    },
    duties: {
      heading: 'Politiattest og taushetserklæring',
      description:
        'Datoen politiattesten ble kontrollert og taushetserklæringen signert. La feltet stå tomt hvis den ikke er registrert. Uten begge datoene får ingen tilgang til personopplysninger.',
      police: 'Politiattest kontrollert',
      confidentiality: 'Taushetserklæring signert',
      save: 'Lagre datoene',
      saved: 'Datoene er lagret.',
    },
    roleForm: {
      heading: 'Roller',
      description: 'Tar du bort en rolle, blir personen logget ut på alle enheter.',
      save: 'Lagre rollene',
      saved: 'Rollene er lagret.',
      missing: 'Velg minst én rolle.',
      municipalityNote:
        'Rollen kontaktperson i samarbeidskommune gis når kontoen opprettes, sammen med kommunenummeret.',
    },
    access: {
      heading: 'Innlogging',
      self: 'Dette er din egen konto. Du logger ut på alle enheter fra «Min konto».',
      endSessions: {
        button: 'Logg ut på alle enheter',
        confirm: 'Vil du avslutte alle innloggingene til {{name}}? Personen må logge inn på nytt.',
        confirmButton: 'Ja, logg ut',
        none: 'Ingen aktive innlogginger.',
        done_one: '{{count}} innlogging ble avsluttet.',
        done_other: '{{count}} innlogginger ble avsluttet.',
      },
      resetMfa: {
        button: 'Tilbakestill tofaktor',
        confirm:
          'Vil du fjerne autentiseringsappen og gjenopprettingskodene til {{name}}? Personen blir logget ut og setter opp appen på nytt ved neste innlogging.',
        confirmButton: 'Ja, tilbakestill',
        none: 'Autentiseringsappen er ikke satt opp.',
        done: 'Tofaktor er tilbakestilt.',
      },
      deactivate: {
        button: 'Deaktiver kontoen',
        confirm:
          'Vil du deaktivere kontoen til {{name}}? Personen blir logget ut med en gang og kan ikke logge inn igjen. Historikken beholdes.',
        confirmButton: 'Ja, deaktiver',
        none: 'Kontoen er deaktivert.',
        done: 'Kontoen er deaktivert.',
      },
    },
  },
  errors: {
    validation_failed: 'Noen av feltene er ikke fylt ut riktig.',
    malformed_request: 'Forespørselen kunne ikke leses. Last inn siden på nytt og prøv igjen.',
    unauthenticated: 'Du må logge inn for å fortsette.',
    forbidden: 'Du har ikke tilgang til dette.',
    not_found: 'Fant ikke det du lette etter, eller du har ikke tilgang til det.',
    conflict: 'Noen andre har endret dette i mellomtiden. Last inn på nytt og prøv igjen.',
    payload_too_large: 'Det du prøver å sende, er for stort.',
    unsupported_media_type: 'Serveren kan ikke ta imot dette formatet.',
    too_many_requests: 'For mange forespørsler. Vent litt og prøv igjen.',
    internal_error: 'Noe gikk galt hos oss, og ingenting ble lagret. Prøv igjen om litt.',
    network_error: 'Fikk ikke kontakt med serveren. Sjekk nettforbindelsen og prøv igjen.',
    unexpected_response: 'Serveren ga et uventet svar. Prøv igjen om litt.',
  } satisfies Record<ErrorCode | ClientErrorCode, string>,
};
