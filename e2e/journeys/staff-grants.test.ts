import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  heading,
  launchBrowser,
  openPage,
  startHavn,
  type RunningHavn,
} from '../support/browser.ts';
import { loginThroughUi } from '../support/login.ts';

let havn: RunningHavn;
let browser: Browser;

beforeAll(async () => {
  [havn, browser] = await Promise.all([startHavn(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await havn?.stop();
});

describe('who may grant what, on the staff screen', () => {
  it('offers the system administrator no casework role and nothing on her own account', async () => {
    const { context, page } = await openPage(browser);
    await loginThroughUi(page, havn.baseUrl, 'admin');
    await page.goto(`${havn.baseUrl}/staff`);
    await expect.poll(() => heading(page)).toBe('Ansatte og tilganger');

    // Her own row: the roles are shown, not offered, with why.
    await page.getByRole('button', { name: 'Endre Astrid Admin (demo)' }).click();
    const own = page.getByRole('dialog', { name: 'Astrid Admin (demo)' });
    await own.waitFor();
    expect(await own.getByText(/^Ingen kan endre sine egne roller/).isVisible()).toBe(true);
    expect(await own.getByRole('checkbox').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => own.isVisible()).toBe(false);

    // A coordinator: no duties to register; casework roles locked; the second factor the leader's.
    await page.getByRole('button', { name: 'Endre Kari Koordinator (demo)' }).click();
    const other = page.getByRole('dialog', { name: 'Kari Koordinator (demo)' });
    await other.waitFor();
    expect(await other.getByLabel('Politiattest kontrollert').count()).toBe(0);
    expect(
      await other.getByRole('checkbox', { name: 'Enhetsleder', exact: true }).isDisabled(),
    ).toBe(true);
    expect(await other.getByRole('checkbox', { name: 'Personal og økonomi' }).isDisabled()).toBe(
      false,
    );
    expect(
      await other.getByText(/Roller i saksarbeidet gis og tas bort av enhetslederen\./).count(),
    ).toBeGreaterThan(0);
    expect(await other.getByRole('button', { name: 'Tilbakestill tofaktor' }).count()).toBe(0);
    expect(await other.getByText(/^Kontoen har en rolle i saksarbeidet/).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');

    // A new account: only the roles she may grant are offered.
    await page.getByRole('button', { name: 'Ny ansatt' }).click();
    const create = page.getByRole('dialog', { name: 'Ny ansatt' });
    await create.waitFor();
    expect(
      await create.getByRole('checkbox', { name: 'Enhetsleder', exact: true }).isDisabled(),
    ).toBe(true);
    expect(await create.getByRole('checkbox', { name: 'Systemadministrator' }).isDisabled()).toBe(
      false,
    );
    await expectNoAxeViolations(page);
    await context.close();
  });
});
