/**
 * Commands that print a user's policies and a user's arguments to the
 * terminal (or a CI log): a policy's title and description, an unknown id
 * quoted back in an error. None may drive the terminal or issue a GitHub
 * workflow command. Driven in-process: the process boundary is not the point.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-terminal-'));
  const policy = (await readFile('test/fixtures/policies/good/acme-s3-bucket-versioning.yaml', 'utf8'))
    // YAML double-quoted escapes: ESC (\e), BEL (\a), CR, a bidi override and a line that is a workflow command.
    .replace('title: S3 buckets keep object versions', 'title: "Buckets \\e]0;owned\\a\\e[2J keep\\r\\u202eversions\\n::error::fake"')
    .replace('description: Checks that versioning is enabled on every S3 bucket.', 'description: "Checks versioning.\\n::warning::fake\\n  ##[error]legacy"');
  await writeFile(join(dir, 'acme-s3-bucket-versioning.yaml'), policy);
});

afterAll(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

/** Nothing but line feeds among the controls, no bidi character, no workflow command on any line. */
function expectSafe(text: string): void {
  // eslint-disable-next-line no-control-regex -- the assertion is about control characters
  expect(text.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  expect(text.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([]);
  expect(text).not.toContain('##[');
}

describe('terminal output of untrusted text', () => {
  it('policies list shows a hostile title escaped on its row', async () => {
    const result = await runCli(['policies', 'list', '--policies', dir]);
    expect(result.code).toBe(0);
    expectSafe(result.stdout);
    const row = result.stdout.split('\n').find((line) => line.startsWith('acme-s3-bucket-versioning '));
    expect(row).toMatch(/ Buckets \\x1b\]0;owned\\x07\\x1b\[2J keep\\r\\u202eversions\\n::error::fake$/);
  });

  it('policies show keeps the description\'s lines but none is a command', async () => {
    const result = await runCli(['policies', 'show', 'acme-s3-bucket-versioning', '--policies', dir]);
    expect(result.code).toBe(0);
    expectSafe(result.stdout);
    expect(result.stdout).toContain('Checks versioning.\n:\\x3awarning::fake\n  #\\x23[error]legacy');
  });

  it('an unknown id is quoted back escaped', async () => {
    const result = await runCli(['policies', 'show', 'x\u001b[2J\n::error::fake']);
    expect(result.code).toBe(2);
    expectSafe(result.stderr);
    expect(result.stderr).toContain('unknown policy "x\\x1b[2J\\n::error::fake"');
  });

  it('commander\'s own errors quote arguments escaped', async () => {
    const result = await runCli(['scan', '--x\u001b[2J\n::error::fake']);
    expect(result.code).toBe(2);
    expectSafe(result.stderr);
    expect(result.stderr).toContain("unknown option '--x\\x1b[2J\n:\\x3aerror::fake'");
  });
});
