// Lint rules, including the layer rules from ARCHITECTURE.md: the pure layers
// (common/, main/core/, main/db/) never import electron, and common/ never
// imports Node built-ins, so they run and are tested anywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noElectron = {
  paths: [
    { name: 'electron', message: 'This layer must not import electron: put it behind a port in main/platform/.' },
  ],
  patterns: [{ group: ['electron-store', 'electron/*'], message: 'This layer must not import electron.' }],
};

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
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
);
