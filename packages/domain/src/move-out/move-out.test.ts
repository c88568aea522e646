import { describe, expect, it } from 'vitest';
import { stayClock } from '../stays/clock.ts';
import { localDate } from '../time/overnights.ts';
import { housingLetter, norwegianDate } from './letter.ts';
import { byBlocking, type BlockingFacts } from './order.ts';
import { nextStep } from './plan.ts';
import { monthOf, waitingBedDays, waitingDays, yearOf } from './waiting.ts';

describe('waitingDays', () => {
  it('is 0 on the day the person becomes ready and counts nights after', () => {
    expect(waitingDays('2026-03-10', '2026-03-10')).toBe(0);
    expect(waitingDays('2026-03-10', '2026-03-12')).toBe(2);
  });
  it('is null when not ready, and never negative', () => {
    expect(waitingDays(null, '2026-03-10')).toBeNull();
    expect(waitingDays('2026-03-12', '2026-03-10')).toBe(0);
  });
  it('counts one night across both daylight-saving changes, read on Oslo dates', () => {
    // Ready 28 March; now 29 March 03:30 Oslo, just after the clocks went forward.
    expect(waitingDays('2026-03-28', localDate(new Date('2026-03-29T01:30:00Z')))).toBe(1);
    // 28 March 23:30 UTC is already 29 March in Oslo.
    expect(waitingDays('2026-03-28', localDate(new Date('2026-03-28T23:30:00Z')))).toBe(1);
    // Ready 24 October; now 25 October 23:30 Oslo winter time.
    expect(waitingDays('2026-10-24', localDate(new Date('2026-10-25T22:30:00Z')))).toBe(1);
  });
  it('runs across a year end and a leap day', () => {
    expect(waitingDays('2026-12-30', '2027-01-02')).toBe(3);
    expect(waitingDays('2028-02-27', '2028-03-01')).toBe(3);
  });
});

describe('periods', () => {
  it('gives a month and a year as nights from the first up to the next first', () => {
    expect(monthOf('2026-12-15')).toEqual({ from: '2026-12-01', until: '2027-01-01' });
    expect(monthOf('2028-02-29')).toEqual({ from: '2028-02-01', until: '2028-03-01' });
    expect(yearOf('2026-07-04')).toEqual({ from: '2026-01-01', until: '2027-01-01' });
  });
});

describe('waitingBedDays', () => {
  it('counts the nights waited inside the period times the beds held', () => {
    const stays = [{ readyOn: '2026-03-10', endsOn: '2026-03-15', persons: 3 }];
    expect(waitingBedDays(stays, monthOf('2026-03-20'))).toBe(15);
  });
  it('splits a wait across a month end: a night belongs to the month it begins in', () => {
    const stays = [{ readyOn: '2026-01-30', endsOn: '2026-02-03', persons: 2 }];
    expect(waitingBedDays(stays, monthOf('2026-01-05'))).toBe(4); // 30, 31 January
    expect(waitingBedDays(stays, monthOf('2026-02-05'))).toBe(4); // 1, 2 February
  });
  it('splits a wait across a year end, and counts the whole year', () => {
    const stays = [
      { readyOn: '2026-12-29', endsOn: '2027-01-03', persons: 1 },
      { readyOn: '2027-02-27', endsOn: '2027-03-02', persons: 2 },
    ];
    expect(waitingBedDays(stays, yearOf('2026-06-01'))).toBe(3);
    expect(waitingBedDays(stays, yearOf('2027-06-01'))).toBe(2 + 3 * 2);
    expect(waitingBedDays(stays, monthOf('2026-12-01'))).toBe(3);
  });
  it('counts the month of a daylight-saving change by nights, not hours', () => {
    const ready = localDate(new Date('2026-03-27T12:00:00Z'));
    const now = localDate(new Date('2026-03-30T06:00:00Z'));
    expect(waitingBedDays([{ readyOn: ready, endsOn: now, persons: 1 }], monthOf(now))).toBe(3);
  });
  it('counts nothing for a wait outside the period', () => {
    const stays = [{ readyOn: '2026-04-01', endsOn: '2026-04-05', persons: 2 }];
    expect(waitingBedDays(stays, monthOf('2026-03-01'))).toBe(0);
    expect(waitingBedDays(stays, monthOf('2026-05-01'))).toBe(0);
  });
});

