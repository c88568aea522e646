import type { ErrorCode, ForbiddenReason, Role } from '@havn/domain';
import type { ClientErrorCode } from '../api/errors.ts';
import { dayServiceNb } from './day-service.nb.ts';
import { auditNb } from './audit.nb.ts';
import { capacityNb } from './capacity.nb.ts';
import { conflictsNb } from './conflicts.nb.ts';
import type { reestablishmentNb } from './reestablishment.nb.ts';
import type { activateNb } from './activate.nb.ts';
import { departuresNb } from './departures.nb.ts';
import { intakeNb } from './intake.nb.ts';
import { staysNb } from './stays.nb.ts';
import { childrenNb } from './children.nb.ts';
import { protectionNb } from './protection.nb.ts';
import { accessNb } from './access.nb.ts';
import { identityNb } from './identity.nb.ts';
import type { staffNb } from './staff.nb.ts';
import type { contactsNb } from './contacts.nb.ts';
import type { partnersNb } from './partners.nb.ts';
import type { peopleNb } from './people.nb.ts';
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
  forms: {
    // What any field says of a problem its form has no sentence of its own for.
    errors: {
      required: 'Fyll ut dette feltet.',
      tooLong: 'Teksten er for lang.',
      format: 'Sjekk hvordan dette er skrevet.',
      choose: 'Velg et av alternativene.',
      invalid: 'Sjekk dette feltet.',
    },
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
  ...identityNb,
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
  conflicts: conflictsNb,
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
export type NbTexts = typeof nb & {
  activate: typeof activateNb;
  contacts: typeof contactsNb;
  partners: typeof partnersNb;
  people: typeof peopleNb;
  reestablishment: typeof reestablishmentNb;
  staff: typeof staffNb;
};
