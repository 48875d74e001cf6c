/**
 * S3 (REST-XML) and S3 Control for the fake account. Buckets are addressed
 * path-style (`/<bucket>?policy`), which the SDK uses for a custom endpoint
 * on an IP address, or virtual-host style (`<bucket>.<endpoint host>`).
 * ListBuckets honours `bucket-region`, `max-buckets` (default 10,000, as
 * AWS) and `continuation-token`. A setting that is not configured gets the
 * error S3 answers for it (NoSuchBucketPolicy …).
 */
import { ACCOUNT, bucketName, parseBucket, type Estate } from './estate.js';
import { offsetOf, page, pageSize, s3Error, s3Xml, tokenOf, type Answer, type WireRequest } from './wire.js';

const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
export const OWNER = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';

const subresources: Readonly<Record<string, string>> = {
  tagging: 'GetBucketTagging', encryption: 'GetBucketEncryption', publicAccessBlock: 'GetPublicAccessBlock', policy: 'GetBucketPolicy',
  policyStatus: 'GetBucketPolicyStatus', acl: 'GetBucketAcl', ownershipControls: 'GetBucketOwnershipControls', versioning: 'GetBucketVersioning',
  logging: 'GetBucketLogging', 'object-lock': 'GetObjectLockConfiguration', lifecycle: 'GetBucketLifecycleConfiguration', location: 'GetBucketLocation',
};

/** The bucket a request names (virtual-host or path style), and the operation. */
export function s3Operation(request: WireRequest, endpointHost: string): { operation: string; bucket: string } {
  if (request.path.startsWith('/v20180820/')) return { operation: request.path.endsWith('/configuration/publicAccessBlock') ? 'S3Control:GetPublicAccessBlock' : `S3Control:${request.method} ${request.path}`, bucket: '' };
  const host = (request.headers.host ?? '').replace(/:\d+$/, '');
  const hosted = host.endsWith(`.${endpointHost}`) ? host.slice(0, -endpointHost.length - 1) : '';
  const bucket = hosted !== '' ? hosted : request.path.split('/').filter((s) => s !== '')[0] ?? '';
  if (bucket === '') return { operation: request.method === 'GET' ? 'ListBuckets' : `${request.method} /`, bucket };
  const sub = Object.keys(subresources).find((k) => request.query.has(k));
  const named = request.query.get('x-id');
  return { operation: request.method === 'GET' && sub !== undefined ? subresources[sub] ?? '' : named ?? `${request.method} ${sub ?? '/'}`, bucket };
}

function listBuckets(estate: Estate, request: WireRequest): Answer {
  const wanted = request.query.get('bucket-region');
  const regions = wanted === null ? estate.size.regions : estate.size.regions.filter((r) => r === wanted);
  const all = regions.flatMap((region) => Array.from({ length: estate.size.buckets }, (_, i) => ({ name: bucketName(region, i), region })));
  const { items, next } = page(all, offsetOf('b', request.query.get('continuation-token')), pageSize(request.query.get('max-buckets'), 10_000, 10_000));
  const listed = items.map((b) => `<Bucket><Name>${b.name}</Name><CreationDate>2024-01-15T09:30:00.000Z</CreationDate><BucketRegion>${b.region}</BucketRegion></Bucket>`).join('');
  return s3Xml(`<ListAllMyBucketsResult ${NS}><Owner><ID>${OWNER}</ID></Owner><Buckets>${listed}</Buckets>${next === undefined ? '' : `<ContinuationToken>${tokenOf('b', next)}</ContinuationToken>`}</ListAllMyBucketsResult>`);
}

const missing = (code: string, message: string): Answer => s3Error(code, message, 404);

