import { helpNeedAreas } from '@havn/domain';
import crypto from 'node:crypto';
import { expect } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import type { Session } from '../../../test/auth.ts';
import type { Method } from '../../../test/openapi.ts';
import { syntheticNationalId as syntheticFor } from '../../../test/national-id.ts';

/*
 * Test support for the marker-leak sweep: records full of marker strings, written through the API
 * as a centre's own staff would write them. Every marker is `MRKn-word`, so one pattern finds them
 * in any response body.
 */

/** Markers in another centre's records: no role of the first centre may ever see one. */
export const otherCentre = 'MRK7';
/**
 * A strictly confidential address in the first centre, with the phone, e-mail and safe contact it
 * protects: its unit leader only.
 */
export const strictAddress = 'MRK8';
/** A confidential address and its contact details: the unit leader and the primary contact only. */
export const confidentialAddress = 'MRK9';

export const markerPattern = /mrk[789]-[a-z]+/gi;

/** A synthetic national identity number, born 22 May 1990. */
export const syntheticNationalId = syntheticFor('220590');

/** Writes through the API as staff would, and fails the test at once if a write is refused. */
export function writer(t: TestApp, session: Session) {
  return async <T = Record<string, unknown>>(method: Method, url: string, payload?: object) => {
    const res = await t.app.inject({
      method,
      url,
      headers: session.headers,
      ...(payload ? { payload } : {}),
    });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return (res.body ? res.json() : {}) as T;
  };
}

/** Markers with one prefix, remembered so the sweep can prove it would have seen them. */
export function markers(prefix: string) {
  const all = new Set<string>();
  const m = (word: string) => {
    const marker = `${prefix}-${word}`;
    all.add(marker.toLowerCase());
    return marker;
  };
  return { m, all };
}

/** The beds of the best place the centre offers a woman with a six-year-old, as staff find it. */
export async function offeredBeds(write: ReturnType<typeof writer>): Promise<string[]> {
  const found = await write<{ options: { beds: { id: string }[] }[] }>(
    'POST',
    '/api/capacity/find',
    { adultGender: 'female', childAges: [6] },
  );
  const option = found.options.find((o) => o.beds.length >= 2);
  expect(option, 'a place for a mother and child').toBeDefined();
  return option!.beds.map((b) => b.id);
}

/** A person in a stay with a child: `fields` are the adult's, the child carries markers too. */
export async function household(
  write: ReturnType<typeof writer>,
  adult: Record<string, unknown>,
  child: Record<string, unknown>,
) {
  const { id: adultId } = await write<{ id: string }>('POST', '/api/people', {
    gender: 'female',
    confirmNotDuplicate: true,
    ...adult,
  });
  const { id: childId } = await write<{ id: string }>('POST', '/api/people', {
    isChild: true,
    birthDate: '2020-02-29',
    adultIds: [adultId],
    confirmNotDuplicate: true,
    ...child,
  });
  const [bed, cot] = await offeredBeds(write);
  const { id: stayId } = await write<{ id: string }>('POST', '/api/capacity/stays', {
    personId: adultId,
    bedId: bed!,
    children: [{ personId: childId, bedId: cot! }],
  });
  return { adultId, childId, stayId };
}

/**
 * Trondheim's records, every free-text field a marker: a household in a stay with flags, plan,
 * task, journal and its draft, an incident, the child's page and a §6 concern; a logged contact
 * and a draft; a day user with a perpetrator, a visit, an appointment and a joint meeting; an
 * intake with a sealed identity, help needs, a threat assessment and a safety plan; a partner, a
 * colleague, a site, house rules, a threat-mapping item, the waiting list and a reservation.
 */
