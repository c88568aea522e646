import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from '../../packages/server/src/demo/demo-staff.ts';
import { totpCode } from '../../packages/server/src/platform/auth/totp.ts';
import { havn as runHavn } from '../../packages/server/test/havn-process.ts';
import { expectNoAxeViolations, heading } from '../support/browser.ts';
import { useJourney } from '../support/journey.ts';
import { loginThroughUi, nextTotpCode } from '../support/login.ts';

const havn = useJourney();

/** The accessible name (label) of the element that has focus. */
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement ? (el.labels?.[0]?.textContent ?? null) : null;
  });

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
  await expect.poll(() => heading(page)).toBe('Logg inn');
  expect(new URL(page.url()).pathname).toBe('/login');
}

describe('logging in and the staff screen', () => {
  it('refuses a wrong password with a clear error, accessibly', async () => {
    const { context, page } = await havn.openPage();
    await page.goto(`${havn.baseUrl}/login`);
    await expect.poll(() => heading(page)).toBe('Logg inn');
    await page.keyboard.type('koordinator');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ikke-passordet');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe('Feil brukernavn eller passord.');
    expect(await heading(page)).toBe('Logg inn');
    // The password is cleared and has focus, ready for another try.
    expect(await focusedLabel(page)).toBe('Passord');
    expect(await page.getByLabel('Passord', { exact: true }).inputValue()).toBe('');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('logs a unit leader in by keyboard, back to the page asked for, with the staff listed', async () => {
    const { context, page } = await havn.openPage();

    // A page behind the login sends the user to log in first.
    await page.goto(`${havn.baseUrl}/staff`);
    await expect.poll(() => heading(page)).toBe('Logg inn');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.title()).toBe('Logg inn – Havn');
    expect(await focusedLabel(page)).toBe('Brukernavn');
    await expectNoAxeViolations(page);

    // Keyboard only: the first field has focus, Tab to the next, Enter submits.
    await page.keyboard.type('enhetsleder');
    await page.keyboard.press('Tab');
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');

    await expect.poll(() => heading(page)).toBe('Bekreft innloggingen');
    expect(await page.title()).toBe('Bekreft innloggingen – Havn');
    expect(await focusedLabel(page)).toBe('Kode fra autentiseringsappen');
    await expectNoAxeViolations(page);

    // The recovery code alternative is one button away, and back.
    await page.getByRole('button', { name: 'Bruk en gjenopprettingskode i stedet' }).click();
    expect(await focusedLabel(page)).toBe('Gjenopprettingskode');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Bruk koden fra autentiseringsappen i stedet' }).click();
    expect(await focusedLabel(page)).toBe('Kode fra autentiseringsappen');

    await page.keyboard.type(await nextTotpCode(havn.baseUrl, 'enhetsleder'));
    await page.keyboard.press('Enter');

    // Back where they were going: the staff screen.
    await expect.poll(() => heading(page)).toBe('Ansatte og tilganger');
    expect(new URL(page.url()).pathname).toBe('/staff');
    expect(await page.title()).toBe('Ansatte og tilganger – Havn');
    const header = page.getByRole('banner');
    expect(await header.getByText('Eva Enhetsleder (demo)').isVisible()).toBe(true);

    const table = page.getByRole('table', { name: /^Ansatte ved / });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(demoAccounts.length);
    for (const account of demoAccounts) {
      const row = rows.filter({ hasText: account.displayName });
      expect(await row.count()).toBe(1);
      // 2FA column: on for every demo account.
      expect(await row.locator('td').nth(4).textContent()).toBe('På');
      expect(await row.getByText('Aktiv', { exact: true }).isVisible()).toBe(true);
    }
    await expectNoAxeViolations(page);

    // The edit dialog for someone else, with the changes a unit leader may make.
    await page.getByRole('button', { name: 'Endre Nils Nattevakt (demo)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nils Nattevakt (demo)' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Politiattest kontrollert').inputValue()).toBe('2025-01-06');
    expect(await dialog.getByRole('button', { name: 'Deaktiver kontoen' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // Someone else changes Nils meanwhile: saving answers 409, and the dialog shows the latest.
    await havn.ctx.database.db
      .updateTable('staff_users')
      .set((eb) => ({ police_certificate_date: '2025-02-03', version: eb('version', '+', 1) }))
      .where('username', '=', 'nattevakt')
      .execute();
    await dialog.getByLabel('Taushetserklæring signert').fill('2025-03-01');
    await dialog.getByRole('button', { name: 'Lagre datoene' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toContain('Noen andre har endret dette i mellomtiden.');
    await expect
      .poll(() => dialog.getByLabel('Politiattest kontrollert').inputValue())
      .toBe('2025-02-03');
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Taushetserklæring signert').fill('2025-03-01');
    await dialog.getByRole('button', { name: 'Lagre datoene' }).click();
    await expect.poll(() => dialog.getByText('Datoene er lagret.').isVisible()).toBe(true);
    const nils = rows.filter({ hasText: 'Nils Nattevakt (demo)' });
    await expect.poll(() => nils.locator('td').nth(2).textContent()).toBe('01.03.2025');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // A forgotten password: a new activation code, shown once; the authenticator app stays.
    await page.getByRole('button', { name: 'Endre Øystein Økonomi (demo)' }).click();
    const finance = page.getByRole('dialog', { name: 'Øystein Økonomi (demo)' });
    await finance.waitFor();
    await finance.getByRole('button', { name: 'Nytt passord med aktiveringskode' }).click();
    await finance.getByRole('button', { name: 'Ja, lag ny kode' }).click();
    await expect.poll(() => finance.getByText(/^Ny aktiveringskode/).isVisible()).toBe(true);
    expect(await finance.locator('code').textContent()).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => finance.isVisible()).toBe(false);
    const oystein = rows.filter({ hasText: 'Øystein Økonomi (demo)' });
    await expect.poll(() => oystein.getByText('Ikke aktivert ennå').isVisible()).toBe(true);

    await logOut(page);
    // The session is gone: a page behind the login sends back to it.
    await page.goto(`${havn.baseUrl}/staff`);
    await expect.poll(() => heading(page)).toBe('Logg inn');
    await context.close();
  });

  it('tells of failed attempts after login, and changes the password from the account menu', async () => {
    const { context, page } = await havn.openPage();
    // Someone tries a wrong password: the next login says so.
    await page.goto(`${havn.baseUrl}/login`);
    await page.getByLabel('Brukernavn', { exact: true }).fill('ringevikar');
    await page.getByLabel('Passord', { exact: true }).fill('ikke-passordet');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    await loginThroughUi(page, havn.baseUrl, 'ringevikar');
    const notice = page.getByText(
      /^Det har vært 1 mislykket innloggingsforsøk på kontoen din siden/,
    );
    await notice.waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Jeg har sett det' }).click();
    await expect.poll(() => notice.count()).toBe(0);

    await page.getByRole('banner').getByRole('link', { name: 'Bytt passord' }).click();
    await expect.poll(() => heading(page)).toBe('Bytt passord');
    expect(await page.title()).toBe('Bytt passord – Havn');
    await expectNoAxeViolations(page);
    const password = 'fire lange ord ved sjøen';
    await page.getByLabel('Nåværende passord').fill('ikke-passordet');
    await page.getByLabel('Kode fra autentiseringsappen').fill('123456');
    await page.getByLabel('Nytt passord').fill(password);
    await page.getByLabel('Gjenta det nye passordet').fill(password);
    await page.getByRole('button', { name: 'Bytt passord' }).click();
    await expect.poll(() => page.getByText('Passordet du har nå, er feil.').isVisible()).toBe(true);
    expect(await focusedLabel(page)).toBe('Nåværende passord');
    await expectNoAxeViolations(page);
    await page.getByLabel('Nåværende passord').fill(demoPassword);
    await page
      .getByLabel('Kode fra autentiseringsappen')
      .fill(await nextTotpCode(havn.baseUrl, 'ringevikar'));
    await page.getByRole('button', { name: 'Bytt passord' }).click();
    await expect.poll(() => page.getByText('Passordet er byttet.').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await logOut(page);

    // The new password, and the code as before.
    await page.getByLabel('Brukernavn', { exact: true }).fill('ringevikar');
    await page.getByLabel('Passord', { exact: true }).fill(password);
    await page.keyboard.press('Enter');
    await page
      .getByLabel('Kode fra autentiseringsappen')
      .fill(await nextTotpCode(havn.baseUrl, 'ringevikar'));
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('Havn');
    await logOut(page);
    await context.close();
  });

  it('tells a night watch they have no access to the staff screen', async () => {
    const { context, page } = await havn.openPage();
    await loginThroughUi(page, havn.baseUrl, 'nattevakt');
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', {
        name: 'Ansatte og tilganger',
      })
      .click();
    await expect.poll(() => heading(page)).toBe('Ansatte og tilganger');
    expect(await page.getByText('Du har ikke tilgang til denne siden.').isVisible()).toBe(true);
    expect(await page.getByRole('table').count()).toBe(0);
    await expectNoAxeViolations(page);
    await logOut(page);
    await context.close();
  });

  it('creates an account that the new person activates, sets up with an app and logs in to', async () => {
    const { context, page } = await havn.openPage();
    await loginThroughUi(page, havn.baseUrl, 'enhetsleder');
    await page.goto(`${havn.baseUrl}/staff`);
    await page.getByRole('button', { name: 'Ny ansatt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny ansatt' });
    await dialog.waitFor();

    // Nothing filled in: every problem is told at its field, and the first one has focus.
    await dialog.getByRole('button', { name: 'Opprett kontoen' }).click();
    await expect.poll(() => dialog.getByText('Skriv inn navnet.').isVisible()).toBe(true);
    expect(await dialog.getByText('Velg minst én rolle.', { exact: true }).count()).toBe(2);
    expect(await focusedLabel(page)).toBe('Navn');
    await expectNoAxeViolations(page);

    await dialog.getByLabel('Navn', { exact: true }).fill('Siri Ny');
    await dialog.getByLabel('Brukernavn', { exact: true }).fill('siri.ny');
    await dialog.getByRole('checkbox', { name: 'Koordinator (miljøterapeut)' }).check();
    await dialog.getByRole('button', { name: 'Opprett kontoen' }).click();
    const created = page.getByRole('dialog', { name: 'Kontoen er opprettet' });
    await created.waitFor();
    const activationCode = await created
      .locator('dt', { hasText: 'Aktiveringskode' })
      .locator('+ dd')
      .textContent();
    expect(activationCode).toMatch(/^[a-z0-9-]{20,}$/);
    await expectNoAxeViolations(page);
    await created.getByRole('button', { name: 'Ferdig' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Siri Ny' });
    await expect.poll(() => row.getByText('Ikke aktivert ennå').isVisible()).toBe(true);
    await logOut(page);

    // The new person chooses a password; the server's verdict is shown on the field.
    await page.goto(`${havn.baseUrl}/aktiver`);
    await expect.poll(() => heading(page)).toBe('Aktiver kontoen');
    expect(await page.title()).toBe('Aktiver kontoen – Havn');
    expect(await focusedLabel(page)).toBe('Brukernavn');
    await expectNoAxeViolations(page);
    await page.keyboard.type('siri.ny');
    await page.getByLabel('Aktiveringskode').fill(activationCode!);
    await page.getByLabel('Nytt passord').fill('siri.ny-sitt-passord');
    await page.getByLabel('Gjenta det nye passordet').fill('siri.ny-sitt-passord');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByText('Passordet kan ikke inneholde brukernavnet.').isVisible())
      .toBe(true);
    expect(await focusedLabel(page)).toBe('Nytt passord');
    await expectNoAxeViolations(page);
    const password = 'tre grønne fjell om våren';
    await page.getByLabel('Nytt passord').fill(password);
    await page.getByLabel('Gjenta det nye passordet').fill(password);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Kontoen er aktivert').isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // First login: set up the authenticator app.
    await page.getByRole('link', { name: 'Gå til innlogging' }).click();
    await expect.poll(() => heading(page)).toBe('Logg inn');
    await page.keyboard.type('siri.ny');
    await page.keyboard.press('Tab');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('Sett opp autentiseringsappen');
    expect(await page.title()).toBe('Sett opp autentiseringsappen – Havn');
    expect(await focusedLabel(page)).toBe('Kode fra autentiseringsappen');
    await page.getByRole('img', { name: 'QR-kode for autentiseringsappen' }).waitFor();
    await expectNoAxeViolations(page);
    const secret = (await page
      .getByRole('heading', { name: 'Nøkkel for å legge inn for hånd' })
      .locator('+ p')
      .textContent())!.replace(/\s/g, '');
    await page.keyboard.type(totpCode(secret, new Date()));
    await page.keyboard.press('Enter');

    // The recovery codes, once.
    await expect.poll(() => heading(page)).toBe('Skriv ned gjenopprettingskodene');
    expect(await page.title()).toBe('Skriv ned gjenopprettingskodene – Havn');
    const codes = await page
      .getByRole('list', { name: 'Gjenopprettingskoder' })
      .getByRole('listitem')
      .allTextContents();
    expect(codes).toHaveLength(10);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Fortsett' }).click();
    await expect.poll(() => heading(page)).toBe('Havn');
    expect(await page.getByRole('banner').getByText('Siri Ny').isVisible()).toBe(true);

    // My account: log out on every device.
    await page.getByRole('link', { name: 'Min konto' }).click();
    await expect.poll(() => heading(page)).toBe('Min konto');
    expect(await page.title()).toBe('Min konto – Havn');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Logg ut på alle enheter' }).click();
    await expect.poll(() => heading(page)).toBe('Logg inn');

    // Without the phone: a recovery code instead of the code from the app.
    await page.keyboard.type('siri.ny');
    await page.keyboard.press('Tab');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('Bekreft innloggingen');
    await page.getByRole('button', { name: 'Bruk en gjenopprettingskode i stedet' }).click();
    await page.keyboard.type(codes[0]!);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('Havn');
    await logOut(page);
    await context.close();
  });
});

describe('the demo accounts on the login page', () => {
  it("lists Trondheim's accounts beside Bergen's once `havn demo --centre trondheim` added it", async () => {
    const added = runHavn(havn.ctx.config.databaseUrl, ['demo', '--centre', 'trondheim'], {
      NODE_ENV: 'test',
    });
    expect(added.status, added.stderr).toBe(0);

    const { context, page } = await havn.openPage();
    await page.goto(`${havn.baseUrl}/login`);
    const accountsAt = (centre: string) =>
      page.getByRole('list', { name: `Demokontoer ved ${centre}, én for hver rolle` });
    const trondheim = accountsAt('Trondheim krisesenter');
    await trondheim.waitFor();
    expect(await trondheim.getByRole('listitem').count()).toBe(demoAccounts.length);
    const leader = trondheim.getByRole('listitem').filter({ hasText: 'enhetsleder.trondheim' });
    expect(await leader.getByText('Enhetsleder', { exact: true }).isVisible()).toBe(true);
    expect(await trondheim.getByText('nattevakt.trondheim').isVisible()).toBe(true);
    const bergen = accountsAt('Krisesenteret for Bergen og omegn');
    expect(await bergen.getByText('koordinator', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('trygg-havn-demo').count()).toBe(1);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
