import { describe, expect, it } from 'vitest';
import type { WaitingHousehold } from './alerts.ts';
import { screenedUnitAlerts, transitionAlerts, transitionHomes } from './alerts.ts';
import type { PlaceOption, PlaceSearch } from './find-places.ts';
import { mossCapacity, trondheimCapacity } from './seeds.ts';
import type { CapacityStay, Need } from './types.ts';

const now = new Date('2026-06-01T20:00:00Z');

function stay(id: string, bedIds: string[], over: Partial<CapacityStay> = {}): CapacityStay {
  return {
    id,
    adultGender: 'female',
    childAges: [],
    bedIds,
    arrival: new Date('2026-05-20T12:00:00Z'),
    departure: null,
    lentScreened: false,
    transitionForWoman: false,
    ...over,
  };
}

function waiting(id: string, over: Partial<Need> = {}): WaitingHousehold {
  return {
    id,
    need: {
      adultGender: 'female',
      childAges: [],
      accessible: false,
      meetsScreenedCriteria: false,
      floor: 'any',
      ...over,
    },
  };
}

describe('screenedUnitAlerts (Moss, rom 23)', () => {
  const lent = stay('lent', ['moss-rom23-r01-b1'], { lentScreened: true });

  it('says "move out" when a person of the target group is waiting', () => {
    const alerts = screenedUnitAlerts(
      mossCapacity,
      [lent],
      [waiting('w1', { meetsScreenedCriteria: true }), waiting('w2')],
      now,
    );
    expect(alerts).toEqual([
      {
        code: 'move_out_of_screened_unit',
        siteId: 'moss-centre',
        unitId: 'moss-rom-23',
        lentStayId: 'lent',
        admittedStayIds: [],
        waitingIds: ['w1'],
      },
    ]);
  });

  it('says "move out" when a person of the target group was admitted to an ordinary room', () => {
    const admitted = stay('vulnerable', ['moss-main-r01-b1'], { meetsScreenedCriteria: true });
    const alerts = screenedUnitAlerts(mossCapacity, [lent, admitted], [], now);
    expect(alerts.map((a) => [a.lentStayId, a.admittedStayIds])).toEqual([
      ['lent', ['vulnerable']],
    ]);
  });

  it('stays quiet when nobody of the target group needs the unit', () => {
    expect(screenedUnitAlerts(mossCapacity, [lent], [waiting('w2')], now)).toEqual([]);
    // The one waiting needs a universally designed place, which rom 23 is not.
    expect(
      screenedUnitAlerts(
        mossCapacity,
        [lent],
        [waiting('w3', { meetsScreenedCriteria: true, accessible: true })],
        now,
      ),
    ).toEqual([]);
  });

  it('stays quiet once the lent stay has ended, or when the unit is lived in by its target group', () => {
    const ended = { ...lent, departure: new Date('2026-06-01T08:00:00Z') };
    const target = [waiting('w1', { meetsScreenedCriteria: true })];
    expect(screenedUnitAlerts(mossCapacity, [ended], target, now)).toEqual([]);
    const own = stay('own', ['moss-rom23-r01-b1'], { meetsScreenedCriteria: true });
    expect(screenedUnitAlerts(mossCapacity, [own], target, now)).toEqual([]);
  });
});

