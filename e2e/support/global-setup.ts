import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './browser.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The journeys need Debian's Chromium and the built web app; build it if `npm test` did not. */
export default function setup(): void {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `${chromiumPath} is missing: run \`bash scripts/ensure-system-packages.sh\` as root`,
    );
  }
  if (!fs.existsSync(`${root}packages/web/dist/index.html`)) {
    execFileSync('npm', ['run', '--silent', 'build', '-w', '@havn/web'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
}
