// Lint doubles as the architecture check: the pure middle of the pipeline
// (DESIGN.md: compile, evaluate, report, remediate) must not reach for I/O,
// the network, the AWS SDK or the clock, and lower layers must not import
// higher ones. Each block below names the folders it constrains.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ioModules = [
  'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'http', 'node:http', 'https', 'node:https',
  'http2', 'node:http2', 'net', 'node:net', 'tls', 'node:tls', 'dgram', 'node:dgram', 'dns', 'node:dns',
  'child_process', 'node:child_process', 'worker_threads', 'node:worker_threads', 'process', 'node:process',
  'os', 'node:os', 'undici',
];

const clockSyntax = [
  { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Pure code never reads the clock: take time from the snapshot.' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pure code never reads the clock: take time from the snapshot.' },
  { selector: "CallExpression[callee.name='Date'][arguments.length=0]", message: 'Pure code never reads the clock: take time from the snapshot.' },
  { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'Pure code is deterministic: no randomness.' },
];

// DESIGN.md rule 8 (issue 14): every argument of a call is a slot on the call
// stack, so `f(...xs)` with a user-sized `xs` overflows it ("Maximum call stack
// size exceeded" on a 75k-resource scan). A loop, or an array literal
// `[...a, ...b]` (which builds on the heap), costs no stack.
const spreadMessage = 'Spreading into call arguments puts every element on the call stack and crashes on large inputs (DESIGN.md rule 8): use a loop, or an array literal [...a, ...b].';
const boundedSyntax = [
  { selector: 'CallExpression > SpreadElement', message: spreadMessage },
  { selector: 'NewExpression > SpreadElement', message: spreadMessage },
];

/** Import restrictions for one layer: I/O modules (when pure) plus the internal folders it may not use. */
function layer(files, { pure, forbiddenFolders }) {
  const patterns = forbiddenFolders.map((folder) => ({
    group: [`**/${folder}/*`, `**/${folder}/**`, `../${folder}`, `./${folder}`],
    message: `This layer may not import from src/${folder}/ (see STYLE.md, "who may import whom").`,
  }));
  if (pure) {
    patterns.push({ group: ['@aws-sdk/*', '@smithy/*'], message: 'Pure code never talks to AWS.' });
  }
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', {
        paths: pure ? ioModules.map((name) => ({ name, message: 'Pure code does no I/O: the CLI reads and writes files.' })) : [],
        patterns,
      }],
      // Replaces the src/** block's list for these files, so it repeats the bounded selectors.
      ...(pure ? { 'no-restricted-syntax': ['error', ...clockSyntax, ...boundedSyntax] } : {}),
      ...(pure ? { 'no-restricted-globals': ['error', 'process', 'performance', 'fetch', 'setTimeout', 'setInterval'] } : {}),
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist-check/**', 'node_modules/**', 'coverage/**', 'scratch/**'] },
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
  // Text safety: escaping untrusted text for each destination; every layer may use it, it uses none.
  layer(['src/text/**/*.ts'], { pure: true, forbiddenFolders: ['cli', 'action', 'diagnostics', 'resources', 'collect', 'snapshot', 'policy', 'pack', 'config', 'engine', 'report', 'remediate', 'docs'] }),
  // The findings document (schema, vocabulary, roll-up, reading, comparison, baseline, gate): below every layer that makes or reads findings.
  layer(['src/findings/**/*.ts'], { pure: true, forbiddenFolders: ['cli', 'action', 'text', 'collect', 'policy', 'pack', 'config', 'engine', 'report', 'remediate', 'docs'] }),
  layer(['src/diagnostics/**/*.ts'], { pure: true, forbiddenFolders: ['cli', 'resources', 'collect', 'snapshot', 'policy', 'pack', 'engine', 'report', 'remediate'] }),
  layer(['src/resources/**/*.ts'], { pure: true, forbiddenFolders: ['cli', 'collect', 'snapshot', 'policy', 'pack', 'engine', 'report', 'remediate'] }),
  layer(['src/snapshot/**/*.ts'], { pure: false, forbiddenFolders: ['cli', 'collect', 'policy', 'pack', 'engine', 'report', 'remediate'] }),
  layer(['src/collect/**/*.ts'], { pure: false, forbiddenFolders: ['cli', 'policy', 'pack', 'engine', 'report', 'remediate'] }),
  layer(['src/policy/**/*.ts'], { pure: true, forbiddenFolders: ['cli', 'collect', 'pack', 'engine', 'report', 'remediate'] }),
  layer(['src/pack/**/*.ts'], { pure: true, forbiddenFolders: ['cli', 'collect', 'engine', 'report', 'remediate'] }),
  layer(['src/engine/**/*.ts'], { pure: true, forbiddenFolders: ['cli', 'collect', 'report', 'remediate'] }),
  layer(['src/report/**/*.ts'], { pure: true, forbiddenFolders: ['cli', 'collect', 'remediate'] }),
  layer(['src/remediate/**/*.ts'], { pure: true, forbiddenFolders: ['cli', 'collect', 'report'] }),
  layer(['src/config/**/*.ts'], { pure: true, forbiddenFolders: ['cli', 'collect', 'snapshot', 'engine', 'report', 'remediate'] }),
  // Generated documentation pages: rendered from policy and pack documents only.
  layer(['src/docs/**/*.ts'], { pure: true, forbiddenFolders: ['cli', 'collect', 'snapshot', 'engine', 'report', 'remediate'] }),
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
