import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, heading } from '../support/browser.ts';
import { useJourney } from '../support/journey.ts';
import { loginThroughUi, startShift } from '../support/login.ts';

const havn = useJourney();
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** A child of one of Bergen's demo stays, from the board the coordinator sees. */
async function demoChild(page: Page): Promise<{ stayId: string; personId: string }> {
  const board = (await (await page.request.get(`${havn.baseUrl}/api/capacity/board`)).json()) as {
    sites: { units: { rooms: { beds: { occupant: null | Record<string, unknown> }[] }[] }[] }[];
  };
  const child = board.sites
    .flatMap((s) => s.units.flatMap((u) => u.rooms.flatMap((r) => r.beds)))
    .map((b) => b.occupant)
    .find((o) => o?.isChild === true);
  expect(child, 'a demo stay with a child').toBeDefined();
  return { stayId: String(child!.stayId), personId: String(child!.personId) };
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: `${artifacts}children-${name}.png`, fullPage: true });
}

describe("a child's page and a §6 concern", () => {
  it(
    'lets a coordinator record school interrupted, register a concern, assess and send it; the unit leader sees it open until then',
    { timeout: 240_000 },
    async () => {
      // The next morning: the coordinator starts the shift and opens a child of a demo stay.
      const coordinator = await havn.openPage();
      const page = coordinator.page;
      await loginThroughUi(page, havn.baseUrl, 'koordinator');
      await startShift(page, havn.baseUrl);
      const { stayId, personId } = await demoChild(page);
      // From the stay page's section on the children to the child's own page.
      await page.goto(`${havn.baseUrl}/stays/${stayId}`);
      const childLink = page.getByRole('link', { name: /^Barnets side: / }).first();
      await childLink.waitFor();
      await childLink.click();
      await expect.poll(() => heading(page)).toBe('Barnets side');
      expect(new URL(page.url()).pathname).toBe(`/stays/${stayId}/children/${personId}`);
      expect(await page.title()).toBe('Barnets side – Havn');
      await page.getByRole('heading', { name: 'Barnehage og skole', level: 2 }).waitFor();
      await page.getByRole('heading', { name: 'Enesamtaler', level: 2 }).waitFor();
      await expectNoAxeViolations(page);
      await shot(page, 'child');

      // School is interrupted for the child's safety; without a reason the form says so.
      await page.getByRole('button', { name: 'Registrer barnehage eller skole' }).click();
      await page.getByLabel('Skole', { exact: true }).check();
      await page.getByLabel('avbrutt', { exact: true }).check();
      await page.getByRole('button', { name: 'Lagre', exact: true }).click();
      await page.getByText('Velg hvorfor barnehage eller skole er avbrutt.').waitFor();
      await expectNoAxeViolations(page);
      await page.getByLabel('Hvorfor avbrutt').selectOption({ label: 'Barnets sikkerhet' });
      await page.getByRole('button', { name: 'Lagre', exact: true }).click();
      // The saved facts, not the form's option of the same name (it may not have closed yet).
      const schooling = page.getByRole('list', { name: 'Barnehage og skole' });
      await schooling.getByText('Skole: avbrutt').waitFor();
      await schooling.getByText('Barnets sikkerhet').waitFor();

      // A §6 concern for the child.
      await page.getByRole('button', { name: 'Registrer bekymring' }).click();
      await page
        .getByLabel('Hva er du bekymret for?')
        .fill('Barnet forteller at far slo mor foran henne, og hun er redd for å dra hjem.');
      await page.getByRole('button', { name: 'Registrer bekymringen' }).click();
      await page.getByText('Bekymringen er registrert og venter på vurdering.').waitFor();
      await expectNoAxeViolations(page);
      await shot(page, 'concern-registered');

      // The unit leader sees the open concern on the start page and in the list.
      const leader = await havn.openPage();
      await loginThroughUi(leader.page, havn.baseUrl, 'enhetsleder');
      await leader.page.goto(`${havn.baseUrl}/`);
      await leader.page.getByText('1 bekymring venter på vurdering eller sending.').waitFor();
      await expectNoAxeViolations(leader.page);
      await leader.page.getByRole('link', { name: 'Se åpne bekymringer' }).click();
      await expect.poll(() => heading(leader.page)).toBe('Åpne bekymringer');
      const table = leader.page.getByRole('region', { name: 'Åpne bekymringer til barnevernet' });
      await table.getByRole('cell', { name: 'Registrert', exact: true }).waitFor();
      await expectNoAxeViolations(leader.page);
      await shot(leader.page, 'overview-open');

      // The coordinator assesses it and sends it, with the generated message.
      await page.getByRole('link', { name: 'Åpne bekymringen' }).click();
      await expect.poll(() => heading(page)).toBe('Bekymring til barnevernet');
      await page
        .getByLabel('Vurdering', { exact: true })
        .fill(
          'Mor bekrefter. Grunn til å tro at barnet utsettes for vold i hjemmet; melding sendes.',
        );
      await page.getByRole('button', { name: 'Lagre vurderingen' }).click();
      await page.getByText('Vurdert', { exact: true }).waitFor();
      await page
        .getByLabel('Barnevernstjeneste')
        .selectOption({ label: 'Barnevernvakten i Bergen' });
      const preview = page.locator('pre.havn-ch-message');
      await preview.waitFor();
      expect(await preview.textContent()).toContain('Til: Barnevernvakten i Bergen');
      await expectNoAxeViolations(page);
      await shot(page, 'concern-preview');
      await page.getByRole('button', { name: 'Registrer som sendt' }).click();
      await page.getByText('Sendt', { exact: true }).waitFor();
      const sent = await page.locator('pre.havn-ch-message').textContent();
      expect(sent).toContain('Bekymringsmelding etter krisesenterlova § 6');
      expect(sent).toContain('Barnet forteller at far slo mor');
      expect(sent).not.toMatch(/adresse:/i);
      await expectNoAxeViolations(page);
      await shot(page, 'concern-sent');

      // Sent: no longer open for the unit leader.
      await leader.page.reload();
      await leader.page.getByText('Ingen åpne bekymringer.').waitFor();
      await expectNoAxeViolations(leader.page);
      await leader.context.close();
      await coordinator.context.close();
    },
  );
  it(
    "lets the night watch register a concern without reading the child's page",
    { timeout: 120_000 },
    async () => {
      const { context, page } = await havn.openPage();
      await loginThroughUi(page, havn.baseUrl, 'nattevakt');
      await startShift(page, havn.baseUrl);
      const { stayId, personId } = await demoChild(page);
      await page.goto(`${havn.baseUrl}/stays/${stayId}/children/${personId}`);
      await expect.poll(() => heading(page)).toBe('Barnets side');
      await page.getByLabel('Hva er du bekymret for?').waitFor();
      expect(await page.getByRole('heading', { name: 'Barnehage og skole' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Registrer bekymringen' }).click();
      await page.getByText('Skriv minst en kort setning om bekymringen.').waitFor();
      await expectNoAxeViolations(page);
      await page
        .getByLabel('Hva er du bekymret for?')
        .fill('Barnet våknet og gråt, sa at far har truet med å ta henne med seg.');
      await page.getByRole('button', { name: 'Registrer bekymringen' }).click();
      await page.getByText('Bekymringen er registrert og venter på vurdering.').waitFor();
      expect(await page.getByRole('link', { name: 'Åpne bekymringen' }).count()).toBe(0);
      await expectNoAxeViolations(page);
      await shot(page, 'night-watch');
      await context.close();
    },
  );
});
