import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { demoUser, loginAs, startShift, withDemoCentre, type Session } from '../../../test/auth.ts';

/**
 * A primary contact opens the person's record off shift, and a confidential address with it:
 * the relation is granted by the unit leader (or handed over by the current primary contact),
 * never taken by opening a case, and every gain of a protected address is there to review.
 */
let t: TestApp;
let leader: Session;
let substitute: Session;
let personId: string;

beforeEach(async () => {
  t = await testApp();
  await withDemoCentre(t, 'bergen');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader');
  substitute = await loginAs(t, 'on_call_substitute');
  const created = await send(leader, 'POST', '/api/people', {
    confirmNotDuplicate: true,
    alias: 'Vernet',
    addressProtection: 'confidential',
    address: { street: 'Skjultveien 7', city: 'Bergen' },
  });
  expect(created.statusCode, created.body).toBe(201);
  personId = created.json().id;
});
afterEach(async () => t.close());

function send(session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });
}

const idOf = async (role: Parameters<typeof demoUser>[0]) =>
  (
    await t.database.db
      .selectFrom('staff_users')
      .select('id')
      .where('username', '=', demoUser(role))
      .executeTakeFirstOrThrow()
  ).id;

async function substituteOpensCase(): Promise<string> {
  expect((await startShift(t, substitute)).statusCode).toBe(200);
  const opened = await send(substitute, 'POST', '/api/day-users', {
    personId,
    firstContactBy: 'self',
  });
  expect(opened.statusCode, opened.body).toBe(201);
  return opened.json().id;
}

const endShift = (session: Session) => send(session, 'POST', '/api/shifts/end');

describe('who is a primary contact', () => {
  it('leaves an on-call substitute who opened a day-user case without the address off shift', async () => {
    const caseId = await substituteOpensCase();
    const onShift = await send(substitute, 'GET', `/api/day-users/${caseId}`);
    expect(onShift.json().primaryContact).toBeNull();
    expect((await endShift(substitute)).statusCode).toBe(200);
    const offShift = await send(substitute, 'GET', `/api/people/${personId}`);
    expect(offShift.statusCode).toBe(404);
    expect(offShift.body).not.toContain('Skjultveien');
  });

  it('refuses a non-leader naming a primary contact, herself or anyone', async () => {
    expect((await startShift(t, substitute)).statusCode).toBe(200);
    const naming = await send(substitute, 'POST', '/api/day-users', {
      personId,
      firstContactBy: 'self',
      primaryContactId: await idOf('on_call_substitute'),
    });
    expect(naming.statusCode).toBe(403);
    expect(naming.json().error.reason).toBe('primary_contact_not_assignable');
    const caseId = await substituteOpensCase();
    const assign = await send(substitute, 'PUT', `/api/day-users/${caseId}/primary-contact`, {
      version: 1,
      primaryContactId: await idOf('on_call_substitute'),
    });
    expect(assign.statusCode).toBe(403);
    expect(assign.json().error.reason).toBe('primary_contact_not_assignable');
    const row = await t.database.db
      .selectFrom('day_user_cases')
      .select('primary_contact_id')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(row.primary_contact_id).toBeNull();
  });

  it('lets the unit leader assign, the primary contact hand over, and shows each gain to review', async () => {
    const caseId = await substituteOpensCase();
    const assigned = await send(leader, 'PUT', `/api/day-users/${caseId}/primary-contact`, {
      version: 1,
      primaryContactId: await idOf('on_call_substitute'),
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    // Granted, the relation opens the confidential address off shift.
    await endShift(substitute);
    const person = await send(substitute, 'GET', `/api/people/${personId}`);
    expect(person.statusCode).toBe(200);
    expect(person.json().address.street).toBe('Skjultveien 7');

    t.clock.advance(60_000);
    const handedOver = await send(substitute, 'PUT', `/api/day-users/${caseId}/primary-contact`, {
      version: 2,
      primaryContactId: await idOf('coordinator'),
    });
    expect(handedOver.statusCode, handedOver.body).toBe(200);
    expect((await send(substitute, 'GET', `/api/people/${personId}`)).statusCode).toBe(404);

    const review = await send(leader, 'GET', '/api/access/protected-addresses');
    expect(review.statusCode).toBe(200);
    expect(review.json().items).toEqual([
      expect.objectContaining({
        personId,
        userName: 'Kari Koordinator (demo)',
        grantedByName: 'Rita Ringevikar (demo)',
        caseType: 'day_user_case',
        caseId,
        protection: 'confidential',
        reviewedAt: null,
      }),
      expect.objectContaining({
        userName: 'Rita Ringevikar (demo)',
        grantedByName: 'Eva Enhetsleder (demo)',
      }),
    ]);
    const audited = await t.database.db
      .selectFrom('audit_entries')
      .select(['actor', 'record_type', 'record_id'])
      .where('action', '=', 'access.protected_address')
      .execute();
    expect(audited).toHaveLength(2);
    expect(audited.every((a) => a.record_type === 'person' && a.record_id === personId)).toBe(true);
    const first = review.json().items[0].id as string;
    const reviewed = await send(leader, 'POST', `/api/access/protected-addresses/${first}/review`);
    expect(reviewed.statusCode).toBe(204);
    expect(
      (await send(leader, 'GET', '/api/access/protected-addresses')).json().items,
    ).toHaveLength(1);
    // Only the unit leader reviews.
    const coordinator = await loginAs(t, 'coordinator');
    expect((await send(coordinator, 'GET', '/api/access/protected-addresses')).statusCode).toBe(
      403,
    );
  });
});
