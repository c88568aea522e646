import { describe, expect, it } from 'vitest';
import { contactProblems, countContacts, type ContactFacts } from './contacts.ts';

const call: ContactFacts = {
  channel: 'phone',
  contactBy: 'person_at_risk',
  personId: 'p1',
  actions: ['advice'],
  referralPartnerId: null,
  partnerId: null,
  oneToOnePhone: true,
};

describe('contactProblems', () => {
  it('accepts a one-to-one phone conversation with a known user', () => {
    expect(contactProblems(call)).toEqual([]);
  });

  it('refuses a one-to-one conversation that was not by phone or not with a known user', () => {
    expect(contactProblems({ ...call, channel: 'walk_in' })).toEqual(['one_to_one_needs_phone']);
    expect(contactProblems({ ...call, personId: null })).toEqual(['one_to_one_needs_known_user']);
    expect(contactProblems({ ...call, contactBy: 'relative_or_friend' })).toEqual([
      'one_to_one_needs_known_user',
    ]);
  });

  it('lets an anonymous call be logged as an ordinary call', () => {
    expect(contactProblems({ ...call, personId: null, oneToOnePhone: false })).toEqual([]);
  });

  it('asks which partner a referral goes to, and which partner referred', () => {
    expect(contactProblems({ ...call, actions: ['referral'] })).toEqual(['referral_needs_partner']);
    expect(contactProblems({ ...call, channel: 'referral', oneToOnePhone: false })).toEqual([
      'professional_needs_partner',
    ]);
  });
});

describe('countContacts', () => {
  it('counts per Oslo day, telling one-to-one phone conversations apart', () => {
    const entries = [
      {
        loggedAt: new Date('2026-11-23T22:30:00Z'),
        channel: 'phone' as const,
        oneToOnePhone: true,
      }, // 23:30 on the 23rd
      {
        loggedAt: new Date('2026-11-23T23:30:00Z'),
        channel: 'phone' as const,
        oneToOnePhone: false,
      }, // 00:30 on the 24th
      {
        loggedAt: new Date('2026-11-24T10:00:00Z'),
        channel: 'walk_in' as const,
        oneToOnePhone: false,
      },
    ];
    expect(countContacts(entries, 'day')).toEqual([
      {
        period: '2026-11-23',
        total: 1,
        byChannel: { phone: 1, walk_in: 0, message: 0, referral: 0 },
        oneToOnePhone: 1,
      },
      {
        period: '2026-11-24',
        total: 2,
        byChannel: { phone: 1, walk_in: 1, message: 0, referral: 0 },
        oneToOnePhone: 0,
      },
    ]);
    expect(countContacts(entries, 'month')).toEqual([
      {
        period: '2026-11',
        total: 3,
        byChannel: { phone: 2, walk_in: 1, message: 0, referral: 0 },
        oneToOnePhone: 1,
      },
    ]);
  });

  it("puts new year's night calls in the right year", () => {
    const entries = [
      {
        loggedAt: new Date('2026-12-31T23:15:00Z'),
        channel: 'message' as const,
        oneToOnePhone: false,
      },
    ];
    expect(countContacts(entries, 'month').map((c) => c.period)).toEqual(['2027-01']);
  });
});
