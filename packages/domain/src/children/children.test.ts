import { describe, expect, it } from 'vitest';
import { schoolingProblems, type SchoolingPeriod } from './children.ts';
import { concernStep, isOpenConcern, type ConcernStatus } from './concerns.ts';
import { concernMessage } from './message.ts';

const period = (over: Partial<SchoolingPeriod>): SchoolingPeriod => ({
  institutionKind: 'school',
  status: 'continued',
  reason: null,
  homeMunicipalityResponsible: false,
  fromOn: '2026-11-24',
  toOn: null,
  ...over,
});
const codes = (p: SchoolingPeriod) => schoolingProblems(p).map((x) => x.code);

describe('schooling periods', () => {
  it('accepts schooling continued, and an interruption with its reason', () => {
    expect(codes(period({}))).toEqual([]);
    expect(codes(period({ status: 'interrupted', reason: 'safety' }))).toEqual([]);
  });

  it('refuses an interruption without a reason, and a reason without an interruption', () => {
    expect(codes(period({ status: 'interrupted' }))).toEqual(['reason_required']);
    expect(codes(period({ reason: 'distance' }))).toEqual(['reason_not_applicable']);
  });

  it('puts teaching at the centre on the home municipality', () => {
    expect(codes(period({ status: 'teaching_at_centre' }))).toEqual([
      'home_municipality_responsible',
    ]);
    expect(
      codes(period({ status: 'teaching_at_centre', homeMunicipalityResponsible: true })),
    ).toEqual([]);
  });

  it('refuses a period that ends before it starts, across a year end and a leap day', () => {
    expect(codes(period({ fromOn: '2027-01-01', toOn: '2026-12-31' }))).toEqual([
      'ends_before_start',
    ]);
    expect(codes(period({ fromOn: '2028-02-29', toOn: '2028-02-29' }))).toEqual([]);
  });
});

describe('the §6 concern state machine', () => {
  const assess = { kind: 'assess', assessment: 'Barnet forteller om slag hjemme.' } as const;
  const send = { kind: 'send', officePartnerId: 'office-1', sentOn: '2026-11-24' } as const;
  const notSend = { kind: 'not_send', reason: 'Barnevernet er allerede koblet inn.' } as const;

  it('goes registered → assessed → sent, or → not_sent', () => {
    expect(concernStep('registered', assess)).toEqual({ ok: true, status: 'assessed' });
    expect(concernStep('assessed', send)).toEqual({ ok: true, status: 'sent' });
    expect(concernStep('assessed', notSend)).toEqual({ ok: true, status: 'not_sent' });
  });

  it('does not conclude before the assessment', () => {
    expect(concernStep('registered', send)).toMatchObject({ ok: false, conflict: true });
    expect(concernStep('registered', notSend)).toMatchObject({ ok: false, conflict: true });
  });

  it('never goes back: no step from a concluded concern, no second assessment', () => {
    for (const done of ['sent', 'not_sent'] as ConcernStatus[]) {
      for (const step of [assess, send, notSend]) {
        expect(concernStep(done, step)).toMatchObject({ ok: false, conflict: true });
      }
    }
    expect(concernStep('assessed', assess)).toMatchObject({ ok: false, conflict: true });
  });

  it('sends nothing without an office and a date', () => {
    const result = concernStep('assessed', { kind: 'send', officePartnerId: null, sentOn: null });
    expect(result).toMatchObject({ ok: false, conflict: false });
    expect(result.ok === false && !result.conflict && result.problems.map((p) => p.code)).toEqual([
      'office_required',
      'date_required',
    ]);
  });

  it('concludes "not sent" only with a reason, and assesses only with an assessment', () => {
    expect(concernStep('assessed', { kind: 'not_send', reason: '   ' })).toMatchObject({
      ok: false,
      conflict: false,
      problems: [{ code: 'reason_required' }],
    });
    expect(concernStep('registered', { kind: 'assess', assessment: 'ok' })).toMatchObject({
      ok: false,
      problems: [{ code: 'assessment_required' }],
    });
  });

  it('counts registered and assessed as open, concluded ones not', () => {
    expect(
      ['registered', 'assessed', 'sent', 'not_sent'].map((s) => isOpenConcern(s as ConcernStatus)),
    ).toEqual([true, true, false, false]);
  });
});

describe('the report of concern', () => {
  // A whole record as the server holds it: the message must pick from it, not copy it.
  const child = {
    firstName: 'Ida',
    lastName: 'Nordmann',
    alias: 'Trost',
    birthDate: '2020-02-29',
    addressProtection: 'strictly_confidential' as const,
    address: 'Hemmeligveien 7, 5003 Bergen',
    nationalId: '29022012345',
    perpetrator: { name: 'Ola Voldsen', notes: 'Kjører rød Tesla, har våpen' },
  };
  const centre = { name: 'Bergen krisesenter', address: 'Skjultgata 1, 5020 Bergen' };
  const message = concernMessage({
    child,
    concern: 'Barnet sier at far slo henne før de kom.',
    office: { name: 'Barnevernvakten i Bergen' },
    sentOn: '2026-11-24',
    sender: { name: 'Kari Koordinator' },
    centre,
  });

  it('names the child, the concern, the office, the date and whom to contact', () => {
    expect(message).toContain('Til: Barnevernvakten i Bergen');
    expect(message).toContain('Dato: 24.11.2026');
    expect(message).toContain('Barnet: Ida Nordmann');
    expect(message).toContain('Fødselsdato: 29.02.2020');
    expect(message).toContain('Barnet sier at far slo henne før de kom.');
    expect(message).toContain('Kontaktperson: Kari Koordinator, Bergen krisesenter');
    expect(message).toContain('strengt fortrolig adresse');
  });

  it('holds no address, national id or perpetrator data though its input had them', () => {
    for (const secret of [
      'Hemmeligveien',
      '5003',
      'Skjultgata',
      '5020',
      '29022012345',
      'Ola Voldsen',
      'Tesla',
      'våpen',
      'Trost',
    ]) {
      expect(message).not.toContain(secret);
    }
  });

  it('falls back on the alias, and says nothing of protection when there is none', () => {
    const anonymous = concernMessage({
      child: {
        firstName: null,
        lastName: null,
        alias: 'Trost',
        birthDate: null,
        addressProtection: 'none',
      },
      concern: 'Bekymring.',
      office: { name: 'Barneverntjenesten i Moss' },
      sentOn: '2026-12-31',
      sender: { name: 'K' },
      centre: { name: 'Moss' },
    });
    expect(anonymous).toContain('Barnet: Trost (alias');
    expect(anonymous).toContain('Fødselsdato: ikke registrert');
    expect(anonymous).not.toContain('adressesperre');
  });
});
