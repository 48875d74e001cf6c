/**
 * The calls `assay trail verify` makes, as call-table rows: they join the
 * read-only allowlist like every other call, and `assay permissions
 * --trail-verify` prints them. A scan never makes them (GetObject reads log
 * content a scan has no business reading), so they are not a collector's.
 */
import { callTable, permissionsOf, type Call } from '../calls.js';
import { trailCalls } from '../aws/cloudtrail/trails.js';

export const trailVerifyS3Calls = callTable('S3', 's3', {
  ListObjectsV2: { iam: 's3:ListBucket' },
  // Log files encrypted with SSE-KMS are decrypted by S3 for the caller, which needs kms:Decrypt on the trail's key.
  GetObject: { iam: ['s3:GetObject', 'kms:Decrypt'] },
});

export const trailVerifyCloudTrailCalls = callTable('CloudTrail', 'cloudtrail', {
  ListPublicKeys: { iam: 'cloudtrail:ListPublicKeys' },
});

/** The rows, for the allowlist (call-index.ts); DescribeTrails is the trail collector's row, shared. */
export const trailVerifyCalls = [trailVerifyS3Calls, trailVerifyCloudTrailCalls];

/** DescribeTrails finds the trails named by --trail: the trail collector's own row. */
export const trailLookup: Call = trailCalls.DescribeTrails;

/** What the identity running `assay trail verify` needs: finding trails, listing and reading the bucket, CloudTrail's public keys. */
export const trailVerifyPermissions: readonly string[] = [...new Set([...trailLookup.iam, ...permissionsOf(trailVerifyCalls)])].sort();
