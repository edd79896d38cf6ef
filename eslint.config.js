// ESLint flat config: type-aware TypeScript rules, React hooks, accessibility and the
// architecture boundaries of code-style.md (engine pure, features isolated, no cycles).
import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { existsSync, readdirSync } from 'node:fs';

const features = existsSync('src/features')
  ? readdirSync('src/features', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : [];

/** `target` may import from src/ only inside the `allowed` folders. */
const zone = (target, allowed, message) => ({
  target,
  from: './src',
  except: allowed.map((folder) => `./${folder}`),
  message,
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      'node_modules',
      'reports',
      'test-results',
      'playwright-report',
      'coverage',
      'public',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Conflicts with no-non-null-assertion: prefer explicit `as` over `!`.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(
              './src/engine',
              ['engine'],
              'The engine is pure: it imports nothing outside itself.',
            ),
            zone('./src/content', ['engine', 'content'], 'Content imports only engine types.'),
            zone('./src/i18n', ['engine', 'content', 'i18n', 'lib'], 'i18n sits below features.'),
            zone('./src/ui', ['ui', 'lib'], 'Shared UI knows no domain.'),
            zone(
              './src/common',
              ['engine', 'content', 'i18n', 'ui', 'lib', 'common'],
              'Shared domain blocks hold no state and know no feature.',
            ),
            zone('./src/lib', ['lib', 'engine'], 'lib wraps browser APIs and libraries only.'),
            zone(
              './src/stores',
              ['stores', 'engine', 'lib', 'content/locales.ts'],
              'Stores hold state, not views (they may know which languages exist).',
            ),
            {
              target: './src/features',
              from: './src/app',
              message: 'Only src/app wires features together.',
            },
            // Features never import each other: one zone per feature folder.
            ...features.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message: 'Features never import each other; wire them in src/app.',
            })),
          ],
        },
      ],
    },
  },
  {
    // The engine imports no package at all: no React, DOM, storage or words.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^[^.]', message: 'The engine imports no package.' }] },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
