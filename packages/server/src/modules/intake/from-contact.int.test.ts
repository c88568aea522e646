import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import { startShift } from '../capacity/test-support.ts';
import type { intakeView } from './schema.ts';
import { call, ok } from './test-support.ts';

type View = z.infer<typeof intakeView>;

let t: TestApp;
let watch: Session;

beforeEach(async () => {
  t = await testApp({ start: new Date('2026-11-24T02:00:00Z') });
  await withDemoCentre(t, 'trondheim');
  await t.app.ready();
  watch = await loginAs(t, 'night_watch', 'trondheim');
  await ok(startShift(t, watch));
});
afterEach(async () => t.close());

const motherAndTwo = { adultGender: 'female', children: [{ age: 4 }, { age: 9 }] };

async function anonymousCall(household: object | null) {
  return ok<{ id: string }>(
    call(t, watch, 'POST', '/api/contacts', {
      openedAt: '2026-11-24T01:58:00Z',
      channel: 'phone',
      contactBy: 'person_at_risk',
      topics: ['physical'],
      urgency: 'acute',
      actions: ['intake_planned'],
      household,
    }),
    201,
  );
}

const persons = (aliases: string[]) =>
  t.database.db
    .selectFrom('persons')
    .select(['id', 'alias', 'gender', 'is_child'])
    .where('alias', 'in', aliases)
    .execute();

describe('an intake from an anonymous call', () => {
  it('carries the household the call described into the intake, and starts nobody twice', async () => {
    const contact = await anonymousCall(motherAndTwo);
    const log = await ok<{ items: { id: string; household: unknown; person: unknown }[] }>(
      call(t, watch, 'GET', '/api/contacts'),
    );
    expect(log.items.find((c) => c.id === contact.id)).toMatchObject({
      person: null,
      household: motherAndTwo,
    });
    const raw = await t.database.db
      .selectFrom('contacts')
      .select('household_sealed')
      .where('id', '=', contact.id)
      .executeTakeFirstOrThrow();
    expect(raw.household_sealed).not.toContain('female');

    const nameless = await call(t, watch, 'POST', '/api/intakes', { contactId: contact.id });
    expect(nameless.statusCode).toBe(400);
    expect(nameless.json().error.fields[0]).toMatchObject({ code: 'alias_missing' });
    const body = { contactId: contact.id, alias: 'Linnea', childAliases: ['Lin A', 'Lin B'] };
    const wrongCount = await call(t, watch, 'POST', '/api/intakes', {
      ...body,
      childAliases: ['Lin A'],
    });
    expect(wrongCount.statusCode).toBe(400);
    expect(await persons(['Linnea', 'Lin A', 'Lin B'])).toEqual([]);

    const started = await ok<{ id: string }>(call(t, watch, 'POST', '/api/intakes', body), 201);
    const intake = await ok<View>(call(t, watch, 'GET', `/api/intakes/${started.id}`));
    expect(intake).toMatchObject({
      person: { displayName: 'Linnea', gender: 'female' },
      originContactId: contact.id,
    });
    expect(intake.children.map((c) => [c.displayName, c.age]).sort()).toEqual([
      ['Lin A', 4],
      ['Lin B', 9],
    ]);
    const linked = await ok<{ person: { id: string; name: string } | null }>(
      call(t, watch, 'GET', `/api/contacts/${contact.id}`),
    );
    expect(linked.person).toEqual({ id: intake.person.id, name: 'Linnea' });

    // A second click (another browser): the contact names her now; nobody is registered again.
    const again = await call(t, watch, 'POST', '/api/intakes', body);
    expect(again.statusCode).toBe(409);
    expect(await persons(['Linnea', 'Lin A', 'Lin B'])).toHaveLength(3);

    // The ages stay with the children when the household step saves the members again.
    await ok(
      call(t, watch, 'PUT', `/api/intakes/${started.id}/members`, {
        version: intake.version,
        children: intake.children.map((c) => c.id),
      }),
    );
    const after = await ok<View>(call(t, watch, 'GET', `/api/intakes/${started.id}`));
    expect(after.children.map((c) => c.age).sort()).toEqual([4, 9]);
  });

  it('starts an intake from an anonymous call without a household, the children added later', async () => {
    const contact = await anonymousCall(null);
    const started = await ok<{ id: string }>(
      call(t, watch, 'POST', '/api/intakes', { contactId: contact.id, alias: 'Tove' }),
      201,
    );
    const intake = await ok<View>(call(t, watch, 'GET', `/api/intakes/${started.id}`));
    expect(intake).toMatchObject({ person: { displayName: 'Tove' }, children: [] });
    const tooMany = await anonymousCall(null);
    const refused = await call(t, watch, 'POST', '/api/intakes', {
      contactId: tooMany.id,
      alias: 'Tove 2',
      childAliases: ['X'],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0]).toMatchObject({ code: 'children_mismatch' });
  });
});
