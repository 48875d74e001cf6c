/**
 * The verifier over real digest chains: gzip'd log files, digests signed with
 * our own RSA keys as CloudTrail signs with its regional ones, then tampered
 * with the way an intruder would. Each case states every finding that is not
 * a PASS, with its evidence, and that the others pass.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FakeBucket, memoryStore, readDigestJson, signDigest, signingKey, writeChain, type SigningKey } from '../../test/support/trail-bucket.js';
import { verificationDocument } from './findings.js';
import { verifyTrail, type TrailTarget, type VerifyOptions } from './verify.js';
import type { ScanResult } from '../findings/schema.js';

const ACCOUNT = '123456789012';
const START = '2024-03-01T00:00:00Z';
const END = '2024-03-01T06:00:00Z';
const KEY = signingKey('us-east-1', '2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z');

const trail = (overrides: Partial<TrailTarget> = {}): TrailTarget => ({
  name: 'main', arn: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/main`, account: ACCOUNT, partition: 'aws', homeRegion: 'us-east-1',
  bucket: 'trail-logs', keyPrefix: undefined, multiRegion: false, organization: false, ...overrides,
});

function bucketWith(...keys: SigningKey[]): FakeBucket {
  const bucket = new FakeBucket('trail-logs');
  bucket.keys.push(...(keys.length === 0 ? [KEY] : keys));
  return bucket;
}

const chainOf = (bucket: FakeBucket, hours = 6, logsPerHour: number | ((hour: number) => number) = 2) =>
  writeChain({ bucket, account: ACCOUNT, region: 'us-east-1', trail: 'main', start: START, hours, logsPerHour, key: KEY });

async function verify(bucket: FakeBucket, target = trail(), options: Partial<VerifyOptions> & { pageSize?: number; deny?: (b: string, k: string) => boolean } = {}): Promise<ScanResult> {
  const { pageSize, deny, ...rest } = options;
  const store = memoryStore([bucket], { ...(pageSize === undefined ? {} : { pageSize }), ...(deny === undefined ? {} : { deny }) });
  const verification = await verifyTrail(store, target, { start: START, end: END, concurrency: 4, ...rest });
  return verificationDocument([verification], { generator: { name: 'assay', version: 'test' }, range: { start: rest.start ?? START, end: rest.end ?? END } });
}

const statuses = (doc: ScanResult): Record<string, string> => Object.fromEntries(doc.findings.map((f) => [f.policy.replace('trail-integrity-', ''), f.status]));
const notPassing = (doc: ScanResult) => doc.findings.filter((f) => f.status !== 'PASS').map((f) => ({ policy: f.policy, status: f.status, evidence: f.evidence, ...(f.reasons === undefined ? {} : { reasons: f.reasons }) }));
const url = (key: string): string => `s3://trail-logs/${key}`;
const short = (signature: string | undefined): string => `${(signature ?? '').slice(0, 16)}…`;
const sha = (hex: string): string => `sha256:${hex}`;
const ALL_PASS = { 'digests-valid': 'PASS', 'chain-intact': 'PASS', 'log-files-unmodified': 'PASS', 'log-files-present': 'PASS', coverage: 'PASS' };

/** Rewrites a digest's JSON and signs it again with `key`, as only CloudTrail (or whoever holds its key) could. */
function resign(bucket: FakeBucket, key: string, change: (json: Record<string, unknown>) => void, signing = KEY): string {
  const json = readDigestJson(bucket, key);
  change(json);
  const body = Buffer.from(JSON.stringify(json));
  const signature = signDigest(signing, json as { digestEndTime: string; previousDigestSignature: string | null }, bucket.name, key, body);
  bucket.put(key, gzipSync(body), { signature, 'signature-algorithm': 'SHA256withRSA' });
  return signature;
}

