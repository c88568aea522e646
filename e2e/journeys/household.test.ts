import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, heading } from '../support/browser.ts';
import { useJourney } from '../support/journey.ts';
import { loginThroughUi, startShift } from '../support/login.ts';

const havn = useJourney();

describe('the household of a first contact', () => {
  it(
    'carries an anonymous caller’s household to «Finn plass til» and the intake; Alt+N logs a contact from any page',
    { timeout: 240_000 },
    async () => {
      const { context, page } = await havn.openPage();
      await loginThroughUi(page, havn.baseUrl, 'nattevakt');
      await startShift(page, havn.baseUrl);
      const dialog = page.getByRole('dialog', { name: 'Logg kontakt' });

      // Alt+N on the board and on a stay page opens the contact form.
      await page.goto(`${havn.baseUrl}/capacity`);
      await expect.poll(() => heading(page)).toBe('Plasser og belegg');
      await page.keyboard.press('Alt+KeyN');
      await dialog.waitFor();
      const stay = await havn.ctx.database.db
        .selectFrom('stays')
        .select('id')
        .where('departure_at', 'is', null)
        .executeTakeFirstOrThrow();
      await page.goto(`${havn.baseUrl}/stays/${stay.id}`);
      await page.locator('h1').waitFor();
      await page.keyboard.press('Alt+KeyN');
      await dialog.waitFor();

      // An anonymous call: a mother with two children, 4 and 9.
      await dialog.getByRole('checkbox', { name: 'Fysisk vold' }).check();
      await dialog.getByRole('checkbox', { name: 'Inntak planlagt' }).check();
      await dialog.getByRole('radio', { name: 'Kvinne', exact: true }).check();
      await dialog.getByLabel('Barnas alder i år').fill('4, 9');
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Logg kontakten' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      const entry = page
        .getByRole('list', { name: 'Kontaktlogg' })
        .getByRole('listitem')
        .filter({ hasText: 'Kvinne med 2 barn (4, 9 år)' })
        .first();
      await entry.waitFor();

      // «Finn plass til»: the household is filled in.
      await entry.getByRole('link', { name: /^Finn plass til husstanden/ }).click();
      await expect.poll(() => heading(page)).toBe('Finn plass til');
      expect(await page.getByLabel('Kvinne', { exact: true }).isChecked()).toBe(true);
      expect(await page.getByLabel('Antall barn', { exact: true }).inputValue()).toBe('2');
      expect(await page.getByLabel('Alder barn 1 (år)').inputValue()).toBe('4');
      expect(await page.getByLabel('Alder barn 2 (år)').inputValue()).toBe('9');
      await page.getByRole('button', { name: 'Finn plass', exact: true }).click();
      await page.getByRole('heading', { name: 'Plasser som passer' }).waitFor();
      await expectNoAxeViolations(page);

      // «Start inntak» from here: she and the children get an alias, and the household comes along.
      await page.getByRole('button', { name: /^Start inntak fra kontakten kl\. / }).click();
      const start = page.getByRole('dialog', { name: /^Start inntak fra kontakten/ });
      await start.getByLabel('Alias for den voksne').fill('Marte');
      await start.getByLabel('Alias for barn 1 (4 år)').fill('Marte-barn A');
      await start.getByLabel('Alias for barn 2 (9 år)').fill('Marte-barn B');
      await expectNoAxeViolations(page);
      await start.getByRole('button', { name: 'Start inntak', exact: true }).click();
      await expect.poll(() => heading(page)).toBe('Inntak');
      await page.getByText('Marte', { exact: true }).first().waitFor();
      await page.getByRole('link', { name: /^1\. Husstand/ }).click();
      await page.getByRole('button', { name: 'Fjern Marte-barn A' }).waitFor();
      await page.getByRole('button', { name: 'Fjern Marte-barn B' }).waitFor();
      await expectNoAxeViolations(page);
      await context.close();
    },
  );
});