/** One bucket setting; which ones are configured depends on the bucket's index. */
function setting(operation: string, name: string, region: string, i: number): Answer {
  switch (operation) {
    case 'GetBucketTagging':
      return i % 3 === 0 ? s3Xml(`<Tagging ${NS}><TagSet><Tag><Key>team</Key><Value>data</Value></Tag><Tag><Key>env</Key><Value>prod</Value></Tag></TagSet></Tagging>`) : missing('NoSuchTagSet', 'The TagSet does not exist');
    case 'GetBucketEncryption': {
      const rule = i % 5 === 0
        ? `<SSEAlgorithm>aws:kms</SSEAlgorithm><KMSMasterKeyID>arn:aws:kms:${region}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000000</KMSMasterKeyID></ApplyServerSideEncryptionByDefault><BucketKeyEnabled>true</BucketKeyEnabled>`
        : '<SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault><BucketKeyEnabled>false</BucketKeyEnabled>';
      return s3Xml(`<ServerSideEncryptionConfiguration ${NS}><Rule><ApplyServerSideEncryptionByDefault>${rule}</Rule></ServerSideEncryptionConfiguration>`);
    }
    case 'GetPublicAccessBlock':
      return i % 5 === 1 ? missing('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found')
        : s3Xml(`<PublicAccessBlockConfiguration ${NS}><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>`);
    case 'GetBucketPolicy': {
      if (i % 4 !== 0) return missing('NoSuchBucketPolicy', 'The bucket policy does not exist');
      const policy = { Version: '2012-10-17', Statement: [{ Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] };
      return { status: 200, contentType: 'application/json', body: JSON.stringify(policy) };
    }
    case 'GetBucketPolicyStatus':
      return i % 4 === 0 ? s3Xml(`<PolicyStatus ${NS}><IsPublic>false</IsPublic></PolicyStatus>`) : missing('NoSuchBucketPolicy', 'The bucket policy does not exist');
    case 'GetBucketAcl':
      return s3Xml(`<AccessControlPolicy ${NS}><Owner><ID>${OWNER}</ID><DisplayName>owner</DisplayName></Owner><AccessControlList><Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>${OWNER}</ID><DisplayName>owner</DisplayName></Grantee><Permission>FULL_CONTROL</Permission></Grant></AccessControlList></AccessControlPolicy>`);
    case 'GetBucketOwnershipControls':
      return i % 2 === 0 ? s3Xml(`<OwnershipControls ${NS}><Rule><ObjectOwnership>BucketOwnerEnforced</ObjectOwnership></Rule></OwnershipControls>`) : missing('OwnershipControlsNotFoundError', 'The bucket ownership controls were not found');
    case 'GetBucketVersioning':
      return s3Xml(i % 2 === 0 ? `<VersioningConfiguration ${NS}><Status>Enabled</Status></VersioningConfiguration>` : `<VersioningConfiguration ${NS}/>`);
    case 'GetBucketLogging':
      return s3Xml(i % 6 === 0 ? `<BucketLoggingStatus ${NS}><LoggingEnabled><TargetBucket>${bucketName(region, 0)}</TargetBucket><TargetPrefix>${name}/</TargetPrefix></LoggingEnabled></BucketLoggingStatus>` : `<BucketLoggingStatus ${NS}/>`);
    case 'GetObjectLockConfiguration':
      return missing('ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket');
    case 'GetBucketLifecycleConfiguration':
      return i % 7 === 0 ? s3Xml(`<LifecycleConfiguration ${NS}><Rule><ID>expire</ID><Filter><Prefix></Prefix></Filter><Status>Enabled</Status><Expiration><Days>365</Days></Expiration></Rule></LifecycleConfiguration>`)
        : missing('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist');
    case 'GetBucketLocation':
      return s3Xml(`<LocationConstraint ${NS}>${region === 'us-east-1' ? '' : region}</LocationConstraint>`);
    default:
      return s3Error('NotImplemented', `the benchmark's fake S3 does not answer ${operation}`, 501);
  }
}

export function answerS3(estate: Estate, request: WireRequest, operation: string, bucket: string): Answer {
  if (operation === 'S3Control:GetPublicAccessBlock') {
    return s3Xml(`<PublicAccessBlockConfiguration ${NS}><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>`);
  }
  if (operation === 'ListBuckets') return listBuckets(estate, request);
  const found = parseBucket(estate, bucket);
  if (found === undefined) return s3Error('NoSuchBucket', 'The specified bucket does not exist', 404);
  return setting(operation, bucket, found.region, found.index);
}
