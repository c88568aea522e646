import type { AddressProtection, ChildRelation, Gender } from '@havn/domain';
import type { Duplicate } from '../features/people/people-api.ts';

/**
 * The person register (personregisteret): persons, their relations, duplicates and address
 * protection. Norwegian bokmål; `nb.ts` carries it as `people`.
 */
export const peopleNb = {
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
    searchDescription: 'Navn eller alias, minst to bokstaver. Bare barn du har tilgang til, vises.',
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
    aliasDescription: 'Et kallenavn personen vil bruke her, eller som brukes for å skjerme navnet.',
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
      nationalIdInvalid: 'Fødselsnummeret er ikke gyldig. Sjekk sifrene.',
      birthDate: 'Skriv en gyldig dato.',
      municipalityFormat: 'Skriv kommunenummeret med fire siffer.',
      municipalityUnknown: 'Fant ingen kommune med dette nummeret.',
      postalCode: 'Postnummeret har fire siffer.',
      email: 'Skriv en gyldig e-postadresse.',
    },
  },
};
