// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** DOM and Node globals that must never appear in shared/ (it runs in Node, renderer and main). */
const forbiddenInShared = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'location',
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
  'global',
].map((name) => ({
  name,
  message: 'shared/ is environment-free: pass environment-specific things in instead.',
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'release/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', ...forbiddenInShared],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', '@xyflow/*'],
              message: 'No React in shared/.',
            },
            { group: ['electron', 'electron-*'], message: 'No Electron in shared/.' },
            { group: ['node:*'], message: 'No Node built-ins in shared/.' },
            {
              regex: '^(fs|path|os|child_process|crypto|url|util|stream|events|buffer)(/.*)?$',
              message: 'No Node built-ins in shared/.',
            },
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ imports nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron-*'], message: 'The renderer talks to the port only.' },
            { group: ['node:*'], message: 'No Node in the renderer.' },
            { group: ['**/electron/**'], message: 'The renderer talks to the port only.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'test/**/*.{ts,tsx,mjs}',
      'build/**/*.{ts,mjs,js}',
      'scripts/**/*.ts',
      '*.config.{ts,js}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);
