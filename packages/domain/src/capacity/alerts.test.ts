import { describe, expect, it } from 'vitest';
import type { WaitingHousehold } from './alerts.ts';
import { screenedUnitAlerts, transitionAlerts } from './alerts.ts';
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

describe('transitionAlerts (Trondheim, the apartment for men with children)', () => {
  const woman = stay('woman', ['trondheim-men-apt-r01-b1'], {
    transitionForWoman: true,
    childAges: [6],
  });

  it('says the woman must move out when a man with children needs the place', () => {
    const alerts = transitionAlerts(
      trondheimCapacity,
      [woman],
      [waiting('father', { adultGender: 'male', childAges: [4] }), waiting('another woman')],
      now,
    );
    expect(alerts).toEqual([
      {
        code: 'vacate_transition_place',
        siteId: 'trondheim-men-apartment',
        unitId: 'trondheim-men-with-children',
        stayId: 'woman',
        waitingIds: ['father'],
      },
    ]);
  });

  it('stays quiet for a single man (his place is at Leistad) and when nobody waits', () => {
    expect(
      transitionAlerts(
        trondheimCapacity,
        [woman],
        [waiting('single', { adultGender: 'male' })],
        now,
      ),
    ).toEqual([]);
    expect(transitionAlerts(trondheimCapacity, [woman], [], now)).toEqual([]);
  });

  it('stays quiet for a stay that has not begun or has ended', () => {
    const father = [waiting('father', { adultGender: 'male', childAges: [4] })];
    const later = { ...woman, arrival: new Date('2026-06-02T10:00:00Z') };
    const gone = { ...woman, departure: now };
    expect(transitionAlerts(trondheimCapacity, [later, gone], father, now)).toEqual([]);
  });
});
