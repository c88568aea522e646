/**
 * Staff (ansatte): the staff list, accounts, roles and duties, and the primary-contact picker.
 * Norwegian bokmål; `nb.ts` carries it as `staff`.
 */
export const staffNb = {
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
};
