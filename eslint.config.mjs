// ESLint (flat config): ESLint's and typescript-eslint's recommended rules over src/ and test/
// (`npm run lint`). `npm run typecheck` stays separate: these rules need no type information.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/**', 'node_modules/**', 'test/vscode-offline/node24/**', 'test/vscode-offline/runtime/**', 'test/ui/out/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a parameter kept for its position in a signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // `try { ... } catch { }` is the deliberate best-effort cleanup in the test runners.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // The test runners and UI checks are Node ES modules; the UI checks also pass functions to
    // Playwright's page.evaluate, which run in the browser (document, window, getComputedStyle).
    files: ['**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/ui/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
