import type { DemoCentre } from '../platform/config/config.ts';
import type { NewCentre } from '../modules/centres/index.ts';

/**
 * The three seed centres of DOMAIN.md §4. Partner lists are demo values (reference/README.md):
 * no current public list names them, and the unit leader edits the agreement.
 */
export const seedCentres: Record<DemoCentre, Omit<NewCentre, 'isDemo'>> = {
  bergen: {
    slug: 'bergen',
    name: 'Krisesenteret for Bergen og omegn',
    hostMunicipalityNumber: '4601',
    partnerMunicipalityNumbers: [
      '4627',
      '4628',
      '4629',
      '4630',
      '4631',
      '4632',
      '4633',
      '4634',
      '4623',
      '4624',
      '4621',
      '4622',
      '4619',
      '4620',
      '4626',
    ],
  },
  trondheim: {
    slug: 'trondheim',
    name: 'Trondheim krisesenter',
    hostMunicipalityNumber: '5001',
    partnerMunicipalityNumbers: ['5028', '5031'],
  },
  moss: {
    slug: 'moss',
    name: 'Krisesenteret i Moss',
    hostMunicipalityNumber: '3103',
    partnerMunicipalityNumbers: ['3112', '3114'],
  },
};