describe('days beyond the limit, via the stay clock', () => {
  it('counts the nights after six weeks, and a shorter agreement gives more', () => {
    const arrival = new Date('2026-01-05T10:00:00Z');
    const now = new Date('2026-02-20T10:00:00Z'); // 46 nights
    expect(stayClock({ arrival, now }).daysBeyond).toBe(4);
    expect(stayClock({ arrival, now, limitDays: 28 }).daysBeyond).toBe(18);
  });
});

describe('byBlocking', () => {
  const r = (id: string, facts: Partial<BlockingFacts>): BlockingFacts => ({
    id,
    persons: 1,
    waitingDays: null,
    daysBeyondLimit: 0,
    dayOfStay: 10,
    ...facts,
  });
  it('puts the ready to move first, most bed-nights waited first, then beyond the limit', () => {
    const rows = [
      r('a', { dayOfStay: 80, daysBeyondLimit: 37 }),
      r('b', { waitingDays: 10, persons: 1 }),
      r('c', { waitingDays: 5, persons: 3 }),
      r('d', { dayOfStay: 50, daysBeyondLimit: 7 }),
      r('e', { dayOfStay: 20 }),
      r('f', { waitingDays: 0, persons: 1 }),
    ];
    expect(rows.sort(byBlocking).map((x) => x.id)).toEqual(['c', 'b', 'f', 'a', 'd', 'e']);
  });
  it('breaks ties by household size, then id', () => {
    const rows = [r('z', { dayOfStay: 5 }), r('y', { dayOfStay: 5, persons: 2 }), r('x', {})];
    expect(rows.sort(byBlocking).map((x) => x.id)).toEqual(['x', 'y', 'z']);
  });
});

describe('nextStep', () => {
  it('takes the open step due first, undated after dated, in the usual order', () => {
    const steps = [
      { id: '1', kind: 'decision', dueOn: null, done: false },
      { id: '2', kind: 'viewing', dueOn: '2026-03-12', done: false },
      { id: '3', kind: 'housing_application', dueOn: '2026-03-01', done: true },
      { id: '4', kind: 'deposit_guarantee', dueOn: null, done: false },
    ] as const;
    expect(nextStep(steps)?.id).toBe('2');
    expect(nextStep(steps.filter((s) => s.id !== '2'))?.id).toBe('4');
    expect(nextStep([steps[2]])).toBeNull();
  });
});

describe('housingLetter', () => {
  const base = {
    name: 'Kari Nordmann',
    birthDate: '1990-02-03',
    arrivalOn: '2026-10-01',
    departureOn: null,
    children: 2,
    centreName: 'Trondheim krisesenter',
    issuedOn: '2026-11-24',
    issuedBy: 'Ola Leder',
  };
  it('confirms who stays and since when, never where', () => {
    const letter = housingLetter(base);
    expect(letter.paragraphs[0]).toBe(
      'Vi bekrefter at Kari Nordmann, født 3. februar 1990, har bodd ved Trondheim krisesenter siden 1. oktober 2026, sammen med 2 barn.',
    );
    expect(letter.signature).toEqual(['24. november 2026', 'Ola Leder', 'Trondheim krisesenter']);
    expect(letter.paragraphs.join(' ')).toContain('oppgir vi ikke krisesenterets adresse');
  });
  it('states a stay that has ended, without a birth date or children', () => {
    const letter = housingLetter({
      ...base,
      birthDate: null,
      children: 0,
      departureOn: '2026-11-20',
    });
    expect(letter.paragraphs[0]).toBe(
      'Vi bekrefter at Kari Nordmann bodde ved Trondheim krisesenter fra 1. oktober 2026 til 20. november 2026.',
    );
  });
  it('writes dates the Norwegian way', () => {
    expect(norwegianDate('2028-02-29')).toBe('29. februar 2028');
  });
});
