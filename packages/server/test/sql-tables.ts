import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/*
 * What the table-ownership test reads: which tables a source file's SQL names, and which tables
 * each module owns. Parsed with TypeScript's parser (syntax only, no type checking: fast), so a
 * query in a comment or a string that is not SQL counts for nothing.
 */

export type Use = 'read' | 'write';

export interface TableUse {
  table: string;
  use: Use;
  line: number;
}

const kyselyCalls: Record<string, Use> = {
  selectFrom: 'read',
  innerJoin: 'read',
  leftJoin: 'read',
  rightJoin: 'read',
  fullJoin: 'read',
  innerJoinLateral: 'read',
  leftJoinLateral: 'read',
  crossJoin: 'read',
  insertInto: 'write',
  replaceInto: 'write',
  updateTable: 'write',
  deleteFrom: 'write',
  mergeInto: 'write',
};

/** Helpers of platform/ that take a table's name, and which argument it is. */
const tableHelpers: Record<string, { use: Use; argument: number }> = {
  claimVersion: { use: 'write', argument: 1 },
};

/** `from x`, `join x`, `update x`, `into x` in raw SQL; `delete from` is a write. */
const rawTable =
  /\b(delete\s+from|from|join|update|into)\s+(?:"?(?:public)"?\.)?"?([a-z_][a-z0-9_]*)"?/gi;

/** A sub-query (`eb.selectFrom(…).as('x')`, a lateral join's callback) names its own tables. */
const isSubQuery = (node: ts.Node) =>
  ts.isArrowFunction(node) ||
  ts.isFunctionExpression(node) ||
  (ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'as');

/** `'persons as p'` names `persons`. */
const tableOf = (text: string) =>
  text
    .trim()
    .split(/\s+as\s+/i)[0]!
    .trim();

/**
 * The tables `source` names in its SQL: the literal first argument of a Kysely call (a name, a
 * `'name as alias'`, an array of them), and the text of every `sql` template. A call whose table
 * is a variable (`selectFrom(table)`) names every table the file spells as a string: the scan
 * cannot follow the variable, so it counts every table the variable could be.
 */
export function tablesNamed(source: string, known: ReadonlySet<string>): TableUse[] {
  const file = ts.createSourceFile('scanned.ts', source, ts.ScriptTarget.Latest, true);
  const found: TableUse[] = [];
  const dynamic: { use: Use; line: number }[] = [];
  const literals: { text: string; line: number }[] = [];
  const lineOf = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const add = (table: string, use: Use, line: number) => {
    if (known.has(table)) found.push({ table, use, line });
  };

  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node)) literals.push({ text: node.text, line: lineOf(node) });
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : ts.isIdentifier(callee)
          ? callee.text
          : undefined;
      const helper = name === undefined ? undefined : tableHelpers[name];
      const use = helper?.use ?? (name === undefined ? undefined : kyselyCalls[name]);
      const first = node.arguments[helper?.argument ?? 0];
      if (use && first) {
        const names = ts.isArrayLiteralExpression(first) ? [...first.elements] : [first];
        for (const element of names) {
          if (ts.isStringLiteralLike(element)) add(tableOf(element.text), use, lineOf(element));
          // A sub-query or a lateral join names its tables in its own calls, visited below.
          else if (!isSubQuery(element)) dynamic.push({ use, line: lineOf(element) });
        }
      }
    }
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'sql') {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template.text]
        : [template.head.text, ...template.templateSpans.map((s) => s.literal.text)];
      for (const part of parts) {
        for (const match of part.matchAll(rawTable)) {
          const keyword = match[1]!.toLowerCase();
          const use: Use = keyword === 'from' || keyword === 'join' ? 'read' : 'write';
          add(match[2]!, use, lineOf(node));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);

  for (const call of dynamic) {
    for (const literal of literals) add(tableOf(literal.text), call.use, call.line);
  }
  return found;
}

/** The keys of the `export interface <Name>Tables` in a module's tables.ts. */
export function ownedTables(source: string): string[] {
  const file = ts.createSourceFile('tables.ts', source, ts.ScriptTarget.Latest, true);
  const slice = file.statements.find(
    (s): s is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(s) &&
      s.name.text.endsWith('Tables') &&
      (s.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword),
  );
  if (!slice) return [];
  return slice.members.flatMap((m) =>
    m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) ? [m.name.text] : [],
  );
}

export interface ReadDeclaration {
  table: string;
  reason: string;
}

/**
 * Another module's tables a report module reads directly, declared in its README under a heading
 * "Reads": one list item per table or set of tables, each with its reason —
 * `` - `stays`, `stay_members`: the overnights are counted from the stays themselves ``.
 */
export function declaredReads(readme: string): ReadDeclaration[] {
  const section = /^#+\s*Reads\b.*$([\s\S]*?)(?=^#|(?![\s\S]))/m.exec(readme)?.[1] ?? '';
  return section
    .split('\n')
    .filter((line) => /^\s*[-*]\s/.test(line))
    .flatMap((line) => {
      const tables = [...line.matchAll(/`([a-z_][a-z0-9_]*)`/g)].map((m) => m[1]!);
      const reason = line
        .replace(/^\s*[-*]\s/, '')
        .replace(/`[a-z_][a-z0-9_]*`[,\s]*/g, '')
        .replace(/^[:—–-]\s*/, '')
        .trim();
      return tables.map((table) => ({ table, reason }));
    });
}

/** Every non-test source file under `dir`, relative to it. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => !f.endsWith('.test.ts') && !/(^|\/)([a-z-]+-)?test-support\.ts$/.test(f))
    .sort();
}

export interface ModuleMap {
  /** Table → the module that owns it. */
  owner: Map<string, string>;
  modules: string[];
}

/** The owner of every table, from each module's tables.ts under `modulesDir`. */
export function moduleMap(modulesDir: string): ModuleMap {
  const modules = readdirSync(modulesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const owner = new Map<string, string>();
  for (const module of modules) {
    const path = join(modulesDir, module, 'tables.ts');
    if (!existsSync(path)) continue;
    for (const table of ownedTables(readFileSync(path, 'utf8'))) {
      const earlier = owner.get(table);
      if (earlier) throw new Error(`${table} is owned by both ${earlier} and ${module}`);
      owner.set(table, module);
    }
  }
  return { owner, modules };
}

export interface Finding extends TableUse {
  module: string;
  file: string;
  owner: string;
}

/** The tables `source` (a file of `module`) names that another module owns. */
export function foreignTables(
  module: string,
  file: string,
  source: string,
  owner: ReadonlyMap<string, string>,
): Finding[] {
  return tablesNamed(source, new Set(owner.keys()))
    .filter((use) => owner.get(use.table) !== module)
    .map((use) => ({ ...use, module, file, owner: owner.get(use.table)! }));
}
