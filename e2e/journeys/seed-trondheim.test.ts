import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, heading } from '../support/browser.ts';
import { useJourney } from '../support/journey.ts';
import { callApi } from '../support/api.ts';
import { loginThroughUi, startShift } from '../support/login.ts';

/*
 * Trondheim's own rule (DOMAIN.md §4; the municipality's 2011 case on moving residents out):
 * when the women's centre is full, the apartment for men with children may be a transition home
 * for a woman, who must move quickly when a man needs it.
 */

const havn = useJourney(['trondheim']);

/** A call to the API in the page's session, with its CSRF token: setting the scene only. */
const api = <T>(page: Page, method: 'GET' | 'POST', path: string, data?: object) =>
  callApi<T>(page, havn.baseUrl, method, path, data);

interface Board {
  sites: { units: { name: string; rooms: { name: string; beds: { id: string }[] }[] }[] }[];
}

/** Every room of the women's centre taken, by women who came two days ago. */
async function fillTheWomensCentre(page: Page): Promise<void> {
  const board = await api<Board>(page, 'GET', '/api/capacity/board');
  const women = board.sites.flatMap((s) => s.units).find((u) => u.name === 'Kvinnesenteret')!;
  const arrivalAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
  for (const [i, room] of women.rooms.entries()) {
    const person = await api<{ id: string }>(page, 'POST', '/api/people', {
      confirmNotDuplicate: true,
      gender: 'female',
      alias: `Gjest ${i + 1}`,
    });
    await api(page, 'POST', '/api/capacity/stays', {
      personId: person.id,
      bedId: room.beds[0]!.id,
      arrivalAt,
    });
  }
}

async function findPlaceFor(page: Page, gender: 'Kvinne' | 'Mann', childAges: number[]) {
  await page.goto(`${havn.baseUrl}/capacity/find`);
  await expect.poll(() => heading(page)).toBe('Finn plass til');
  await page.getByLabel(gender, { exact: true }).check();
  await page.getByLabel('Antall barn', { exact: true }).fill(String(childAges.length));
  for (const [i, age] of childAges.entries())
    await page.getByLabel(`Alder barn ${i + 1} (år)`).fill(String(age));
  await page.getByRole('button', { name: 'Finn plass', exact: true }).click();
  await page.getByRole('heading', { name: 'Plasser som passer' }).waitFor();
}

describe('Trondheim: the men’s apartment as a transition home', () => {
  it(
    'lends the apartment to a woman; when a father needs it, find-a-place, the board and her stay say she must move',
    { timeout: 180_000 },
    async () => {
      const { context, page } = await havn.openPage();
      await loginThroughUi(page, havn.baseUrl, 'koordinator.trondheim');
      await startShift(page, havn.baseUrl);
      await fillTheWomensCentre(page);

      // The women's centre is full: the apartment for men with children is offered, on its terms.
      await findPlaceFor(page, 'Kvinne', []);
      const offered = page.getByRole('button', { name: /^Tildel plass 1:/ });
      expect(await offered.getAttribute('aria-label')).toBe(
        'Tildel plass 1: Leilighet for menn med barn',
      );
      await page.getByText('Vilkår: må flytte raskt ut når en mann trenger plassen.').waitFor();
      await offered.click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Alias', { exact: true }).fill('Rosa');
      await dialog.getByRole('button', { name: 'Tildel plass', exact: true }).click();
      await page.getByText('Rosa har fått plass.').waitFor();
      const card = page.locator('.havn-unit-card', { hasText: 'Leilighet for menn med barn' });
      // A household has the apartment as a whole: its empty beds are nobody else's.
      await card.getByText('0 av 4 senger ledige').waitFor();
      await card
        .getByText('3 tomme senger kan ikke tilbys: én husstand har hele enheten.')
        .waitFor();

      // A father with a four-year-old: nothing else fits him. The search says who must move.
      await findPlaceFor(page, 'Mann', [4]);
      await page.getByText('Ingen plasser passer i kveld.', { exact: false }).waitFor();
      const found = page.getByRole('region', { name: 'Plasser som må frigjøres' });
      await found
        .getByText('Leilighet for menn med barn er opptatt: Rosa bor der som overgangsbolig', {
          exact: false,
        })
        .waitFor();
      await found
        .getByText('finn en annen plass til henne og flytt henne', { exact: false })
        .waitFor();
      await expectNoAxeViolations(page);

      // The board keeps saying so, naming her, with a link to her stay.
      await page.goto(`${havn.baseUrl}/capacity`);
      const alerts = page.getByRole('region', { name: 'Varsler' });
      await alerts
        .getByText('Rosa bor i Leilighet for menn med barn som overgangsbolig og må flytte', {
          exact: false,
        })
        .waitFor();
      await expectNoAxeViolations(page);
      await alerts.getByRole('link', { name: 'Åpne oppholdet til Rosa' }).click();

      // Her stay page: she lives there as a transition home, and since when a man needs it.
      await expect.poll(() => heading(page)).toBe('Rosa');
      await page
        .getByText(
          'Bor i mannsleiligheten som overgangsbolig: må flytte når en mann trenger plassen.',
        )
        .waitFor();
      await page
        .getByText(/^En mann trenger plassen \(meldt \d\d\.\d\d\.\d{4} \d\d:\d\d\)/)
        .waitFor();
      await expectNoAxeViolations(page);

      // The residents list says it too.
      await page.goto(`${havn.baseUrl}/stays`);
      const row = page.getByRole('row', { name: /Rosa/ });
      await row.getByText('Bor i mannsleiligheten som overgangsbolig', { exact: false }).waitFor();
      await row.getByText('En mann trenger plassen (meldt', { exact: false }).waitFor();
      await expectNoAxeViolations(page);

      // One of the women leaves: «Registrer avreise» on the board is the departure registration.
      await page.goto(`${havn.baseUrl}/capacity`);
      await page.getByRole('button', { name: 'Registrer avreise: Gjest 1', exact: true }).click();
      const departure = page.getByRole('dialog', { name: 'Registrer avreise: Gjest 1' });
      await departure.getByLabel('Hvor dro hun?').selectOption('new_own_home');
      await departure.getByLabel('Hvorfor ble oppholdet avsluttet?').selectOption('planned');
      await expectNoAxeViolations(page);
      await departure.getByRole('button', { name: 'Registrer avreisen' }).click();
      await departure.getByText('Avreisen er registrert.', { exact: false }).waitFor();
      await departure.getByRole('button', { name: 'Lukk dialogvinduet' }).click();
      await page.getByText('Avreisen for Gjest 1 er registrert.', { exact: false }).waitFor();
      expect(await page.locator('li.havn-bed', { hasText: 'Gjest 1' }).count()).toBe(0);
      await context.close();
    },
  );
});
