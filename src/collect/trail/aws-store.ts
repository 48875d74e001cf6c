/**
 * The TrailStore of `assay trail verify` over AWS: ListObjectsV2 and
 * GetObject on the trail's bucket, ListPublicKeys in each digest's region,
 * all through the guarded client pool (read-only allowlist, retries,
 * call counts). S3 clients follow a bucket's region redirect, so a bucket
 * outside the trail's home region is read where it lives.
 */
import { GetObjectCommand, paginateListObjectsV2, S3Client, type ListObjectsV2CommandOutput } from '@aws-sdk/client-s3';
import { CloudTrailClient, paginateListPublicKeys } from '@aws-sdk/client-cloudtrail';
import type { ClientPool } from '../clients.js';
import { describeError } from '../failure.js';
import { StoreFailureError, type ListedObject, type Read, type StoredObject, type TrailPublicKey, type TrailStore } from '../../trail/store.js';
import { trailVerifyCloudTrailCalls, trailVerifyS3Calls } from './calls.js';

const NOT_FOUND: ReadonlySet<string> = new Set(['NoSuchKey', 'NotFound']);

export interface AwsTrailStoreOptions {
  readonly clients: ClientPool;
  /** The region S3 requests start in (the trail's home region); redirects are followed. */
  readonly region: string;
  /** Keys per listing page (ListObjectsV2 MaxKeys); S3's own default is 1,000. */
  readonly pageSize?: number;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

export function awsTrailStore(options: AwsTrailStoreOptions): TrailStore {
  const s3 = (): S3Client => options.clients.get(S3Client, options.region, { key: 'follow-redirects', config: { followRegionRedirects: true } });
  const pages = (bucket: string, prefix: string, extra: { StartAfter?: string; Delimiter?: string }): AsyncIterable<ListObjectsV2CommandOutput> =>
    paginateListObjectsV2({ client: s3(), ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }) }, { Bucket: bucket, Prefix: prefix, ...extra });
  return {
    async *list(bucket: string, prefix: string, startAfter?: string): AsyncIterable<readonly ListedObject[]> {
      try {
        for await (const page of pages(bucket, prefix, startAfter === undefined ? {} : { StartAfter: startAfter })) {
          yield (page.Contents ?? []).flatMap((o) => (o.Key === undefined ? [] : [{ key: o.Key, size: o.Size ?? 0 }]));
        }
      } catch (error) {
        if (error instanceof StoreFailureError) throw error;
        throw new StoreFailureError({ ...describeError(error), operation: trailVerifyS3Calls.ListObjectsV2.label });
      }
    },

    async folders(bucket: string, prefix: string): Promise<Read<readonly string[]>> {
      const found: string[] = [];
      try {
        for await (const page of pages(bucket, prefix, { Delimiter: '/' })) {
          for (const common of page.CommonPrefixes ?? []) if (common.Prefix !== undefined) found.push(common.Prefix);
        }
        return { kind: 'ok', value: found };
      } catch (error) {
        return { kind: 'failed', failure: { ...describeError(error), operation: trailVerifyS3Calls.ListObjectsV2.label } };
      }
    },

    async get(bucket: string, key: string): Promise<Read<StoredObject>> {
      try {
        const answer = await s3().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        const body: unknown = answer.Body;
        if (!isAsyncIterable(body)) return { kind: 'failed', failure: { code: 'IncompleteResponse', message: 'GetObject answered without a body', operation: trailVerifyS3Calls.GetObject.label } };
        return { kind: 'ok', value: { body, metadata: answer.Metadata ?? {} } };
      } catch (error) {
        const { code, message } = describeError(error);
        if (NOT_FOUND.has(code)) return { kind: 'absent' };
        return { kind: 'failed', failure: { code, message, operation: trailVerifyS3Calls.GetObject.label } };
      }
    },

    async publicKeys(region: string, start: string, end: string): Promise<Read<readonly TrailPublicKey[]>> {
      const keys: TrailPublicKey[] = [];
      try {
        const client = options.clients.get(CloudTrailClient, region);
        for await (const page of paginateListPublicKeys({ client }, { StartTime: new Date(start), EndTime: new Date(end) })) {
          for (const key of page.PublicKeyList ?? []) {
            if (key.Value === undefined || key.Fingerprint === undefined) continue;
            keys.push({
              value: key.Value,
              fingerprint: key.Fingerprint,
              validityStart: key.ValidityStartTime?.toISOString() ?? start,
              validityEnd: key.ValidityEndTime?.toISOString() ?? end,
            });
          }
        }
        return { kind: 'ok', value: keys };
      } catch (error) {
        return { kind: 'failed', failure: { ...describeError(error), operation: trailVerifyCloudTrailCalls.ListPublicKeys.label } };
      }
    },
  };
}
