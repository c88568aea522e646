// `npm start`: build the web app if it has not been built, then serve Havn on SQLite.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webIndex = path.join(root, 'packages/web/dist/index.html');

if (!fs.existsSync(webIndex)) {
  console.log('Bygger webappen (første gang)…');
  execFileSync('npm', ['run', '--silent', 'build', '-w', '@havn/web'], {
    cwd: root,
    stdio: 'inherit',
  });
}

const child = spawn(process.execPath, [path.join(root, 'packages/server/bin/havn.js'), 'serve'], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl-C reaches the server directly (same process group); pass other stops on and mirror its exit.
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
process.on('SIGINT', () => {});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
