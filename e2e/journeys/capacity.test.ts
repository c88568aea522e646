import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, heading } from '../support/browser.ts';
import { useJourney } from '../support/journey.ts';
import { loginThroughUi, startShift } from '../support/login.ts';

const havn = useJourney();
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: `${artifacts}capacity-${name}.png`, fullPage: true });
  await page.screenshot({ path: `${artifacts}capacity-${name}-top.png` });
}

/** Fills "Finn plass til" for a mother with two children, 4 and 9, and finds places. */
async function findForMother(page: Page): Promise<void> {
  await page.goto(`${havn.baseUrl}/capacity/find`);
  await expect.poll(() => heading(page)).toBe('Finn plass til');
  await page.getByLabel('Kvinne', { exact: true }).check();
  await page.getByLabel('Antall barn', { exact: true }).fill('2');
  await page.getByLabel('Alder barn 1 (år)').fill('4');
  await page.getByLabel('Alder barn 2 (år)').fill('9');
  await page.getByRole('button', { name: 'Finn plass', exact: true }).click();
  await page.getByRole('heading', { name: 'Plasser som passer' }).waitFor();
}

describe('places and occupancy', () => {
  // Two logins (each may wait for a fresh TOTP step) and several axe runs: more than the default.
  it(
    'lets the night watch find and assign a place; a second assignment of the bed is refused',
    {
      timeout: 180_000,
    },
    async () => {
      // The coordinator opens "Finn plass til" first, and waits with the form filled in.
      const second = await havn.openPage();
      await loginThroughUi(second.page, havn.baseUrl, 'koordinator');
      await startShift(second.page, havn.baseUrl);
      await findForMother(second.page);
      await second.page.getByRole('button', { name: /^Tildel plass 1:/ }).click();
      const secondDialog = second.page.getByRole('dialog');
      await secondDialog.getByLabel('Alias', { exact: true }).fill('Nype');
      await secondDialog.getByLabel('Alias for barn 1 (4 år)').fill('Nype-barn A');
      await secondDialog.getByLabel('Alias for barn 2 (9 år)').fill('Nype-barn B');

      // The night watch: the board, then find a place, then assign the first option.
      const { context, page } = await havn.openPage();
      await loginThroughUi(page, havn.baseUrl, 'nattevakt');
      await startShift(page, havn.baseUrl);
      await page.goto(`${havn.baseUrl}/capacity`);
      await expect.poll(() => heading(page)).toBe('Plasser og belegg');
      expect(await page.title()).toBe('Plasser og belegg – Havn');
      await page.getByRole('heading', { name: 'Totalt' }).waitFor();
      await expectNoAxeViolations(page);
      await shot(page, 'board-before');

      await findForMother(page);
      expect(await page.title()).toBe('Finn plass til – Havn');
      await expectNoAxeViolations(page);
      await shot(page, 'find-results');
      const first = page.getByRole('button', { name: /^Tildel plass 1:/ });
      const placeName = ((await first.getAttribute('aria-label')) ?? '').replace(
        /^Tildel plass 1: /,
        '',
      );
      await first.click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Alias', { exact: true }).fill('Rosa');
      await dialog.getByLabel('Alias for barn 1 (4 år)').fill('Rosa-barn A');
      await dialog.getByLabel('Alias for barn 2 (9 år)').fill('Rosa-barn B');
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Tildel plass', exact: true }).click();

      // Back on the board: the beds are occupied, with the aliases.
      // The household and its stay in one request: wait for the news, not a quick poll.
      await page.getByText('Rosa har fått plass.').waitFor();
      await expect.poll(() => heading(page)).toBe('Plasser og belegg');
      const rosa = page.locator('li.havn-bed', { hasText: 'Rosa' }).first();
      await rosa.waitFor();
      expect(await rosa.textContent()).toContain('Opptatt');
      expect(await page.locator('li.havn-bed', { hasText: 'Rosa-barn A' }).count()).toBe(1);
      expect(await page.locator('li.havn-bed', { hasText: 'Rosa-barn B' }).count()).toBe(1);
      expect(placeName).not.toBe('');
      await expectNoAxeViolations(page);
      await shot(page, 'board-after');
      await page
        .locator('.havn-unit-card', { hasText: 'Rosa' })
        .screenshot({ path: `${artifacts}capacity-unit-card.png` });

      // The coordinator now submits the same place: refused, with the message, options refreshed.
      await secondDialog.getByRole('button', { name: 'Tildel plass', exact: true }).click();
      await expect
        .poll(() => second.page.getByRole('alert').first().textContent())
        .toBe('Sengen ble nettopp tatt av noen andre. Velg en annen plass.');
      await expectNoAxeViolations(second.page);
      await shot(second.page, 'taken');
      // The refused household was never registered; the next place keeps what was typed.
      const lilje = () =>
        havn.ctx.database.db
          .selectFrom('persons')
          .select('id')
          .where('alias', 'like', 'Nype%')
          .execute();
      expect(await lilje()).toEqual([]);
      await second.page.getByRole('button', { name: /^Tildel plass 1:/ }).click();
      expect(await secondDialog.getByLabel('Alias', { exact: true }).inputValue()).toBe('Nype');
      expect(await secondDialog.getByLabel('Alias for barn 2 (9 år)').inputValue()).toBe(
        'Nype-barn B',
      );
      await secondDialog.getByRole('button', { name: 'Tildel plass', exact: true }).click();
      await second.page.getByText('Nype har fått plass.').waitFor();
      expect(await lilje()).toHaveLength(3);
      await second.context.close();

      // Måke leaves: «Registrer avreise» on the board opens the same departure registration as
      // her stay page — where she went and why — and the beds then wait to be cleaned.
      await page.goto(`${havn.baseUrl}/capacity`);
      await page.getByRole('button', { name: 'Registrer avreise: Måke', exact: true }).click();
      const departure = page.getByRole('dialog', { name: 'Registrer avreise: Måke' });
      await departure.getByLabel('Hvor dro hun?').selectOption('new_own_home');
      await departure.getByLabel('Hvorfor ble oppholdet avsluttet?').selectOption('planned');
      await expectNoAxeViolations(page);
      await departure.getByRole('button', { name: 'Registrer avreisen' }).click();
      await departure.getByText('Avreisen er registrert.', { exact: false }).waitFor();
      await departure.getByRole('button', { name: 'Lukk dialogvinduet' }).click();
      await page.getByText('Avreisen for Måke er registrert.', { exact: false }).waitFor();
      expect(await page.locator('li.havn-bed', { hasText: 'Måke' }).count()).toBe(0);
      await page
        .getByRole('button', { name: 'Merk Seng 1 i Rom 7 som klar til bruk', exact: true })
        .click();
      await page.getByText('Seng 1 er klar til bruk.').waitFor();

      // The history page, with its chart loaded lazily and the table of the same numbers.
      await page.goto(`${havn.baseUrl}/capacity/history`);
      await expect.poll(() => heading(page)).toBe('Beleggshistorikk');
      await page
        .getByRole('heading', { name: 'Overnattinger per måned', level: 2 })
        .first()
        .waitFor();
      await page.locator('.recharts-surface').first().waitFor();
      await expectNoAxeViolations(page);
      await shot(page, 'history');
      await context.close();
    },
  );

  it(
    'lets the night watch reserve a place, receive the household in it, and move a resident',
    { timeout: 180_000 },
    async () => {
      const { context, page } = await havn.openPage();
      await loginThroughUi(page, havn.baseUrl, 'nattevakt');
      await startShift(page, havn.baseUrl);

      // The police call: a mother with two children is on her way. Hold the best place.
      await findForMother(page);
      await page.getByRole('button', { name: /^Reserver plass 1:/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Alias eller initialer').fill('R.B.');
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Reserver plassen', exact: true }).click();

      // The board shows the beds reserved, with the label and the time left.
      await page.getByText('Plassen er reservert for R.B.').waitFor();
      await expect.poll(() => heading(page)).toBe('Plasser og belegg');
      const held = page.locator('li.havn-bed', { hasText: 'Reservert for R.B.' });
      await held.first().waitFor();
      expect(await held.count()).toBe(3);
      expect(await held.first().textContent()).toMatch(/Reservert.*igjen/);
      await page.getByRole('heading', { name: 'Venteliste' }).waitFor();
      await page.getByText('Trane', { exact: true }).waitFor();
      await expectNoAxeViolations(page);
      await shot(page, 'board-reserved');

      // She arrives: the stay starts in the reserved beds.
      await page.getByRole('button', { name: 'Ta imot R.B.', exact: true }).click();
      await dialog.getByLabel('Alias', { exact: true }).fill('Rut');
      await dialog.getByLabel('Alias for barn 1 (4 år)').fill('Rut-barn A');
      await dialog.getByLabel('Alias for barn 2 (9 år)').fill('Rut-barn B');
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Tildel plass', exact: true }).click();
      await page.getByText('Rut har fått plass.').waitFor();
      expect(await held.count()).toBe(0);
      const rut = page.locator('li.havn-bed', { hasText: 'Rut' }).first();
      expect(await rut.textContent()).toContain('Opptatt');
      const before = await rut.evaluate((li) => li.closest('.havn-room')?.textContent ?? '');

      // The household moves to another room that fits it.
      await page.getByRole('button', { name: 'Flytt Rut', exact: true }).click();
      await dialog.getByRole('radio').first().waitFor();
      await dialog.getByRole('radio').first().check();
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Flytt', exact: true }).click();
      await page.getByText('Rut er flyttet.', { exact: false }).waitFor();
      const after = page.locator('li.havn-bed', { hasText: 'Rut' }).first();
      await after.waitFor();
      expect(await after.evaluate((li) => li.closest('.havn-room')?.textContent ?? '')).not.toBe(
        before,
      );
      await expectNoAxeViolations(page);
      await shot(page, 'board-moved');
      await context.close();
    },
  );

  it('shows the board on a phone without sideways scrolling', async () => {
    const { context, page } = await havn.openPage({ width: 375 });
    await loginThroughUi(page, havn.baseUrl, 'nattevakt');
    await startShift(page, havn.baseUrl);
    await page.goto(`${havn.baseUrl}/capacity`);
    await page.getByRole('heading', { name: 'Totalt' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await shot(page, 'board-375');
    await page
      .locator('.havn-room')
      .nth(1)
      .screenshot({ path: `${artifacts}capacity-room-375.png` });
    await context.close();
  });

  it('lets the unit leader see the configuration, with demo values marked', async () => {
    const { context, page } = await havn.openPage();
    await loginThroughUi(page, havn.baseUrl, 'enhetsleder');
    await page.goto(`${havn.baseUrl}/capacity/configuration`);
    await expect.poll(() => heading(page)).toBe('Oppsett av plasser');
    await page.getByRole('button', { name: 'Nytt sted' }).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'configuration');

    // Removing a bed someone sleeps in is refused, with the server's reason in Norwegian.
    await page
      .getByRole('button', { name: 'Fjern Seng 1, Rom 1, Hovedhuset', exact: true })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Fjern', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toBe('Noen sover i denne sengen. Flytt oppholdet først, eller vent til det er avsluttet.');

    // Renaming a room: saved with its version, and shown.
    await page.getByRole('button', { name: 'Endre Rom 2, Hovedhuset', exact: true }).click();
    await dialog.getByLabel('Navn', { exact: true }).fill('Rom 2 (sør)');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Lagre', exact: true }).click();
    await page.getByText('Rom 2 (sør) er lagret.').waitFor();
    await page.getByRole('heading', { name: 'Rom 2 (sør)', level: 4 }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });
});

describe('the occupancy history', () => {
  it('names the months as the reader says them, in Oslo', async () => {
    const { context, page } = await havn.openPage();
    await loginThroughUi(page, havn.baseUrl, 'enhetsleder');
    await page.goto(`${havn.baseUrl}/capacity/history`);
    await expect.poll(() => heading(page)).toBe('Beleggshistorikk');
    const oslo = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('nb-NO', { ...options, timeZone: 'Europe/Oslo' }).format(new Date());
    // «desember 2026», not «2026-12».
    const table = page.getByRole('table');
    await table
      .getByRole('rowheader', { name: oslo({ month: 'long', year: 'numeric' }), exact: true })
      .waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });
});
