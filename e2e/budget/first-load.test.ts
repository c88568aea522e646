import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The night watch opens Havn on a phone over a weak connection: the first load (the HTML's own
 * scripts, styles and the modules it preloads) stays within 250 KB gzip, per STACK.md. Module
 * pages, charts and other languages load when visited.
 */
const budgetBytes = 250 * 1024;
const dist = path.resolve(import.meta.dirname, '../../packages/web/dist');

function firstLoadAssets(): string[] {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  return [
    ...new Set(
      [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!),
    ),
  ];
}

describe('the web app’s first load', () => {
  it('fits the 250 KB gzip budget', () => {
    const assets = firstLoadAssets();
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    const sizes = assets.map((asset) => ({
      asset,
      gzip: gzipSync(fs.readFileSync(path.join(dist, asset)), { level: 9 }).length,
    }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    expect(total, JSON.stringify(sizes, null, 1)).toBeLessThanOrEqual(budgetBytes);
  });

  it('leaves the English texts out of the first load', () => {
    expect(firstLoadAssets().some((asset) => /\/en-[^/]+\.js$/.test(asset))).toBe(false);
  });
});
