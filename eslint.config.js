// Lint rules, including the layer rules from ARCHITECTURE.md. Two rules share the work:
// - no-restricted-imports: what a layer may not import from outside the code base
//   (the pure layers common/, main/core/, main/db/ never import electron; common/ and the
//   renderer never import Node built-ins), so they run and are tested anywhere;
// - @typescript-eslint/no-restricted-imports: who may import whom inside it (renderer ↛ main,
//   common ↛ the processes, main/core ↛ db/ipc/adapters, shared ui/ and lib/ ↛ features,
//   a feature ↛ another feature except through its public index.ts).
// tests/unit/lint-layers.test.ts lints the planted violations in tests/lint-fixtures/ to prove each fires.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import pluginLingui from 'eslint-plugin-lingui';

const noElectron = {
  paths: [
    { name: 'electron', message: 'This layer must not import electron: put it behind a port in main/platform/.' },
  ],
  patterns: [{ group: ['electron-store', 'electron/*'], message: 'This layer must not import electron.' }],
};

// Layer rules, as regexes on the import string (relative climbs and the @common/@renderer aliases).
const layer = {
  rendererToMain: {
    regex: '^(\\.\\./)+main(/|$)',
    message: 'The renderer reaches main only through window.unknot (the contract in common/ipc).',
  },
  featureInternals: {
    regex: '(^|/)features/[^/]+/.',
    message:
      'Import a feature only through its public index (@renderer/features/<name>); inside a feature, import relatively.',
  },
  siblingFeature: {
    regex: '^\\.\\./[^./]',
    message: 'A feature reaches another feature only through its public index: @renderer/features/<name>.',
  },
  sharedToFeature: {
    regex: '(^|/)features(/|$)',
    message: 'Shared ui/ and lib/ must not depend on a feature: move what both need into ui/ or lib/.',
  },
  commonToProcess: {
    regex: '^(\\.\\./)+(main|preload|renderer)(/|$)|^@renderer(/|$)',
    message: 'common/ is shared by every process: it never imports main/, preload/ or renderer/.',
  },
  coreToOuter: {
    regex: '^(\\.\\./)+(db|ipc|platform|adapters)(/|$)',
    message:
      'main/core holds engines and use cases: reach storage and the platform through a port, wired in main/index.ts.',
  },
};
const layerRule = (...patterns) => ['error', { patterns }];

// Files whose every user-visible string goes through the Lingui catalog (renderer/src/locales).
// A bare string here (JSX text, a title or label attribute, a string a component shows) fails lint.
// The list grows screen by screen until it is the whole renderer, main's human text and the CLI.
// Files whose every user-visible string goes through Lingui (one group per owner, so
// branches converting different features add lines in different places).
const TRANSLATED = [
  'renderer/src/features/settings/language-section.tsx',
  // app shell, navigation and shared ui/
  // today
  // breaks and quick log
  // routines and the player
  // pain log and body map
  // sources and learn
  // settings, check-in, first run, report
];
const unlocalizedStrings = [
  'error',
  {
    // Class names, ids, routes, test ids, keys, units and technical attribute values are not text.
    ignore: ['^[a-z0-9][a-z0-9-]*$', '^#/', '^[A-Z_]+$'],
    ignoreNames: [
      { regex: { pattern: '^(className|id|key|type|name|role|value|htmlFor|lang|dir|href|rel|target)$' } },
      { regex: { pattern: '^aria-(controls|describedby|labelledby|live|hidden|current|haspopup)$' } },
      { regex: { pattern: '^data-' } },
    ],
    ignoreFunctions: ['console.*', 'Error', 'document.querySelector', 'document.getElementById'],
  },
];

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'tests/lint-fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
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
          ...noElectron,
          patterns: [...noElectron.patterns, { group: ['node:*'], message: 'The renderer has no Node.' }],
        },
      ],
    },
  },
  {
    files: [
      'main/core/**/*.ts',
      'main/db/**/*.ts',
      'main/ipc/**/*.ts',
      'main/settings/**/*.ts',
      'main/security/**/*.ts',
      'main/web/**/*.ts',
      'main/services.ts',
    ],
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noElectron,
          patterns: [
            ...noElectron.patterns,
            {
              group: ['node:*', 'fs', 'path', 'os', 'crypto'],
              message: 'common/ runs in every process: no Node APIs.',
            },
            { group: ['react', 'react-dom'], message: 'common/ has no DOM.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': layerRule(layer.rendererToMain, layer.featureInternals),
    },
  },
  {
    files: ['renderer/src/ui/**/*.{ts,tsx}', 'renderer/src/lib/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': layerRule(layer.rendererToMain, layer.sharedToFeature),
    },
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': layerRule(
        layer.rendererToMain,
        layer.featureInternals,
        layer.siblingFeature,
      ),
    },
  },
  {
    files: ['common/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': layerRule(layer.commonToProcess) },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': layerRule(layer.coreToOuter) },
  },
  {
    files: TRANSLATED,
    plugins: { lingui: pluginLingui },
    rules: { ...pluginLingui.configs['flat/recommended'].rules, 'lingui/no-unlocalized-strings': unlocalizedStrings },
  },
);
