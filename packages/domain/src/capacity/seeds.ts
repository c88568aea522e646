import type { Bed, BedKind, CapacityModel, Room, ScreeningRules } from './types.ts';

/**
 * The three seed centres' places as DOMAIN.md §4 describes them. Where the sources give no
 * figure (beds per room, floors, most accessibility, the check interval…) a plausible value is
 * chosen and its field named in `demoValues` of the record, so the web app can say so.
 */

/** Beds per room: a number of ordinary beds, or a list of bed kinds. */
type RoomSpec = number | readonly BedKind[];

function rooms(
  prefix: string,
  specs: readonly RoomSpec[],
  demoValues: readonly string[],
  name: (n: number) => string = (n) => `Rom ${n}`,
): Room[] {
  return specs.map((spec, i) => {
    const kinds: readonly BedKind[] =
      typeof spec === 'number' ? Array.from({ length: spec }, () => 'bed' as const) : spec;
    const id = `${prefix}-r${String(i + 1).padStart(2, '0')}`;
    const beds: Bed[] = kinds.map((kind, j) => ({ id: `${id}-b${j + 1}`, kind }));
    return { id, name: name(i + 1), beds, demoValues };
  });
}

const bedsPerRoom = ['beds'];

/** Bergen: 11 bedrooms, 30 beds; the split over the rooms is the demo's. */
export const bergenCapacity: CapacityModel = {
  centreId: 'bergen',
  name: 'Krisesenter for Bergen og omegn',
  sites: [
    {
      id: 'bergen-main',
      name: 'Hovedhuset',
      units: [
        {
          id: 'bergen-main-house',
          name: 'Hovedhuset',
          kind: 'house',
          allocation: 'room',
          targetGroup: 'women_and_children',
          screened: false,
          screening: null,
          accessible: false,
          floor: 1,
          mayServeAsTransition: false,
          // The sources give no age limit for boys; many centres take boys up to 14 with their
          // mother and place an older son's household in an apartment. The demo's choice.
          boysMaxAge: 14,
          rooms: rooms('bergen-main', [4, 4, 3, 3, 3, 3, 2, 2, 2, 2, 2], bedsPerRoom),
          facilities: {
            bathrooms: 3,
            toilets: 2,
            childrensRooms: 1,
            youthRooms: 1,
            livingRooms: 3,
            kitchens: 2,
            offices: 5,
            laundryRooms: 2,
          },
          notes: 'Owned by Bergen kommune; cellar and loft. 30 beds for women and children.',
          demoValues: ['accessible', 'floor', 'boysMaxAge'],
        },
      ],
    },
    {
      id: 'bergen-apartments',
      name: 'Leilighetene',
      demoValues: ['name'],
      units: [
        {
          id: 'bergen-apt-men',
          name: 'Leilighet for menn (med barn)',
          kind: 'apartment',
          allocation: 'whole_unit',
          targetGroup: 'men_with_children',
          screened: false,
          screening: null,
          accessible: true,
          floor: 0,
          // The sources name only Trondheim's men's apartment as a transition home for women.
          mayServeAsTransition: false,
          rooms: rooms('bergen-apt-men', [1, ['bed', 'bed', 'cot']], bedsPerRoom),
          notes:
            'Apartment owned by Bergen kommune, in principle reserved for men (with children).',
          demoValues: ['floor', 'rooms (2- or 3-room not given)'],
        },
        {
          id: 'bergen-apt-extended-1',
          name: 'Leilighet for forlenget opphold 1',
          kind: 'apartment',
          allocation: 'whole_unit',
          targetGroup: 'any',
          screened: false,
          screening: null,
          accessible: true,
          floor: 0,
          mayServeAsTransition: false,
          rooms: rooms('bergen-apt-ext1', [2, ['bed', 'bed', 'cot']], bedsPerRoom),
          notes: 'Extended stays, or transition apartment while waiting for housing.',
          demoValues: ['targetGroup', 'floor', 'rooms (2- or 3-room not given)'],
        },
        {
          id: 'bergen-apt-extended-2',
          name: 'Leilighet for forlenget opphold 2',
          kind: 'apartment',
          allocation: 'whole_unit',
          targetGroup: 'any',
          screened: false,
          screening: null,
          accessible: false,
          floor: 2,
          mayServeAsTransition: false,
          // The sources say the two serve as extended stays or transition apartments; the demo
          // uses the first for extended stays and this one as the transition apartment.
          transitionApartment: true,
          rooms: rooms('bergen-apt-ext2', [3], bedsPerRoom),
          notes: 'Extended stays, or transition apartment while waiting for housing.',
          demoValues: [
            'targetGroup',
            'floor',
            'rooms (2- or 3-room not given)',
            'transitionApartment',
          ],
        },
      ],
    },
    {
      id: 'bergen-men',
      name: 'Krisesenter for menn',
      units: [
        {
          id: 'bergen-men-apartment',
          name: 'Leiligheten for menn',
          kind: 'apartment',
          // Three residents' bedrooms, one man each, shared kitchen and living room.
          allocation: 'room',
          targetGroup: 'men',
          screened: false,
          screening: null,
          // Lift suited to people with reduced mobility and prams.
          accessible: true,
          floor: 2,
          mayServeAsTransition: false,
          rooms: rooms('bergen-men', [1, 1, 1], bedsPerRoom, (n) => `Soverom ${n}`),
          features: [
            'locked_gate',
            'second_locked_door',
            'security_door',
            'lift',
            'staff_office',
            'no_view_from_street',
          ],
          notes:
            'New apartment in a housing cooperative: 4 bedrooms, one of them the staff office (not a residents’ room).',
          demoValues: ['floor', 'targetGroup (single men or also fathers not given)'],
        },
      ],
    },
  ],
};

