/** s3Buckets through the real S3 client, fed recorded REST-XML answers. */
import { describe, expect, it } from 'vitest';
import { s3Buckets } from './buckets.js';
import { s3Error, xml, type RecordedResponse, type Route, type WireRequest } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
const OWNER = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const regions = ['eu-west-1', 'us-east-1'];

/** Where a request went: virtual-hosted `<bucket>.s3.<region>.amazonaws.com`, or path-style `/<bucket>/`. */
function target(r: WireRequest): { bucket: string; region: string } {
  const hosted = /^(?:(.+)\.)?s3\.([a-z0-9-]+)\.amazonaws\.com$/.exec(r.hostname);
  const bucket = hosted?.[1] ?? r.path.split('/')[1] ?? '';
  return { bucket, region: hosted?.[2] ?? '' };
}

const on = (operation: string, bucket?: string) => (r: WireRequest): boolean =>
  r.method === 'GET' && operation in r.query && (bucket === undefined || target(r).bucket === bucket);

interface Listed { name: string; region: string; created?: string }

const listing = (buckets: readonly Listed[], options: { echoRegion?: boolean; token?: string } = {}): RecordedResponse => xml(
  `<ListAllMyBucketsResult ${NS}><Owner><ID>${OWNER}</ID></Owner><Buckets>${buckets.map((b) =>
    `<Bucket><Name>${b.name}</Name><CreationDate>${b.created ?? '2024-01-15T09:30:00.000Z'}</CreationDate>${options.echoRegion === false ? '' : `<BucketRegion>${b.region}</BucketRegion>`}</Bucket>`).join('')}</Buckets>${
    options.token === undefined ? '' : `<ContinuationToken>${options.token}</ContinuationToken>`}</ListAllMyBucketsResult>`,
);

/** ListBuckets as AWS answers it: filtered by bucket-region, each bucket naming its region. */
const listRoute = (buckets: readonly Listed[]): Route => ({
  name: 'ListBuckets',
  match: (r) => r.method === 'GET' && r.query['x-id'] === 'ListBuckets',
  respond: (r) => listing(buckets.filter((b) => b.region === r.query['bucket-region'])),
});

