import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import { loginSteps } from '../../../test/login-steps.ts';
import { demoPassword } from '../../demo/demo-staff.ts';

/** Issue 12, finding 11: a person changes their own password; an administrator resets one. */
let t: TestApp;
let steps: ReturnType<typeof loginSteps>;
beforeEach(async () => {
  t = await testApp();
  await withDemoCentre(t);
  await t.app.ready();
  steps = loginSteps(t);
});
afterEach(async () => t.close());

const newPassword = 'tre lange ord i fjæra';
const change = (session: Session, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/auth/password', headers: session.headers, payload });
const auditActions = async (action: string) =>
  (
    await t.database.db
      .selectFrom('audit_entries')
      .select('outcome')
      .where('action', '=', action)
      .orderBy('seq')
      .execute()
  ).map((r) => r.outcome);

describe('changing my password', () => {
  it('takes the current password and a fresh code, and ends my other sessions only', async () => {
    const phone = await loginAs(t, 'coordinator');
    const desk = await loginAs(t, 'coordinator');
    // The code that logged the desk in is used; the change needs the next one.
    const used = await change(desk, {
      currentPassword: demoPassword,
      code: steps.rightCode(),
      newPassword,
    });
    expect(used.statusCode).toBe(400);
    expect(used.json().error.fields).toEqual([expect.objectContaining({ path: 'body.code' })]);
    t.clock.advance(30_000);

    const wrongCurrent = await change(desk, {
      currentPassword: 'not my password',
      code: steps.rightCode(),
      newPassword,
    });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().error.fields).toEqual([
      expect.objectContaining({ path: 'body.currentPassword', code: 'wrong_password' }),
    ]);
    const common = await change(desk, {
      currentPassword: demoPassword,
      code: steps.rightCode(),
      newPassword: 'Sommer2026!',
    });
    expect(common.json().error.fields).toEqual([
      expect.objectContaining({ path: 'body.newPassword', code: 'too_common' }),
    ]);

    const ok = await change(desk, {
      currentPassword: demoPassword,
      code: steps.rightCode(),
      newPassword,
    });
    expect(ok.statusCode, ok.body).toBe(204);
    expect((await steps.me(desk.cookie)).json().state).toBe('authenticated');
    expect((await steps.me(phone.cookie)).json()).toEqual({ state: 'anonymous' });
    expect(await auditActions('auth.change_password')).toEqual(['failed', 'failed', 'success']);

    t.clock.advance(30_000);
    expect((await steps.password('koordinator', demoPassword)).statusCode).toBe(401);
    const login = await steps.pending('koordinator', newPassword);
    expect((await steps.secondFactor(login, { code: steps.rightCode() })).statusCode).toBe(204);
  });

  it('counts wrong current passwords like failed logins', async () => {
    const desk = await loginAs(t, 'night_watch');
    const seen: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const res = await change(desk, {
        currentPassword: `guess ${i}`,
        code: steps.rightCode(),
        newPassword,
      });
      seen.push(res.statusCode);
    }
    expect(seen).toEqual([400, 400, 400, 400, 400, 400, 429, 429]);
  });
});

describe("an administrator's password reset", () => {
  it('gives a new activation code, ends the sessions, and the second factor stays', async () => {
    const leader = await loginAs(t, 'unit_leader');
    const victim = await loginAs(t, 'coordinator');
    const list = await t.app.inject({ method: 'GET', url: '/api/staff', headers: leader.headers });
    const member = list
      .json()
      .items.find((s: { username: string }) => s.username === 'koordinator');

    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/staff/${member.id}/reset-password`,
      headers: leader.headers,
      payload: { version: member.version },
    });
    expect(reset.statusCode, reset.body).toBe(200);
    const { activationCode } = reset.json();
    expect(activationCode).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect((await steps.me(victim.cookie)).json()).toEqual({ state: 'anonymous' });
    expect((await steps.password('koordinator', demoPassword)).statusCode).toBe(401);
    expect(await auditActions('staff.reset_password')).toEqual(['success']);

    const activate = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/activate',
        payload: { username: 'koordinator', activationCode, newPassword },
      });
    expect((await activate()).statusCode).toBe(204);
    expect((await activate()).statusCode).toBe(401);

    t.clock.advance(30_000);
    const first = await steps.password('koordinator', newPassword);
    expect(first.json()).toEqual({ next: 'second_factor' });
    const login = await steps.pending('koordinator', newPassword);
    expect((await steps.secondFactor(login, { code: steps.wrongCode() })).statusCode).toBe(401);
    expect((await steps.secondFactor(login, { code: steps.rightCode() })).statusCode).toBe(204);
  });

  it('is refused to a member of staff who manages no accounts', async () => {
    const leader = await loginAs(t, 'unit_leader');
    const finance = await loginAs(t, 'finance');
    const list = await t.app.inject({ method: 'GET', url: '/api/staff', headers: leader.headers });
    const member = list
      .json()
      .items.find((s: { username: string }) => s.username === 'koordinator');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/staff/${member.id}/reset-password`,
      headers: finance.headers,
      payload: { version: member.version },
    });
    expect(res.statusCode).toBe(403);
  });
});
