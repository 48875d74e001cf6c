/**
 * The read-only guard: a mutating operation is refused before anything is
 * sent, whatever client it goes through; the allowlist holds only reads.
 */
import { DeleteBucketCommand, PutBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import { KMSClient, ScheduleKeyDeletionCommand, ListKeysCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { ClientPool } from '../../src/collect/clients.js';
import { loadCollectors } from '../../src/collect/aws/index.js';
import { callsOf } from '../../src/collect/calls.js';
import { looksReadOnly, readOnlyOperations } from '../../src/collect/read-only.js';
import { AssayError } from '../../src/diagnostics/error.js';
import { credentials } from '../support/collect.js';
import { byTarget, json, RecordedAws } from '../support/recorded-aws.js';

const collectors = await loadCollectors();

describe('read-only guard', () => {
  it.each([
    ['S3 DeleteBucket', (pool: ClientPool) => pool.get(S3Client, 'us-east-1').send(new DeleteBucketCommand({ Bucket: 'b' }))],
    ['S3 PutBucketPolicy', (pool: ClientPool) => pool.get(S3Client, 'us-east-1').send(new PutBucketPolicyCommand({ Bucket: 'b', Policy: '{}' }))],
    ['KMS ScheduleKeyDeletion', (pool: ClientPool) => pool.get(KMSClient, 'us-east-1').send(new ScheduleKeyDeletionCommand({ KeyId: 'k' }))],
  ])('refuses %s before sending it', async (_name, send) => {
    const aws = new RecordedAws([]);
    const pool = new ClientPool({ requestHandler: aws, credentials });
    const error: unknown = await send(pool).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(AssayError);
    expect((error as AssayError).code).toBe('READ_ONLY_VIOLATION');
    expect(aws.requests).toEqual([]);
    pool.destroy();
  });

  it('lets allowlisted reads through', async () => {
    const aws = new RecordedAws([{ name: 'ListKeys', match: byTarget('TrentService.ListKeys'), respond: json({ Keys: [], Truncated: false }) }]);
    const pool = new ClientPool({ requestHandler: aws, credentials });
    await pool.get(KMSClient, 'us-east-1').send(new ListKeysCommand({}));
    expect(aws.requests).toHaveLength(1);
    expect(pool.calls.get('KMS:ListKeys')).toBe(1);
    pool.destroy();
  });

  it('allowlists only operations that read', () => {
    const writes = [...readOnlyOperations()].filter((op) => !looksReadOnly(op));
    expect(writes).toEqual([]);
  });

  it('allowlists every call of every collector\'s table', () => {
    const missing = collectors.flatMap((c) => callsOf(c.calls).filter((call) => !readOnlyOperations().has(call.key)).map((call) => `${c.type}: ${call.key}`));
    expect(missing).toEqual([]);
  });
});
