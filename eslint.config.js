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

/** What no renderer file may import: it talks to storage and the OS through the port only. */
const rendererForbidden = [
  { group: ['electron', 'electron-*'], message: 'The renderer talks to the port only.' },
  { group: ['node:*'], message: 'No Node in the renderer.' },
  { group: ['**/electron/**'], message: 'The renderer talks to the port only.' },
];

/**
 * Rooms inside renderer/ (VS Code's layering rule): each folder imports only from its own room
 * and the rooms below it. core (state/, port/) → ui-kit/ → features, in this order (a feature
 * may use one listed before it, never one after, so features have no cycles) → app/ and
 * main.tsx. CONTRIBUTING.md explains what goes where.
 */
const RENDERER_ROOMS = [
  ['core', ['state', 'port']],
  ['ui-kit', ['ui-kit']],
  ['report', ['report']],
  ['library', ['library']],
  ['inspector', ['inspector']],
  ['canvas', ['canvas']],
  ['presentation', ['presentation']],
  ['commands', ['commands']],
  ['scenarios', ['scenarios']],
  ['help', ['help']],
  ['shell', ['shell']],
  ['start', ['start']],
  ['editor', ['editor']],
  ['app', ['app']],
];

/** For each room, its folders may not import from any folder of a room above it. */
const roomRules = RENDERER_ROOMS.map(([room, folders], index) => {
  const above = RENDERER_ROOMS.slice(index + 1).flatMap(([, names]) => names);
  return {
    files: folders.map((folder) => `renderer/${folder}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererForbidden,
            ...(above.length === 0
              ? []
              : [
                  {
                    regex: `^(\\.\\./)+(${above.join('|')})(/|$)`,
                    message: `renderer/ rooms: ${room} imports only from itself and the rooms below it (see eslint.config.js, CONTRIBUTING.md).`,
                  },
                ]),
          ],
        },
      ],
    },
  };
});

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
      'no-restricted-imports': ['error', { patterns: rendererForbidden }],
    },
  },
  ...roomRules,
  {
    // The bare React Flow page of npm run bench:canvas runs in the browser.
    files: ['test/bench/bare-flow/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The command-line programs are built on main's Node modules; main never imports them.
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+cli(/|$)',
              message: 'electron/cli/ builds on electron/main/, not the other way round.',
            },
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
