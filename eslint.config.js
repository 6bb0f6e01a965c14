import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Imports point one way (STYLE.md): ui -> state -> scenario -> engine; ui -> charts -> i18n.
// Only engine imports mathjs, only charts/core imports d3, only state imports zustand.
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const appLayer = (names) => names.map((name) => ({ group: [`**/${name}`, `**/${name}/*`], message: `this layer may not import ${name}/ (STYLE.md)` }));
const pkg = (name, where) => ({ group: [name, `${name}/*`], message: `only ${where} imports ${name} (STYLE.md)` });

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts', 'src/state/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      ...restrict([...appLayer(['scenario', 'state', 'ui', 'charts', 'i18n', 'cli']), pkg('d3', 'charts/core'), pkg('zustand', 'state/'), pkg('react', 'ui/ and charts/components'), pkg('zod', 'scenario/')]),
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'the engine is seeded: use createRandom (random.ts)' }],
    },
  },
  {
    files: ['src/i18n/**/*.ts'],
    rules: restrict([...appLayer(['engine', 'scenario', 'state', 'ui', 'charts', 'cli']), pkg('mathjs', 'engine/'), pkg('d3', 'charts/core')]),
  },
  {
    files: ['src/scenario/**/*.ts'],
    rules: restrict([...appLayer(['state', 'ui', 'charts', 'i18n', 'cli']), pkg('mathjs', 'engine/'), pkg('d3', 'charts/core'), pkg('zustand', 'state/')]),
  },
  {
    files: ['src/state/**/*.ts'],
    rules: restrict([...appLayer(['ui', 'charts', 'cli']), pkg('mathjs', 'engine/'), pkg('d3', 'charts/core')]),
  },
  {
    files: ['src/charts/**/*.{ts,tsx}'],
    rules: restrict([...appLayer(['state', 'ui', 'cli', 'scenario']), pkg('mathjs', 'engine/'), pkg('zustand', 'state/')]),
  },
  {
    files: ['src/charts/components/**/*.{ts,tsx}'],
    rules: restrict([...appLayer(['state', 'ui', 'cli', 'scenario']), pkg('mathjs', 'engine/'), pkg('zustand', 'state/'), pkg('d3', 'charts/core')]),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: restrict([...appLayer(['cli']), pkg('mathjs', 'engine/'), pkg('d3', 'charts/core'), pkg('zustand', 'state/')]),
  },
);
