/**
 * aws.s3.bucket: the buckets that live in the region, each with its settings
 * from one call apiece, so one denied call marks one field, not the bucket.
 *
 * ListBuckets is account-wide, but its `bucket-region` filter (answered only
 * by that region's endpoint) lists one region's buckets, so each regional run
 * asks for its own and no state is shared between runs. Where the answer does
 * not name the bucket's region (moto), GetBucketLocation confirms it, so a
 * server that ignores the filter still puts each bucket in one region only.
 * No MaxBuckets: moto then returns no continuation token.
 */
import {
  GetBucketAclCommand, GetBucketEncryptionCommand, GetBucketLifecycleConfigurationCommand, GetBucketLocationCommand, GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand, GetBucketPolicyCommand, GetBucketPolicyStatusCommand, GetBucketTaggingCommand, GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand, GetPublicAccessBlockCommand, paginateListBuckets, S3Client, type Bucket,
} from '@aws-sdk/client-s3';
import { callTable, type Call } from '../../calls.js';
import type { CollectContext, Fetch } from '../../context.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { asIs, INCOMPLETE, mapped } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { describeError, type CallFailure } from '../../failure.js';
import {
  aclOf, bucketArn, type BucketData, encryptionOf, lifecycleOf, loggingOf, objectLockOf, ownershipControlsOf, policyOf, policyStatusOf,
  publicAccessBlockOf, regionOfLocation, tagsOf, versioningOf,
} from './map.js';

/** The field a setting fills, its call and its mapper (checked against the field's catalog type); an unreadable answer fails the field. */
const setting = <const F extends keyof BucketData, T>(field: F, send: (s3: S3Client, Bucket: string) => Promise<T>, map: (answer: T) => BucketData[F]) => ({
  fills: [field] as const,
  read: async (ctx: CollectContext, call: Call, s3: S3Client, Bucket: string): Promise<Fetch<BucketData[F]>> => mapped(await ctx.call(call, () => send(s3, Bucket)), map, call.label),
});

export const bucketListingCalls = callTable('S3', 's3', {
  ListBuckets: { iam: 's3:ListAllMyBuckets', fills: ['name', 'creationDate'] },
  GetBucketLocation: { iam: 's3:GetBucketLocation' },
  GetBucketTagging: { iam: 's3:GetBucketTagging', absentOn: ['NoSuchTagSet'] },
});

/**
 * Each setting of a bucket and the one call that reads it, with the answers
 * that mean "not configured" (absent → null). Shared with the Config source,
 * which reads here what a Configuration Item does not hold.
 */
export const bucketSettingCalls = callTable('S3', 's3', {
  GetBucketEncryption: {
    iam: 's3:GetEncryptionConfiguration', absentOn: ['ServerSideEncryptionConfigurationNotFoundError'],
    ...setting('encryption', (s3, Bucket) => s3.send(new GetBucketEncryptionCommand({ Bucket })), encryptionOf),
  },
  GetPublicAccessBlock: {
    iam: 's3:GetBucketPublicAccessBlock', absentOn: ['NoSuchPublicAccessBlockConfiguration'],
    ...setting('publicAccessBlock', (s3, Bucket) => s3.send(new GetPublicAccessBlockCommand({ Bucket })), publicAccessBlockOf),
  },
  GetBucketPolicy: {
    iam: 's3:GetBucketPolicy', absentOn: ['NoSuchBucketPolicy'],
    ...setting('policy', (s3, Bucket) => s3.send(new GetBucketPolicyCommand({ Bucket })), policyOf),
  },
  GetBucketPolicyStatus: {
    iam: 's3:GetBucketPolicyStatus', absentOn: ['NoSuchBucketPolicy'],
    ...setting('policyStatus', (s3, Bucket) => s3.send(new GetBucketPolicyStatusCommand({ Bucket })), policyStatusOf),
  },
  GetBucketAcl: { iam: 's3:GetBucketAcl', ...setting('acl', (s3, Bucket) => s3.send(new GetBucketAclCommand({ Bucket })), aclOf) },
  GetBucketOwnershipControls: {
    iam: 's3:GetBucketOwnershipControls', absentOn: ['OwnershipControlsNotFoundError'],
    ...setting('ownershipControls', (s3, Bucket) => s3.send(new GetBucketOwnershipControlsCommand({ Bucket })), ownershipControlsOf),
  },
  GetBucketVersioning: { iam: 's3:GetBucketVersioning', ...setting('versioning', (s3, Bucket) => s3.send(new GetBucketVersioningCommand({ Bucket })), versioningOf) },
  GetBucketLogging: { iam: 's3:GetBucketLogging', ...setting('logging', (s3, Bucket) => s3.send(new GetBucketLoggingCommand({ Bucket })), loggingOf) },
  GetObjectLockConfiguration: {
    iam: 's3:GetBucketObjectLockConfiguration', absentOn: ['ObjectLockConfigurationNotFoundError'],
    ...setting('objectLock', (s3, Bucket) => s3.send(new GetObjectLockConfigurationCommand({ Bucket })), objectLockOf),
  },
  GetBucketLifecycleConfiguration: {
    iam: 's3:GetLifecycleConfiguration', absentOn: ['NoSuchLifecycleConfiguration'],
    ...setting('lifecycle', (s3, Bucket) => s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket })), lifecycleOf),
  },
});

