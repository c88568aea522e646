import type { ErrorCode } from '@havn/domain';
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
