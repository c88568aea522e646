import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  launchBrowser,
  openPage,
  startHavn,
  type DemoCentre,
  type RunningHavn,
} from './browser.ts';

/** What a journey works with: the running Havn and pages in the one Chromium of the file. */
export interface Journey {
  readonly baseUrl: string;
  readonly ctx: RunningHavn['ctx'];
  openPage(options?: { width?: number }): Promise<{ context: BrowserContext; page: Page }>;
}

/**
 * A journey file's Havn (a fresh database with the named seed centres) and Chromium: started
 * together before the file's first test, closed after its last. Call once at the top of the file.
 */
export function useJourney(centres: readonly DemoCentre[] = ['bergen']): Journey {
  let havn: RunningHavn | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [havn, browser] = await Promise.all([startHavn(centres), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await havn?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the journey has not started: use it inside a test');
    return value;
  };
  return {
    get baseUrl() {
      return started(havn).baseUrl;
    },
    get ctx() {
      return started(havn).ctx;
    },
    openPage: (options) => openPage(started(browser), options),
  };
}
