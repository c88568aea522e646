import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  declaredReads,
  foreignTables,
  moduleMap,
  ownedTables,
  sourceFiles,
  tablesNamed,
  type Finding,
} from './sql-tables.ts';

/*
 * A module owns its tables: only it writes them, and others read them through its functions
 * (OWNERS.md, docs/architecture.md). The owners come from each module's tables.ts; this test
 * reads every module's SQL and fails on a table of another module, unless the reading is
 * declared — by a report module in its README ("Reads"), or below while it is being removed.
 */

const src = fileURLToPath(new URL('../src/', import.meta.url));
const modulesDir = join(src, 'modules');
const { owner, modules } = moduleMap(modulesDir);

interface Crossing {
  module: string;
  table: string;
  reason: string;
}
const crossings = (table: string, reason: string, ...from: string[]): Crossing[] =>
  from.map((module) => ({ module, table, reason }));

/**
 * Reads of another module's table that exist today and are to go (issue 14): each is replaced by
 * a function of the owner's index.ts, then removed here. The list only shrinks: an entry that no
 * longer occurs fails the test.
 */
const pendingCrossings: Crossing[] = [
  ...crossings(
    'staff_users',
    "staff members' names beside the work (who wrote, registered or owns it); not yet through staffNames()",
    'audit',
    'intake',
    'reestablishment',
  ),
  ...crossings(
    'staff_users',
    "break-the-glass checks the actor's TOTP code against her secret; the address-access review names staff",
    'access',
  ),
  ...crossings(
    'staff_users',
    'login, activation, password change, the second factor and /me read the account and its credentials',
    'identity',
  ),
  ...crossings(
    'persons',
    "a person's name, alias or birth date beside a record already opened through the personal-data gateway",
    'access',
    'capacity',
    'children',
    'intake',
    'move-out',
    'protection',
    'reestablishment',
    'stays',
  ),
  ...crossings(
    'partners',
    "a partner's name beside an appointment, meeting, task, concern, application or case",
    'reestablishment',
    'stays',
  ),
  ...crossings(
    'municipalities',
    "a municipality's name from the public register, or whether a number is in it",
    'intake',
    'move-out',
    'people',
    'reestablishment',
    'stays',
  ),
  ...crossings('centres', "the centre's transition-stay setting", 'capacity'),
  ...crossings('centres', "the actor's centre at login and in /me", 'identity'),
  ...crossings('centres', "the centre's name in an arrival notice", 'intake'),
  ...crossings('centres', 'the count of centres in the status page', 'system'),
  ...crossings(
    'centre_municipalities',
    "the centre's own municipalities: eligibility at intake, the agreements' choices",
    'intake',
    'municipalities',
  ),
  ...crossings('stays', 'the person a granted stay is about (break-the-glass review)', 'access'),
  ...crossings('stays', "the history counts overnights from the stays' instants", 'capacity'),
  ...crossings('stays', 'the move-out board lists the open stays and their plans', 'move-out'),
  ...crossings('stays', "an incident names its stay's resident", 'protection'),
  ...crossings(
    'day_user_cases',
    'the person a granted day-user case is about (break-the-glass review)',
    'access',
  ),
  ...crossings(
    'reestablishment_cases',
    'the person a granted follow-up is about (break-the-glass review)',
    'access',
  ),
  ...crossings(
    'audit_entries',
    "national-id confirmations are counted from the audit log's attempts in the window",
    'people',
  ),
  ...crossings('audit_entries', 'the count of audit entries in the status page', 'system'),
  ...crossings('sessions', 'the staff directory shows who is signed in now', 'staff'),
];

/**
 * Writes to another module's table: never allowed, not even as a pending read. These exist today
 * and are to move into the owner (a function of its index.ts); the list only shrinks.
 */
