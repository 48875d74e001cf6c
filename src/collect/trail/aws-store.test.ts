/**
 * The AWS TrailStore and trail lookup through the real S3 and CloudTrail
 * clients of the guarded pool, answered by a fake bucket over the wire
 * protocols (test/support/trail-http.ts): paging, metadata headers,
 * NoSuchKey and AccessDenied parsing, ListPublicKeys blobs and timestamps.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ClientPool } from '../clients.js';
import { readOnlyOperations } from '../read-only.js';
import { AssayError } from '../../diagnostics/error.js';
import { verificationDocument } from '../../trail/findings.js';
import { verifyTrail } from '../../trail/verify.js';
import { credentials } from '../../../test/support/collect.js';
import { FakeBucket, signingKey, writeChain } from '../../../test/support/trail-bucket.js';
import { trailAws, TrailAwsHandler, type FakeTrail } from '../../../test/support/trail-http.js';
import { awsTrailStore } from './aws-store.js';
import { findTrails } from './trails.js';
import { trailVerifyPermissions } from './calls.js';

const ACCOUNT = '123456789012';
const START = '2024-03-01T00:00:00Z';
const END = '2024-03-01T04:00:00Z';
const KEY = signingKey('us-east-1', '2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
const MAIN: FakeTrail = { Name: 'main', TrailARN: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/main`, HomeRegion: 'us-east-1', S3BucketName: 'trail-logs', IsMultiRegionTrail: false, IsOrganizationTrail: false };
const ORG: FakeTrail = { Name: 'org', TrailARN: `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/org`, HomeRegion: 'eu-west-1', S3BucketName: 'org-logs', S3KeyPrefix: 'central', IsMultiRegionTrail: true, IsOrganizationTrail: true };

function setUp(deny?: (key: string) => boolean) {
  const bucket = new FakeBucket('trail-logs');
  bucket.keys.push(KEY);
  const chain = writeChain({ bucket, account: ACCOUNT, region: 'us-east-1', trail: 'main', start: START, hours: 4, logsPerHour: 3, key: KEY });
  const aws = trailAws([bucket], [MAIN, ORG], deny);
  const pool = new ClientPool({ requestHandler: new TrailAwsHandler(aws), credentials });
  return { bucket, chain, aws, pool };
}

describe('awsTrailStore', () => {
  it('verifies an intact chain through the SDK, listing two keys a page, sending only allowlisted reads', async () => {
    const { aws, pool } = setUp();
    const [target] = await findTrails(pool, 'us-east-1', ['main']);
    const verification = await verifyTrail(awsTrailStore({ clients: pool, region: 'us-east-1', pageSize: 2 }), target!, { start: START, end: END, concurrency: 4 });
    const doc = verificationDocument([verification], { generator: { name: 'assay', version: 'test' }, range: { start: START, end: END } });
    expect(doc.findings.map((f) => [f.policy, f.status])).toEqual([
      ['trail-integrity-digests-valid', 'PASS'], ['trail-integrity-chain-intact', 'PASS'], ['trail-integrity-log-files-unmodified', 'PASS'], ['trail-integrity-log-files-present', 'PASS'], ['trail-integrity-coverage', 'PASS'],
    ]);
    expect(verification.logFiles).toBe(12);
    // 4 digests + 12 log files; the listing of 4 digest keys in pages of two, and one key lookup.
    expect(Object.fromEntries(aws.served)).toEqual({ 'CloudTrail:DescribeTrails': 1, 'S3:ListObjectsV2': 2, 'S3:GetObject': 16, 'CloudTrail:ListPublicKeys': 1 });
    expect([...pool.calls.keys()].filter((op) => !readOnlyOperations().has(op))).toEqual([]);
    pool.destroy();
  });

  it('reads NoSuchKey as a deleted log file and AccessDenied (a KMS key it may not use) as unknown', async () => {
    let denied = '';
    const { bucket, chain, pool } = setUp((key) => key === denied);
    denied = chain.logs[1]![2]!;
    bucket.delete(chain.logs[2]![0]!);
    bucket.put(chain.logs[3]![1]!, gzipSync(Buffer.from('{"Records":[]}')));
    const [target] = await findTrails(pool, 'us-east-1', [MAIN.TrailARN]);
    const verification = await verifyTrail(awsTrailStore({ clients: pool, region: 'us-east-1' }), target!, { start: START, end: END, concurrency: 2 });
    const doc = verificationDocument([verification], { generator: { name: 'assay', version: 'test' }, range: { start: START, end: END } });
    // Evidence is sorted by path, and log keys by the hour they were written.
    expect(doc.findings.filter((f) => f.status !== 'PASS').map((f) => ({ policy: f.policy, status: f.status, paths: f.evidence.map((e) => `${e.result} ${e.path}`), codes: (f.reasons ?? []).map((r) => r.code) }))).toEqual([
      { policy: 'trail-integrity-log-files-unmodified', status: 'FAIL', paths: [`unknown s3://trail-logs/${denied}`, `fail s3://trail-logs/${chain.logs[3]![1]!}`], codes: ['AccessDenied'] },
      { policy: 'trail-integrity-log-files-present', status: 'FAIL', paths: [`unknown s3://trail-logs/${denied}`, `fail s3://trail-logs/${chain.logs[2]![0]!}`], codes: ['AccessDenied'] },
    ]);
    pool.destroy();
  });

  it('finds trails by name, by ARN in its home region, and all of a region; an unknown name is an error', async () => {
    const { aws, pool } = setUp();
    expect((await findTrails(pool, 'us-east-1', [])).map((t) => t.name)).toEqual(['org', 'main']);
    const [org] = await findTrails(pool, 'us-east-1', [ORG.TrailARN]);
    expect(org).toEqual({ name: 'org', arn: ORG.TrailARN, account: ACCOUNT, partition: 'aws', homeRegion: 'eu-west-1', bucket: 'org-logs', keyPrefix: 'central', multiRegion: true, organization: true });
    const error: unknown = await findTrails(pool, 'us-east-1', ['mian']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssayError);
    expect((error as AssayError).code).toBe('UNKNOWN_TRAIL');
    expect((error as AssayError).message).toBe('no trail "mian" with an S3 bucket in us-east-1');
    expect(aws.served.get('CloudTrail:DescribeTrails')).toBe(3);
    pool.destroy();
  });

  it('discovers an organization trail\'s member accounts and regions with delimiter listings', async () => {
    const bucket = new FakeBucket('org-logs');
    const eu = signingKey('eu-west-1', '2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
    bucket.keys.push(KEY, eu);
    for (const account of ['111111111111', '222222222222']) {
      for (const [region, key] of [['us-east-1', KEY], ['eu-west-1', eu]] as const) {
        writeChain({ bucket, account, region, homeRegion: 'eu-west-1', trail: 'org', prefix: 'central', organization: 'o-abcdefghij', start: START, hours: 4, logsPerHour: 1, key });
      }
    }
    const aws = trailAws([bucket], [ORG]);
    const pool = new ClientPool({ requestHandler: new TrailAwsHandler(aws), credentials });
    const [target] = await findTrails(pool, 'eu-west-1', ['org']);
    const verification = await verifyTrail(awsTrailStore({ clients: pool, region: 'eu-west-1' }), target!, { start: START, end: END, concurrency: 4 });
    expect(verification.chains.map((c) => `${c.owner} ${c.region} ${c.digests}`)).toEqual([
      'o-abcdefghij/111111111111 eu-west-1 4', 'o-abcdefghij/111111111111 us-east-1 4', 'o-abcdefghij/222222222222 eu-west-1 4', 'o-abcdefghij/222222222222 us-east-1 4',
    ]);
    expect(verification.issues).toEqual([]);
    expect(aws.served.get('CloudTrail:ListPublicKeys')).toBe(2);
    pool.destroy();
  });

  it('needs exactly the reads it makes, and kms:Decrypt for SSE-KMS objects', () => {
    expect(trailVerifyPermissions).toEqual(['cloudtrail:DescribeTrails', 'cloudtrail:ListPublicKeys', 'kms:Decrypt', 's3:GetObject', 's3:ListBucket']);
  });
});
