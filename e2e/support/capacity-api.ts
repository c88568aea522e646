import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/*
 * The few API calls a journey makes to set the scene (beds out of service, a household on the
 * waiting list) in the page's own session, with its CSRF token, as the web app would.
 */

export async function apiCall<T = unknown>(
  page: Page,
  baseUrl: string,
  method: 'GET' | 'POST',
  url: string,
  data?: object,
): Promise<T> {
  const me = await page.request.get(`${baseUrl}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const response = await page.request.fetch(`${baseUrl}${url}`, {
    method,
    headers: { 'x-csrf-token': csrfToken },
    ...(data ? { data } : {}),
  });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as T;
}

interface BoardUnit {
  name: string;
  rooms: { beds: { id: string }[] }[];
}

/** Takes every bed of a unit out of service, so that the unit is full tonight. */
export async function unitOutOfService(page: Page, baseUrl: string, unit: string): Promise<void> {
  const board = await apiCall<{ sites: { units: BoardUnit[] }[] }>(
    page,
    baseUrl,
    'GET',
    '/api/capacity/board',
  );
  const found = board.sites.flatMap((s) => s.units).find((u) => u.name === unit);
  expect(found, `unit ${unit}`).toBeDefined();
  for (const bed of found!.rooms.flatMap((r) => r.beds))
    await apiCall(page, baseUrl, 'POST', `/api/capacity/beds/${bed.id}/out-of-service`, {
      reason: 'Vannskade',
    });
}
