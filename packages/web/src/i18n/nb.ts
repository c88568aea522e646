import type {
  ContactAction,
  ContactChannel,
  ContactParty,
  contactTopics,
  contactUrgencies,
  ErrorCode,
  ForbiddenReason,
  PasswordProblem,
  Role,
} from '@havn/domain';
import type { ClientErrorCode } from '../api/client.ts';
import { dayServiceNb } from './day-service.nb.ts';
import { auditNb } from './audit.nb.ts';
import { capacityNb } from './capacity.nb.ts';
import type { reestablishmentNb } from './reestablishment.nb.ts';
import { departuresNb } from './departures.nb.ts';
import { intakeNb } from './intake.nb.ts';
import { staysNb } from './stays.nb.ts';
import { childrenNb } from './children.nb.ts';
import { protectionNb } from './protection.nb.ts';
import { accessNb } from './access.nb.ts';
import type { Period } from '../features/contacts/contacts-api.ts';
import type { ProblemKey } from '../features/contacts/form-state.ts';
import type { PartnerType } from '../features/partners/partners-api.ts';
import type {
  AddressProtection,
  ChildRelation,
  Duplicate,
  Gender,
} from '../features/people/people-api.ts';
import type { PersonProblem } from '../features/people/person-form.ts';
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
    primaryContact: {
      nobodyYet: 'Ingen ennå – enhetslederen tildeler primærkontakt.',
      none: 'Ingen ennå',
    },
    picker: {
      you: '{{name}} (deg)',
      loading: 'Henter kollegene …',
    },
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
      notGrantable: 'Roller i saksarbeidet gis og tas bort av enhetslederen.',
      newCode:
        'Kontoen er ikke aktivert ennå. Den gamle aktiveringskoden gjelder ikke lenger: gi personen denne nye koden.',
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
      resetPassword: {
        button: 'Nytt passord med aktiveringskode',
        confirm:
          'Vil du gi {{name}} en ny aktiveringskode? Det gamle passordet slutter å virke, og personen blir logget ut. Autentiseringsappen beholdes.',
        confirmButton: 'Ja, lag ny kode',
        none: 'Kontoen er deaktivert.',
        done: 'Ny aktiveringskode (vises bare nå, gjelder til {{time}}):',
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
  shift: {
    label: 'Vakt',
    checking: 'Sjekker vakten …',
    unknown: 'Vet ikke om du er på vakt',
    onSince: 'På vakt siden {{time}}',
    off: 'Ikke på vakt',
    start: 'Start vakt',
    end: 'Avslutt vakt',
    notice: 'Du er ikke på vakt. Start vakten for å se personer og kontakter.',
  },
  contacts: {
    noAccess: 'Du har ikke tilgang til kontaktloggen.',
    nav: {
      label: 'Kontakter og dagbrukere',
      log: 'Kontaktlogg',
      partners: 'Samarbeidspartnere',
    },
    logButton: 'Logg kontakt',
    shortcut: 'Hurtigtast: Alt+N (virker på alle sider)',
    logged_one: 'Kontakten er logget kl. {{time}} ({{count}} minutt).',
    logged_other: 'Kontakten er logget kl. {{time}} ({{count}} minutter).',
    channels: {
      phone: 'Telefon',
      walk_in: 'Oppmøte',
      message: 'Melding',
      referral: 'Henvisning',
    } satisfies Record<ContactChannel, string>,
    parties: {
      person_at_risk: 'Personen selv',
      relative_or_friend: 'Pårørende eller venn',
      professional: 'Fagperson',
    } satisfies Record<ContactParty, string>,
    topics: {
      physical: 'Fysisk vold',
      psychological: 'Psykisk vold',
      sexual: 'Seksuell vold',
      material_economic: 'Materiell eller økonomisk vold',
      digital: 'Digital vold',
      latent: 'Latent vold (trusler, frykt)',
      human_trafficking: 'Menneskehandel',
      honour_related: 'Negativ sosial kontroll og æresrelatert vold',
      forced_marriage: 'Tvangsekteskap',
      genital_mutilation: 'Kjønnslemlestelse',
      other: 'Annet',
    } satisfies Record<(typeof contactTopics)[number], string>,
    urgencies: {
      low: 'Lav',
      medium: 'Middels',
      high: 'Høy',
      acute: 'Akutt',
    } satisfies Record<(typeof contactUrgencies)[number], string>,
    actions: {
      advice: 'Råd og veiledning',
      information: 'Informasjon',
      safety_plan: 'Sikkerhetsplan',
      day_service_appointment: 'Avtale i dagtilbudet',
      intake_planned: 'Inntak planlagt',
      referral: 'Henvist videre',
    } satisfies Record<ContactAction, string>,
    drafts: {
      heading_one: 'Uferdig kontakt',
      heading_other: 'Uferdige kontakter',
      item: 'Du har en uferdig kontakt fra {{time}}.',
      resume: 'Fortsett',
      resumeFor: 'Fortsett kontakten fra {{time}}',
      discard: 'Forkast',
      discardFor: 'Forkast kontakten fra {{time}}',
      discardQuestion: 'Vil du forkaste kontakten fra {{time}}? Det som er skrevet, slettes.',
      discardConfirm: 'Ja, forkast',
    },
    counts: {
      heading: 'Antall kontakter',
      loading: 'Teller kontaktene …',
      today: 'I dag',
      month: 'Hele {{month}}',
      total: 'Kontakter',
      oneToOne: 'Enesamtaler på telefon',
    },
    log: {
      household: 'Husstand',
      householdAlone: '{{adult}}, uten barn',
      householdWithChildren_one: '{{adult}} med {{count}} barn ({{ages}} år)',
      householdWithChildren_other: '{{adult}} med {{count}} barn ({{ages}} år)',
      findPlace: 'Finn plass til',
      findPlaceFor: 'Finn plass til husstanden fra kontakten kl. {{time}}',
      heading: 'Kontaktlogg',
      filters: 'Filtrer loggen',
      period: 'Periode',
      periods: {
        day: 'Siste døgn',
        week: 'Siste 7 dager',
        month: 'Siste 31 dager',
      } satisfies Record<Period, string>,
      channel: 'Kanal',
      allChannels: 'Alle kanaler',
      action: 'Hva ble gjort',
      allActions: 'Alt',
      loading: 'Henter kontaktloggen …',
      empty: 'Ingen kontakter i denne perioden.',
      showing_one: 'Viser {{count}} kontakt, nyeste først.',
      showing_other: 'Viser {{count}} kontakter, nyeste først.',
      more: 'Vis eldre kontakter',
      urgency: 'Hastegrad: {{urgency}}',
      oneToOne: 'Enesamtale på telefon',
      person: 'Person',
      anonymous: 'Anonym',
      contactBy: 'Hvem tok kontakt',
      topics: 'Tema',
      actions: 'Hva ble gjort',
      referredTo: 'henvist til {{name}}',
      duration: 'Varighet',
      minutes_one: '{{count}} minutt',
      minutes_other: '{{count}} minutter',
      author: 'Logget av',
      showNotes: 'Vis notater',
      hideNotes: 'Skjul notater',
      loadingNotes: 'Henter notatene …',
      noteHidden:
        'Notat skjult: ikke ditt skift. Notatet er for vakten det hører til og for primærkontakten.',
    },
    form: {
      title: 'Logg kontakt',
      close: 'Lukk skjemaet (det du har skrevet, tas vare på)',
      openedAt: 'Skjemaet ble åpnet kl. {{time}}.',
      elapsed: 'Tid brukt: {{elapsed}}',
      keyboardHint:
        'Piltastene velger innenfor en gruppe, Tab går videre, mellomrom krysser av. Enter eller Ctrl+Enter logger kontakten.',
      draft: {
        idle: 'Det du skriver, lagres som utkast underveis.',
        saving: 'Lagrer utkast …',
        saved: 'Utkast lagret kl. {{time}}.',
        failed: 'Utkastet ble ikke lagret. Vi prøver igjen om litt.',
      },
      channel: 'Kanal',
      contactBy: 'Hvem tok kontakt',
      partner: 'Tjenesten som ringte eller henviste',
      partnerRequired: 'Må fylles ut for en henvisning.',
      partnerOptional: 'Valgfritt.',
      choosePartner: 'Velg en samarbeidspartner',
      topics: 'Tema',
      topicsDescription: 'Velg minst ett.',
      urgency: 'Hastegrad',
      actions: 'Hva ble gjort',
      actionsDescription: 'Velg minst ett.',
      referralPartner: 'Henvist til',
      oneToOne: 'Enesamtale på telefon',
      oneToOneDescription:
        'En strukturert samtale på telefon med en kjent bruker. Telles for seg i statistikken.',
      notes: 'Notater',
      notesDescription:
        'Bare det som trengs. Notatene vises ikke i loggen, bare når noen åpner dem.',
      duration: 'Varighet i minutter',
      durationDescription:
        'La stå tomt for å bruke tiden siden skjemaet ble åpnet (nå {{minutes}} min).',
      household: 'Hvem trenger plass?',
      householdDescription:
        'Fyll ut hvis det kan bli aktuelt å finne plass. Følger med til «Finn plass til» og inntaket.',
      householdAdults: { none: 'Ikke aktuelt', female: 'Kvinne', male: 'Mann', other: 'Annet' },
      childAges: 'Barnas alder i år',
      childAgesDescription: 'Skill med komma, for eksempel 4, 9. La stå tomt uten barn.',
      submit: 'Logg kontakten',
      discard: 'Forkast',
      discardQuestion: 'Vil du forkaste kontakten? Det du har skrevet, slettes.',
      discardConfirm: 'Ja, forkast',
      errors: {
        topics_missing: 'Velg minst ett tema.',
        actions_missing: 'Velg minst én ting som ble gjort.',
        duration_format: 'Skriv varigheten som et helt antall minutter, høyst 1440.',
        notes_too_long: 'Notatene kan ha høyst 10 000 tegn.',
        person_not_found: 'Fant ikke personen, eller du har ikke tilgang (er du på vakt?).',
        one_to_one_needs_phone: 'En enesamtale på telefon må ha kanalen «Telefon».',
        one_to_one_needs_known_user:
          'En enesamtale på telefon er med en kjent bruker: velg «Personen selv» under «Hvem tok kontakt», og koble til personen.',
        referral_needs_partner: 'Velg hvem personen ble henvist til.',
        professional_needs_partner: 'Velg tjenesten som henviste.',
        ages_format:
          'Skriv alderen til hvert barn som hele år fra 0 til 17, skilt med komma (høyst 10 barn).',
        household_adult_missing: 'Velg hvem den voksne er når barn skal ha plass.',
        invalid: 'Sjekk dette feltet.',
      } satisfies Record<ProblemKey, string>,
    },
    edit: {
      open: 'Endre',
      openFor: 'Endre kontakten fra {{time}}',
      title: 'Endre kontakt',
      intro: 'Rett opp det som ble logget. Endringen føres i revisjonsloggen.',
      loading: 'Henter kontakten …',
      durationDescription: 'Hele minutter, høyst 1440.',
      submit: 'Lagre endringene',
      close: 'Lukk uten å lagre',
      saved: 'Kontakten er endret.',
      unchanged: 'Du har ikke endret noe.',
      conflict:
        'Noen andre endret kontakten etter at du åpnet den. Vi har hentet den nye versjonen. Gjør endringen på nytt.',
    },
    person: {
      legend: 'Person',
      anonymous: 'Kontakten er anonym hvis du ikke kobler til en person.',
      link: 'Koble til person',
      linked: 'Koblet til {{name}}.',
      unlink: 'Fjern koblingen',
      keepAnonymous: 'La kontakten være anonym',
      needsShift: 'Du må være på vakt for å koble til en person. Kontakten logges som anonym.',
      search: 'Søk etter navn eller alias',
      searchDescription: 'Minst to bokstaver.',
      hitsLabel: 'Treff',
      noHits: 'Ingen treff. Registrer personen under.',
      earlier:
        'Det finnes en tidligere registrering med dette navnet, men du har ikke tilgang til den. Logg kontakten uten kobling – et inntak kan knyttes til den tidligere registreringen.',
      pick: 'Velg {{name}}',
      newAlias: 'Eller registrer en ny person med alias',
      newAliasDescription:
        'Et kallenavn eller alias er nok. Resten kan fylles ut senere under «Personer».',
      aliasMissing: 'Skriv et alias.',
      register: 'Registrer og koble til',
    },
  },
  partners: {
    title: 'Samarbeidspartnere',
    intro:
      'Tjenestene senteret samarbeider med, som NAV, politiet og barnevernet, med telefon og kontaktperson. Brukes når en kontakt henvises videre.',
    noAccess: 'Du har ikke tilgang til samarbeidspartnerne.',
    loading: 'Henter samarbeidspartnerne …',
    empty: 'Ingen samarbeidspartnere er registrert ennå.',
    inactive: 'Ikke i bruk',
    add: 'Legg til samarbeidspartner',
    edit: 'Endre',
    editFor: 'Endre {{name}}',
    types: {
      nav: 'NAV',
      police: 'Politiet',
      child_welfare: 'Barnevernet',
      emergency_clinic: 'Legevakt',
      family_counselling: 'Familievernet',
      violence_coordinator: 'Voldskoordinator',
      refugee_office: 'Flyktningtjenesten',
      crime_victim_support: 'Støttesenter for kriminalitetsutsatte',
      rvts: 'RVTS (regionalt ressurssenter om vold og traumatisk stress)',
      atv: 'Alternativ til Vold',
      dps: 'DPS (distriktspsykiatrisk senter)',
      school: 'Skole',
      kindergarten: 'Barnehage',
      housing_office: 'Boligkontor',
      imdi: 'IMDi',
      udi: 'UDI',
      interpreter_service: 'Tolketjeneste',
      health_service: 'Helsetjeneste',
      lawyer: 'Advokat',
      court: 'Domstol',
      other: 'Annet',
    } satisfies Record<PartnerType, string>,
    form: {
      newTitle: 'Ny samarbeidspartner',
      editTitle: 'Endre {{name}}',
      type: 'Type tjeneste',
      chooseType: 'Velg type',
      name: 'Navn',
      phone: 'Telefon',
      email: 'E-post',
      contactName: 'Kontaktperson',
      municipalityNumber: 'Kommunenummer',
      municipalityDescription: 'Fire siffer. La stå tomt for en regional eller nasjonal tjeneste.',
      notes: 'Merknader',
      active: 'I bruk',
      activeDescription: 'Tar du bort krysset, kan ingen velge tjenesten i nye kontakter.',
      create: 'Legg til',
      save: 'Lagre',
      created: '{{name}} er lagt til.',
      saved: 'Endringene for {{name}} er lagret.',
      conflict:
        'Noen andre har endret dette i mellomtiden. Vi har lastet inn på nytt, så du ser det nyeste. Se over og prøv igjen.',
      errors: {
        type: 'Velg hva slags tjeneste det er.',
        name: 'Skriv navnet på tjenesten.',
        municipalityNumber: 'Skriv kommunenummeret med fire siffer.',
        email: 'Skriv en gyldig e-postadresse.',
      },
    },
  },
  people: {
    noAccess: 'Du har ikke tilgang til personregisteret.',
    notFound: 'Fant ikke personen, eller du har ikke tilgang (er du på vakt?).',
    conflict:
      'Noen andre har endret personen i mellomtiden. Vi har lastet inn på nytt, så du ser det nyeste. Se over og prøv igjen.',
    child: 'Barn',
    children: 'Barn',
    adults: 'Voksne',
    linkChild: {
      open: 'Koble til et barn som er registrert',
      heading: 'Koble til et barn',
      search: 'Søk etter barnet',
      searchDescription:
        'Navn eller alias, minst to bokstaver. Bare barn du har tilgang til, vises.',
      childMissing: 'Søk opp og velg barnet.',
      relation: 'Relasjon til barnet',
      relations: {
        parent: 'Forelder',
        step_parent: 'Steforelder',
        guardian: 'Verge',
        other: 'Annet',
      } satisfies Record<ChildRelation, string>,
      submit: 'Koble til barnet',
      done: '{{name}} er koblet til.',
      alreadyLinked: 'Barnet er allerede koblet til denne personen.',
    },
    addChild: 'Legg til barn',
    noneRegistered: 'Ingen registrert.',
    bornShort: 'født {{date}}',
    interpreterNeeded: 'Trenger tolk',
    addressHidden:
      'Adressen er skjermet. Personen har fortrolig eller strengt fortrolig adresse, og du har ikke tilgang til den.',
    contactHidden:
      'Telefon, e-post og trygg kontakt er skjermet sammen med adressen, og du har ikke tilgang til dem.',
    nationalIdRegistered: 'Fødselsnummer registrert',
    confirmId: {
      label: 'Bekreft fødselsnummeret',
      description:
        'Skriv nummeret personen oppgir. Du får bare vite om det stemmer med det som er registrert.',
      submit: 'Bekreft',
      missing: 'Skriv fødselsnummeret.',
      matches: 'Nummeret stemmer med det som er registrert.',
      noMatch: 'Nummeret stemmer ikke med det som er registrert.',
    },
    mergedInto: 'Denne registreringen er slått sammen med en annen.',
    openKept: 'Åpne registreringen som beholdes',
    backToSearch: 'Tilbake til søket',
    person: {
      title: 'Person',
      notFoundTitle: 'Fant ikke personen',
      loading: 'Henter personen …',
    },
    search: {
      heading: 'Finn en person',
      label: 'Søk etter navn eller alias',
      description: 'Minst to bokstaver. Det du søker på, lagres ikke.',
      tooShort: 'Skriv minst to bokstaver.',
      searching: 'Søker …',
      none: 'Ingen treff.',
      noneOffShift: 'Ingen treff. Du er ikke på vakt, så du ser bare personer du har ansvar for.',
      hits_one: '{{count}} treff.',
      hits_other: '{{count}} treff.',
      results: 'Treff',
    },
    new: {
      button: 'Registrer person',
      title: 'Registrer person',
      childTitle: 'Registrer barn',
      intro:
        'Bare alias eller fornavn må fylles ut. Vi sjekker om personen er registrert fra før før noe lagres.',
      childOf: 'Barnet knyttes til {{name}}.',
      childOfUnknown: 'Barnet knyttes til den voksne du kom fra.',
      backToAdult: 'Tilbake til den voksne',
      submit: 'Registrer',
      created: 'Personen er registrert.',
      childAdded: '{{name}} er registrert som barn av denne personen.',
    },
    duplicates: {
      heading: 'Kan dette være en som er registrert fra før?',
      intro:
        'Vi fant registreringer som ligner. Åpne den som er riktig person, eller registrer likevel hvis det er en annen.',
      reasons: {
        same_national_id: 'samme fødselsnummer',
        similar_name_and_birth_date: 'lignende navn og samme fødselsdato',
        same_full_name: 'samme fulle navn',
      } satisfies Record<Duplicate['reason'], string>,
      earlier:
        'Det finnes en tidligere registrering som passer ({{reason}}). Du har ikke tilgang til den.',
      earlierHint:
        'Er det samme person, start inntaket på den tidligere registreringen i stedet for å registrere henne på nytt.',
      startIntake: 'Start inntak på den tidligere registreringen',
      choose: 'Bruk {{name}}',
      confirm: 'Dette er en annen person – registrer',
    },
    edit: {
      button: 'Endre opplysningene',
      save: 'Lagre endringene',
      saved: 'Endringene er lagret.',
    },
    merge: {
      heading: 'Slå sammen med en annen registrering',
      intro:
        'Er samme person registrert to ganger? Finn den andre registreringen. Den slås inn i denne: tomme felt her fylles fra den, barn og voksne flyttes hit, og den peker hit etterpå.',
      search: 'Søk etter den andre registreringen',
      choose: 'Slå sammen med {{name}}',
      confirm: 'Vil du slå «{{other}}» sammen inn i «{{keep}}»? Dette kan ikke angres her.',
      confirmButton: 'Ja, slå sammen',
      done: 'Registreringene er slått sammen.',
    },
    fields: {
      alias: 'Alias',
      firstName: 'Fornavn',
      lastName: 'Etternavn',
      birthDate: 'Fødselsdato',
      nationalId: 'Fødselsnummer eller D-nummer',
      gender: 'Kjønn',
      languages: 'Språk',
      interpreterNeeded: 'Trenger tolk',
      homeMunicipality: 'Bostedskommune',
      addressProtection: 'Adressebeskyttelse',
      address: 'Adresse',
      street: 'Gateadresse',
      postalCode: 'Postnummer',
      city: 'Poststed',
      phone: 'Telefon',
      email: 'E-post',
      safeUse: 'Trygg kontakt',
      contact: 'Kontaktopplysninger',
      accessibilityNotes: 'Tilrettelegging',
    },
    genders: {
      female: 'Kvinne',
      male: 'Mann',
      other: 'Annet',
      unknown: 'Ikke oppgitt',
    } satisfies Record<Gender, string>,
    protections: {
      none: 'Ingen',
      confidential: 'Fortrolig adresse',
      strictly_confidential: 'Strengt fortrolig adresse',
    } satisfies Record<AddressProtection, string>,
    protectionHelp: {
      none: 'Adressen vises for alle som kan åpne personen.',
      confidential:
        'Fortrolig adresse (kode 7): adressen vises bare for enhetsleder og personens primærkontakt.',
      strictly_confidential:
        'Strengt fortrolig adresse (kode 6): adressen vises bare for enhetsleder.',
    } satisfies Record<AddressProtection, string>,
    form: {
      name: 'Navn',
      nameDescription: 'Alias eller fornavn må fylles ut. Et alias er nok.',
      aliasDescription:
        'Et kallenavn personen vil bruke her, eller som brukes for å skjerme navnet.',
      identity: 'Fødsel og kjønn',
      nationalIdDescription:
        'Valgfritt. 11 siffer. Kontrollsifrene sjekkes. Nummeret vises aldri etterpå, men kan bekreftes.',
      nationalIdKeep:
        'Fødselsnummer er registrert. La feltet stå tomt for å beholde det. Kontrollsifrene sjekkes.',
      language: 'Språk og tolk',
      languagesDescription: 'Skill flere språk med komma, for eksempel «norsk, arabisk».',
      address: 'Adresse og bostedskommune',
      protectionDescription:
        'Fortrolig og strengt fortrolig adresse vedtas av politiet og står i Folkeregisteret. Velg det personen har, så skjermes adressen for andre ansatte.',
      municipalityDescription: 'Fire siffer, for eksempel 4601 for Bergen.',
      contact: 'Kontakt',
      safeUseDescription:
        'Når og hvordan det er trygt å ta kontakt, for eksempel «bare SMS, bare på dagtid».',
      accessibilityDescription:
        'Det personen trenger for at oppholdet skal fungere, for eksempel rullestol.',
      errors: {
        nameMissing: 'Skriv et alias eller et fornavn.',
        nationalIdFormat: 'Et fødselsnummer har 11 siffer.',
        nationalIdInvalid: 'Fødselsnummeret er ikke gyldig. Sjekk sifrene.',
        birthDate: 'Skriv en gyldig dato.',
        municipalityFormat: 'Skriv kommunenummeret med fire siffer.',
        municipalityUnknown: 'Fant ingen kommune med dette nummeret.',
        postalCode: 'Postnummeret har fire siffer.',
        email: 'Skriv en gyldig e-postadresse.',
        tooLong: 'Teksten er for lang.',
        invalid: 'Sjekk dette feltet.',
      } satisfies Record<PersonProblem, string>,
    },
  },
  dayService: dayServiceNb,
  auditLog: auditNb,
  capacity: capacityNb,
  departures: departuresNb,
  intake: intakeNb,
  stays: staysNb,
  children: childrenNb,
  protection: protectionNb,
  access: accessNb,
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
    refused: 'Endringen kan ikke gjøres slik saken står nå. Last inn på nytt for å se den.',
  } satisfies Record<ErrorCode | ClientErrorCode | 'refused', string>,
  refusals: {
    own_account:
      'Ingen kan endre sine egne roller, plikter eller tofaktor, eller deaktivere seg selv. Be en annen med tilgang om å gjøre det.',
    role_not_grantable:
      'Du kan ikke gi eller ta bort en av disse rollene. Roller i saksarbeidet gis av enhetslederen.',
    duty_not_registrable: 'Bare enhetslederen registrerer politiattest og taushetserklæring.',
    casework_account:
      'Kontoen har en rolle i saksarbeidet. Bare enhetslederen kan tilbakestille tofaktor eller gi ut aktiveringskode for den.',
    primary_contact_not_assignable:
      'Bare enhetslederen, eller den som er primærkontakt nå, kan bestemme hvem som er primærkontakt.',
    note_hidden: 'Notatet hører til en annen vakt. Du kan ikke endre det.',
  } satisfies Record<ForbiddenReason, string>,
};

/**
 * Every text the app has in bokmål: the first load's, and those a module's pages bring along
 * when first visited (`moduleTexts` in index.ts), so the night watch's phone does not load them
 * before it needs them.
 */
export type NbTexts = typeof nb & { reestablishment: typeof reestablishmentNb };
