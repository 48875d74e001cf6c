/**
 * `assay trail verify` end to end, in-process: the real CLI, credential
 * chain, guarded SDK clients and HTTP, pointed with AWS_ENDPOINT_URL at a
 * loopback server that answers S3 and CloudTrail from a bucket of real,
 * signed digest chains. Exit codes, stderr, and the findings written in
 * every report format.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseFindingsDocument } from '../../src/findings/read.js';
import { runCli } from '../support/cli.js';
import { fencedBlocks } from '../support/fenced-blocks.js';
import { FakeBucket, signingKey, writeChain, type BuiltChain } from '../support/trail-bucket.js';
import { serveTrailAws, trailAws, type FakeTrail } from '../support/trail-http.js';

const ACCOUNT = '123456789012';
const KEY = signingKey('us-east-1', '2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
const MAIN: FakeTrail = { Name: 'management-events', TrailARN: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/management-events`, HomeRegion: 'us-east-1', S3BucketName: 'trail-logs', IsMultiRegionTrail: false, IsOrganizationTrail: false };
const PERIOD = ['--start-time', '2024-03-01', '--end-time', '2024-03-01T06:00:00Z'];
const ENV = { AWS_REGION: 'us-east-1' };

let bucket: FakeBucket;
let archive: FakeBucket;
let chain: BuiltChain;
let server: { endpoint: string; close: () => Promise<void> };
let dir: string;

beforeAll(async () => {
  bucket = new FakeBucket('trail-logs');
  bucket.keys.push(KEY);
  chain = writeChain({ bucket, account: ACCOUNT, region: 'us-east-1', trail: 'management-events', start: '2024-03-01T00:00:00Z', hours: 6, logsPerHour: 2, key: KEY });
  // The demo snapshot's acme-org-archive trail writes here, under its key prefix.
  archive = new FakeBucket('acme-org-log-archive-111122223333');
  writeChain({ bucket: archive, account: ACCOUNT, region: 'us-east-1', trail: 'acme-org-archive', prefix: 'acme-production', start: '2024-03-01T00:00:00Z', hours: 6, logsPerHour: 1, key: KEY });
  server = await serveTrailAws(trailAws([bucket, archive], [MAIN]));
  dir = await mkdtemp(join(tmpdir(), 'assay-trail-'));
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  vi.stubEnv('AWS_ENDPOINT_URL', server.endpoint);
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDTEST');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test-secret');
  vi.stubEnv('AWS_REGION', 'us-east-1');
  vi.stubEnv('AWS_PROFILE', '');
});

afterEach(() => { vi.unstubAllEnvs(); });

describe('assay trail verify', () => {
  it('exits 0 on an intact trail and prints the findings table', async () => {
    const run = await runCli(['trail', 'verify', '--trail', 'management-events', ...PERIOD, '--quiet'], ENV);
    expect(run.stderr).toBe('trail verify: intact\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('5 policies · 1 resources · 5 findings');
    expect(run.stdout).toContain('FAIL 0  ERROR 0  MANUAL 0  PASS 5');
    // Headed as what it is: a verification of the evidence read over the range, not a scan of a snapshot.
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      'Assay trail verification',
      expect.stringMatching(/^evidence [0-9a-f]{64} · range 2024-03-01T00:00:00Z to 2024-03-01T06:00:00Z · aws · /),
    ]);
  });

  it('exits 1 on an edited log file and writes it, as evidence, in every report format', async () => {
    const edited = chain.logs[4]![1]!;
    const original = bucket.object(edited).body;
    bucket.put(edited, gzipSync(Buffer.from('{"Records":[]}')));
    try {
      const formats = ['json', 'sarif', 'junit', 'csv', 'markdown', 'html', 'table'];
      const outputs = formats.flatMap((f) => ['--output', `${f}=${join(dir, `trail.${f}`)}`]);
      const run = await runCli(['trail', 'verify', '--trail', MAIN.TrailARN, ...PERIOD, ...outputs, '--quiet'], ENV);
      expect(run.code).toBe(1);
      expect(run.stderr.split('\n').filter((l) => !l.startsWith('wrote '))).toEqual(['trail verify: not intact: 1 FAIL and 0 ERROR findings', '']);
      // The key's last part: Markdown escapes the underscores of the rest.
      const tail = edited.split('_').pop()!;
      for (const format of formats) expect(await readFile(join(dir, `trail.${format}`), 'utf8'), format).toContain(tail);
      const doc = parseFindingsDocument(await readFile(join(dir, 'trail.json')), 'trail.json');
      expect(doc.findings.filter((f) => f.status !== 'PASS').map((f) => [f.policy, f.resource.arn, f.evidence.map((e) => e.path)])).toEqual([
        ['trail-integrity-log-files-unmodified', MAIN.TrailARN, [`s3://trail-logs/${edited}`]],
      ]);
      expect(doc.snapshot.collectedAt).toBe('2024-03-01T06:00:00Z');
      expect(doc.verification).toEqual({ command: 'trail verify', start: '2024-03-01T00:00:00Z', end: '2024-03-01T06:00:00Z' });
      const markdown = await readFile(join(dir, 'trail.markdown'), 'utf8');
      expect(markdown.split('\n')[0]).toBe('# Assay trail verification report');
      expect(markdown).toContain('- **Evidence:** ');
      expect(await readFile(join(dir, 'trail.html'), 'utf8')).toContain('<dt>Verified range</dt>');
    } finally {
      bucket.put(edited, original);
    }
  });

  it('writes the same bytes for the same bucket and period', async () => {
    const once = await runCli(['trail', 'verify', ...PERIOD, '--format', 'json', '--quiet'], ENV);
    const twice = await runCli(['trail', 'verify', ...PERIOD, '--format', 'json', '--quiet', '--concurrency', '3'], ENV);
    expect(once.code).toBe(0);
    expect(twice.stdout).toBe(once.stdout);
    expect((JSON.parse(once.stdout) as { findings: unknown[] }).findings).toHaveLength(5);
  });

  it('takes the trail from a snapshot: bucket, key prefix and home region', async () => {
    const run = await runCli(['trail', 'verify', '--snapshot', 'examples/demo-account.json', '--trail', 'acme-org-archive', ...PERIOD, '--format', 'json'], ENV);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('arn:aws:cloudtrail:us-east-1:123456789012:trail/acme-org-archive: 6 digest files and 6 log files in 1 account/region chains, 0 problems\n');
    const doc = JSON.parse(run.stdout) as { findings: { resource: { id: string }; status: string }[] };
    expect(doc.findings.map((f) => `${f.resource.id} ${f.status}`)).toEqual(Array<string>(5).fill('acme-org-archive PASS'));
  });

  it.each([
    [['--trail', 'management-events', '--start-time', 'yesterday'], "error: option '--start-time <time>' argument 'yesterday' is invalid. an ISO 8601 time with its zone, such as 2024-03-01T00:00:00Z, or a date such as 2024-03-01 (midnight UTC)"],
    [['--trail', 'management-events', '--start-time', '2024-03-02', '--end-time', '2024-03-01'], 'assay: --start-time 2024-03-02T00:00:00Z is not before --end-time 2024-03-01T00:00:00Z [CLI_USAGE]'],
    [['--trail', 'mangement-events', ...PERIOD], '--trail: no trail "mangement-events" with an S3 bucket in us-east-1 [UNKNOWN_TRAIL]'],
    [['--snapshot', 'examples/demo-account.json', '--trail', 'absent', ...PERIOD], 'examples/demo-account.json: the snapshot has no trail "absent" with an S3 bucket [UNKNOWN_TRAIL]'],
    [['--trail', 'management-events', ...PERIOD, '--regions', 'us-east-1,nowhere'], "error: option '--regions <list>' argument 'us-east-1,nowhere' is invalid. comma-separated region names such as us-east-1,eu-west-1 (\"nowhere\" is not one)"],
  ])('exits 2 on bad input: %j', async (args, message) => {
    const run = await runCli(['trail', 'verify', ...args], ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });

  // test/docs-examples.test.ts never runs these (they read AWS); here they run against the fake.
  const readmeCommands = fencedBlocks('README.md', readFileSync('README.md', 'utf8'))
    .filter((b) => b.lang === 'sh')
    .flatMap((b) => b.text.split('\n'))
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line.startsWith('assay trail verify '));

  it('has the README\'s examples to run', () => {
    expect(readmeCommands).toHaveLength(2);
  });

  it.each(readmeCommands)('runs the README\'s `%s`', async (command) => {
    const words = command.split(/\s+/).slice(1);
    const outputs: string[] = [];
    const args = words.map((word, i) => {
      if (words[i - 1] !== '--output') return word;
      const [format, file] = word.split('=') as [string, string];
      outputs.push(join(dir, `readme-${file}`));
      return `${format}=${join(dir, `readme-${file}`)}`;
    });
    const run = await runCli([...args, '--quiet'], ENV);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.split('\n').filter((l) => !l.startsWith('wrote '))).toEqual(['trail verify: intact', '']);
    for (const output of outputs) expect(existsSync(output), output).toBe(true);
  });
});
