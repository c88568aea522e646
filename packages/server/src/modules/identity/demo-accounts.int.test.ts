import { afterEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { withDemoCentre } from '../../../test/auth.ts';
import { demoPassword, demoTotpSecret } from '../../demo/demo-staff.ts';

let t: TestApp;
afterEach(async () => t.close());

const demoInfo = async () =>
  (await t.app.inject({ method: 'GET', url: '/api/auth/demo' })).json<{
    demo: boolean;
    centres: { name: string; accounts: { username: string; role: string }[] }[];
    password?: string;
    totpSecret?: string;
  }>();

describe('the demo accounts the login page shows', () => {
  it("lists every loaded demo centre's accounts, Trondheim's and Moss's beside Bergen's", async () => {
    t = await testApp();
    await withDemoCentre(t, 'bergen');
    await withDemoCentre(t, 'trondheim');
    await withDemoCentre(t, 'moss');
    const info = await demoInfo();
    expect(info).toMatchObject({ demo: true, password: demoPassword, totpSecret: demoTotpSecret });
    expect(info.centres.map((c) => c.name)).toEqual([
      'Krisesenteret for Bergen og omegn',
      'Krisesenteret i Moss',
      'Trondheim krisesenter',
    ]);
    const trondheim = info.centres.find((c) => c.name === 'Trondheim krisesenter')!;
    expect(trondheim.accounts).toHaveLength(8);
    expect(trondheim.accounts[0]).toEqual({
      username: 'enhetsleder.trondheim',
      role: 'unit_leader',
    });
    expect(trondheim.accounts.map((a) => a.username)).toContain('nattevakt.trondheim');
    expect(info.centres[0]!.accounts.map((a) => a.username)).toContain('koordinator');
  });

  it('shows nothing when the server runs without demo data, even if demo accounts are stored', async () => {
    t = await testApp({ env: { HAVN_DEMO: '0' } });
    await withDemoCentre(t, 'trondheim');
    expect(await demoInfo()).toEqual({ demo: false, centres: [] });
  });
});