type SettingCall = (typeof bucketSettingCalls)[keyof typeof bucketSettingCalls];
export type BucketSetting = SettingCall['fills'][number];

/** The setting's call, by the field it fills. */
export const settingCall: Readonly<Record<BucketSetting, SettingCall>> = Object.fromEntries(
  Object.values(bucketSettingCalls).flatMap((call) => call.fills.map((field) => [field, call])),
) as Record<BucketSetting, SettingCall>;

/** Reads one setting of a bucket. */
export function readSetting<P extends BucketSetting>(ctx: CollectContext, path: P, s3: S3Client, Bucket: string): Promise<Fetch<BucketData[P]>> {
  const call = settingCall[path];
  // setting() ties each row's field to its mapper's type; indexing by P loses that link, so it is restated here.
  return call.read(ctx, call, s3, Bucket) as Promise<Fetch<BucketData[P]>>;
}

/** The bucket's region, or undefined when it cannot be told (then recorded as a gap in this region's listing). */
async function regionOf(ctx: CollectContext, s3: S3Client, name: string, bucket: Bucket): Promise<string | undefined> {
  if (bucket.BucketRegion !== undefined && bucket.BucketRegion !== '') return bucket.BucketRegion;
  const location = await ctx.call(bucketListingCalls.GetBucketLocation, () => s3.send(new GetBucketLocationCommand({ Bucket: name })));
  if (location.kind === 'ok') return regionOfLocation(location.value.LocationConstraint, ctx.partition);
  if (location.kind === 'failed') ctx.listingFailed({ ...location.failure, message: `region of bucket ${name} unknown: ${location.failure.message}` }, true);
  return undefined;
}

async function collectBucket(ctx: CollectContext, s3: S3Client, bucket: Bucket): Promise<void> {
  const name = listedId(ctx, bucket.Name, bucketListingCalls.ListBuckets, 'a bucket', 'Name');
  if (name === undefined) return;
  if ((await regionOf(ctx, s3, name, bucket)) !== ctx.region) return;
  const Bucket = name;
  // Tags first: a bucket deleted since it was listed answers NoSuchBucket here, and then nothing else is asked.
  const tagging = await ctx.call(bucketListingCalls.GetBucketTagging, () => s3.send(new GetBucketTaggingCommand({ Bucket })));
  // Deleted since it was listed: there is nothing left to describe.
  if (tagging.kind === 'failed' && tagging.failure.code === 'NoSuchBucket') return;
  const draft = ctx.draft({ type: 'aws.s3.bucket', id: name, arn: bucketArn(ctx.partition, name), tags: tagging.kind === 'ok' ? tagsOf(tagging.value) : {} });
  // Unreadable tags are named on the bucket, so policies reading $tags yield ERROR, never "untagged".
  if (tagging.kind === 'failed') draft.fail(TAGS_ERROR_PATH, tagging.failure);

  draft.set('name', name);
  if (bucket.CreationDate === undefined) draft.fail('creationDate', { code: INCOMPLETE, message: 'the answer has no CreationDate', operation: bucketListingCalls.ListBuckets.label });
  else draft.set('creationDate', bucket.CreationDate.toISOString());

  // The settings are independent reads, sent side by side (only the policy status waits for the policy);
  // their answers are recorded in the catalog's order, so the bucket reads the same however they raced.
  const read = <P extends BucketSetting>(path: P): Promise<Fetch<BucketData[P]>> => readSetting(ctx, path, s3, Bucket);
  const policies = read('policy').then(async (policy) => ({
    policy,
    // Without a policy there is no policy status to ask for (S3 would answer NoSuchBucketPolicy again).
    status: policy.kind === 'absent' ? undefined : await read('policyStatus'),
  }));
  const [encryption, publicAccessBlock, { policy, status }, acl, ownershipControls, versioning, logging, objectLock, lifecycle] = await Promise.all([
    read('encryption'), read('publicAccessBlock'), policies, read('acl'), read('ownershipControls'), read('versioning'), read('logging'), read('objectLock'), read('lifecycle'),
  ]);
  draft.field('encryption', encryption, asIs).field('publicAccessBlock', publicAccessBlock, asIs).field('policy', policy, asIs);
  if (status === undefined) draft.set('policyStatus', null);
  else draft.field('policyStatus', status, asIs);
  draft.field('acl', acl, asIs).field('ownershipControls', ownershipControls, asIs).field('versioning', versioning, asIs)
    .field('logging', logging, asIs).field('objectLock', objectLock, asIs).field('lifecycle', lifecycle, asIs);
  ctx.emit(draft.build());
}

export const s3Buckets = defineCollector({
  type: 'aws.s3.bucket',
  scope: 'regional',
  calls: [bucketListingCalls, bucketSettingCalls],
  async collect(ctx) {
    const s3 = ctx.clients.get(S3Client, ctx.region);
    const buckets: Bucket[] = [];
    let listing: CallFailure | undefined;
    try {
      for await (const page of paginateListBuckets({ client: s3 }, { BucketRegion: ctx.region })) for (const bucket of page.Buckets ?? []) buckets.push(bucket);
    } catch (error) {
      listing = { ...describeError(error), operation: bucketListingCalls.ListBuckets.label };
    }
    await inWindow(buckets, (bucket) => collectBucket(ctx, s3, bucket));
    // Reported last, so coverage keeps the listing's reason over a bucket's.
    if (listing !== undefined) ctx.listingFailed(listing, buckets.length > 0);
  },
});
