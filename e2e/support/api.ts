import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * A call to the API in the page's session, with its CSRF token: for setting a scene or reading
 * what the page cannot show, never instead of what a user does. Fails on any answer but 2xx.
 */
export async function callApi<T>(
  page: Page,
  baseUrl: string,
  method: 'GET' | 'POST',
  path: string,
  data?: object,
): Promise<T> {
  const me = await page.request.get(`${baseUrl}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const response = await page.request.fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'x-csrf-token': csrfToken },
    ...(data ? { data } : {}),
  });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as T;
}