describe('transitionHomes (Trondheim, the apartment for men with children)', () => {
  const arrival = new Date('2026-05-20T12:00:00Z');
  const woman = stay('woman', ['trondheim-men-apt-r01-b1'], {
    transitionForWoman: true,
    childAges: [6],
  });
  const father = (since?: string, over: Partial<Need> = {}) => ({
    ...waiting('father', { adultGender: 'male', childAges: [4], ...over }),
    ...(since ? { since: new Date(since) } : {}),
  });
  const fatherNeed = father().need;
  const nothingFound = { options: [], notFitting: [] };
  const somethingFound = {
    options: [{ unitId: 'elsewhere' } as unknown as PlaceOption],
    notFitting: [],
  };
  const recorded = new Date('2026-05-28T22:00:00Z');

  it.each<
    [
      string,
      CapacityStay,
      WaitingHousehold[],
      { need: Need; found: PlaceSearch } | undefined,
      Date | null,
      boolean,
    ]
  >([
    // case, her stay, the waiting list, the search, raised at, needed by this search
    ['nobody needs the place: she may stay', woman, [], undefined, null, false],
    [
      'a father waiting since before she came: from her arrival',
      woman,
      [father('2026-05-10T08:00:00Z')],
      undefined,
      arrival,
      false,
    ],
    [
      'a father waiting since after: from when he was put on the list',
      woman,
      [father('2026-05-30T08:00:00Z')],
      undefined,
      new Date('2026-05-30T08:00:00Z'),
      false,
    ],
    [
      'a single man waiting: his place is Leistad, not here',
      woman,
      [waiting('single', { adultGender: 'male' })],
      undefined,
      null,
      false,
    ],
    [
      'another woman waiting: not a man',
      woman,
      [waiting('woman 2', { childAges: [3] })],
      undefined,
      null,
      false,
    ],
    [
      'a father who needs a universally designed place: this one is not',
      woman,
      [father('2026-05-30T08:00:00Z', { accessible: true })],
      undefined,
      null,
      false,
    ],
    [
      'a search for a father that found nothing else: from now, to be recorded',
      woman,
      [],
      { need: fatherNeed, found: nothingFound },
      now,
      true,
    ],
    [
      'a search for a father that found him another place: nothing',
      woman,
      [],
      { need: fatherNeed, found: somethingFound },
      null,
      false,
    ],
    [
      'a search for a woman: nothing',
      woman,
      [],
      { need: waiting('w').need, found: nothingFound },
      null,
      false,
    ],
    [
      'recorded by an earlier search: it holds, with its date',
      { ...woman, vacateRaisedAt: recorded },
      [],
      undefined,
      recorded,
      false,
    ],
    [
      'a new search after one recorded: the first date stands',
      { ...woman, vacateRaisedAt: recorded },
      [],
      { need: fatherNeed, found: nothingFound },
      recorded,
      true,
    ],
    [
      'waiting and recorded: the earliest',
      { ...woman, vacateRaisedAt: recorded },
      [father('2026-05-25T08:00:00Z')],
      undefined,
      new Date('2026-05-25T08:00:00Z'),
      false,
    ],
  ])('%s', (_, lent, list, search, raisedAt, neededBySearch) => {
    expect(transitionHomes(trondheimCapacity, [lent], list, now, search)).toEqual([
      {
        stayId: 'woman',
        siteId: 'trondheim-men-apartment',
        unitId: 'trondheim-men-with-children',
        raisedAt,
        waitingIds: list.filter((w) => w.id === 'father' && !w.need.accessible).map((w) => w.id),
        neededBySearch,
      },
    ]);
  });

  it('raises the alert only for a place a man needs, naming the men waiting', () => {
    const alerts = transitionAlerts(
      trondheimCapacity,
      [woman],
      [father('2026-05-30T08:00:00Z'), waiting('another woman')],
      now,
    );
    expect(alerts).toEqual([
      {
        code: 'vacate_transition_place',
        siteId: 'trondheim-men-apartment',
        unitId: 'trondheim-men-with-children',
        stayId: 'woman',
        waitingIds: ['father'],
        raisedAt: new Date('2026-05-30T08:00:00Z'),
      },
    ]);
    expect(transitionAlerts(trondheimCapacity, [woman], [], now)).toEqual([]);
  });

  it('knows nothing of a stay that has not begun, has ended, or is not a transition home', () => {
    const list = [father('2026-05-30T08:00:00Z')];
    const later = { ...woman, arrival: new Date('2026-06-02T10:00:00Z') };
    const gone = { ...woman, departure: now };
    const own = { ...woman, transitionForWoman: false, adultGender: 'male' as const };
    expect(transitionHomes(trondheimCapacity, [later, gone, own], list, now)).toEqual([]);
  });
});
