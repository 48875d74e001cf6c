/** Small, valid snapshots for tests; each test breaks one thing on purpose. */
import { buildResource } from '../../src/resources/build.js';
import { account } from '../../src/resources/types/account.js';
import { s3Bucket } from '../../src/resources/types/s3-bucket.js';
import { iamUser } from '../../src/resources/types/iam-user.js';
import type { Snapshot } from '../../src/snapshot/schema.js';

export const ACCOUNT = '123456789012';

export function smallSnapshot(): Snapshot {
  return {
    schemaVersion: 1,
    generator: { name: 'assay', version: '0.0.0-test' },
    collectedAt: '2026-11-01T12:00:00.000Z',
    scope: { partition: 'aws', accounts: [ACCOUNT], regions: ['us-east-1'] },
    resources: [
      buildResource(account, { id: ACCOUNT, account: ACCOUNT }),
      buildResource(s3Bucket, { id: 'app-data', account: ACCOUNT, region: 'us-east-1', arn: 'arn:aws:s3:::app-data', data: { name: 'app-data' } }),
      buildResource(iamUser, { id: 'alice', account: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/alice`, data: { userName: 'alice' } }),
    ],
    coverage: [
      { type: 'aws.account', account: ACCOUNT, region: 'global', status: 'complete' },
      { type: 'aws.iam.user', account: ACCOUNT, region: 'global', status: 'complete' },
      { type: 'aws.s3.bucket', account: ACCOUNT, region: 'us-east-1', status: 'complete' },
    ],
    errors: [],
  };
}

/** Pretty JSON text as a user's file would hold it. */
export function toText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
