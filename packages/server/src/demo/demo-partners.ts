import type { AppContext } from '../platform/context.ts';
import type { DemoCentre } from '../platform/config/config.ts';
import type { Tx } from '../platform/db/database.ts';
import { insertPartner } from '../modules/partners/index.ts';
import type { PartnerType } from '@havn/domain';

type Seed = {
  type: PartnerType;
  name: string;
  municipalityNumber?: string;
  phone?: string;
  contactName?: string;
};

/**
 * The services each seed centre works with (DOMAIN.md §6). Names follow the real services'
 * pattern; phone numbers and contact names are invented demo values, marked as demo.
 */
const national: Seed[] = [
  { type: 'imdi', name: 'IMDi – Kompetanseteamet mot tvangsekteskap' },
  { type: 'udi', name: 'UDI – Utlendingsdirektoratet' },
  { type: 'crime_victim_support', name: 'Støttesenteret for kriminalitetsutsatte' },
];

const local: Record<DemoCentre, Seed[]> = {
  bergen: [
    {
      type: 'nav',
      name: 'NAV Bergenhus',
      municipalityNumber: '4601',
      phone: '55 00 00 01',
      contactName: 'Veileder (demo)',
    },
    { type: 'police', name: 'Vest politidistrikt', municipalityNumber: '4601', phone: '02800' },
    {
      type: 'child_welfare',
      name: 'Barnevernvakten i Bergen',
      municipalityNumber: '4601',
      phone: '55 00 00 02',
    },
    {
      type: 'emergency_clinic',
      name: 'Bergen legevakt',
      municipalityNumber: '4601',
      phone: '116 117',
    },
    {
      type: 'family_counselling',
      name: 'Familievernkontoret i Bergen',
      municipalityNumber: '4601',
    },
    { type: 'rvts', name: 'RVTS Vest' },
    { type: 'atv', name: 'Alternativ til Vold Bergen', municipalityNumber: '4601' },
    {
      type: 'housing_office',
      name: 'Etat for boligforvaltning, Bergen kommune',
      municipalityNumber: '4601',
    },
    {
      type: 'interpreter_service',
      name: 'Tolketjenesten i Bergen kommune',
      municipalityNumber: '4601',
    },
    { type: 'nav', name: 'NAV Askøy', municipalityNumber: '4627' },
  ],
  trondheim: [
    { type: 'nav', name: 'NAV Falkenborg', municipalityNumber: '5001' },
    {
      type: 'police',
      name: 'Trøndelag politidistrikt',
      municipalityNumber: '5001',
      phone: '02800',
    },
    { type: 'child_welfare', name: 'Barnevernvakta i Trondheim', municipalityNumber: '5001' },
    {
      type: 'emergency_clinic',
      name: 'Legevakten i Trondheim',
      municipalityNumber: '5001',
      phone: '116 117',
    },
    {
      type: 'housing_office',
      name: 'Helse- og velferdskontor, Trondheim kommune',
      municipalityNumber: '5001',
    },
    { type: 'health_service', name: 'Leistad helsehus', municipalityNumber: '5001' },
    { type: 'nav', name: 'NAV Melhus', municipalityNumber: '5028' },
  ],
  moss: [
    { type: 'nav', name: 'NAV Moss', municipalityNumber: '3103' },
    { type: 'police', name: 'Øst politidistrikt', municipalityNumber: '3103', phone: '02800' },
    { type: 'child_welfare', name: 'Barneverntjenesten i Moss', municipalityNumber: '3103' },
    {
      type: 'emergency_clinic',
      name: 'Moss legevakt',
      municipalityNumber: '3103',
      phone: '116 117',
    },
    { type: 'dps', name: 'DPS Moss', municipalityNumber: '3103' },
  ],
};

export async function createDemoPartners(
  ctx: AppContext,
  tx: Tx,
  centreId: string,
  centre: DemoCentre,
): Promise<void> {
  for (const seed of [...local[centre], ...national]) {
    await insertPartner(ctx, tx, { centreId, name: 'system:demo' }, seed, true);
  }
}
