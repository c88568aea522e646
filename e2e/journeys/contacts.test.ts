import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, heading } from '../support/browser.ts';
import { useJourney } from '../support/journey.ts';
import { loginThroughUi } from '../support/login.ts';
import { syntheticNationalId } from '../../packages/server/test/national-id.ts';

const havn = useJourney();

/** What the focused element is called: a field's label, else its aria-label or text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return null;
    if (
      el instanceof HTMLInputElement ||
      el instanceof HTMLTextAreaElement ||
      el instanceof HTMLSelectElement
    ) {
      return el.labels?.[0]?.textContent?.trim() ?? null;
    }
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });

/** Presses `key` (Tab, by default) until the element called `name` has focus. */
async function moveTo(page: Page, name: string, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press(key);
  }
  throw new Error(`"${name}" never got focus (last: "${await focusedName(page)}")`);
}

const isChecked = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.checked ?? null);

/** One count on the contacts page: "I dag" or "Hele <month>", "Kontakter" or "Enesamtaler …". */
const count = (page: Page, period: string | RegExp, figure: string) =>
  page
    .locator('.havn-counts__period')
    .filter({ has: page.getByRole('heading', { name: period }) })
    .locator('dt', { hasText: figure })
    .locator('+ dd')
    .textContent();

const logEntries = (page: Page): Locator =>
  page.getByRole('list', { name: 'Kontaktlogg' }).getByRole('listitem');

async function startShiftFromBanner(page: Page): Promise<void> {
  const banner = page.getByRole('banner');
  await banner.getByText('Ikke på vakt').waitFor();
  await banner.getByRole('button', { name: 'Start vakt' }).click();
  await expect
    .poll(() => banner.getByRole('status').textContent())
    .toMatch(/^På vakt siden \d\d:\d\d$/);
}

