import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.ts';
import { useJourney } from '../support/journey.ts';
import { loginThroughUi } from '../support/login.ts';

const havn = useJourney();

describe('the Havn shell', () => {
  it('opens in Norwegian, reaches every module from the menu, and has no axe violation anywhere', async () => {
    const { context, page } = await havn.openPage();
    await loginThroughUi(page, havn.baseUrl, 'enhetsleder');
    await page.goto(havn.baseUrl);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Havn');
    await expect.poll(() => page.getByText('Tilkoblet databasen (SQLite)').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
    await expectNoAxeViolations(page);

    const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
    const names = await menu.getByRole('link').allTextContents();
    expect(names).toHaveLength(13);
    for (const name of names.slice(1)) {
      await menu.getByRole('link', { name, exact: true }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
      // Modules not built yet say so honestly; built ones have journeys of their own and are
      // only checked for their heading, title and axe here.
      const notBuilt = ['Fakturering', 'Statistikk', 'Kvalitet og avvik'];
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByText('Denne delen er ikke tilgjengelig ennå.').isVisible()).toBe(
        notBuilt.includes(name),
      );
      expect(await page.title()).toBe(`${name} – Havn`);
      await expectNoAxeViolations(page);
    }
    await context.close();
  });

  it('switches to English at once, remembers it, and stays accessible', async () => {
    const { context, page } = await havn.openPage();
    await loginThroughUi(page, havn.baseUrl, 'enhetsleder');
    await page.goto(`${havn.baseUrl}/stays`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Stays');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('navigation', { name: 'Main menu' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Stays');
    await page.getByRole('button', { name: 'Norsk' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Opphold');
    await context.close();
  });

  it('works on a phone: the menu folds behind a button and opens by keyboard', async () => {
    const { context, page } = await havn.openPage({ width: 375 });
    await loginThroughUi(page, havn.baseUrl, 'enhetsleder');
    await page.goto(havn.baseUrl);
    const menuButton = page.getByRole('button', { name: 'Meny' });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Plasser og belegg' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Plasser og belegg');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('shows a page-not-found page for an unknown address, and JSON for an unknown API route', async () => {
    const { context, page } = await havn.openPage();
    await loginThroughUi(page, havn.baseUrl, 'enhetsleder');
    await page.goto(`${havn.baseUrl}/finnes-ikke`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Fant ikke siden');
    await expectNoAxeViolations(page);
    const api = await page.request.get(`${havn.baseUrl}/api/finnes-ikke`);
    expect(api.status()).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'not_found' } });
    await context.close();
  });
});
