// ESLint for the whole repository. Its main job beyond style: enforce the layering in
// ARCHITECTURE.md ("may import"), so no folder reaches across a boundary by accident.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const restrict = (message, patterns, paths = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: [{ group: patterns, message }],
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'release/**', 'test-output/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Worker-thread modules run in Node as plain ES modules.
    files: ['electron/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      'shared/ is pure: it may import only shared/ and zod (no Node, Electron, DOM, db or UI).',
      ['**/db/**', '**/electron/**', '**/renderer/**', 'react', 'react-dom', 'better-sqlite3'],
      ['electron', ...nodeBuiltins],
    ),
  },
  {
    files: ['db/**/*.ts'],
    rules: restrict(
      'db/ may import only shared/, node: and better-sqlite3.',
      ['**/electron/**', '**/renderer/**', 'react', 'react-dom'],
      ['electron'],
    ),
  },
  {
    files: [
      'electron/services/**/*.ts',
      'electron/webhost/**/*.ts',
      'electron/cli.ts',
      'electron/build.ts',
    ],
    rules: restrict(
      'Only electron/main and electron/preload may import electron; the Node side never imports the UI.',
      ['**/renderer/**', 'react', 'react-dom', '**/electron/main/**', '**/electron/preload/**'],
      ['electron'],
    ),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: restrict('The Electron shell never imports the UI.', [
      '**/renderer/**',
      'react',
      'react-dom',
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict(
      'renderer/ talks to the app only through renderer/api.ts and the contract in shared/.',
      ['**/db/**', '**/electron/**', 'better-sqlite3'],
      ['electron', ...nodeBuiltins],
    ),
  },
);