describe('the contact log', () => {
  it(
    'lets a night watch on shift log calls from the keyboard, linked or anonymous, with drafts kept on the server',
    { timeout: 240_000 },
    async () => {
      const { context, page } = await havn.openPage();
      await loginThroughUi(page, havn.baseUrl, 'nattevakt');

      // Off shift: the pages say why person records are out of reach.
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Kontakter og dagbrukere' })
        .click();
      await expect.poll(() => heading(page)).toBe('Kontakter og dagbrukere');
      expect(await page.title()).toBe('Kontakter og dagbrukere – Havn');
      await page
        .getByText('Du er ikke på vakt. Start vakten for å se personer og kontakter.')
        .waitFor();
      await page.getByText('Ingen kontakter i denne perioden.').waitFor();
      await expectNoAxeViolations(page);

      await startShiftFromBanner(page);
      await expect
        .poll(() => page.getByText('Du er ikke på vakt.', { exact: false }).count())
        .toBe(0);
      await expectNoAxeViolations(page);

      // 1. An anonymous call, keyboard only: Alt+N, arrows, Tab, Space, Enter.
      const started = Date.now();
      await page.keyboard.press('Alt+KeyN');
      const dialog = page.getByRole('dialog', { name: 'Logg kontakt' });
      await dialog.waitFor();
      // The clock starts when the form opens, on the first choice: a phone call (the default).
      await expect.poll(() => focusedName(page)).toBe('Telefon');
      expect(await isChecked(page)).toBe(true);
      expect(await dialog.getByText(/^Skjemaet ble åpnet kl\. \d\d:\d\d\./).isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await focusedName(page)).toBe('Personen selv');
      expect(await isChecked(page)).toBe(true);
      await moveTo(page, 'Psykisk vold');
      await page.keyboard.press('Space');
      await moveTo(page, 'Digital vold');
      await page.keyboard.press('Space');
      await moveTo(page, 'Middels');
      await page.keyboard.press('ArrowRight');
      expect(await focusedName(page)).toBe('Høy');
      expect(await isChecked(page)).toBe(true);
      await page.keyboard.press('Tab');
      expect(await focusedName(page)).toBe('Råd og veiledning');
      await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      await page.getByText(/^Kontakten er logget kl\. \d\d:\d\d/).waitFor();
      expect(Date.now() - started).toBeLessThan(30_000);
      // Ready for the next call.
      expect(await focusedName(page)).toBe('Logg kontakt');

      const first = logEntries(page).first();
      await expect.poll(() => first.getByRole('heading').textContent()).toMatch(/Telefon$/);
      const firstText = await first.textContent();
      expect(firstText).toContain('Anonym');
      expect(firstText).toContain('Psykisk vold, Digital vold');
      expect(firstText).toContain('Hastegrad: Høy');
      expect(firstText).toContain('Råd og veiledning');
      expect(firstText).toContain('Nils Nattevakt (demo)');
      await expect.poll(() => count(page, 'I dag', 'Kontakter')).toBe('1');
      expect(await count(page, 'I dag', 'Enesamtaler på telefon')).toBe('0');
      await expectNoAxeViolations(page);

      // 2. A one-to-one phone conversation needs a known user: the form says so at the person.
      await page.keyboard.press('Alt+KeyN');
      await dialog.waitFor();
      await expect.poll(() => focusedName(page)).toBe('Telefon');
      await expectNoAxeViolations(page);
      await moveTo(page, 'Psykisk vold');
      await page.keyboard.press('Space');
      await moveTo(page, 'Sikkerhetsplan');
      await page.keyboard.press('Space');
      await moveTo(page, 'Enesamtale på telefon');
      await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
      await dialog
        .getByText('En enesamtale på telefon er med en kjent bruker', { exact: false })
        .waitFor();
      // The field in error has focus: the button that links a person.
      await expect.poll(() => focusedName(page)).toBe('Koble til person');
      await expectNoAxeViolations(page);

      // Link a new person, registered with just an alias.
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedName(page)).toBe('Søk etter navn eller alias');
      await page.keyboard.type('Sjøstjerne');
      await dialog.getByText('Ingen treff. Registrer personen under.').waitFor();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Tab');
      expect(await focusedName(page)).toBe('Eller registrer en ny person med alias');
      await page.keyboard.type('Sjøstjerne');
      await page.keyboard.press('Enter');
      await dialog.getByText('Koblet til Sjøstjerne.').waitFor();
      await expectNoAxeViolations(page);
      await moveTo(page, 'Enesamtale på telefon');
      expect(await isChecked(page)).toBe(true);
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => dialog.isVisible()).toBe(false);

      await expect.poll(() => first.textContent()).toContain('Sjøstjerne');
      expect(await first.getByText('Enesamtale på telefon').isVisible()).toBe(true);
      expect(await first.getByRole('link', { name: 'Sjøstjerne' }).isVisible()).toBe(true);
      await expect.poll(() => count(page, 'I dag', 'Enesamtaler på telefon')).toBe('1');
      expect(await count(page, 'I dag', 'Kontakter')).toBe('2');
      expect(await count(page, /^Hele /, 'Enesamtaler på telefon')).toBe('1');
      expect(await logEntries(page).count()).toBe(2);
      await expectNoAxeViolations(page);

      // The filters: only walk-ins, then every channel again.
      await page.getByLabel('Kanal', { exact: true }).selectOption('walk_in');
      await page.getByText('Ingen kontakter i denne perioden.').waitFor();
      await page.getByLabel('Kanal', { exact: true }).selectOption('');
      await expect.poll(() => logEntries(page).count()).toBe(2);

      // 3. A closed tab loses nothing: the draft is on the server, and offered after a reload.
      await page.keyboard.press('Alt+KeyN');
      await dialog.waitFor();
      await expect.poll(() => focusedName(page)).toBe('Telefon');
      await page.keyboard.press('ArrowRight');
      expect(await focusedName(page)).toBe('Oppmøte');
      await moveTo(page, 'Seksuell vold');
      await page.keyboard.press('Space');
      await moveTo(page, 'Notater');
      await page.keyboard.type('Kom alene, ville snakke om eksen.');
      const openedAt = async () =>
        (await dialog.getByText(/^Skjemaet ble åpnet kl\./).textContent())?.match(
          /kl\. (\d\d:\d\d)/,
        )?.[1];
      const openedTime = await openedAt();
      await dialog.getByText(/^Utkast lagret kl\. \d\d:\d\d\.$/).waitFor();
      await page.reload();
      await expect.poll(() => heading(page)).toBe('Kontakter og dagbrukere');
      const offer = page.getByText(/^Du har en uferdig kontakt fra \d\d:\d\d\.$/);
      await offer.waitFor();
      expect(await offer.textContent()).toBe(`Du har en uferdig kontakt fra ${openedTime}.`);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: /^Fortsett kontakten fra / }).click();
      await dialog.waitFor();
      // Restored, with the clock still counting from when the form first opened.
      expect(await dialog.getByRole('radio', { name: 'Oppmøte' }).isChecked()).toBe(true);
      expect(await dialog.getByRole('checkbox', { name: 'Seksuell vold' }).isChecked()).toBe(true);
      expect(await dialog.getByLabel('Notater').inputValue()).toBe(
        'Kom alene, ville snakke om eksen.',
      );
      expect(await openedAt()).toBe(openedTime);
      // Nothing is kept in the browser's own storage (but the language, when chosen).
      expect(
        await page.evaluate(() => [
          ...Object.keys(window.localStorage).filter((key) => key !== 'havn.language'),
          ...Object.keys(window.sessionStorage),
        ]),
      ).toEqual([]);
      await expectNoAxeViolations(page);
      await dialog.getByRole('checkbox', { name: 'Informasjon' }).check();
      await dialog.getByRole('button', { name: 'Logg kontakten' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      await expect.poll(() => logEntries(page).count()).toBe(3);
      expect(await logEntries(page).first().getByRole('heading').textContent()).toMatch(/Oppmøte$/);
      // Logged with its draft id: the draft is gone from the server.
      await page.reload();
      await expect.poll(() => logEntries(page).count()).toBe(3);
      expect(await page.getByText(/^Du har en uferdig kontakt/).count()).toBe(0);

      // The notes open on request only.
      await logEntries(page).first().getByRole('button', { name: 'Vis notater' }).click();
      await logEntries(page).first().getByText('Kom alene, ville snakke om eksen.').waitFor();

      // A correction: the same fields, from the keyboard, saved at the version read.
      await logEntries(page)
        .first()
        .getByRole('button', { name: /^Endre kontakten fra / })
        .click();
      const editDialog = page.getByRole('dialog', { name: 'Endre kontakt' });
      await editDialog.waitFor();
      expect(await editDialog.getByRole('radio', { name: 'Oppmøte' }).isChecked()).toBe(true);
      await expectNoAxeViolations(page);
      await editDialog.getByRole('radio', { name: 'Akutt' }).focus();
      await page.keyboard.press('Space');
      await editDialog.getByLabel('Varighet i minutter').fill('35');
      await editDialog.getByRole('button', { name: 'Lagre endringene' }).click();
      await expect.poll(() => editDialog.isVisible()).toBe(false);
      await page.getByText('Kontakten er endret.').waitFor();
      await expect.poll(() => logEntries(page).first().textContent()).toContain('Hastegrad: Akutt');
      expect(await logEntries(page).first().textContent()).toContain('35 minutter');
      await expectNoAxeViolations(page);

      // The person linked: their page, while on shift.
      await page.getByRole('link', { name: 'Sjøstjerne' }).click();
      await expect.poll(() => heading(page)).toBe('Sjøstjerne');
      expect(new URL(page.url()).pathname).toMatch(/^\/people\/[0-9a-f-]{36}$/);
      // The name stays out of the title, which the browser keeps in its history.
      expect(await page.title()).toBe('Person – Havn');
      await expectNoAxeViolations(page);

      // Off shift the record is out of reach, and the page says why.
      await page.getByRole('banner').getByRole('button', { name: 'Avslutt vakt' }).click();
      await page
        .getByText(
          'Du er ikke på vakt, og du er ikke primærkontakt. Start vakten, eller spør primærkontakten.',
        )
        .waitFor();
      expect(await heading(page)).toBe('Person');
      await expectNoAxeViolations(page);
      await context.close();
    },
  );

  it('fits a phone: the form fills the screen and nothing scrolls sideways', async () => {
    const { context, page } = await havn.openPage({ width: 375 });
    await loginThroughUi(page, havn.baseUrl, 'koordinator');
    await page.goto(`${havn.baseUrl}/contacts`);
    await expect.poll(() => heading(page)).toBe('Kontakter og dagbrukere');
    await page.getByRole('button', { name: 'Logg kontakt', exact: true }).waitFor();
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Logg kontakt', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Logg kontakt' });
    await dialog.waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    const box = await dialog.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(370);
    // Off shift a person cannot be linked: the form says so instead of offering a search.
    await dialog
      .getByText('Du må være på vakt for å koble til en person.', { exact: false })
      .waitFor();
    await expectNoAxeViolations(page);
    // Closing with nothing typed leaves no draft to offer.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.getByText(/^Du har en uferdig kontakt/).count()).toBe(0);

    // Closing after typing keeps it as a draft, offered until it is logged or thrown away.
    await page.getByRole('button', { name: 'Logg kontakt', exact: true }).click();
    await dialog.waitFor();
    await dialog.getByRole('checkbox', { name: 'Latent vold (trusler, frykt)' }).check();
    await dialog.getByText(/^Utkast lagret kl\. \d\d:\d\d\.$/).waitFor();
    await dialog.getByRole('button', { name: /^Lukk skjemaet/ }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.getByText(/^Du har en uferdig kontakt fra \d\d:\d\d\.$/).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /^Forkast kontakten fra / }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ja, forkast' }).click();
    await expect.poll(() => page.getByText(/^Du har en uferdig kontakt/).count()).toBe(0);
    await page.reload();
    await page.getByText('Ingen kontakter i denne perioden.').waitFor();
    expect(await page.getByText(/^Du har en uferdig kontakt/).count()).toBe(0);
    await context.close();
  });
});

