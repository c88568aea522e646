import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, onTestFailed } from 'vitest';
import { buildApp, loadDemoCentre, openContext, systemClock, type AppContext } from '@havn/server';

export const chromiumPath = '/usr/bin/chromium';
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));

export type DemoCentre = Parameters<typeof loadDemoCentre>[1];

export interface RunningHavn {
  baseUrl: string;
  ctx: AppContext;
  stop(): Promise<void>;
}

/**
 * The real server, with the built web app, on a free port and a fresh SQLite database with demo
 * data: Bergen's, or the seed centres named (`havn demo --centre …`).
 */
export async function startHavn(centres: readonly DemoCentre[] = ['bergen']): Promise<RunningHavn> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'havn-e2e-'));
  const ctx: AppContext = await openContext(
    {
      NODE_ENV: 'test',
      HAVN_DATABASE_URL: path.join(dir, 'havn.db'),
      HAVN_LOG_LEVEL: 'warn',
      // A build of one's own, so that a rebuild of packages/web/dist during a run changes nothing.
      ...(process.env.HAVN_WEB_DIR ? { HAVN_WEB_DIR: process.env.HAVN_WEB_DIR } : {}),
    },
    systemClock,
  );
  for (const centre of centres) await loadDemoCentre(ctx, centre);
  const app = await buildApp(ctx);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    baseUrl: address,
    ctx,
    stop: async () => {
      await app.close();
      await ctx.database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless; never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  const asRoot = process.getuid?.() === 0;
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      ...(asRoot ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh browser context and page (AxeBuilder needs a context). If the current test fails, a
 * screenshot of the page is left in e2e/artifacts/.
 */
export async function openPage(
  browser: Browser,
  options: { width?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: 'nb-NO',
  });
  const page = await context.newPage();
  onTestFailed(async ({ task }) => {
    fs.mkdirSync(artifacts, { recursive: true });
    const name = task.name.replace(/[^a-zA-Z0-9æøåÆØÅ-]+/g, '-').slice(0, 80);
    await page
      .screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true })
      .catch(() => undefined);
  });
  return { context, page };
}

/** Runs axe with the WCAG 2.1 A and AA rules on the page as it is now; no violation is allowed. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // A dialog fading in has text at part opacity: on a busy machine axe measured its contrast
  // mid-transition. Wait for every finite animation (spinners run for ever) to end first.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(violations, `axe on ${page.url()}`).toEqual([]);
}

/** The page's h1, without the soft hyphens long words carry for phones. */
export const heading = async (page: Page) =>
  (await page.getByRole('heading', { level: 1 }).textContent())?.replaceAll('\u00AD', '');