const pendingWrites: Crossing[] = [
  ...crossings(
    'staff_users',
    'break-the-glass records the accepted TOTP step (totp_last_step), so a code is used once',
    'access',
  ),
  ...crossings(
    'centres',
    'PUT /settings writes centres.transition_stays_count and claims the centre version',
    'capacity',
  ),
  ...crossings(
    'staff_users',
    'login, activation, password change and the second factor write credentials and counters',
    'identity',
  ),
  ...crossings(
    'recovery_codes',
    "resetting a colleague's second factor deletes her recovery codes",
    'staff',
  ),
];

/**
 * Outside modules/ (OWNERS.md): infrastructure that works on many modules' tables by design, each
 * file with the reason. A file naming tables that is not here fails, and so does an entry that
 * names none any more.
 */
const infrastructure: Record<string, string> = {
  'platform/access/contact-notes.ts': "the gateway decides on a contact's notes (author, shift)",
  'platform/access/personal-data.ts':
    "the gateway loads the actor's relations: shifts, break-the-glass grants, colleagues",
  'platform/access/record-owners.ts':
    'the gateway loads whom a record is about and its primary contacts',
  'platform/audit/audit.ts': 'the audit log is appended here only',
  'platform/auth/sessions.ts': 'the session behind a request, its staff member and her roles',
  'platform/db/versioned.ts': 'claimVersion: the versioned update each module calls for its table',
  'demo/demo-accounts.ts': 'lists the demo accounts of demo centres',
  'demo/demo-capacity.ts': "seeds a demo centre's buildings, households and stays",
  'demo/demo-expected.ts': 'seeds the households expected on reserved beds and on the waiting list',
  'demo/demo-person.ts': 'seeds the synthetic persons the demo cases are about',
  'demo/demo-reestablishment.ts': "seeds a demo centre's follow-up cases and their stays",
  'demo/demo-staff.ts': "seeds a demo centre's staff",
  'demo/demo-stays.ts': "seeds a demo centre's stay casework",
  'cli/admin.ts': "the operators' tool finds a centre by its slug",
  'cli/upgrade.ts': "an upgrade prints the audit log's newest hash",
};

const key = (c: { module: string; table: string }) => `${c.module} → ${c.table}`;
const readme = (module: string) => {
  const path = join(modulesDir, module, 'README.md');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
};

/** Every foreign table every module's SQL names. */
const findings: Finding[] = modules.flatMap((module) =>
  sourceFiles(join(modulesDir, module)).flatMap((file) =>
    foreignTables(module, file, readFileSync(join(modulesDir, module, file), 'utf8'), owner),
  ),
);
const where = (list: Finding[]) =>
  [...new Set(list.map((f) => `${key(f)} (${f.use}, ${f.module}/${f.file}:${f.line})`))].sort();

