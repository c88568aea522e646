import {
  clear,
  ids,
  instants,
  municipalityNumbers,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface MunicipalitiesTables {
  municipalities: MunicipalityTable;
  municipality_populations: MunicipalityPopulationTable;
  municipality_agreements: MunicipalityAgreementTable;
}

export interface MunicipalityTable {
  number: string;
  name: string;
  official_name: string;
  county_number: string;
  county_name: string;
}

export interface MunicipalityPopulationTable {
  municipality_number: string;
  year: number;
  population: number;
}

/** Agreement terms per partner municipality (null number: the centre's default). */
export interface MunicipalityAgreementTable {
  id: string;
  centre_id: string;
  municipality_number: string | null;
  stay_limit_days: number;
  warning_days: number;
  bill_days_beyond: number;
  updated_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const municipalitiesTextColumns = {
  municipalities: {
    ...municipalityNumbers('number', 'county_number'),
    name: clear('the public register of municipalities'),
    official_name: clear('the public register of municipalities'),
    county_name: clear('the public register of municipalities'),
  },
  municipality_agreements: {
    ...ids('id', 'centre_id', 'updated_by'),
    ...instants('created_at', 'updated_at'),
    ...municipalityNumbers('municipality_number'),
  },
  municipality_populations: { ...municipalityNumbers('municipality_number') },
} satisfies TextColumnsOf<MunicipalitiesTables>;
