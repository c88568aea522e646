import { accountLockoutPolicy, addressLockoutPolicy } from '@havn/domain';
import { describe, expect, it } from 'vitest';
import { ChecksInFlight } from './attempts.ts';

const account = (name: string) => ({ key: `account:${name}`, policy: accountLockoutPolicy });
const address = (ip: string) => ({ key: `address:${ip}`, policy: addressLockoutPolicy });

/** A check that runs until the test lets it finish. */
function held() {
  let finish!: () => void;
  const done = new Promise<boolean>((resolve) => (finish = () => resolve(false)));
  return { check: () => done, finish };
}

describe('ChecksInFlight', () => {
  it('refuses a third check of one account while two run, and admits one once a check ends', async () => {
    const checks = new ChecksInFlight({ account: 2, address: 8 });
    const a = held();
    const b = held();
    const first = checks.run([account('kari'), address('1')], a.check);
    const second = checks.run([account('kari'), address('2')], b.check);
    await expect(
      checks.run([account('kari'), address('3')], async () => true),
    ).rejects.toMatchObject({ code: 'too_many_requests' });
    await expect(checks.run([account('ola'), address('3')], async () => true)).resolves.toBe(true);
    a.finish();
    await first;
    await expect(checks.run([account('kari'), address('3')], async () => true)).resolves.toBe(true);
    b.finish();
    await second;
  });

  it('caps one address across accounts, and frees the place when a check fails', async () => {
    const checks = new ChecksInFlight({ account: 2, address: 1 });
    const a = held();
    const first = checks.run([account('kari'), address('1')], a.check);
    await expect(
      checks.run([account('ola'), address('1')], async () => true),
    ).rejects.toMatchObject({
      code: 'too_many_requests',
    });
    a.finish();
    await first;
    await expect(
      checks.run([account('ola'), address('1')], async () => {
        throw new Error('argon2 failed');
      }),
    ).rejects.toThrow('argon2 failed');
    await expect(checks.run([account('ola'), address('1')], async () => true)).resolves.toBe(true);
  });
});
