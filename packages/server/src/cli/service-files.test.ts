import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const unitDir = new URL('../../../../deploy/systemd/', import.meta.url);
const units = ['havn.service', 'havn-backup.service', 'havn-backup.timer'];
const read = (name: string) => fs.readFileSync(new URL(name, unitDir), 'utf8');

/** The unit's `Key=value` lines, by key (a key may repeat, as Environment= does). */
const directives = (text: string) => {
  const found = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (match) found.set(match[1]!, [...(found.get(match[1]!) ?? []), match[2]!]);
  }
  return found;
};

describe('the systemd units in deploy/systemd', () => {
  // systemd's own parser (Debian's systemd package, which scripts/ensure-system-packages.sh
  // installs): it only warns on an unknown key or a bad value, so any output fails the test.
  it.each(units)('%s passes systemd-analyze verify without a warning', (unit) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'havn-units-'));
    try {
      // As installed on this machine: verify checks that ExecStart's program exists.
      for (const name of units) {
        fs.writeFileSync(
          path.join(dir, name),
          read(name).replaceAll('/usr/bin/node', process.execPath),
        );
      }
      const result = spawnSync('systemd-analyze', ['verify', '--man=no', path.join(dir, unit)], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(result.error).toBeUndefined();
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(['havn.service', 'havn-backup.service'])(
    '%s runs as its own user, writes only its state directory and gains no privileges',
    (unit) => {
      const d = directives(read(unit));
      expect(d.get('User')).toEqual(['havn']);
      expect(d.get('StateDirectory')).toEqual(['havn']);
      expect(d.get('Environment')).toContain('HAVN_DATABASE_URL=/var/lib/havn/havn.db');
      for (const [key, value] of <[string, string][]>[
        ['NoNewPrivileges', 'yes'],
        ['ProtectSystem', 'strict'],
        ['ProtectHome', 'yes'],
        ['PrivateTmp', 'yes'],
        ['PrivateDevices', 'yes'],
        ['CapabilityBoundingSet', ''],
        ['UMask', '0077'],
        ['StandardOutput', 'journal'],
      ]) {
        expect(d.get(key), key).toEqual([value]);
      }
    },
  );

  it('backs up encrypted every night, keeping 14, as the guide says', () => {
    expect(directives(read('havn-backup.service')).get('ExecStart')).toEqual([
      '/usr/bin/node /opt/havn/packages/server/bin/havn.js backup --encrypt --keep 14',
    ]);
    expect(directives(read('havn-backup.timer')).get('OnCalendar')).toEqual(['*-*-* 02:30:00']);
    for (const guide of ['operations.md', 'drift.md']) {
      const text = fs.readFileSync(new URL(`../../../../docs/${guide}`, import.meta.url), 'utf8');
      expect(text, guide).toContain('havn backup --encrypt --keep 14');
      expect(text, guide).toContain('systemctl enable --now havn.service havn-backup.timer');
    }
  });
});
