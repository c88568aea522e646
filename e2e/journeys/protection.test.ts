import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, heading } from '../support/browser.ts';
import { useJourney } from '../support/journey.ts';
import { loginThroughUi, startShift } from '../support/login.ts';

const havn = useJourney();

const pets = 'Er dyr truet eller skadet, eller brukes de som pressmiddel?';
const reworded = 'Er kjæledyr truet, skadet eller brukt som pressmiddel?';

describe('protection', () => {
  it(
    'lets the unit leader reword an item; a coordinator reports an incident from the keyboard and sees the reassessment due',
    { timeout: 240_000 },
    async () => {
      // The unit leader rewords an item of the threat mapping.
      const leader = await havn.openPage();
      await loginThroughUi(leader.page, havn.baseUrl, 'enhetsleder');
      await leader.page.goto(`${havn.baseUrl}/intake/settings`);
      await expect.poll(() => heading(leader.page)).toBe('Oppsett av kartlegging og husregler');
      await leader.page.getByText(pets, { exact: true }).waitFor();
      await expectNoAxeViolations(leader.page);
      await leader.page.getByRole('button', { name: `Endre: ${pets}` }).click();
      await leader.page.getByLabel('Spørsmål (bokmål)').first().fill(reworded);
      await leader.page.getByRole('button', { name: 'Lagre', exact: true }).first().click();
      await leader.page.getByText(reworded, { exact: true }).waitFor();
      await leader.page.getByRole('button', { name: `Endre: ${reworded}` }).waitFor();
      await expectNoAxeViolations(leader.page);
      await leader.context.close();

      // A coordinator on shift reports an incident for a demo resident, by keyboard.
      const { page, context } = await havn.openPage();
      await loginThroughUi(page, havn.baseUrl, 'koordinator');
      await startShift(page, havn.baseUrl);
      await page.goto(`${havn.baseUrl}/stays/incidents`);
      await expect.poll(() => heading(page)).toBe('Hendelser i huset');
      await page.getByRole('option', { name: 'Måke' }).waitFor({ state: 'attached' });
      await expectNoAxeViolations(page);
      await page.getByLabel('Beboer', { exact: true }).selectOption({ label: 'Måke' });
      await page.keyboard.press('Tab');
      await page.getByLabel('Hva skjedde?', { exact: true }).selectOption('perpetrator_at_door');
      const description = page.getByLabel('Beskrivelse', { exact: true });
      await description.fill('Ekssamboer ringte på ved porten og spurte etter henne');
      await page.getByLabel('Politiet ble tilkalt').check();
      await description.press('Control+Enter');
      await page.getByText(/^Hendelsen er meldt/).waitFor();
      await page.getByRole('heading', { name: /^Måke: Utøver ved døren/ }).waitFor();
      await expectNoAxeViolations(page);

      // The start page: Måke's risk must be assessed (the demo stay has no assessment yet).
      await page.goto(`${havn.baseUrl}/`);
      await page.getByRole('heading', { name: 'Ny risikovurdering' }).waitFor();
      await page.getByRole('link', { name: /^Måke: / }).waitFor();
      await expectNoAxeViolations(page);
      await context.close();
    },
  );
});
