/**
 * Hostile and malformed text files given to the CLI — policies, the
 * configuration — end in exit 2 with a file:line:col message, never exit 3
 * and never a silent guess. Driven in-process; no test here scans: each
 * problem is found before the snapshot is read.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/io.js';
import { MAX_YAML_DEPTH } from '../../src/policy/yaml-depth.js';

async function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text) => { stdout += text; }, isTTY: false },
    stderr: { write: (text) => { stderr += text; }, isTTY: false },
    env: {},
    cwd: process.cwd(),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

const GOOD_POLICY = readFileSync(new URL('../fixtures/policies/good/acme-s3-bucket-versioning.yaml', import.meta.url), 'utf8');
let dir: string;

/** Writes `content` to `name` under the test's folder and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'assay-hostile-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('files that are not UTF-8', () => {
  it('a policy file: exit 2 at the first invalid byte, and the other files\' problems too', async () => {
    const [head = '', tail = ''] = GOOD_POLICY.split('title: S3 buckets keep object versions');
    // "café" as Latin-1: é is the single byte 0xE9.
    const latin1 = Buffer.concat([Buffer.from(`${head}title: S3 buckets keep object versions, caf`), Buffer.from([0xe9]), Buffer.from(tail)]);
    const bad = file('latin1/acme-s3-bucket-versioning.yaml', latin1);
    file('latin1/other.yaml', 'id: other\n');
    const result = await cli(['policies', 'validate', join(dir, 'latin1')]);
    expect(result.code).toBe(2);
    const line = GOOD_POLICY.split('\n').findIndex((l) => l.startsWith('title:')) + 1;
    const column = 'title: S3 buckets keep object versions, caf'.length + 1;
    expect(result.stderr).toContain(`${bad}:${line}:${column}: file is not UTF-8 text: byte 0xE9 does not start a valid UTF-8 character [YAML_SYNTAX]`);
    expect(result.stderr).toContain(`${join(dir, 'latin1/other.yaml')}:1:1: "title" is missing (required) [POLICY_SCHEMA]`);
    expect(result.stderr).not.toContain('\ufffd');
  });

  it('the configuration: exit 2 at the first invalid byte, before anything is scanned', async () => {
    const config = file('latin1-config/assay.config.yaml', Buffer.concat([Buffer.from('failOn: high\nwaivers:\n  - policy: aws-s3-bucket-versioning\n    reason: "'), Buffer.from([0xff, 0xfe]), Buffer.from('"\n')]));
    const result = await cli(['scan', '--snapshot', 'examples/demo-account.json', '--config', config]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${config}:4:14: file is not UTF-8 text: byte 0xFF does not start a valid UTF-8 character [YAML_SYNTAX]`);
  });
});

describe('deep nesting', () => {
  it('a configuration of 10,000 nested lists: exit 2, located where the limit is crossed', async () => {
    const config = file('deep-config/assay.config.yaml', `failOn: high\npacks: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    const result = await cli(['scan', '--snapshot', 'examples/demo-account.json', '--config', config]);
    expect(result.code).toBe(2);
    // The root map is level 1, so the bracket at level MAX_YAML_DEPTH + 1 is number MAX_YAML_DEPTH.
    expect(result.stderr).toContain(`${config}:2:${'packs: '.length + MAX_YAML_DEPTH}: invalid YAML: maps and lists nest deeper than ${MAX_YAML_DEPTH} levels [YAML_SYNTAX]`);
  });

  it('a policy of 10,000 nested nots: exit 2, located', async () => {
    const deep = GOOD_POLICY.replace('check: { path: versioning.status, equals: Enabled }', `check: ${'{ not: '.repeat(10_000)}{ path: versioning.status, equals: Enabled }${' }'.repeat(10_000)}`);
    const path = file('deep-policy/acme-s3-bucket-versioning.yaml', deep);
    const result = await cli(['policies', 'validate', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: invalid YAML: maps and lists nest deeper than ${MAX_YAML_DEPTH} levels \\[YAML_SYNTAX\\]`));
  });
});

describe('configuration packs', () => {
  it('an unknown pack is located in the file, with a suggestion, before anything is scanned', async () => {
    const config = file('packs-config/assay.config.yaml', 'failOn: high\npacks:\n  - cis-aws-foundation-7.0.0\n');
    const result = await cli(['scan', '--snapshot', 'does-not-exist.json', '--config', config]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${config}:3:5: unknown pack "cis-aws-foundation-7.0.0"; did you mean "cis-aws-foundations-7.0.0"? [CONFIG_SCHEMA]`);
    expect(result.stderr).not.toContain('does-not-exist.json');
  });
});

describe('policies test exit codes', () => {
  it('an invalid policy is bad input: exit 2, with its located problem', async () => {
    const path = file('invalid/acme-s3-bucket-versioning.yaml', GOOD_POLICY.replace('equals: Enabled }', 'equal: Enabled }'));
    const result = await cli(['policies', 'test', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/acme-s3-bucket-versioning\.yaml:8:\d+: unknown operator "equal"; did you mean "equals"\? \[POLICY_CONDITION\]/);
    expect(result.stdout).toContain('bad  acme-s3-bucket-versioning (invalid policy, cases not run)');
    expect(result.stdout).toContain('0 passed, 0 failed, 1 invalid policy');
  });

  it('an unknown field is bad input too', async () => {
    const path = file('unknown-path/acme-s3-bucket-versioning.yaml', GOOD_POLICY.replace('path: versioning.status, equals', 'path: versioning.staus, equals'));
    expect((await cli(['policies', 'test', path])).code).toBe(2);
  });

  it('runs a library\'s named-condition cases, located in the library, and refuses a case that omits a required argument', async () => {
    const library = [
      'conditions:',
      '  versioned:',
      '    resource: aws.s3.bucket',
      '    description: Versioning is in the given state.',
      '    arguments:',
      '      state: { type: string, description: Required versioning status. }',
      '    condition: { path: versioning.status, equals: { arg: state } }',
      '    tests:',
      '      - { name: enabled, with: { state: Enabled }, expect: PASS }',
      '      - { name: suspended, with: { state: Enabled }, resource: { versioning: { status: Suspended } }, expect: PASS }',
      '      - { name: unread, errors: [ { path: versioning, code: AccessDenied } ], expect: ERROR }',
      '',
    ].join('\n');
    const path = file('library/lib/buckets.yaml', library);
    const result = await cli(['policies', 'test', path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('FAIL named condition versioned (3 cases)');
    expect(result.stderr).toContain(`${path}:10:111: versioned: test "suspended": expected PASS, got FAIL`);
    expect(result.stderr).toContain(`${path}:11:9: test "unread" of named condition versioned does not pass the required argument "state"`);
    expect(result.stderr).toContain('versioned has no test case expecting FAIL');
  });

  it('a valid policy whose case fails exits 1', async () => {
    const path = file('failing/acme-s3-bucket-versioning.yaml', GOOD_POLICY.replace('    expect: PASS', '    expect: FAIL'));
    const result = await cli(['policies', 'test', path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('FAIL acme-s3-bucket-versioning (3 cases)');
  });
});