export async function seedOtherCentre(t: TestApp, leader: Session, leaderId: string) {
  const write = writer(t, leader);
  const { m, all } = markers(otherCentre);
  const now = t.clock.now();
  const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();
  const today = at(0).slice(0, 10);

  const home = await household(
    write,
    {
      alias: m('alias'),
      firstName: m('first'),
      lastName: m('last'),
      nationalId: syntheticNationalId,
      languages: [m('language')],
      addressProtection: 'strictly_confidential',
      address: { street: m('street'), city: m('city') },
      contact: { phone: m('phone'), email: `${m('mail')}@example.no`, safeUse: m('safeuse') },
      accessibilityNotes: m('access'),
    },
    { alias: m('childalias'), firstName: m('childfirst') },
  );
  const stay = `/api/stays/${home.stayId}`;
  const child = `${stay}/children/${home.childId}`;
  await write('PUT', `${stay}/flags`, {
    noVisitors: true,
    perpetratorSearching: true,
    safetyNote: m('flagnote'),
    version: null,
  });
  await write('PUT', `${stay}/plan`, { goals: m('goals'), reviewIntervalDays: 14, version: null });
  await write('POST', `${stay}/tasks`, { description: m('task'), ownerUserId: leaderId });
  await write('POST', `${stay}/journal`, { type: 'conversation', body: m('journal') });
  await write('PUT', `${stay}/journal/draft`, { payload: { body: m('journaldraft') } });
  await write('POST', '/api/protection/incidents', {
    stayId: home.stayId,
    kind: 'perpetrator_at_door',
    description: m('incident'),
    measures: m('measures'),
  });
  await write('POST', `${child}/schooling`, {
    institutionKind: 'school',
    status: 'interrupted',
    reason: 'safety',
    fromOn: today,
    notes: m('school'),
  });
  await write('PUT', `${child}/health`, { needs: ['doctor'], notes: m('health') });
  await write('POST', `${child}/activities`, { kind: 'play', date: today, note: m('activity') });
  await write('POST', `${child}/parent-contacts`, {
    occursAt: at(30),
    kind: 'visit',
    supervisedBy: m('supervisor'),
    place: m('meetingplace'),
    safetyNotes: m('parentsafety'),
  });
  await write('POST', `${child}/concerns`, { concern: m('concern') });

  const { id: partnerId } = await write<{ id: string }>('POST', '/api/partners', {
    type: 'nav',
    name: m('partner'),
    contactName: m('partnercontact'),
    notes: m('partnernotes'),
  });
  const { id: dayUserId } = await write<{ id: string }>('POST', '/api/people', {
    alias: m('dayuser'),
    confirmNotDuplicate: true,
  });
  const { id: contactId } = await write<{ id: string }>('POST', '/api/contacts', {
    openedAt: at(0),
    channel: 'phone',
    contactBy: 'person_at_risk',
    personId: dayUserId,
    topics: ['physical'],
    urgency: 'high',
    actions: ['day_service_appointment'],
    notes: m('contactnotes'),
  });
  await write('PUT', `/api/contacts/drafts/${crypto.randomUUID()}`, {
    openedAt: at(0),
    payload: { notes: m('contactdraft') },
  });
  const { id: caseId } = await write<{ id: string }>('POST', '/api/day-users', {
    fromContactId: contactId,
    firstContactBy: 'self',
  });
  await write('PUT', `/api/day-users/${caseId}/perpetrators`, {
    perpetrators: [
      { relation: 'ex_partner', gender: 'male', childrenExposed: 'yes', notes: m('perpetrator') },
    ],
    version: 1,
  });
  await write('POST', `/api/day-users/${caseId}/visits`, {
    date: today,
    kind: 'conversation',
    minutes: 30,
    staffIds: [leaderId],
    topic: m('visittopic'),
    agreed: m('visitagreed'),
  });
  await write('POST', '/api/appointments', {
    personId: dayUserId,
    startsAt: at(6),
    endsAt: at(7),
    place: 'police',
    staffIds: [leaderId],
    placeNote: m('placenote'),
    safetyNote: m('appointmentsafety'),
  });
  await write('POST', '/api/joint-meetings', {
    personId: dayUserId,
    heldAt: at(-1),
    partnerIds: [partnerId],
    attendees: m('attendees'),
    decisions: m('decisions'),
    tasks: [{ description: m('meetingtask'), ownerUserId: leaderId, dueOn: today }],
  });

  const { id: intakePerson } = await write<{ id: string }>('POST', '/api/people', {
    alias: m('intakealias'),
    gender: 'female',
    confirmNotDuplicate: true,
  });
  const intake = await write<{ id: string; version: number }>('POST', '/api/intakes', {
    personId: intakePerson,
  });
  const intakeUrl = `/api/intakes/${intake.id}`;
  let { version } = await write<{ version: number }>('PUT', `${intakeUrl}/identity`, {
    version: intake.version,
    identity: { firstName: m('sealedfirst'), lastName: m('sealedlast'), note: m('sealednote') },
  });
  const needs = Object.fromEntries(
    helpNeedAreas.map((area) => [
      area,
      { level: 'some', note: m(`need${area.replaceAll('_', '')}`) },
    ]),
  );
  ({ version } = await write<{ version: number }>('PUT', `${intakeUrl}/help-needs`, {
    version,
    needs,
  }));
  const items = await write<{ items: { key: string }[] }>('GET', '/api/protection/items');
  await write('POST', `/api/protection/intakes/${intake.id}/assessments`, {
    kind: 'initial',
    answers: items.items.map((item, i) => ({
      key: item.key,
      now: 'present',
      earlier: 'unknown',
      note: i === 0 ? m('threatnote') : null,
    })),
    judgement: 'high',
    reasons: m('threatreasons'),
  });
  await write('PUT', `/api/protection/intakes/${intake.id}/safety-plan`, {
    version: 0,
    routes: m('routes'),
    phone: m('safetyphone'),
    school: m('safetyschool'),
    ifFound: m('iffound'),
    other: m('safetyother'),
  });

  await write('POST', '/api/staff', {
    username: 'mrk7-colleague',
    displayName: m('colleague'),
    roles: ['coordinator'],
  });
  all.add('mrk7-colleague');
  await write('POST', '/api/capacity/sites', { name: m('site') });
  await write('PUT', '/api/protection/house-rules', { text: m('houserules'), revision: 0 });
  await write('POST', '/api/protection/items', { labelNb: m('itemnb'), labelEn: m('itemen') });
  await write('POST', '/api/capacity/waiting', { adultGender: 'female', label: m('waiting') });
  const [bed] = await offeredBeds(write);
  await write('POST', '/api/capacity/reservations', {
    adultGender: 'female',
    bedIds: [bed!],
    label: m('reservation'),
    expectedArrivalAt: at(2),
    expiresAt: at(20),
  });
  return all;
}

