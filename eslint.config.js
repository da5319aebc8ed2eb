// One lint setup for the whole repository: TypeScript rules everywhere, React hook rules in the renderer.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const NOT_IN_THE_PAGE = 'The renderer runs in the page: it reaches Node, Electron and SQLite only through the backend API.';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer talks to the backend over HTTP only; Node modules never load in the page.
      'no-restricted-imports': [
        'error',
        {
          paths: [...builtinModules, 'electron', 'better-sqlite3'].map((name) => ({ name, message: NOT_IN_THE_PAGE })),
          patterns: [
            { group: ['node:*', 'electron/*', 'better-sqlite3/*'], message: NOT_IN_THE_PAGE },
            // A regex, not a gitignore group: gitignore cannot re-include contract/ once src-main/** is excluded.
            { regex: '(?:^|/)src-main(?:/(?!contract(?:/[^/]+)?$)|$)', message: 'From src-main the renderer may import only src-main/contract; the rest is backend code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
