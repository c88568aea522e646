import type { ConflictReason } from '@havn/domain';
import { capacityNb } from './capacity.nb.ts';

const bed = capacityNb.conflicts;

/**
 * Why the server refused a change, one sentence a reason (`errorMessageKey`): the person at the
 * screen learns what stands in the way, not only that something did. The bed board's reasons keep
 * the board's own words.
 */
export const conflictsNb = {
  bed_taken: bed.bedTaken,
  bed_reserved: bed.bedReserved,
  bed_not_free: bed.bedNotFree,
  bed_in_use: bed.bedOccupied,
  beds_in_use:
    'Noen sover i senger her. De kan ikke fjernes før oppholdene er flyttet eller avsluttet.',
  beds_held: bed.bedsHeld,
  unit_in_use: bed.unitInUse,
  target_group_in_use: bed.targetGroupInUse,
  not_waiting_for_cleaning: bed.notWaitingForCleaning,
  not_out_of_service: bed.notOutOfService,
  already_out_of_service: bed.alreadyOutOfService,
  place_not_offered: bed.notOffered,
  person_in_bed: bed.personInBed,
  person_has_stay: bed.personHasStay,
  person_merged: bed.personMerged,
  stay_ended: bed.stayEnded,
  stay_overlaps: bed.stayOverlaps,
  beds_used_later: bed.bedsUsedLater,
  reserved_for_other: bed.reservedForOther,
  reservation_closed: bed.reservationClosed,
  no_longer_waiting: bed.noLongerWaiting,
  stay_going_on: 'Oppholdet pågår fortsatt. Oppfølgingssaken åpnes når det er avsluttet.',
  case_open: 'Personen har allerede en åpen sak av denne typen. Åpne den.',
  case_ended: 'Saken er avsluttet og kan ikke endres lenger. Start en ny sak om det trengs.',
  overlaps_other_stay: 'Det rettede oppholdet ville overlappe et annet opphold for personen.',
  overlaps_bed_occupant:
    'Det rettede oppholdet ville overlappe noen andre som har sovet i en av sengene.',
  second_factor_missing: 'Sett opp autentiseringsappen først.',
  second_factor_set_up: 'Autentiseringsappen er allerede satt opp.',
  enrolment_expired: 'Oppsettet av autentiseringsappen er utløpt. Begynn på nytt.',
  centre_exists: 'Det finnes allerede et senter med dette navnet.',
  user_name_taken: 'Brukernavnet er tatt. Velg et annet.',
  task_done: 'Oppgaven er allerede gjort.',
  concern_assessed: 'Bekymringen er allerede vurdert.',
  concern_not_assessed: 'Vurder bekymringen før du avslutter den.',
  concern_concluded: 'Bekymringen er allerede avsluttet.',
  already_reviewed: 'Dette er allerede gjennomgått.',
  own_review: 'En annen enhetsleder må gjennomgå din egen bruk av «bryt glasset».',
  plan_missing: 'Lag planen før du evaluerer den.',
  note_corrected: 'Notatet er allerede rettet. Rett det nyeste.',
  item_at_edge: 'Punktet står allerede først eller sist i listen.',
  assessment_made: 'Den første vurderingen er gjort. Registrer en ny vurdering i stedet.',
  intake_closed: 'Innskrivingen er avsluttet og kan ikke endres lenger.',
  intake_going_on: 'Personen har allerede en innskriving som pågår. Fortsett den.',
  no_consent: 'Personen har ikke samtykket til denne meldingen. Den kan ikke lages eller sendes.',
  no_home_municipality: 'Ingen hjemkommune er registrert for denne innskrivingen.',
  child_linked: 'Barnet er allerede knyttet til denne voksne.',
  merge_into_itself: 'En person kan ikke slås sammen med seg selv.',
  already_merged: 'En av personene er allerede slått sammen med en annen.',
} satisfies Record<Exclude<ConflictReason, 'stale_version'>, string>;
