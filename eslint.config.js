// Layers and purity (who may import whom; no I/O, AWS or clock in the pure
// middle, directly or through any import chain) are checked by
// test/architecture/layering.test.ts over the whole module graph, which a
// per-file lint rule cannot see. The rules here hold for every file alike.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// DESIGN.md rule 8 (issue 14): every argument of a call is a slot on the call
// stack, so `f(...xs)` with a user-sized `xs` overflows it ("Maximum call stack
// size exceeded" on a 75k-resource scan). A loop, or an array literal
// `[...a, ...b]` (which builds on the heap), costs no stack.
const spreadMessage = 'Spreading into call arguments puts every element on the call stack and crashes on large inputs (DESIGN.md rule 8): use a loop, or an array literal [...a, ...b].';
const boundedSyntax = [
  { selector: 'CallExpression > SpreadElement', message: spreadMessage },
  { selector: 'NewExpression > SpreadElement', message: spreadMessage },
];

export default tseslint.config(
  // Generated code (ajv standalone validators, `npm run gen`) is checked by the tests that compare it with its source, not linted.
  { ignores: ['dist/**', 'dist-check/**', 'node_modules/**', 'coverage/**', 'scratch/**', 'src/resources/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Compilers here report a problem and yield `undefined` in one statement (`return report(…)`).
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-console': 'error',
      'no-restricted-globals': ['error', 'process'],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...boundedSyntax],
    },
  },
  {
    // Tests may use any API they need to set up fixtures.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
