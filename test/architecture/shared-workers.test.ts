/**
 * The suite runs test files one after another in shared workers
 * (vitest.config.ts: isolate false), so a file must leave no global state for
 * the next. Spies, stubbed env and globals are restored by the config; what
 * it cannot undo is refused here: module mocks, changing the working
 * directory, writing process.env directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FORBIDDEN: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\bvi\.(mock|doMock|unmock|doUnmock)\(/, why: 'module mocks outlive the file in a shared worker; pass the dependency in instead' },
  { pattern: /\bprocess\.chdir\(/, why: 'the working directory is the whole worker\'s; pass a cwd (runCli takes one)' },
  { pattern: /\bprocess\.env(\.\w+|\[[^\]]+\])\s*=[^=]|\bdelete\s+process\.env\b|\bObject\.assign\(\s*process\.env\b/, why: 'process.env is the whole worker\'s; use vi.stubEnv (restored after each test) or pass env in' },
];

const roots = ['src', 'test', 'scripts', 'examples'];
const testFiles = roots.flatMap((root) => readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => `${root}/${f}`));
const ownFile = 'test/architecture/shared-workers.test.ts';

/** `file:line: why` for every line of a test file (or test support file) that breaks the rule. */
function violations(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => FORBIDDEN.filter((f) => f.pattern.test(line)).map((f) => `${file}:${i + 1}: ${f.why}`));
}

describe('tests leave no global state behind (they share workers)', () => {
  it('no test file mocks modules, changes directory or writes process.env', () => {
    const scanned = testFiles.filter((f) => f !== ownFile && (f.endsWith('.test.ts') || f.startsWith('test/')));
    expect(scanned.length).toBeGreaterThan(100);
    expect(scanned.flatMap((f) => violations(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('the check finds each kind of violation', () => {
    expect(violations('x.test.ts', [
      "vi.mock('../src/collect/clients.js');",
      "process.chdir('/tmp');",
      "process.env.AWS_REGION = 'us-east-1';",
      "process.env['NO_COLOR'] = '1';",
      'delete process.env.CI;',
      'const ci = process.env.CI === \'true\';',
    ].join('\n'))).toEqual([
      'x.test.ts:1: module mocks outlive the file in a shared worker; pass the dependency in instead',
      'x.test.ts:2: the working directory is the whole worker\'s; pass a cwd (runCli takes one)',
      'x.test.ts:3: process.env is the whole worker\'s; use vi.stubEnv (restored after each test) or pass env in',
      'x.test.ts:4: process.env is the whole worker\'s; use vi.stubEnv (restored after each test) or pass env in',
      'x.test.ts:5: process.env is the whole worker\'s; use vi.stubEnv (restored after each test) or pass env in',
    ]);
  });
});
