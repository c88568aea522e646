import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, heading } from '../support/browser.ts';
import { useJourney } from '../support/journey.ts';
import { callApi } from '../support/api.ts';
import { unitOutOfService } from '../support/capacity-api.ts';
import { loginThroughUi, startShift } from '../support/login.ts';

/*
 * Krisesenteret i Moss and its screened unit, rom 23 (issue 13): for people of its vulnerable
 * groups; never for a psychotic person; lent to someone else only while empty, with the rest of
 * the house full, and not while someone of its target group waits.
 */

const havn = useJourney(['moss']);

/** «Finn plass til» for a woman alone, with the screened unit's criteria and exclusions ticked. */
async function findForWoman(page: Page, ticks: string[] = []): Promise<void> {
  await page.goto(`${havn.baseUrl}/capacity/find`);
  await expect.poll(() => heading(page)).toBe('Finn plass til');
  await page.getByLabel('Kvinne', { exact: true }).check();
  for (const label of ticks) await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Finn plass', exact: true }).click();
  await page.getByRole('heading', { name: 'Plasser som passer' }).waitFor();
}

const firstOption = (page: Page) => page.locator('.havn-options > li h3').first().textContent();
const whyNot = (page: Page, unit: string) =>
  page.locator('.havn-not-fitting li').filter({ hasText: unit }).textContent();

describe('Moss: rom 23, the screened unit', () => {
  it(
    'offers rom 23 to its target group, refuses a psychotic person with the reason, and is not lent while one of its group waits',
    { timeout: 180_000 },
    async () => {
      const { page } = await havn.openPage();
      await loginThroughUi(page, havn.baseUrl, 'enhetsleder.moss');
      await startShift(page, havn.baseUrl);

      // A woman of the vulnerable groups: rom 23 first.
      await findForWoman(page, ['Oppfyller kriteriene for skjermet enhet']);
      expect(await firstOption(page)).toBe('1. Rom 23, Rom 23');
      await expectNoAxeViolations(page);

      // Psychotic: never rom 23, and the page says why.
      await findForWoman(page, ['Oppfyller kriteriene for skjermet enhet', 'Psykotisk']);
      expect(await firstOption(page)).toMatch(/^1\. Beboerdelen/);
      expect(await whyNot(page, 'Rom 23')).toBe(
        'Rom 23: ikke aktuell for skjermet enhet: psykotisk',
      );
      await expectNoAxeViolations(page);

      // The residents' part is full: rom 23 may be lent to a woman outside its groups …
      await unitOutOfService(page, havn.baseUrl, 'Beboerdelen');
      await findForWoman(page);
      expect(await firstOption(page)).toBe('1. Rom 23, Rom 23');
      // … but not to a psychotic woman …
      await findForWoman(page, ['Psykotisk']);
      await page.getByText('Ingen plasser passer i kveld. Se hvorfor under.').waitFor();
      expect(await whyNot(page, 'Rom 23')).toContain('ikke aktuell for skjermet enhet: psykotisk');

      // … and not while someone of its target group waits for a place.
      await callApi(page, havn.baseUrl, 'POST', '/api/capacity/waiting', {
        label: 'Hegre',
        adultGender: 'female',
        meetsScreenedCriteria: true,
      });
      await findForWoman(page);
      await page.getByText('Ingen plasser passer i kveld. Se hvorfor under.').waitFor();
      expect(await whyNot(page, 'Rom 23')).toBe(
        'Rom 23: kriteriene for skjermet enhet er ikke oppfylt, kan ikke lånes ut mens noen i målgruppen venter',
      );
      await expectNoAxeViolations(page);
    },
  );
});
