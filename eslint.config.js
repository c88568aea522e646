import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * A module is used from outside only through its index.ts, so what it offers is one short list and
 * everything else in its folder may change freely (docs/architecture.md). ESLint's own rule is
 * enough for a flat tree of modules, with no plugin to keep in step; tests and their test-support
 * files may reach inside, since they set a module's state up. `tables.ts` is imported by platform,
 * which composes the database's types (platform/db) and the sealed-column list (platform/crypto).
 */
const boundaryMessage =
  "Import another module through its index.ts (modules/<name>/index.ts): add what you need to that module's index, or ask it for a function.";
/** From outside modules/: `modules/<name>/<file>`. */
const intoModule = {
  regex: '(^|/)modules/[a-z-]+/(?!index\\.ts$)(?!tables\\.ts$)[^/]+$',
  message: boundaryMessage,
};
/** From one module's folder into a sibling's: `../<name>/<file>`. */
const intoSibling = {
  regex: '^\\.\\./[a-z-]+/(?!index\\.ts$)[^/]+$',
  message: boundaryMessage,
};

const gatewayPaths = [
  {
    name: '@havn/domain',
    importNames: ['decideRecordAccess'],
    message:
      'Open records through the personal-data gateway (platform/access/personal-data.ts); it applies decideRecordAccess and audits a denial.',
  },
];
const gatewayPatterns = [
  {
    group: ['**/platform/audit/audit', '**/platform/audit/audit.ts'],
    importNames: ['appendAudit', 'appendAuditEntries'],
    message:
      'Audit through the personal-data gateway, or auditEvent (platform/audit/events.ts) for work on records without personal data.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'e2e/artifacts/**',
      'bench/results/**',
      'packages/web/src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Domain rules are pure: no clock, no randomness, no I/O (DESIGN.md).
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'fetch', 'process'],
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path'] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass "now" in.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass "now" in.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Pass ids in.',
        },
      ],
    },
  },
  {
    files: ['packages/server/src/platform/**/*.ts', 'packages/server/src/platform/*.ts'],
    ignores: ['**/*.test.ts', '**/test-support.ts', '**/marker-test-support.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [intoModule] }] },
  },
  {
    // One path to personal data: a module asks the personal-data gateway, which decides with the
    // domain's rules and files every denial; it never decides a record or writes the audit log
    // itself (modules audit their own work through platform/audit/events.ts).
    files: ['packages/server/src/**/*.ts'],
    ignores: ['packages/server/src/platform/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: gatewayPaths, patterns: [intoModule, ...gatewayPatterns] },
      ],
    },
  },
  {
    files: ['packages/server/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: gatewayPaths, patterns: [intoModule, intoSibling, ...gatewayPatterns] },
      ],
    },
  },
  {
    // Tests set a module's state up through its test-support, so they may reach inside.
    files: ['packages/server/src/**/*.test.ts', 'packages/server/src/**/test-support.ts'],
    ignores: ['packages/server/src/platform/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: gatewayPaths, patterns: gatewayPatterns }],
    },
  },
);