export const trondheimCapacity: CapacityModel = {
  centreId: 'trondheim',
  name: 'Krisesenteret i Trondheim',
  sites: [
    {
      id: 'trondheim-centre',
      name: 'Krisesenteret',
      units: [
        {
          id: 'trondheim-women',
          name: 'Kvinnesenteret',
          kind: 'house',
          allocation: 'room',
          targetGroup: 'women_and_children',
          screened: false,
          screening: null,
          accessible: false,
          floor: 1,
          mayServeAsTransition: false,
          rooms: rooms(
            'trondheim-women',
            [
              1,
              1,
              2,
              2,
              ['bed', 'bed', 'cot'],
              ['bed', 'bed', 'cot'],
              3,
              ['bed', 'bed', 'extra_bed'],
            ],
            bedsPerRoom,
          ),
          demoValues: ['accessible', 'floor', 'rooms'],
        },
      ],
    },
    {
      id: 'trondheim-leistad',
      name: 'Leistad helsehus',
      units: [
        {
          id: 'trondheim-leistad-men',
          name: 'Plass for enslige menn',
          kind: 'house',
          allocation: 'room',
          targetGroup: 'men',
          screened: false,
          screening: null,
          accessible: true,
          floor: 0,
          mayServeAsTransition: false,
          rooms: rooms('trondheim-leistad', [1], bedsPerRoom),
          demoValues: ['accessible', 'floor'],
        },
      ],
    },
    {
      id: 'trondheim-men-apartment',
      name: 'Leilighet for menn med barn',
      units: [
        {
          id: 'trondheim-men-with-children',
          name: 'Leilighet for menn med barn',
          kind: 'apartment',
          allocation: 'whole_unit',
          targetGroup: 'men_with_children',
          screened: false,
          screening: null,
          accessible: false,
          floor: 1,
          // When the women's centre is full, a transition home for women who move out quickly.
          mayServeAsTransition: true,
          rooms: rooms('trondheim-men-apt', [1, ['bed', 'bed', 'cot']], bedsPerRoom),
          demoValues: ['accessible', 'floor', 'rooms'],
        },
      ],
    },
  ],
};

/** Rom 23's admission rules, from Moss's project report. */
export const mossScreeningRules: ScreeningRules = {
  requiresViolence: true,
  anyOf: ['mental_illness', 'substance_problems', 'behaviour_unfit_for_communal_living'],
  notTaken: ['psychotic', 'cannot_manage_daily_living'],
  staffCheckIntervalMinutes: 60,
  extendedHouseRules: true,
};

export const mossCapacity: CapacityModel = {
  centreId: 'moss',
  name: 'Krisesenteret i Moss',
  sites: [
    {
      id: 'moss-centre',
      name: 'Krisesenteret',
      units: [
        {
          id: 'moss-main-house',
          name: 'Beboerdelen',
          kind: 'house',
          allocation: 'room',
          targetGroup: 'women_and_children',
          screened: false,
          screening: null,
          accessible: false,
          // The residents' part is on the second storey (2. etg).
          floor: 1,
          mayServeAsTransition: false,
          rooms: rooms('moss-main', [1, 1, 2, 2, 2, ['bed', 'bed', 'cot'], 3, 3], bedsPerRoom),
          features: ['fenced_garden'],
          demoValues: ['accessible', 'rooms'],
        },
        {
          id: 'moss-rom-23',
          name: 'Rom 23',
          kind: 'screened_unit',
          allocation: 'room',
          targetGroup: 'women_and_children',
          screened: true,
          screening: mossScreeningRules,
          // Not universally designed, says the report; on the ground floor (1. etg).
          accessible: false,
          floor: 0,
          mayServeAsTransition: false,
          rooms: rooms('moss-rom23', [1], bedsPerRoom, () => 'Rom 23'),
          features: ['own_entrance', 'fenced_garden'],
          notes:
            'A barrack joined to the centre by a covered walkway; few square metres, not well suited to children. Lent when empty and the rest is full; the lent resident moves as soon as someone from the vulnerable group needs it.',
          demoValues: ['screening.staffCheckIntervalMinutes', 'targetGroup'],
        },
      ],
    },
  ],
};

export const seedCapacityModels: readonly CapacityModel[] = [
  bergenCapacity,
  trondheimCapacity,
  mossCapacity,
];

/** Every record of a model with values chosen for the demo, for the web app to flag. */
export function demoValuesOf(model: CapacityModel): { id: string; fields: readonly string[] }[] {
  const found: { id: string; fields: readonly string[] }[] = [];
  const note = (id: string, fields: readonly string[] | undefined): void => {
    if (fields && fields.length > 0) found.push({ id, fields });
  };
  for (const site of model.sites) {
    note(site.id, site.demoValues);
    for (const unit of site.units) {
      note(unit.id, unit.demoValues);
      for (const room of unit.rooms) note(room.id, room.demoValues);
    }
  }
  return found;
}