const policyDoc = (bucket: string) => ({ Version: '2012-10-17', Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*` }] });

const acl = (grants: string): RecordedResponse => xml(`<AccessControlPolicy ${NS}><Owner><ID>${OWNER}</ID><DisplayName>owner</DisplayName></Owner><AccessControlList>${grants}</AccessControlList></AccessControlPolicy>`);
const ownerGrant = `<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>${OWNER}</ID><DisplayName>owner</DisplayName></Grantee><Permission>FULL_CONTROL</Permission></Grant>`;
const allUsersRead = `<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Group"><URI>${ALL_USERS}</URI></Grantee><Permission>READ</Permission></Grant>`;

/** A bucket with every setting configured. */
function configured(bucket: string): Route[] {
  return [
    { name: `tagging ${bucket}`, match: on('tagging', bucket), respond: xml(`<Tagging ${NS}><TagSet><Tag><Key>team</Key><Value>data</Value></Tag><Tag><Key>env</Key><Value>prod</Value></Tag></TagSet></Tagging>`) },
    { name: `encryption ${bucket}`, match: on('encryption', bucket), respond: xml(`<ServerSideEncryptionConfiguration ${NS}><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>aws:kms</SSEAlgorithm><KMSMasterKeyID>arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab</KMSMasterKeyID></ApplyServerSideEncryptionByDefault><BucketKeyEnabled>true</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>`) },
    { name: `publicAccessBlock ${bucket}`, match: on('publicAccessBlock', bucket), respond: xml(`<PublicAccessBlockConfiguration ${NS}><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>false</BlockPublicPolicy><RestrictPublicBuckets>false</RestrictPublicBuckets></PublicAccessBlockConfiguration>`) },
    { name: `policy ${bucket}`, match: on('policy', bucket), respond: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(policyDoc(bucket)) } },
    { name: `policyStatus ${bucket}`, match: on('policyStatus', bucket), respond: xml(`<PolicyStatus ${NS}><IsPublic>true</IsPublic></PolicyStatus>`) },
    { name: `acl ${bucket}`, match: on('acl', bucket), respond: acl(ownerGrant + allUsersRead) },
    { name: `ownershipControls ${bucket}`, match: on('ownershipControls', bucket), respond: xml(`<OwnershipControls ${NS}><Rule><ObjectOwnership>BucketOwnerPreferred</ObjectOwnership></Rule></OwnershipControls>`) },
    { name: `versioning ${bucket}`, match: on('versioning', bucket), respond: xml(`<VersioningConfiguration ${NS}><Status>Enabled</Status><MfaDelete>Disabled</MfaDelete></VersioningConfiguration>`) },
    { name: `logging ${bucket}`, match: on('logging', bucket), respond: xml(`<BucketLoggingStatus ${NS}><LoggingEnabled><TargetBucket>access-logs</TargetBucket><TargetPrefix>${bucket}/</TargetPrefix></LoggingEnabled></BucketLoggingStatus>`) },
    { name: `object-lock ${bucket}`, match: on('object-lock', bucket), respond: xml(`<ObjectLockConfiguration ${NS}><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule><DefaultRetention><Mode>COMPLIANCE</Mode><Years>7</Years></DefaultRetention></Rule></ObjectLockConfiguration>`) },
    { name: `lifecycle ${bucket}`, match: on('lifecycle', bucket), respond: xml(`<LifecycleConfiguration ${NS}><Rule><ID>archive</ID><Filter><Prefix></Prefix></Filter><Status>Enabled</Status><Transition><Days>30</Days><StorageClass>STANDARD_IA</StorageClass></Transition><Transition><Days>90</Days><StorageClass>GLACIER</StorageClass></Transition><Expiration><Days>365</Days></Expiration><NoncurrentVersionExpiration><NoncurrentDays>30</NoncurrentDays></NoncurrentVersionExpiration></Rule></LifecycleConfiguration>`) },
  ];
}

/** A bucket with nothing configured, answered the way S3 says so for each setting. */
function bare(): Route[] {
  return [
    { name: 'tagging', match: on('tagging'), respond: s3Error('NoSuchTagSet', 'The TagSet does not exist', 404) },
    { name: 'encryption', match: on('encryption'), respond: s3Error('ServerSideEncryptionConfigurationNotFoundError', 'The server side encryption configuration was not found', 404) },
    { name: 'publicAccessBlock', match: on('publicAccessBlock'), respond: s3Error('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404) },
    { name: 'policy', match: on('policy'), respond: s3Error('NoSuchBucketPolicy', 'The bucket policy does not exist', 404) },
    { name: 'policyStatus', match: on('policyStatus'), respond: s3Error('NoSuchBucketPolicy', 'The bucket policy does not exist', 404) },
    { name: 'acl', match: on('acl'), respond: acl(ownerGrant) },
    { name: 'ownershipControls', match: on('ownershipControls'), respond: s3Error('OwnershipControlsNotFoundError', 'The bucket ownership controls were not found', 404) },
    { name: 'versioning', match: on('versioning'), respond: xml(`<VersioningConfiguration ${NS}/>`) },
    { name: 'logging', match: on('logging'), respond: xml(`<BucketLoggingStatus ${NS}/>`) },
    { name: 'object-lock', match: on('object-lock'), respond: s3Error('ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket', 404) },
    { name: 'lifecycle', match: on('lifecycle'), respond: s3Error('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist', 404) },
  ];
}

const buckets: Listed[] = [
  { name: 'app-data-euw1', region: 'eu-west-1' },
  { name: 'public-site-euw1', region: 'eu-west-1' },
  { name: 'audit-logs-use1', region: 'us-east-1' },
];

/** Overrides first, then the configured public site, then every other bucket bare. */
function routes(overrides: Route[] = [], listed: Route = listRoute(buckets)): Route[] {
  return [...overrides, regionsRoute(regions), listed, ...configured('public-site-euw1'), ...bare()];
}

const collect = (all: Route[]) => collectRecorded([s3Buckets], all, { regions });

describe('s3Buckets', () => {
  it('puts each bucket in its own region, asking that region for its buckets and settings', async () => {
    const run = await collect(routes());
    expect(run.problems).toEqual([]);
    const placed = run.snapshot.resources.map((r) => [r.id, r.region]).sort();
    expect(placed).toEqual([['app-data-euw1', 'eu-west-1'], ['audit-logs-use1', 'us-east-1'], ['public-site-euw1', 'eu-west-1']]);
    const lists = run.aws.requests.filter((r) => r.query['x-id'] === 'ListBuckets');
    expect(lists.map((r) => [target(r).region, r.query['bucket-region']]).sort()).toEqual([['eu-west-1', 'eu-west-1'], ['us-east-1', 'us-east-1']]);
    // moto returns no continuation token when MaxBuckets is sent.
    expect(lists.every((r) => !('max-buckets' in r.query))).toBe(true);
    // The answer named every bucket's region, so none was looked up.
    expect(run.aws.requests.filter((r) => 'location' in r.query)).toEqual([]);
    for (const r of run.aws.requests.filter((q) => q.query['x-id'] !== 'ListBuckets' && q.action === undefined)) {
      expect(target(r).region).toBe(buckets.find((b) => b.name === target(r).bucket)?.region);
    }
    expect(run.snapshot.coverage.filter((c) => c.type === 'aws.s3.bucket').map((c) => [c.region, c.status]).sort())
      .toEqual([['eu-west-1', 'complete'], ['us-east-1', 'complete']]);
    expect(run.snapshot.errors).toEqual([]);
  });

  it('maps every configured setting, with tags on the envelope', async () => {
    const run = await collect(routes());
    const site = run.snapshot.resources.find((r) => r.id === 'public-site-euw1');
    expect(site).toMatchObject({ arn: 'arn:aws:s3:::public-site-euw1', account: '123456789012', region: 'eu-west-1', tags: { team: 'data', env: 'prod' } });
    expect(site?.errors).toBeUndefined();
    expect(site?.data).toEqual({
      name: 'public-site-euw1',
      creationDate: '2024-01-15T09:30:00.000Z',
      encryption: { rules: [{ sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', bucketKeyEnabled: true }] },
      publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false },
      policy: policyDoc('public-site-euw1'),
      policyStatus: { isPublic: true },
      acl: {
        ownerId: OWNER,
        grants: [
          { grantee: { type: 'CanonicalUser', id: OWNER, uri: null, displayName: 'owner', emailAddress: null }, permission: 'FULL_CONTROL' },
          { grantee: { type: 'Group', id: null, uri: ALL_USERS, displayName: null, emailAddress: null }, permission: 'READ' },
        ],
      },
      ownershipControls: { objectOwnership: 'BucketOwnerPreferred' },
      versioning: { status: 'Enabled', mfaDelete: 'Disabled' },
      logging: { targetBucket: 'access-logs', targetPrefix: 'public-site-euw1/' },
      objectLock: { enabled: true, defaultRetention: { mode: 'COMPLIANCE', days: null, years: 7 } },
      lifecycle: { rules: [{ id: 'archive', status: 'Enabled', expirationDays: 365, noncurrentVersionExpirationDays: 30, transitionCount: 2 }] },
    });
  });

  it('gives null for every "not configured" answer, and asks no policy status without a policy', async () => {
    const run = await collect(routes());
    const bucket = run.snapshot.resources.find((r) => r.id === 'audit-logs-use1');
    expect(bucket?.errors).toBeUndefined();
    expect(bucket?.tags).toEqual({});
    expect(bucket?.data).toEqual({
      name: 'audit-logs-use1',
      creationDate: '2024-01-15T09:30:00.000Z',
      encryption: null,
      publicAccessBlock: null,
      policy: null,
      policyStatus: null,
      acl: { ownerId: OWNER, grants: [{ grantee: { type: 'CanonicalUser', id: OWNER, uri: null, displayName: 'owner', emailAddress: null }, permission: 'FULL_CONTROL' }] },
      ownershipControls: null,
      versioning: { status: null, mfaDelete: null },
      logging: null,
      objectLock: null,
      lifecycle: null,
    });
    expect(run.aws.count('policyStatus')).toBe(0);
  });

  it('records AccessDenied on one bucket policy on that bucket only, and in the snapshot errors', async () => {
    const denied: Route = { name: 'denied', match: on('policy', 'app-data-euw1'), respond: s3Error('AccessDenied', 'Access Denied') };
    const status: Route = { name: 'status', match: on('policyStatus', 'app-data-euw1'), respond: xml(`<PolicyStatus ${NS}><IsPublic>false</IsPublic></PolicyStatus>`) };
    const run = await collect(routes([denied, status]));
    expect(run.problems).toEqual([]);
    const app = run.snapshot.resources.find((r) => r.id === 'app-data-euw1');
    expect(app?.errors).toEqual([{ path: 'policy', code: 'AccessDenied', message: 'Access Denied', operation: 's3:GetBucketPolicy' }]);
    expect('policy' in (app?.data ?? {})).toBe(false);
    // The status is its own call and permission, so it is still read.
    expect(app?.data.policyStatus).toEqual({ isPublic: false });
    for (const other of run.snapshot.resources.filter((r) => r.id !== 'app-data-euw1')) expect(other.errors).toBeUndefined();
    expect(run.snapshot.errors).toEqual([{ service: 's3', operation: 'GetBucketPolicy', account: '123456789012', region: 'eu-west-1', type: 'aws.s3.bucket', resource: 'app-data-euw1', code: 'AccessDenied', message: 'Access Denied' }]);
    expect(run.snapshot.coverage.every((c) => c.status === 'complete')).toBe(true);
  });

  it('records an empty policy status answer (moto) as a failure, never as not public', async () => {
    const empty: Route = { name: 'empty status', match: on('policyStatus', 'public-site-euw1'), respond: xml('') };
    const run = await collect(routes([empty]));
    expect(run.problems).toEqual([]);
    const site = run.snapshot.resources.find((r) => r.id === 'public-site-euw1');
    expect(site?.errors).toEqual([{ path: 'policyStatus', code: 'IncompleteResponse', message: expect.stringContaining('IsPublic') as unknown, operation: 's3:GetBucketPolicyStatus' }]);
    expect('policyStatus' in (site?.data ?? {})).toBe(false);
    expect(run.snapshot.errors).toContainEqual(expect.objectContaining({ operation: 'GetBucketPolicyStatus', resource: 'public-site-euw1', code: 'IncompleteResponse' }));
  });

  it('retries a 500 and keeps the answer that followed', async () => {
    const flaky: Route = { name: 'flaky acl', match: on('acl', 'public-site-euw1'), respond: [s3Error('InternalError', 'We encountered an internal error. Please try again.', 500), acl(ownerGrant + allUsersRead)] };
    const run = await collect(routes([flaky]));
    expect(run.problems).toEqual([]);
    expect(run.aws.count('flaky acl')).toBe(2);
    const site = run.snapshot.resources.find((r) => r.id === 'public-site-euw1');
    expect(site?.errors).toBeUndefined();
    expect(site?.data.acl).toMatchObject({ grants: [expect.anything(), { grantee: { type: 'Group', uri: ALL_USERS }, permission: 'READ' }] });
  });

  it('follows continuation tokens', async () => {
    const paged: Route = {
      name: 'paged',
      match: (r) => r.query['x-id'] === 'ListBuckets',
      respond: (r) => {
        const mine = buckets.filter((b) => b.region === r.query['bucket-region']);
        return r.query['continuation-token'] === undefined ? listing(mine.slice(0, 1), { token: 'page-2' }) : listing(mine.slice(1));
      },
    };
    const run = await collect(routes([], paged));
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['app-data-euw1', 'audit-logs-use1', 'public-site-euw1']);
    // Two pages in each region; the second asked with the first one's token.
    expect(run.aws.requests.filter((r) => r.query['x-id'] === 'ListBuckets').map((r) => r.query['continuation-token'] ?? '').sort()).toEqual(['', '', 'page-2', 'page-2']);
  });

  it('without BucketRegion in the answer (moto) or a honoured filter, GetBucketLocation places each bucket once', async () => {
    const legacy: Listed[] = [...buckets, { name: 'legacy-eu', region: 'EU' }, { name: 'us-standard', region: '' }];
    const unfiltered: Route = { name: 'unfiltered', match: (r) => r.query['x-id'] === 'ListBuckets', respond: listing(legacy, { echoRegion: false }) };
    const location: Route = {
      name: 'location',
      match: on('location'),
      respond: (r) => {
        const constraint = legacy.find((b) => b.name === target(r).bucket)?.region ?? '';
        return xml(constraint === '' ? `<LocationConstraint ${NS}/>` : `<LocationConstraint ${NS}>${constraint}</LocationConstraint>`);
      },
    };
    const run = await collect(routes([location], unfiltered));
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => [r.id, r.region]).sort()).toEqual([
      ['app-data-euw1', 'eu-west-1'], ['audit-logs-use1', 'us-east-1'], ['legacy-eu', 'eu-west-1'], ['public-site-euw1', 'eu-west-1'], ['us-standard', 'us-east-1'],
    ]);
  });

  it('marks the region partial when a bucket could not be located, and collects the rest', async () => {
    const unfiltered: Route = { name: 'unfiltered', match: (r) => r.query['x-id'] === 'ListBuckets' && r.query['bucket-region'] === 'us-east-1', respond: listing(buckets.slice(2).concat({ name: 'hidden', region: 'us-east-1' }), { echoRegion: false }) };
    const location: Route = { name: 'location', match: on('location'), respond: (r) => (target(r).bucket === 'hidden' ? s3Error('AccessDenied', 'Access Denied') : xml(`<LocationConstraint ${NS}/>`)) };
    const run = await collect(routes([unfiltered, location]));
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['app-data-euw1', 'audit-logs-use1', 'public-site-euw1']);
    expect(run.snapshot.coverage).toContainEqual({ type: 'aws.s3.bucket', account: '123456789012', region: 'us-east-1', status: 'partial', reason: 'AccessDenied on s3:GetBucketLocation: region of bucket hidden unknown: Access Denied' });
  });

  it('names unread tags on the bucket ($tags), never showing no tags as fact, and leaves coverage complete', async () => {
    const denied: Route = { name: 'tags denied', match: on('tagging', 'audit-logs-use1'), respond: s3Error('AccessDenied', 'Access Denied') };
    const run = await collect(routes([denied]));
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.find((r) => r.id === 'audit-logs-use1')?.errors).toEqual([{ path: '$tags', code: 'AccessDenied', message: 'Access Denied', operation: 's3:GetBucketTagging' }]);
    expect(run.snapshot.errors).toContainEqual(expect.objectContaining({ service: 's3', operation: 'GetBucketTagging', resource: 'audit-logs-use1', code: 'AccessDenied' }));
    expect(run.snapshot.coverage.every((c) => c.status === 'complete')).toBe(true);
  });

  it('skips a bucket deleted after it was listed', async () => {
    const gone: Route = { name: 'gone', match: (r) => target(r).bucket === 'app-data-euw1', respond: s3Error('NoSuchBucket', 'The specified bucket does not exist', 404) };
    const run = await collect(routes([gone]));
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['audit-logs-use1', 'public-site-euw1']);
    expect(run.aws.count('gone')).toBe(1);
    expect(run.snapshot.errors).toEqual([]);
  });

  it('marks coverage failed in every region when buckets cannot be listed', async () => {
    const denied: Route = { name: 'list denied', match: (r) => r.query['x-id'] === 'ListBuckets', respond: s3Error('AccessDenied', 'Access Denied') };
    const run = await collect(routes([denied]));
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage.map((c) => [c.region, c.status, c.reason]).sort()).toEqual([
      ['eu-west-1', 'failed', 'AccessDenied on s3:ListBuckets: Access Denied'],
      ['us-east-1', 'failed', 'AccessDenied on s3:ListBuckets: Access Denied'],
    ]);
  });
});

describe('s3Buckets call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(s3Buckets)).toEqual([]);
  });
});
