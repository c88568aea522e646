import {
  ids,
  instants,
  codes,
  sealedAlways,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface DeparturesTables {
  departures: DepartureTable;
  departure_members: DepartureMemberTable;
  stay_corrections: StayCorrectionTable;
}

export interface DepartureTable {
  id: string;
  centre_id: string;
  stay_id: string;
  departed_at: string;
  destination: string;
  reason: string;
  police_involved: number | null;
  without_notice: number;
  police_notified: number | null;
  follow_up_sealed: string | null;
  registered_by: string;
  registered_at: string;
}

export interface DepartureMemberTable {
  id: string;
  centre_id: string;
  departure_id: string;
  person_id: string;
  destination: string;
  reason: string;
}

export interface StayCorrectionTable {
  id: string;
  centre_id: string;
  stay_id: string;
  old_arrival_at: string;
  new_arrival_at: string;
  old_departure_at: string | null;
  new_departure_at: string | null;
  reason_sealed: string;
  corrected_by: string;
  corrected_at: string;
}

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const departuresTextColumns = {
  departure_members: {
    ...ids('id', 'centre_id', 'departure_id', 'person_id'),
    ...codes('destination', 'reason'),
  },
  departures: {
    ...ids('id', 'centre_id', 'stay_id', 'registered_by'),
    ...instants('departed_at', 'registered_at'),
    ...codes('destination', 'reason'),
    ...sealedAlways('follow_up_sealed'),
  },
  stay_corrections: {
    ...ids('id', 'centre_id', 'stay_id', 'corrected_by'),
    ...instants('old_arrival_at', 'new_arrival_at', 'old_departure_at', 'new_departure_at'),
    ...instants('corrected_at'),
    ...sealedAlways('reason_sealed'),
  },
} satisfies TextColumnsOf<DeparturesTables>;