describe('verifyTrail', () => {
  it('passes an intact chain, read over pages of two keys', async () => {
    const bucket = bucketWith();
    chainOf(bucket);
    const doc = await verify(bucket, trail(), { pageSize: 2 });
    expect(statuses(doc)).toEqual(ALL_PASS);
    expect(doc.findings.map((f) => f.message)).toEqual([
      `6 digest files from ${START} to ${END} verify with CloudTrail's public keys.`,
      `The 6 digest files from ${START} to ${END} link up without a break.`,
      'All 12 log files named by valid digests match their hashes.',
      'All 12 log files named by valid digests exist.',
      `Valid digest files cover from ${START} to ${END} in 1 account and region.`,
    ]);
    expect(doc.findings.every((f) => f.evidence.length === 0 && f.resource.arn === trail().arn)).toBe(true);
  });

  it('finds an edited log file by its hash', async () => {
    const bucket = bucketWith();
    const { digests, logs } = chainOf(bucket);
    const edited = logs[2]![1]!;
    const recorded = (readDigestJson(bucket, digests[2]!).logFiles as { s3Object: string; hashValue: string }[]).find((l) => l.s3Object === edited)!.hashValue;
    const forged = Buffer.from(JSON.stringify({ Records: [] }));
    bucket.put(edited, gzipSync(forged));
    const doc = await verify(bucket);
    expect(statuses(doc)).toEqual({ ...ALL_PASS, 'log-files-unmodified': 'FAIL' });
    expect(notPassing(doc)).toEqual([{
      policy: 'trail-integrity-log-files-unmodified', status: 'FAIL',
      evidence: [{ path: url(edited), op: 'equals', actual: sha(createHash('sha256').update(forged).digest('hex')), expected: sha(recorded), result: 'fail' }],
    }]);
    expect(doc.findings[2]?.message).toBe('1 log file does not match the hash its digest records.');
  });

  it('finds a log file replaced by bytes that are not gzip', async () => {
    const bucket = bucketWith();
    const { logs } = chainOf(bucket);
    bucket.put(logs[0]![0]!, Buffer.from('{"Records":[]}'));
    const doc = await verify(bucket);
    expect(notPassing(doc)).toEqual([{
      policy: 'trail-integrity-log-files-unmodified', status: 'FAIL',
      evidence: [{ path: url(logs[0]![0]!), op: 'equals', actual: 'not gzip: incorrect header check', expected: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) as unknown, result: 'fail' }],
    }]);
  });

  it('finds a deleted log file', async () => {
    const bucket = bucketWith();
    const { logs } = chainOf(bucket);
    bucket.delete(logs[3]![0]!);
    const doc = await verify(bucket);
    expect(notPassing(doc)).toEqual([{
      policy: 'trail-integrity-log-files-present', status: 'FAIL',
      evidence: [{ path: url(logs[3]![0]!), op: 'exists', actual: null, expected: true, result: 'fail' }],
    }]);
    expect(statuses(doc)['log-files-unmodified']).toBe('PASS');
  });

  it('finds a deleted digest file, and the hour it leaves uncovered', async () => {
    const bucket = bucketWith();
    const { digests } = chainOf(bucket);
    bucket.delete(digests[2]!);
    const doc = await verify(bucket);
    expect(notPassing(doc)).toEqual([
      { policy: 'trail-integrity-chain-intact', status: 'FAIL', evidence: [{ path: url(digests[2]!), op: 'exists', actual: null, expected: true, result: 'fail' }] },
      { policy: 'trail-integrity-coverage', status: 'FAIL', evidence: [{ path: url(`AWSLogs/${ACCOUNT}/CloudTrail-Digest/us-east-1/`), op: 'coveredByDigests', actual: '2024-03-01T02:00:00Z/2024-03-01T03:00:00Z', expected: true, result: 'fail' }] },
    ]);
  });

  it('finds a digest edited to hide a log file change: its signature no longer verifies', async () => {
    const bucket = bucketWith();
    const { digests } = chainOf(bucket);
    const json = readDigestJson(bucket, digests[1]!);
    (json.logFiles as { hashValue: string }[])[0]!.hashValue = '0'.repeat(64);
    bucket.put(digests[1]!, gzipSync(Buffer.from(JSON.stringify(json))), bucket.object(digests[1]!).metadata);
    const doc = await verify(bucket);
    expect(notPassing(doc)).toEqual([
      { policy: 'trail-integrity-digests-valid', status: 'FAIL', evidence: [{ path: url(digests[1]!), op: 'validDigest', actual: `the signature does not verify with CloudTrail's key ${KEY.publicKey.fingerprint}`, expected: true, result: 'fail' }] },
      { policy: 'trail-integrity-coverage', status: 'FAIL', evidence: [{ path: url(`AWSLogs/${ACCOUNT}/CloudTrail-Digest/us-east-1/`), op: 'coveredByDigests', actual: '2024-03-01T01:00:00Z/2024-03-01T02:00:00Z', expected: true, result: 'fail' }] },
    ]);
  });

  it('finds a broken signature in the metadata, which also breaks the next digest\'s link', async () => {
    const bucket = bucketWith();
    const { digests } = chainOf(bucket);
    const object = bucket.object(digests[4]!);
    const original = object.metadata.signature!;
    const broken = `${original.slice(0, -2)}${original.endsWith('00') ? '01' : '00'}`;
    object.metadata = { ...object.metadata, signature: broken };
    const doc = await verify(bucket);
    expect(notPassing(doc)).toEqual([
      { policy: 'trail-integrity-digests-valid', status: 'FAIL', evidence: [{ path: url(digests[4]!), op: 'validDigest', actual: `the signature does not verify with CloudTrail's key ${KEY.publicKey.fingerprint}`, expected: true, result: 'fail' }] },
      { policy: 'trail-integrity-chain-intact', status: 'FAIL', evidence: [{ path: `${url(digests[5]!)}#/previousDigestSignature`, op: 'equals', actual: short(original), expected: short(broken), result: 'fail' }] },
      { policy: 'trail-integrity-coverage', status: 'FAIL', evidence: [{ path: url(`AWSLogs/${ACCOUNT}/CloudTrail-Digest/us-east-1/`), op: 'coveredByDigests', actual: '2024-03-01T04:00:00Z/2024-03-01T05:00:00Z', expected: true, result: 'fail' }] },
    ]);
  });

  it('finds a forked chain: a validly signed digest that skips the one before it', async () => {
    const bucket = bucketWith();
    const { digests } = chainOf(bucket);
    const skipped = bucket.object(digests[1]!).metadata.signature!;
    const originalThird = bucket.object(digests[3]!).metadata.signature!;
    const forged = resign(bucket, digests[3]!, (json) => { json.previousDigestS3Object = digests[1]; json.previousDigestSignature = skipped; });
    const doc = await verify(bucket);
    expect(notPassing(doc)).toEqual([{
      policy: 'trail-integrity-chain-intact', status: 'FAIL', evidence: [
        { path: `${url(digests[3]!)}#/previousDigestS3Object`, op: 'equals', actual: digests[1], expected: digests[2], result: 'fail' },
        { path: `${url(digests[4]!)}#/previousDigestSignature`, op: 'equals', actual: short(originalThird), expected: short(forged), result: 'fail' },
      ],
    }]);
  });

  it('finds a re-ordered chain: two digest files swapped', async () => {
    const bucket = bucketWith();
    const { digests } = chainOf(bucket);
    const [a, b] = [bucket.object(digests[2]!), bucket.object(digests[3]!)];
    bucket.put(digests[2]!, b.body, b.metadata);
    bucket.put(digests[3]!, a.body, a.metadata);
    const doc = await verify(bucket);
    const moved = (at: string, says: string) => ({ path: url(at), op: 'validDigest', actual: `it says it belongs at ${url(says)}: moved or copied`, expected: true, result: 'fail' });
    expect(notPassing(doc)).toEqual([
      { policy: 'trail-integrity-digests-valid', status: 'FAIL', evidence: [moved(digests[2]!, digests[3]!), moved(digests[3]!, digests[2]!)] },
      { policy: 'trail-integrity-chain-intact', status: 'FAIL', evidence: [
        { path: `${url(digests[2]!)}#/previousDigestS3Object`, op: 'equals', actual: digests[2], expected: digests[1], result: 'fail' },
        { path: `${url(digests[3]!)}#/previousDigestS3Object`, op: 'equals', actual: digests[1], expected: digests[2], result: 'fail' },
        { path: `${url(digests[4]!)}#/previousDigestSignature`, op: 'equals', actual: short(b.metadata.signature), expected: short(a.metadata.signature), result: 'fail' },
      ] },
      { policy: 'trail-integrity-coverage', status: 'FAIL', evidence: [{ path: url(`AWSLogs/${ACCOUNT}/CloudTrail-Digest/us-east-1/`), op: 'coveredByDigests', actual: '2024-03-01T02:00:00Z/2024-03-01T04:00:00Z', expected: true, result: 'fail' }] },
    ]);
  });

  it('finds a period with no digest: logging stopped for two hours and a new chain began', async () => {
    const bucket = bucketWith();
    const first = writeChain({ bucket, account: ACCOUNT, region: 'us-east-1', trail: 'main', start: START, hours: 2, logsPerHour: 1, key: KEY });
    const second = writeChain({ bucket, account: ACCOUNT, region: 'us-east-1', trail: 'main', start: '2024-03-01T04:00:00Z', hours: 2, logsPerHour: 1, key: KEY });
    const lastSignature = bucket.object(first.digests[1]!).metadata.signature;
    const doc = await verify(bucket);
    expect(notPassing(doc)).toEqual([
      { policy: 'trail-integrity-chain-intact', status: 'FAIL', evidence: [{ path: `${url(second.digests[0]!)}#/previousDigestSignature`, op: 'equals', actual: null, expected: short(lastSignature), result: 'fail' }] },
      { policy: 'trail-integrity-coverage', status: 'FAIL', evidence: [{ path: url(`AWSLogs/${ACCOUNT}/CloudTrail-Digest/us-east-1/`), op: 'coveredByDigests', actual: '2024-03-01T02:00:00Z/2024-03-01T04:00:00Z', expected: true, result: 'fail' }] },
    ]);
  });

  it('finds no digest at all for a trail without log file validation: the whole range is a gap', async () => {
    const doc = await verify(bucketWith());
    expect(notPassing(doc)).toEqual([
      { policy: 'trail-integrity-coverage', status: 'FAIL', evidence: [{ path: url(`AWSLogs/${ACCOUNT}/CloudTrail-Digest/us-east-1/`), op: 'coveredByDigests', actual: `${START}/${END}`, expected: true, result: 'fail' }] },
    ]);
  });

  it('follows a key rotation: each digest verifies with the key whose fingerprint it names', async () => {
    const old = signingKey('us-east-1', '2024-01-01T00:00:00Z', '2024-03-01T03:00:00Z');
    const current = signingKey('us-east-1', '2024-03-01T03:00:00Z', '2025-01-01T00:00:00Z');
    const bucket = bucketWith(old, current);
    const { digests } = writeChain({ bucket, account: ACCOUNT, region: 'us-east-1', trail: 'main', start: START, hours: 6, logsPerHour: 1, key: (hour) => (hour < 3 ? old : current) });
    expect(statuses(await verify(bucket))).toEqual(ALL_PASS);
    // A digest signed by a key ListPublicKeys does not list is not CloudTrail's.
    const stranger = signingKey('us-east-1', '2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
    const previous = bucket.object(digests[4]!).metadata.signature;
    resign(bucket, digests[5]!, (json) => { json.digestPublicKeyFingerprint = stranger.publicKey.fingerprint; }, stranger);
    expect(bucket.object(digests[5]!).metadata.signature).not.toBe(previous);
    // The last hour of the range may still wait for its digest, so its loss is not also a coverage gap.
    expect(notPassing(await verify(bucket))).toEqual([
      { policy: 'trail-integrity-digests-valid', status: 'FAIL', evidence: [{ path: url(digests[5]!), op: 'validDigest', actual: `signed with key ${stranger.publicKey.fingerprint}, which ListPublicKeys does not list in us-east-1 for the range`, expected: true, result: 'fail' }] },
    ]);
  });

  it('passes a digest that lists no log files', async () => {
    const bucket = bucketWith();
    chainOf(bucket, 6, (hour) => (hour === 2 ? 0 : 2));
    const doc = await verify(bucket);
    expect(statuses(doc)).toEqual(ALL_PASS);
    expect(doc.findings[3]?.message).toBe('All 10 log files named by valid digests exist.');
  });

  it('reports a digest that is not a digest file, with the place in it', async () => {
    const bucket = bucketWith();
    const { digests } = chainOf(bucket);
    const json = readDigestJson(bucket, digests[0]!);
    (json.logFiles as { hashValue: string }[])[1]!.hashValue = 'XYZ';
    bucket.put(digests[0]!, gzipSync(Buffer.from(JSON.stringify(json))), bucket.object(digests[0]!).metadata);
    const doc = await verify(bucket);
    expect(notPassing(doc)[0]).toEqual({ policy: 'trail-integrity-digests-valid', status: 'FAIL', evidence: [{ path: url(digests[0]!), op: 'validDigest', actual: 'not a digest file: at "/logFiles/1/hashValue": "hashValue" must be 64 lower-case hexadecimal digits', expected: true, result: 'fail' }] });
  });

  it('reports objects it may not read (an SSE-KMS key it cannot use) as ERROR, never as intact', async () => {
    const bucket = bucketWith();
    const { logs } = chainOf(bucket);
    const denied = logs[1]![0]!;
    const doc = await verify(bucket, trail(), { deny: (_b, key) => key === denied });
    const unknown = { path: url(denied), op: 'exists', actual: null, expected: true, result: 'unknown' };
    const reason = { path: url(denied), code: 'AccessDenied', message: 's3:GetObject: Access Denied' };
    expect(notPassing(doc)).toEqual([
      { policy: 'trail-integrity-log-files-unmodified', status: 'ERROR', evidence: [unknown], reasons: [reason] },
      { policy: 'trail-integrity-log-files-present', status: 'ERROR', evidence: [unknown], reasons: [reason] },
    ]);
  });
});

