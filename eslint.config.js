import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'e2e/artifacts/**',
      'bench/results/**',
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
    // One path to personal data: a module asks the personal-data gateway, which decides with the
    // domain's rules and files every denial; it never decides a record or writes the audit log
    // itself (modules audit their own work through platform/audit/events.ts).
    files: ['packages/server/src/**/*.ts'],
    ignores: ['packages/server/src/platform/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@havn/domain',
              importNames: ['decideRecordAccess'],
              message:
                'Open records through the personal-data gateway (platform/access/personal-data.ts); it applies decideRecordAccess and audits a denial.',
            },
          ],
          patterns: [
            {
              group: ['**/platform/audit/audit', '**/platform/audit/audit.ts'],
              importNames: ['appendAudit', 'appendAuditEntries'],
              message:
                'Audit through the personal-data gateway, or auditEvent (platform/audit/events.ts) for work on records without personal data.',
            },
          ],
        },
      ],
    },
  },
);
