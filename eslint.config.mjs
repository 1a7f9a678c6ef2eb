// ESLint (flat config): Next's rules (core web vitals: React, hooks, a11y, import, @next/next) and
// typescript-eslint's recommended rules. `npm test` runs it with --max-warnings 0 (suite `lint`).
// Deliberate exceptions are here, each with its reason; a rule switched off inline needs a reason too.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    // generated (npm run codegen) and build output
    'lib/contracts/abis.generated.ts',
    'lib/contracts/enums.generated.ts',
    'next-env.d.ts',
    '.next/**',
    '.dev/**',
    'contracts/out/**',
    'contracts/cache/**',
    'test-results/**',
    'node_modules/**',
  ]),
  {
    rules: {
      // Unused code is an error, not a warning; a leading underscore marks a deliberately unused binding.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-unused-expressions': 'error',
    },
  },
  {
    // The public threat page links home with a plain <a> on purpose: next/link would prefetch the home page on
    // every threat page view, bytes a phone does not need (benchmarks/public-page).
    files: ['app/t/**'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // React Compiler is not enabled (next.config.ts), so react-hook-form's watch() costs no memoisation.
    rules: { 'react-hooks/incompatible-library': 'off' },
  },
  {
    // Node scripts and configs (CommonJS solc wrapper included) run outside the bundler.
    files: ['scripts/**/*.{mjs,cjs,js}', '*.config.{mjs,ts}', '.ci/**'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
]);