describe('people and partners', () => {
  it(
    'lets the unit leader register people, see duplicates, add a child, edit with conflicts, merge, and keep the partner register',
    { timeout: 240_000 },
    async () => {
      const { context, page } = await havn.openPage();
      await loginThroughUi(page, havn.baseUrl, 'enhetsleder');
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Personer' })
        .click();
      await expect.poll(() => heading(page)).toBe('Personer');
      // The unit leader reaches every record, shift or not: no notice.
      expect(await page.getByText('Du er ikke på vakt.', { exact: false }).count()).toBe(0);
      await expectNoAxeViolations(page);

      // A national id with wrong check digits: the server's verdict, on the field.
      await page.getByRole('link', { name: 'Registrer person' }).click();
      await expect.poll(() => heading(page)).toBe('Registrer person');
      await page.getByLabel('Fornavn', { exact: true }).fill('Sara');
      await page.getByLabel('Etternavn', { exact: true }).fill('Berg');
      await page.getByLabel('Fødselsdato', { exact: true }).fill('1990-05-01');
      await page.getByLabel('Fødselsnummer eller D-nummer').fill('01059012345');
      await page.getByRole('radio', { name: 'Strengt fortrolig adresse' }).check();
      await page.getByLabel('Gateadresse', { exact: true }).fill('Skjult vei 1');
      await page.getByRole('button', { name: 'Registrer', exact: true }).click();
      await page.getByText('Fødselsnummeret er ikke gyldig. Sjekk sifrene.').waitFor();
      expect(await focusedName(page)).toBe('Fødselsnummer eller D-nummer');
      await expectNoAxeViolations(page);
      const saraNumber = syntheticNationalId('010590');
      await page.getByLabel('Fødselsnummer eller D-nummer').fill(saraNumber);
      await page.getByRole('button', { name: 'Registrer', exact: true }).click();
      await expect.poll(() => heading(page)).toBe('Sara Berg');
      await page.getByText('Personen er registrert.').waitFor();
      expect(await page.getByText('Skjult vei 1').isVisible()).toBe(true);
      const saraUrl = page.url();
      // No digit of the number is shown: it is registered, and staff confirm it by typing it.
      await page.getByText('Fødselsnummer registrert').waitFor();
      expect(await page.locator('main').textContent()).not.toContain(saraNumber.slice(-4));
      await page.getByLabel('Bekreft fødselsnummeret').fill(syntheticNationalId('020590'));
      await page.getByRole('button', { name: 'Bekreft', exact: true }).click();
      await page.getByText('Nummeret stemmer ikke med det som er registrert.').waitFor();
      await page.getByLabel('Bekreft fødselsnummeret').fill(saraNumber);
      await page.getByRole('button', { name: 'Bekreft', exact: true }).click();
      await page.getByText('Nummeret stemmer med det som er registrert.').waitFor();
      await expectNoAxeViolations(page);

      // The same name and birth date again: possible duplicates first, then "someone else".
      await page.goto(`${havn.baseUrl}/people/new`);
      await expect.poll(() => heading(page)).toBe('Registrer person');
      await page.getByLabel('Fornavn', { exact: true }).fill('Sara');
      await page.getByLabel('Etternavn', { exact: true }).fill('Berg');
      await page.getByLabel('Fødselsdato', { exact: true }).fill('1990-05-01');
      await page.getByRole('button', { name: 'Registrer', exact: true }).click();
      await page
        .getByRole('heading', { name: 'Kan dette være en som er registrert fra før?' })
        .waitFor();
      expect(await page.getByRole('link', { name: 'Sara Berg' }).isVisible()).toBe(true);
      expect(await page.getByText('lignende navn og samme fødselsdato').isVisible()).toBe(true);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Dette er en annen person – registrer' }).click();
      await page.getByText('Personen er registrert.').waitFor();
      expect(page.url()).not.toBe(saraUrl);

      // A child, registered from the adult's page and linked to them.
      await page.getByRole('link', { name: 'Legg til barn' }).click();
      await expect.poll(() => heading(page)).toBe('Registrer barn');
      await page.getByText('Barnet knyttes til Sara Berg.').waitFor();
      await page.getByLabel('Alias', { exact: true }).fill('Lillebror');
      await page.getByRole('button', { name: 'Registrer', exact: true }).click();
      await page.getByText('Lillebror er registrert som barn av denne personen.').waitFor();
      const children = page.getByRole('region', { name: 'Barn' });
      // The adult's record is fetched again after the save: wait for it rather than look once.
      await children.getByRole('link', { name: 'Lillebror' }).waitFor();
      await expectNoAxeViolations(page);

      // Editing while someone else saved first: 409, the latest is shown, then it saves.
      await page.getByRole('button', { name: 'Endre opplysningene' }).click();
      await page.getByLabel('Alias', { exact: true }).fill('Sol');
      await havn.ctx.database.db
        .updateTable('persons')
        .set((eb) => ({ version: eb('version', '+', 1) }))
        .where('id', '=', new URL(page.url()).pathname.split('/').pop()!)
        .execute();
      await page.getByRole('button', { name: 'Lagre endringene' }).click();
      await page
        .getByText('Noen andre har endret personen i mellomtiden.', { exact: false })
        .waitFor();
      await expectNoAxeViolations(page);
      await page.getByLabel('Alias', { exact: true }).fill('Sol');
      await page.getByRole('button', { name: 'Lagre endringene' }).click();
      await page.getByText('Endringene er lagret.').waitFor();
      expect(await page.getByText('Sol', { exact: true }).isVisible()).toBe(true);

      // The first Sara is merged into this one.
      await page.getByLabel('Søk etter den andre registreringen').fill('Sara');
      await page.getByRole('button', { name: /^Slå sammen med Sara Berg/ }).click();
      await page.getByRole('button', { name: 'Ja, slå sammen' }).click();
      await page.getByText('Registreringene er slått sammen.').waitFor();
      // The address came over from the merged record.
      await expect.poll(() => page.getByText('Skjult vei 1').isVisible()).toBe(true);
      await page.goto(saraUrl);
      await page.getByText('Denne registreringen er slått sammen med en annen.').waitFor();
      await expectNoAxeViolations(page);

      // A child already registered is linked to another adult too: a step-father who came later.
      await page.goto(`${havn.baseUrl}/people/new`);
      await expect.poll(() => heading(page)).toBe('Registrer person');
      await page.getByLabel('Fornavn', { exact: true }).fill('Per');
      await page.getByLabel('Etternavn', { exact: true }).fill('Stefar');
      await page.getByRole('button', { name: 'Registrer', exact: true }).click();
      await expect.poll(() => heading(page)).toBe('Per Stefar');
      await page.getByRole('button', { name: 'Koble til et barn som er registrert' }).click();
      const linkForm = page.getByRole('region', { name: 'Koble til et barn' });
      await linkForm.waitFor();
      await expectNoAxeViolations(page);
      await linkForm.getByLabel('Søk etter barnet').fill('Lille');
      await linkForm.getByRole('button', { name: 'Velg Lillebror' }).click();
      await linkForm.getByLabel('Relasjon til barnet').selectOption({ label: 'Steforelder' });
      await linkForm.getByRole('button', { name: 'Koble til barnet' }).click();
      await page.getByText('Lillebror er koblet til.').waitFor();
      await page
        .getByRole('region', { name: 'Barn' })
        .getByRole('link', { name: 'Lillebror' })
        .waitFor();
      await expectNoAxeViolations(page);
      await page
        .getByRole('region', { name: 'Barn' })
        .getByRole('link', { name: 'Lillebror' })
        .click();
      const adults = page.getByRole('region', { name: 'Voksne' });
      await adults.getByRole('link', { name: 'Per Stefar' }).waitFor();
      expect(await adults.getByRole('listitem').count()).toBe(2);

      // Search: by POST, so the name is never in the address.
      await page.goto(`${havn.baseUrl}/people`);
      await page.getByRole('searchbox', { name: 'Søk etter navn eller alias' }).fill('lille');
      await page.getByRole('link', { name: 'Lillebror' }).waitFor();
      expect(page.url()).toBe(`${havn.baseUrl}/people`);
      await expectNoAxeViolations(page);

      // The partner register, grouped by type; the unit leader adds a service.
      await page.goto(`${havn.baseUrl}/contacts/partners`);
      await expect.poll(() => heading(page)).toBe('Samarbeidspartnere');
      const nav = page.getByRole('region', { name: 'NAV' });
      await nav.getByRole('heading', { name: 'NAV Bergenhus' }).waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Legg til samarbeidspartner' }).click();
      const dialog = page.getByRole('dialog', { name: 'Ny samarbeidspartner' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Legg til', exact: true }).click();
      await dialog.getByText('Velg hva slags tjeneste det er.').waitFor();
      await expectNoAxeViolations(page);
      await dialog.getByLabel('Type tjeneste').selectOption('violence_coordinator');
      await dialog.getByLabel('Navn', { exact: true }).fill('Voldskoordinator i Bergen');
      await dialog.getByLabel('Telefon').fill('55 00 00 09');
      await dialog.getByRole('button', { name: 'Legg til', exact: true }).click();
      await page.getByText('Voldskoordinator i Bergen er lagt til.').waitFor();
      const group = page.getByRole('region', { name: 'Voldskoordinator' });
      expect(await group.getByRole('link', { name: '55 00 00 09' }).getAttribute('href')).toBe(
        'tel:55000009',
      );
      await expectNoAxeViolations(page);
      await context.close();
    },
  );
});
