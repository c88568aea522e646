import type { PartnerType } from '@havn/domain';

/**
 * Partners (samarbeidspartnere): the services the centre works with. Norwegian bokmål; `nb.ts`
 * carries it as `partners`.
 */
export const partnersNb = {
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
};
