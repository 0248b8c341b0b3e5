import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// A later block's no-restricted-imports replaces an earlier one's, so each server block lists
// every pattern that applies to its files.
const serverNoApp = { group: ['**/app/**'], message: 'The server never imports app code.' };
const sqlInRepositories = {
  group: ['kysely', 'kysely/*'],
  message:
    'SQL lives in src/server/repositories (and db/); services get repositories and inTransaction (decision 0015).',
};
const routesThroughServices = {
  group: ['**/repositories/**'],
  message: 'Routes parse, authorise and call a service; only services use repositories (decision 0015).',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'data',
      'node_modules',
      'dev-dist',
      'public',
      'scripts',
      'tests/bench/peers',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // UI talks to the local database and the network only through db/, sync/ and commands.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**'], message: 'The app never imports server code.' }] },
      ],
    },
  },
  {
    files: ['src/app/features/**/*.{ts,tsx}', 'src/app/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Features reach the server through sync/ or api/.' },
        { name: 'indexedDB', message: 'Only db/ touches IndexedDB.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**'], message: 'The app never imports server code.' },
            { group: ['dexie'], message: 'Features read through queries and write through commands.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '**/server/**', 'node:*', 'react', 'dexie'],
              message: 'Shared code is pure.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { patterns: [serverNoApp] }],
    },
  },
  // The server in three layers (decision 0015): SQL only in repositories/ and db/ ...
  {
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/repositories/**', 'src/server/db/**', 'src/server/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [serverNoApp, sqlInRepositories] }],
    },
  },
  // ... and routes reach the data only through services.
  {
    files: ['src/server/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [serverNoApp, sqlInRepositories, routesThroughServices] },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
