import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, heading } from '../support/browser.ts';
import { useJourney } from '../support/journey.ts';
import { demoPerson } from '../../packages/server/src/demo/demo-person.ts';
import { loginThroughUi } from '../support/login.ts';

const havn = useJourney();
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));

const stepHeading = (page: Page) => page.locator('#intake-step-heading');

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: `${artifacts}intake-${name}.png`, fullPage: true });
}

/** Waits for a step, checks it with axe, and keeps a screenshot. */
async function atStep(page: Page, name: string, file: string): Promise<void> {
  await expect.poll(() => stepHeading(page).textContent()).toBe(name);
  await expectNoAxeViolations(page);
  await shot(page, file);
}

/**
 * After a protection step is saved: the wizard moves on by itself, or (when the protection form
 * was replaced before it could say so) the step offers "Gå videre".
 */
async function onwardFrom(page: Page, next: string): Promise<void> {
  const onward = page.getByRole('button', { name: 'Gå videre' });
  await expect
    .poll(async () => (await stepHeading(page).textContent()) === next || onward.isVisible())
    .toBe(true);
  if ((await stepHeading(page).textContent()) !== next) await onward.click();
}

async function registerChild(page: Page, alias: string, birthDate: string): Promise<void> {
  await page.getByLabel('Alias eller fornavn', { exact: true }).fill(alias);
  await page.getByLabel('Fødselsdato', { exact: true }).fill(birthDate);
  await page.getByRole('button', { name: 'Legg til barnet' }).click();
  await page.getByRole('button', { name: `Fjern ${alias}` }).waitFor();
}

