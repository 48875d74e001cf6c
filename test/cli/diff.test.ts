/**
 * `assay diff` end to end in-process: exit codes, what each format prints,
 * --output, the --fail-on-new gate, and located errors for bad input.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/findings/comparison.js';
import { runCli } from '../support/cli.js';

const before = 'test/fixtures/results/before.json';
const after = 'test/fixtures/results/after.json';
let dir = '';

beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'assay-diff-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('assay diff', () => {
  it('prints the text comparison and exits 0 without a gate', async () => {
    const result = await runCli(['diff', before, after]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('new 2  fixed 2  unchanged 6  changed 4');
    expect(result.stdout).toMatch(/New failures\nNEW {5}critical aws-s3-bucket-not-public/);
    expect(result.stdout).not.toContain('\u001b');
  });

  it('prints the comparison document with --format json', async () => {
    const result = await runCli(['diff', before, after, '--format', 'json']);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as Comparison;
    expect(doc.schemaVersion).toBe(1);
    expect(doc.before).toMatchObject({ collectedAt: '2026-11-01T12:00:00.000Z', digest: expect.stringMatching(/^sha256:b8e52fde32e3/) as string });
    expect(doc.after.collectedAt).toBe('2026-11-08T12:00:00.000Z');
    expect(doc.summary).toEqual({ new: 2, fixed: 2, unchanged: 6, changed: 4 });
    expect(doc.new.map((e) => [e.severity, e.policy, e.before?.status ?? null, e.after?.status])).toEqual([
      ['critical', 'aws-s3-bucket-not-public', 'PASS', 'FAIL'],
      ['high', 'aws-ec2-security-group-no-admin-ports-from-ipv4-internet', null, 'FAIL'],
    ]);
    expect(doc.fixed.map((e) => [e.resource.id, e.after?.status ?? e.absent])).toEqual([['sg-0d3c2b1a09f8e7d6c', 'resource'], ['5f2a9c7e-1b3d-4e6f-8a0b-9c1d2e3f4a5b', 'PASS']]);
    expect(doc.changed.map((e) => `${e.before?.status ?? '-'}>${e.after?.status ?? '-'}`)).toEqual(['ERROR>-', 'FAIL>ERROR', 'PASS>ERROR', 'ERROR>PASS']);
  });

  it('prints Markdown for a pull-request comment', async () => {
    const result = await runCli(['diff', before, after, '--format', 'markdown']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('### Assay diff: 2 new failures · 2 fixed · 4 changed · 6 unchanged');
    expect(result.stdout).toContain('| Severity | Policy | Resource | Was | Finding |');
  });

  it('writes the report to --output instead of stdout', async () => {
    const file = join(dir, 'diff.md');
    const result = await runCli(['diff', before, after, '--format', 'markdown', '--output', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`wrote ${file} (markdown: 2 new, 2 fixed)\n`);
    expect(await readFile(file, 'utf8')).toContain('#### New failures (2)');
  });

  it('exits 1 with --fail-on-new when a new FAIL is at or above the threshold, after writing the report', async () => {
    const file = join(dir, 'gate.json');
    const failed = await runCli(['diff', before, after, '--fail-on-new', 'high', '--format', 'json', '--output', file]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('gate failed: 2 new FAIL findings at or above high (--fail-on-new high)');
    expect((JSON.parse(await readFile(file, 'utf8')) as Comparison).summary.new).toBe(2);
    const critical = await runCli(['diff', before, after, '--fail-on-new', 'critical']);
    expect(critical.code).toBe(1);
    expect(critical.stderr).toContain('gate failed: 1 new FAIL finding at or above critical');
  });

  it('exits 0 with --fail-on-new when nothing new fails', async () => {
    const result = await runCli(['diff', after, after, '--fail-on-new', 'low']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('new 0  fixed 0  unchanged 8  changed 0');
    expect(result.stderr).toBe('gate passed (--fail-on-new low)\n');
  });

  it('exits 2 naming a missing file, and reports both files when both are bad', async () => {
    const missing = join(dir, 'nope.json');
    const one = await runCli(['diff', before, missing]);
    expect(one.code).toBe(2);
    expect(one.stderr).toBe(`${missing}: no such file [FILE_NOT_FOUND]\n`);
    const notJson = join(dir, 'broken.json');
    await writeFile(notJson, '{\n  "schemaVersion": 2,\n  "findings": [\n');
    const both = await runCli(['diff', notJson, missing]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain(`${notJson}:4:1: invalid JSON`);
    expect(both.stderr).toContain(`${missing}: no such file`);
    expect(both.stdout).toBe('');
  });

  it('exits 2 for another findings format version or a snapshot given by mistake', async () => {
    const old = join(dir, 'v1.json');
    await writeFile(old, (await readFile(before, 'utf8')).replace('"schemaVersion": 2', '"schemaVersion": 1'));
    const version = await runCli(['diff', old, after]);
    expect(version.code).toBe(2);
    expect(version.stderr).toContain(`${old}:2:20: findings format version 1 is not supported; this Assay reads version 2`);
    const snapshot = await runCli(['diff', 'examples/demo-account.json', after]);
    expect(snapshot.code).toBe(2);
    expect(snapshot.stderr).toContain('examples/demo-account.json:1:1: this is a snapshot, not a findings document');
  });

  it('exits 2 for an unknown format or threshold', async () => {
    expect((await runCli(['diff', before, after, '--format', 'sarif'])).code).toBe(2);
    expect((await runCli(['diff', before, after, '--fail-on-new', 'severe'])).code).toBe(2);
    expect((await runCli(['diff', before])).code).toBe(2);
  });
});
