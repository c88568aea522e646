import {
  clear,
  ids,
  instants,
  codes,
  municipalityNumbers,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface CentresTables {
  centres: CentreTable;
  centre_municipalities: CentreMunicipalityTable;
}

export interface CentreTable {
  id: string;
  slug: string;
  name: string;
  host_municipality_number: string;
  is_demo: number;
  /** Transition stays count as crisis-centre overnights (migration 0018; optional on insert: the database default, no, fills it). */
  transition_stays_count?: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CentreMunicipalityTable {
  centre_id: string;
  municipality_number: string;
  relation: 'host' | 'partner';
  is_demo: number;
  created_at: string;
}

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const centresTextColumns = {
  centre_municipalities: {
    ...ids('centre_id'),
    ...instants('created_at'),
    ...municipalityNumbers('municipality_number'),
    ...codes('relation'),
  },
  centres: {
    ...ids('id'),
    ...instants('created_at', 'updated_at'),
    ...municipalityNumbers('host_municipality_number'),
    slug: clear("the centre's short name"),
    name: clear("the centre's name"),
  },
} satisfies TextColumnsOf<CentresTables>;