/** Phone, e-mail and safe contact, each a marker: they find a person as an address does. */
const reachable = (m: (word: string) => string) => ({
  phone: m('phone'),
  email: `${m('mail')}@example.no`,
  safeUse: m('safeuse'),
});

/**
 * Two households of the first centre with protected addresses and contact details: one strictly
 * confidential, one confidential whose stay has `primaryContactId` as its primary contact.
 */
export async function seedProtectedAddresses(
  t: TestApp,
  leader: Session,
  primaryContactId: string,
) {
  const write = writer(t, leader);
  const strict = markers(strictAddress);
  const confidential = markers(confidentialAddress);
  await household(
    write,
    {
      alias: 'Skjult',
      addressProtection: 'strictly_confidential',
      address: { street: strict.m('street'), postalCode: '5003', city: strict.m('city') },
      contact: reachable(strict.m),
    },
    { alias: 'Skjult barn' },
  );
  const { stayId } = await household(
    write,
    {
      alias: 'Vernet',
      addressProtection: 'confidential',
      address: { street: confidential.m('street'), city: confidential.m('city') },
      contact: reachable(confidential.m),
    },
    { alias: 'Vernet barn' },
  );
  const stay = await write<{ version: number }>('GET', `/api/stays/${stayId}`);
  await write('PUT', `/api/stays/${stayId}/responsible`, {
    primaryContactId,
    childResponsibleId: null,
    version: stay.version,
  });
  return { strict: strict.all, confidential: confidential.all };
}