describe('verifyTrail over organization and multi-region layouts', () => {
  const ORG = 'o-abcdefghij';
  const MEMBERS = ['111111111111', '222222222222'];
  const EU = signingKey('eu-west-1', '2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
  const orgTrail = trail({ name: 'org', arn: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/org`, keyPrefix: 'central', multiRegion: true, organization: true });

  function orgBucket(): { bucket: FakeBucket; logs: Map<string, string[][]> } {
    const bucket = bucketWith(KEY, EU);
    const logs = new Map<string, string[][]>();
    for (const account of MEMBERS) {
      for (const [region, key] of [['us-east-1', KEY], ['eu-west-1', EU]] as const) {
        logs.set(`${account}/${region}`, writeChain({ bucket, account, region, homeRegion: 'us-east-1', trail: 'org', prefix: 'central', organization: ORG, start: START, hours: 6, logsPerHour: 1, key }).logs);
      }
    }
    // Another trail writing to the same bucket is not this trail's business.
    writeChain({ bucket, account: MEMBERS[0]!, region: 'us-east-1', trail: 'org_audit', prefix: 'central', organization: ORG, start: START, hours: 2, logsPerHour: 0, key: signingKey('us-east-1', '2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z') });
    return { bucket, logs };
  }

  it('verifies every member account in every region of an organization trail', async () => {
    const { bucket } = orgBucket();
    const doc = await verify(bucket, orgTrail);
    expect(statuses(doc)).toEqual(ALL_PASS);
    expect(doc.findings[0]?.message).toBe(`24 digest files from ${START} to ${END} verify with CloudTrail's public keys.`);
    expect(doc.findings[4]?.message).toBe(`Valid digest files cover from ${START} to ${END} in 4 accounts and regions.`);
    expect(doc.snapshot.regions).toEqual(['eu-west-1', 'us-east-1']);
  });

  it('finds a log file edited in one member account\'s region', async () => {
    const { bucket, logs } = orgBucket();
    const edited = logs.get('222222222222/eu-west-1')![4]![0]!;
    expect(edited).toMatch(/^central\/AWSLogs\/o-abcdefghij\/222222222222\/CloudTrail\/eu-west-1\//);
    bucket.put(edited, gzipSync(Buffer.from('{"Records":[{"eventName":"Nothing"}]}')));
    expect(notPassing(await verify(bucket, orgTrail)).map((f) => [f.policy, f.evidence.map((e) => e.path)])).toEqual([
      ['trail-integrity-log-files-unmodified', [`s3://trail-logs/${edited}`]],
    ]);
  });

  it('with --regions, reports a named region that holds no digests as a gap in every account', async () => {
    const { bucket } = orgBucket();
    const doc = await verify(bucket, orgTrail, { regions: ['eu-west-1', 'us-east-1', 'ap-south-1'] });
    expect(notPassing(doc)).toEqual([{
      policy: 'trail-integrity-coverage', status: 'FAIL', evidence: MEMBERS.map((account) => (
        { path: `s3://trail-logs/central/AWSLogs/${ORG}/${account}/CloudTrail-Digest/ap-south-1/`, op: 'coveredByDigests', actual: `${START}/${END}`, expected: true, result: 'fail' })),
    }]);
  });
});
