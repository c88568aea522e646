import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, heading } from '../support/browser.ts';
import { useJourney } from '../support/journey.ts';
import { loginThroughUi, startShift } from '../support/login.ts';

const havn = useJourney();

describe('the stay', () => {
  it('lets the primary contact open a stay from the residents, see the clock, write a note with a draft that survives a reload, and add a task', async () => {
    const { page, context } = await havn.openPage();
    await loginThroughUi(page, havn.baseUrl, 'koordinator');
    await page.goto(`${havn.baseUrl}/stays`);
    await expect.poll(() => heading(page)).toBe('Opphold');
    await page.getByRole('table', { name: 'Beboere på senteret nå' }).waitFor();
    await expectNoAxeViolations(page);

    // Kari is Lilje's primary contact: the stay opens by relation, without a shift.
    await page.getByRole('link', { name: 'Åpne oppholdet til Lilje' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lilje' }).waitFor();
    await page.getByText('Dag 13', { exact: true }).waitFor();
    expect(await page.getByText('Innenfor avtalen').isVisible()).toBe(true);
    await page.getByText('Trygg bolig innen seks uker', { exact: false }).waitFor();
    await expectNoAxeViolations(page);

    // A journal note, typed in two goes; the page reloads in between and keeps the draft.
    await page.getByLabel('Type notat').selectOption('observation');
    const body = page.getByLabel('Notat', { exact: true });
    await body.fill('Hun virket roligere i dag');
    await page.getByText(/^Utkast lagret/).waitFor();
    await body.press('End');
    await body.pressSequentially(', og spiste med barna.');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Lilje' }).waitFor();
    await expect
      .poll(() => page.getByLabel('Notat', { exact: true }).inputValue())
      .toContain('Hun virket roligere i dag');
    expect(await page.getByLabel('Type notat').inputValue()).toBe('observation');
    await page.getByText(/Utkastet ditt fra/).waitFor();
    await expectNoAxeViolations(page);
    await page
      .getByLabel('Notat', { exact: true })
      .fill('Hun virket roligere i dag, og spiste med barna.');
    await page.getByRole('button', { name: 'Lagre notatet' }).click();
    await page.getByText('Notatet er lagret.').waitFor();
    const notes = page.getByRole('list', { name: 'Journalnotater' });
    await notes.getByText('Hun virket roligere i dag, og spiste med barna.').waitFor();
    expect(await page.getByLabel('Notat', { exact: true }).inputValue()).toBe('');

    // A task on the stay.
    await page.getByRole('button', { name: 'Legg til oppgave', exact: true }).click();
    await page.getByLabel('Hva skal gjøres').fill('Følge til fastlegen');
    await page.getByRole('button', { name: 'Legg til', exact: true }).click();
    await page.getByRole('list', { name: 'Oppgaver' }).getByText('Følge til fastlegen').waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  }, 120_000);

  it('shows the night watch the residents without a way into the journal', async () => {
    const { page, context } = await havn.openPage();
    await loginThroughUi(page, havn.baseUrl, 'nattevakt');
    await startShift(page, havn.baseUrl);
    await page.goto(`${havn.baseUrl}/stays`);
    await expect.poll(() => heading(page)).toBe('Opphold');
    const table = page.getByRole('table', { name: 'Beboere på senteret nå' });
    await table.getByRole('rowheader', { name: 'Furu' }).waitFor();
    expect(await table.getByText('Utøver leter').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: /Åpne oppholdet/ }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Oppholdet' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    const stays = (await (
      await page.request.get(`${havn.baseUrl}/api/stays/residents`)
    ).json()) as {
      items: { stayId: string }[];
    };
    const journal = await page.request.get(
      `${havn.baseUrl}/api/stays/${stays.items[0]!.stayId}/journal`,
    );
    expect(journal.status()).toBe(403);
    await context.close();
  });

  it('lets the unit leader change the agreement the clock is measured by', async () => {
    const { page, context } = await havn.openPage();
    await loginThroughUi(page, havn.baseUrl, 'enhetsleder');
    await page.goto(`${havn.baseUrl}/municipalities`);
    await expect.poll(() => heading(page)).toBe('Samarbeidskommuner');
    const table = page.getByRole('table', { name: 'Kommuner og avtalevilkår' });
    await table.getByRole('rowheader', { name: 'Bergen' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Endre avtalen for Standardavtale' }).click();
    await page.getByRole('heading', { name: 'Avtale for Standardavtale' }).waitFor();
    await page.getByLabel('Grense (døgn)').fill('35');
    await page.getByRole('button', { name: 'Lagre avtalen' }).click();
    await page.getByText('Avtalen er lagret.').waitFor();
    await table.getByRole('cell', { name: '35', exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });
});

describe('wide tables in English at 1280 px', () => {
  it('shows the last column of the residents and the staff tables', async () => {
    const { page, context } = await havn.openPage({ width: 1280 });
    await loginThroughUi(page, havn.baseUrl, 'enhetsleder');
    await startShift(page, havn.baseUrl);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Log out', exact: true }).waitFor();
    /**
     * The table's last column header lies wholly in view: inside the window and inside every box
     * around it that clips what overflows (a scroll region showing its start).
     */
    const lastHeaderFits = async (table: string | RegExp) => {
      const header = page.getByRole('table', { name: table }).getByRole('columnheader').last();
      await header.waitFor();
      return header.evaluate((th) => {
        const { left, right } = th.getBoundingClientRect();
        let visible = { left: 0, right: document.documentElement.clientWidth };
        for (let box = th.parentElement; box; box = box.parentElement) {
          if (getComputedStyle(box).overflowX === 'visible') continue;
          const r = box.getBoundingClientRect();
          visible = {
            left: Math.max(visible.left, r.left),
            right: Math.min(visible.right, r.right),
          };
        }
        return left >= visible.left && right <= visible.right;
      });
    };
    await page.goto(`${havn.baseUrl}/stays`);
    await page
      .getByRole('table', { name: 'Residents at the centre now' })
      .getByRole('row')
      .nth(1)
      .waitFor();
    expect(await lastHeaderFits('Residents at the centre now')).toBe(true);
    await page.goto(`${havn.baseUrl}/staff`);
    expect(await lastHeaderFits(/^Staff at /)).toBe(true);
    await context.close();
  });
});
