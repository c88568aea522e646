import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { callApi } from './api.ts';

/* Setting a capacity scene (beds out of service) through the API, in the page's own session. */

interface BoardUnit {
  name: string;
  rooms: { beds: { id: string }[] }[];
}

/** Takes every bed of a unit out of service, so that the unit is full tonight. */
export async function unitOutOfService(page: Page, baseUrl: string, unit: string): Promise<void> {
  const board = await callApi<{ sites: { units: BoardUnit[] }[] }>(
    page,
    baseUrl,
    'GET',
    '/api/capacity/board',
  );
  const found = board.sites.flatMap((s) => s.units).find((u) => u.name === unit);
  expect(found, `unit ${unit}`).toBeDefined();
  for (const bed of found!.rooms.flatMap((r) => r.beds))
    await callApi(page, baseUrl, 'POST', `/api/capacity/beds/${bed.id}/out-of-service`, {
      reason: 'Vannskade',
    });
}