describe('intake', () => {
  it(
    'turns a phone call at night into an intake for a mother with two children and a bed; the next morning a journal note and a §6 concern',
    { timeout: 480_000 },
    async () => {
      const { page } = await havn.openPage();
      await loginThroughUi(page, havn.baseUrl, 'nattevakt');
      const banner = page.getByRole('banner');
      await page.goto(`${havn.baseUrl}/contacts`);
      await banner.getByRole('button', { name: 'Start vakt' }).click();
      await expect
        .poll(() => page.getByText('Du er ikke på vakt.', { exact: false }).count())
        .toBe(0);

      // The phone rings: the call is logged and linked to the caller, registered by alias.
      await page.getByRole('button', { name: 'Logg kontakt', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Logg kontakt' });
      await dialog.waitFor();
      await dialog.getByRole('checkbox', { name: 'Fysisk vold' }).check();
      await dialog.getByRole('checkbox', { name: 'Tvangsekteskap' }).check();
      await dialog.getByRole('radio', { name: 'Akutt' }).check();
      await dialog.getByRole('checkbox', { name: 'Inntak planlagt' }).check();
      await dialog.getByRole('button', { name: 'Koble til person' }).click();
      await dialog.getByLabel('Søk etter navn eller alias').fill('Solveig');
      await dialog.getByText('Ingen treff. Registrer personen under.').waitFor();
      await dialog.getByLabel('Eller registrer en ny person med alias').fill('Solveig');
      await dialog.getByLabel('Eller registrer en ny person med alias').press('Enter');
      await dialog.getByText('Koblet til Solveig.').waitFor();
      await dialog.getByRole('button', { name: 'Logg kontakten' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);

      // "Start inntak" on the logged contact: the person and the topics come along.
      await page
        .getByRole('button', { name: /^Start inntak fra kontakten kl\. / })
        .first()
        .click();
      await expect.poll(() => heading(page)).toBe('Inntak');
      expect(await page.title()).toBe('Inntak – Havn');
      await atStep(page, 'Samtykke', 'consent');

      // The household first: the two children are registered in the flow.
      await page.getByRole('link', { name: /^1\. Husstand/ }).click();
      await atStep(page, 'Husstand', 'household-empty');
      await registerChild(page, 'Tiril', '2018-03-14');
      await registerChild(page, 'Even', '2024-06-02');
      // Even taken off by mistake and typed again: the step offers his record, not a second one.
      await page.getByRole('button', { name: 'Fjern Even' }).click();
      await page.getByText('Tiril').first().waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Fjern Even' }).count()).toBe(0);
      await page.getByLabel('Alias eller fornavn', { exact: true }).fill('Even');
      await page.getByLabel('Fødselsdato', { exact: true }).fill('2024-06-02');
      await page.getByRole('button', { name: 'Legg til barnet' }).click();
      await page
        .getByRole('heading', { name: 'Kan dette være en som er registrert fra før?' })
        .waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Bruk Even', exact: true }).click();
      await page.getByRole('button', { name: 'Fjern Even' }).waitFor();
      const evens = await havn.ctx.database.db
        .selectFrom('persons')
        .select('id')
        .where('alias', '=', 'Even')
        .execute();
      expect(evens).toHaveLength(1);
      await expectNoAxeViolations(page);
      await shot(page, 'household');
      await page.getByRole('button', { name: 'Gå videre' }).click();

      // Consent: an active choice — nothing is chosen beforehand, and saving without one says so.
      await atStep(page, 'Samtykke', 'consent');
      const registration = page.getByRole('group', {
        name: 'Samtykker til å bli registrert med navn',
      });
      for (const answer of ['Ja', 'Nei'])
        expect(await registration.getByRole('radio', { name: answer }).isChecked()).toBe(false);
      for (const recipient of ['Hjemkommunen', 'NAV', 'Politiet'])
        expect(await page.getByRole('checkbox', { name: recipient }).isChecked()).toBe(false);
      await page.getByRole('button', { name: 'Lagre og gå videre' }).click();
      await page
        .getByText('Velg om personen samtykker til å bli registrert med navn.', { exact: false })
        .waitFor();
      expect(await stepHeading(page).textContent()).toBe('Samtykke');
      await expectNoAxeViolations(page);
      await shot(page, 'consent-unchosen');
      // Registered, shared with the home municipality only, orally.
      await registration.getByRole('radio', { name: 'Ja' }).check();
      await page.getByRole('checkbox', { name: 'Hjemkommunen' }).check();
      await page.getByRole('button', { name: 'Lagre og gå videre' }).click();

      // Eligibility: the contact's topics are the suggestion; Bergen is inside the cooperation.
      await atStep(page, 'Målgruppe og vurdering', 'eligibility');
      expect(await page.getByRole('checkbox', { name: 'Vold i nære relasjoner' }).isChecked()).toBe(
        true,
      );
      expect(await page.getByRole('checkbox', { name: 'Tvangsekteskap' }).isChecked()).toBe(true);
      // The home municipality by name: a name not in the register is marked, Bergen is picked.
      const home = page.getByLabel('Hjemkommune', { exact: true }).and(page.locator('input'));
      await home.fill('Bergn');
      await page.getByRole('button', { name: 'Lagre og gå videre' }).click();
      await page
        .getByText('Fant ingen kommune som heter eller har nummeret «Bergn».', { exact: false })
        .waitFor();
      expect(await home.getAttribute('aria-invalid')).toBe('true');
      await expectNoAxeViolations(page);
      await home.clear();
      await home.click();
      await home.pressSequentially('Bergen');
      await page.getByRole('option', { name: 'Bergen (4601)' }).click();
      await expect.poll(() => home.inputValue()).toBe('Bergen (4601)');
      await expectNoAxeViolations(page);
      await shot(page, 'eligibility-municipality');
      await page.getByRole('button', { name: 'Lagre og gå videre' }).click();

      // Help needs: an answer for every area; the missing one is pointed out first.
      await atStep(page, 'Hjelpebehov', 'help-needs');
      await page.getByRole('button', { name: 'Lagre og gå videre' }).click();
      await page.getByText('Velg et svar.').first().waitFor();
      await expectNoAxeViolations(page);
      for (const area of [
        'Bolig',
        'Økonomi og gjeld',
        'Helse',
        'Psykisk helse',
        'Rus',
        'Oppholdsstatus',
        'Arbeid og skole',
        'Juridisk hjelp',
        'Barnas behov',
        'Språk og tolk',
      ]) {
        const group = page.getByRole('group', { name: area, exact: true });
        await group.getByRole('radio', { name: area === 'Bolig' ? 'Stort' : 'Noe' }).check();
      }
      await page.getByRole('button', { name: 'Lagre og gå videre' }).click();

      // Threats and protection (the protection module's step): every item, now and earlier.
      await atStep(page, 'Trusler og beskyttelse', 'threats');
      const items = page.locator('ol.havn-protection__items > li');
      await items.first().waitFor();
      for (const item of await items.all()) {
        for (const when of ['Nå', 'Tidligere'])
          await item
            .getByRole('group', { name: when, exact: true })
            .getByRole('radio', { name: 'Nei', exact: true })
            .check();
      }
      await page
        .getByRole('group', { name: 'Din samlede vurdering av risikoen' })
        .getByRole('radio', { name: 'Høy', exact: true })
        .check();
      await page.getByLabel('Begrunnelse', { exact: true }).fill('Trusler om tvangsekteskap.');
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Lagre vurderingen' }).click();
      await onwardFrom(page, 'Sikkerhetsplan');

      // The safety plan, written with her.
      await atStep(page, 'Sikkerhetsplan', 'safety-plan');
      await page.getByLabel('Ruter og transport', { exact: true }).fill('Taxi til skolen.');
      await page.getByRole('button', { name: 'Lagre sikkerhetsplanen' }).click();
      await onwardFrom(page, 'Primærkontakt');

      // The primary contact is the unit leader's to name: the night watch sees why, and goes on.
      await atStep(page, 'Primærkontakt', 'primary-contact');
      expect(await page.getByRole('combobox', { name: 'Primærkontakt', exact: true }).count()).toBe(
        0,
      );
      await page
        .getByText(/^Bare enhetslederen, eller den som er primærkontakt nå/)
        .first()
        .waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Lagre og gå videre' }).click();

      // Flags: forced marriage suspected → the IMDi task; the notice to the municipality.
      await atStep(page, 'Varsler og oppgaver', 'flags-before');
      await page.getByRole('checkbox', { name: 'Mistanke om tvangsekteskap' }).check();
      await page.getByRole('button', { name: 'Lagre', exact: true }).click();
      await page.getByText('Kontakt Kompetanseteamet mot tvangsekteskap (IMDi)').waitFor();
      await page.getByText('Varsle hjemkommunen', { exact: true }).waitFor();
      const notice = page.getByLabel('Teksten i varselet');
      await expect.poll(() => notice.textContent()).toContain('Til Bergen kommune');
      expect(await notice.textContent()).not.toContain('Solveig');
      await page.getByRole('button', { name: 'Registrer som sendt i dag' }).click();
      await page.getByText(/^Sendt .* av Nils Nattevakt \(demo\)$/).waitFor();
      // NAV was not consented to: no notice can be made.
      await page
        .getByText('Personen har ikke samtykket til dette varselet.', { exact: false })
        .waitFor();
      await expectNoAxeViolations(page);
      await shot(page, 'flags');
      await page.getByRole('button', { name: 'Gå videre' }).click();

      // The bed: find a place for the household and move in.
      await atStep(page, 'Seng og innflytting', 'bed');
      await page.getByRole('button', { name: 'Finn plass', exact: true }).click();
      await page.getByRole('heading', { name: 'Plasser som passer' }).waitFor();
      await page
        .getByRole('radio', { name: /^.+: senger / })
        .first()
        .check();
      await expectNoAxeViolations(page);
      await shot(page, 'bed-options');
      await page.getByRole('button', { name: 'Flytt inn og start oppholdet' }).click();
      await page.getByText('Oppholdet er startet.').first().waitFor();
      await page.getByText('Fullført – oppholdet er startet', { exact: false }).waitFor();
      await expectNoAxeViolations(page);
      await shot(page, 'done');

      // The board shows the family in their beds.
      await page.getByRole('link', { name: 'Se beleggstavla' }).first().click();
      await expect.poll(() => heading(page)).toBe('Plasser og belegg');
      for (const alias of ['Solveig', 'Tiril', 'Even'])
        await page.locator('li.havn-bed', { hasText: alias }).first().waitFor();
      await expectNoAxeViolations(page);
      await shot(page, 'board');

      // The list of intakes going on no longer holds it.
      await page.goto(`${havn.baseUrl}/intake`);
      await expect.poll(() => heading(page)).toBe('Inntak');
      await page.getByText('Ingen inntak pågår som du har tilgang til.').waitFor();
      await expectNoAxeViolations(page);

      // In the morning the unit leader names Kari and Berit, who work the stay from now on.
      const leader = (await havn.openPage()).page;
      await loginThroughUi(leader, havn.baseUrl, 'enhetsleder');
      await leader.goto(`${havn.baseUrl}/stays`);
      await leader.getByRole('link', { name: 'Åpne oppholdet til Solveig' }).click();
      await leader.getByRole('heading', { level: 1, name: 'Solveig' }).waitFor();
      // The home municipality typed in the intake is the stay's, and its agreement is Bergen's.
      await leader.getByText('Bergen (4601)', { exact: true }).waitFor();
      await leader.getByText('Etter avtalen med Bergen').waitFor();
      await leader.getByRole('button', { name: 'Endre primærkontakt' }).click();
      await leader.getByRole('combobox', { name: 'Primærkontakt', exact: true }).selectOption({
        label: 'Kari Koordinator (demo)',
      });
      await leader.getByRole('combobox', { name: 'Barneansvarlig', exact: true }).selectOption({
        label: 'Berit Barnekoordinator (demo)',
      });
      await leader.getByRole('button', { name: 'Lagre', exact: true }).click();
      await leader.getByText('Kari Koordinator (demo)', { exact: true }).first().waitFor();
      await expectNoAxeViolations(leader);

      // The next morning Kari, now Solveig's primary contact, works the stay without a shift.
      const morning = (await havn.openPage()).page;
      await loginThroughUi(morning, havn.baseUrl, 'koordinator');
      await morning.goto(`${havn.baseUrl}/stays`);
      await morning.getByRole('link', { name: 'Åpne oppholdet til Solveig' }).click();
      await morning.getByRole('heading', { level: 1, name: 'Solveig' }).waitFor();
      await morning.getByText('Innenfor avtalen').waitFor();
      await morning.getByLabel('Type notat').selectOption('conversation');
      await morning
        .getByLabel('Notat', { exact: true })
        .fill('Samtale om natten som var. Hun vil at barna skal fortsette på skolen.');
      await morning.getByRole('button', { name: 'Lagre notatet' }).click();
      await morning.getByText('Notatet er lagret.').waitFor();
      await morning
        .getByRole('list', { name: 'Journalnotater' })
        .getByText('Samtale om natten som var.', { exact: false })
        .waitFor();
      await expectNoAxeViolations(morning);

      // A §6 concern for one of the children, from the child's own page.
      await morning.getByRole('link', { name: 'Barnets side: Tiril' }).click();
      await expect.poll(() => heading(morning)).toBe('Barnets side');
      await morning.getByRole('button', { name: 'Registrer bekymring' }).click();
      await morning
        .getByLabel('Hva er du bekymret for?')
        .fill('Tiril forteller at hun har sett far slå mor mange ganger.');
      await morning.getByRole('button', { name: 'Registrer bekymringen' }).click();
      await morning.getByText('Bekymringen er registrert og venter på vurdering.').waitFor();
      await expectNoAxeViolations(morning);
      await shot(morning, 'morning-concern');
    },
  );
  it(
    'recognises a returning woman at registration without showing her earlier record, and starts the intake on it',
    { timeout: 240_000 },
    async () => {
      // Ingrid Haugen was registered two months ago and never had a case: a record of the past.
      const { db } = havn.ctx.database;
      const bergen = await db
        .selectFrom('centres')
        .select('id')
        .where('slug', '=', 'bergen')
        .executeTakeFirstOrThrow();
      const earlier = await db.transaction().execute(async (tx) => {
        const id = await demoPerson(
          tx,
          bergen.id,
          new Date(Date.now() - 60 * 86_400_000),
          'Ingrid',
          'female',
          null,
        );
        await tx
          .updateTable('persons')
          .set({ alias: null, first_name: 'Ingrid', last_name: 'Haugen', birth_date: '1980-02-02' })
          .where('id', '=', id)
          .execute();
        return id;
      });
      const { page } = await havn.openPage();
      await loginThroughUi(page, havn.baseUrl, 'koordinator');
      await page.goto(`${havn.baseUrl}/people/new`);
      await page.getByRole('banner').getByRole('button', { name: 'Start vakt' }).click();
      await expect
        .poll(() => page.getByText('Du er ikke på vakt.', { exact: false }).count())
        .toBe(0);
      await page.getByLabel('Fornavn', { exact: true }).fill('Ingrid');
      await page.getByLabel('Etternavn', { exact: true }).fill('Haugen');
      await page.getByRole('button', { name: 'Registrer', exact: true }).click();
      await page
        .getByRole('heading', { name: 'Kan dette være en som er registrert fra før?' })
        .waitFor();
      await page
        .getByText(
          'Det finnes en tidligere registrering som passer (samme fulle navn). Du har ikke tilgang til den.',
        )
        .waitFor();
      // That it exists, and nothing of it: no link, no birth date.
      expect(await page.getByRole('link', { name: 'Ingrid Haugen' }).count()).toBe(0);
      expect(await page.locator('main').textContent()).not.toContain('1980');
      await expectNoAxeViolations(page);
      await page
        .getByRole('button', { name: 'Start inntak på den tidligere registreringen' })
        .click();
      await expect.poll(() => heading(page)).toBe('Inntak');
      const linked = await db
        .selectFrom('intakes')
        .select('id')
        .where('person_id', '=', earlier)
        .executeTakeFirst();
      expect(linked).toBeDefined();
      await expectNoAxeViolations(page);
    },
  );
});
