import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
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

/** The page's h1, without the soft hyphens long words carry for phones. */
const heading = async (page: Page) =>
  (await page.getByRole('heading', { level: 1 }).textContent())?.replaceAll('\u00AD', '');

/** The user's shift starts through the API, with the page's own session and CSRF token. */
async function startShift(page: Page): Promise<void> {
  const me = await page.request.get(`${havn.baseUrl}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const response = await page.request.post(`${havn.baseUrl}/api/shifts/start`, {
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(response.ok()).toBe(true);
}

describe('re-establishment', () => {
  it('a coordinator follows up a mother in the transition apartment: opens the case, two contacts, closes it', async () => {
    const { context, page } = await openPage(browser);
    await loginThroughUi(page, havn.baseUrl, 'koordinator');
    await startShift(page);

    // The list: the demo's open case, and Selje in the transition apartment without one.
    await page.goto(`${havn.baseUrl}/departures/reestablishment`);
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Reetablering');
    expect(await page.title()).toBe('Reetablering – Havn');
    const open = page.getByRole('region', { name: 'Følges opp nå' });
    await open.getByRole('link', { name: 'Vier' }).waitFor();
    await page.getByText('Leilighet for forlenget opphold 2', { exact: false }).waitFor();
    await expectNoAxeViolations(page);

    // Open the case: in the transition apartment, with goals and NAV involved.
    await page.getByRole('link', { name: 'Følg opp Selje' }).click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Ny reetableringssak');
    expect(await page.getByRole('radio', { name: 'I overgangsbolig' }).isChecked()).toBe(true);
    await page.getByLabel('Mål for oppfølgingen').fill('Egen kommunal bolig før sommeren.');
    await page.getByRole('checkbox', { name: 'NAV Bergenhus' }).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Opprett saken' }).click();

    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Reetablering: Selje');
    expect(await page.title()).toBe('Reetableringssak – Havn');
    await page.getByText('I overgangsbolig: Leilighet for forlenget opphold 2').waitFor();
    expect(await page.getByText('Stær').isVisible()).toBe(true);
    expect(await page.getByText('NAV Bergenhus').isVisible()).toBe(true);
    expect(await page.getByText('Ingen kontakter registrert ennå.').isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // Two contacts, recorded from the keyboard.
    const contacts = page.getByRole('list', { name: 'Kontakter, nyeste først' });
    for (const [n, contact] of [
      {
        kind: 'Telefonsamtale',
        minutes: '20',
        note: 'Avtalte besøk neste uke.',
        interpreter: false,
      },
      { kind: 'Følge til tjeneste', minutes: '90', note: 'Fulgte til NAV.', interpreter: true },
    ].entries()) {
      await page.getByRole('button', { name: 'Registrer kontakt' }).click();
      const form = page.getByRole('region', { name: 'Ny kontakt' });
      await form.waitFor();
      if (n === 0) await expectNoAxeViolations(page);
      await form.getByLabel('Varighet i minutter').fill(contact.minutes);
      await form.getByRole('radio', { name: contact.kind }).focus();
      await page.keyboard.press('Space');
      if (contact.interpreter) {
        await form.getByRole('checkbox', { name: 'Tolk var med' }).focus();
        await page.keyboard.press('Space');
      }
      await form.getByLabel('Notat').fill(contact.note);
      await form.getByRole('button', { name: 'Lagre kontakten' }).focus();
      await page.keyboard.press('Enter');
      await page.getByText('Kontakten er registrert.').waitFor();
      await expect.poll(() => contacts.getByRole('listitem').count()).toBe(n + 1);
    }
    const recorded = await contacts.textContent();
    expect(recorded).toContain('Telefonsamtale');
    expect(recorded).toContain('Følge til tjeneste');
    expect(recorded).toContain('90 minutter');
    expect(recorded).toContain('Med tolk');
    expect(recorded).toContain('Fulgte til NAV.');
    expect(recorded).toContain('Kari Koordinator (demo)');
    await expectNoAxeViolations(page);

    // The end, with a reason.
    await page.getByRole('button', { name: 'Avslutt saken' }).click();
    const end = page.getByRole('region', { name: 'Avslutt reetableringssaken' });
    await end.waitFor();
    await end.getByRole('button', { name: 'Bekreft avslutningen' }).click();
    await end.getByText('Velg en grunn.').waitFor();
    await expectNoAxeViolations(page);
    await end.getByRole('radio', { name: 'Målene er nådd' }).check();
    await end.getByRole('button', { name: 'Bekreft avslutningen' }).click();
    await page.getByText(/^Avsluttet .*: Målene er nådd$/).waitFor();
    expect(await page.getByRole('button', { name: 'Registrer kontakt' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // Off the list of open cases.
    await page.getByRole('link', { name: 'Tilbake til reetablering' }).click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Reetablering');
    await open.getByRole('link', { name: 'Vier' }).waitFor();
    expect(await open.getByRole('link', { name: 'Selje' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await context.close();
  }, 240_000);
});