describe('each table has one owner, and only it writes the table', () => {
  it('reads the owners from the modules', () => {
    expect(owner.size).toBeGreaterThan(60);
    expect(owner.get('stays')).toBe('stays');
    expect(owner.get('beds')).toBe('capacity');
  });

  it('finds no write to another module’s table beyond the pending ones', () => {
    const allowed = new Set(pendingWrites.map(key));
    expect(
      where(findings.filter((f) => f.use === 'write' && !allowed.has(key(f)))),
      "write through a function of the owner's index.ts",
    ).toEqual([]);
  });

  it('finds no read of another module’s table that is not declared', () => {
    const declared = new Set([
      ...pendingCrossings.map(key),
      ...modules.flatMap((module) =>
        declaredReads(readme(module)).map((read) => key({ module, table: read.table })),
      ),
    ]);
    expect(
      where(findings.filter((f) => f.use === 'read' && !declared.has(key(f)))),
      "read through a function of the owner's index.ts (a report module: declare it under Reads)",
    ).toEqual([]);
  });

  it('declares each exception once, with a reason, for a table another module owns', () => {
    const declarations = [
      ...pendingCrossings.map((c) => ({ ...c, list: 'read' })),
      ...pendingWrites.map((c) => ({ ...c, list: 'write' })),
      ...modules.flatMap((module) =>
        declaredReads(readme(module)).map((read) => ({ module, ...read, list: 'README' })),
      ),
    ];
    const wrong = declarations.filter(
      (d) => !modules.includes(d.module) || !owner.has(d.table) || owner.get(d.table) === d.module,
    );
    expect(wrong.map(key)).toEqual([]);
    expect(declarations.filter((d) => d.reason.length < 10).map(key)).toEqual([]);
    const keys = declarations.map((d) => `${d.list} ${key(d)}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('keeps the pending lists short: an entry that no longer occurs fails', () => {
    const occurring = (use: 'read' | 'write') =>
      new Set(findings.filter((f) => f.use === use).map(key));
    expect(pendingCrossings.map(key).filter((k) => !occurring('read').has(k))).toEqual([]);
    expect(pendingWrites.map(key).filter((k) => !occurring('write').has(k))).toEqual([]);
  });

  it('declares every file outside modules/ that names tables', () => {
    const naming = ['platform', 'demo', 'cli'].flatMap((area) =>
      sourceFiles(join(src, area))
        .map((file) => `${area}/${file}`)
        .filter(
          (file) =>
            tablesNamed(readFileSync(join(src, file), 'utf8'), new Set(owner.keys())).length > 0,
        ),
    );
    expect(naming.filter((file) => !(file in infrastructure))).toEqual([]);
    expect(Object.keys(infrastructure).filter((file) => !naming.includes(file))).toEqual([]);
  });
});

describe('the scan behind it', () => {
  const owners = new Map([
    ['persons', 'people'],
    ['stays', 'stays'],
    ['stay_members', 'stays'],
  ]);
  const foreign = (code: string) =>
    foreignTables('stays', 'fixture.ts', code, owners).map((f) => `${f.table} ${f.use}`);

  it('finds a module naming another module’s table, in every form SQL takes', () => {
    expect(
      foreign(`db.selectFrom('stays as s').innerJoin('persons as p', 'p.id', 's.person_id')`),
    ).toEqual(['persons read']);
    expect(foreign(`db.selectFrom(['stay_members', 'persons']).selectAll()`)).toEqual([
      'persons read',
    ]);
    expect(
      foreign('const q = sql`select alias from persons p join stays s on s.person_id = p.id`'),
    ).toEqual(['persons read']);
    expect(foreign(`tx.updateTable('persons').set({ alias: 'x' })`)).toEqual(['persons write']);
    expect(foreign('sql`delete from persons where id = ${id}`')).toEqual(['persons write']);
    expect(foreign(`claimVersion(tx, 'persons', id, version, now)`)).toEqual(['persons write']);
    expect(
      foreign(
        `db.selectFrom('stays').where('id', 'in', (eb) => eb.selectFrom('persons').select('id'))`,
      ),
    ).toEqual(['persons read']);
  });

  it('counts a table named through a variable as every table the file spells', () => {
    const code = `const t: 'stays' | 'persons' = pick();\ntx.deleteFrom(t).execute();`;
    expect(foreign(code)).toEqual(['persons write']);
  });

  it('ignores comments, other strings and a module’s own tables', () => {
    expect(
      foreign(`// db.selectFrom('persons')\nconst label = 'persons';\ndb.selectFrom('stays')`),
    ).toEqual([]);
  });

  it('reads the owned tables from a tables.ts and the reads from a README', () => {
    expect(
      ownedTables('export interface StaysTables {\n  stays: StayTable;\n  stay_members: M;\n}'),
    ).toEqual(['stays', 'stay_members']);
    const text =
      '# x\n\n## Reads\n\n- `stays`, `stay_members`: overnights are counted from them\n\n## Next\n- `persons`: no\n';
    expect(declaredReads(text)).toEqual([
      { table: 'stays', reason: 'overnights are counted from them' },
      { table: 'stay_members', reason: 'overnights are counted from them' },
    ]);
  });
});
