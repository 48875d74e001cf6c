/**
 * The pace of collection, through the real SDK clients over recorded HTTP
 * answers that each take a moment to arrive, so calls overlap as they would
 * against AWS: a bucket's independent reads are in flight together, every
 * call (listing pages included) waits for its slot under the global cap and
 * its service's cap, and a server error that persists is retried a bounded
 * number of times while throttling keeps its adaptive retries. Nothing here
 * is timed: the figures are counts of requests and of requests in flight.
 */
import type { HttpRequest, HttpResponse } from '@smithy/protocol-http';
import { describe, expect, it } from 'vitest';
import { ec2SecurityGroups } from '../../src/collect/aws/ec2/security-groups.js';
import { ec2Subnets } from '../../src/collect/aws/ec2/subnets.js';
import { ec2Vpcs } from '../../src/collect/aws/ec2/vpcs.js';
import { ec2NetworkAcls } from '../../src/collect/aws/ec2/network-acls.js';
import { s3Buckets } from '../../src/collect/aws/s3/buckets.js';
import { ClientPool } from '../../src/collect/clients.js';
import type { Collector } from '../../src/collect/define.js';
import { serviceCap } from '../../src/collect/pace.js';
import { SERVER_ERROR_ATTEMPTS } from '../../src/collect/retry.js';
import { runCollection } from '../../src/collect/run.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { ACCOUNT, credentials, regionsRoute } from '../support/collect.js';
import { ec2Xml } from '../support/ec2-xml.js';
import { byAction, RecordedAws, s3Error, xml, type RecordedResponse, type Route, type WireRequest } from '../support/recorded-aws.js';

/** The service a request is signed for (SigV4 credential scope): `s3`, `ec2`. */
const serviceOf = (request: HttpRequest): string => /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\//.exec(request.headers.authorization ?? request.headers.Authorization ?? '')?.[1] ?? '';

/** Recorded answers that arrive after a timer, counting the requests in flight at once, overall and per service. */
class SlowAws extends RecordedAws {
  private inFlight = 0;
  private readonly byService = new Map<string, number>();
  maxInFlight = 0;
  readonly maxByService = new Map<string, number>();

  override handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    const service = serviceOf(request);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const now = (this.byService.get(service) ?? 0) + 1;
    this.byService.set(service, now);
    this.maxByService.set(service, Math.max(this.maxByService.get(service) ?? 0, now));
    return new Promise((resolve, reject) => {
      // A timer, not a microtask: every call a collector has ready is sent before any answer arrives.
      setTimeout(() => {
        this.inFlight--;
        this.byService.set(service, (this.byService.get(service) ?? 1) - 1);
        super.handle(request).then(resolve, reject);
      }, 5);
    });
  }
}

async function collect(collectors: readonly Collector[], routes: readonly Route[], concurrency: number): Promise<{ aws: SlowAws; snapshot: Snapshot }> {
  const aws = new SlowAws(routes);
  const pool = new ClientPool({ requestHandler: aws, credentials });
  try {
    const { snapshot } = await runCollection({
      clients: pool, account: ACCOUNT, partition: 'aws', regions: ['us-east-1'], collectors, concurrency,
      generator: { name: 'assay', version: 'test' }, now: () => new Date('2026-11-01T12:00:00Z'),
    });
    return { aws, snapshot };
  } finally {
    pool.destroy();
  }
}

const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
const on = (operation: string) => (r: WireRequest): boolean => r.method === 'GET' && operation in r.query;

/** One bucket in us-east-1 with nothing configured, each setting answered as S3 says "not configured"; `overrides` replace a setting's answers. */
function bucket(overrides: Readonly<Record<string, RecordedResponse | readonly RecordedResponse[]>> = {}): Route[] {
  const settings: Record<string, RecordedResponse | readonly RecordedResponse[]> = {
    tagging: s3Error('NoSuchTagSet', 'The TagSet does not exist', 404),
    encryption: s3Error('ServerSideEncryptionConfigurationNotFoundError', 'not found', 404),
    publicAccessBlock: s3Error('NoSuchPublicAccessBlockConfiguration', 'not found', 404),
    policy: s3Error('NoSuchBucketPolicy', 'The bucket policy does not exist', 404),
    acl: xml(`<AccessControlPolicy ${NS}><Owner><ID>owner</ID></Owner><AccessControlList></AccessControlList></AccessControlPolicy>`),
    ownershipControls: s3Error('OwnershipControlsNotFoundError', 'not found', 404),
    versioning: xml(`<VersioningConfiguration ${NS}/>`),
    logging: xml(`<BucketLoggingStatus ${NS}/>`),
    'object-lock': s3Error('ObjectLockConfigurationNotFoundError', 'not found', 404),
    lifecycle: s3Error('NoSuchLifecycleConfiguration', 'not found', 404),
    ...overrides,
  };
  return [
    regionsRoute(['us-east-1']),
    {
      name: 'ListBuckets', match: (r) => r.method === 'GET' && r.query['x-id'] === 'ListBuckets',
      respond: xml(`<ListAllMyBucketsResult ${NS}><Owner><ID>owner</ID></Owner><Buckets><Bucket><Name>logs</Name><CreationDate>2024-01-15T09:30:00.000Z</CreationDate><BucketRegion>us-east-1</BucketRegion></Bucket></Buckets></ListAllMyBucketsResult>`),
    },
    ...Object.entries(settings).map(([operation, respond]): Route => ({ name: operation, match: on(operation), respond })),
  ];
}

/** Every EC2 listing the four network collectors send, each answering an empty list. */
const emptyNetwork: Route[] = [
  regionsRoute(['us-east-1']),
  ...[['DescribeSecurityGroups', 'securityGroupInfo'], ['DescribeNetworkInterfaces', 'networkInterfaceSet'], ['DescribeVpcs', 'vpcSet'], ['DescribeFlowLogs', 'flowLogSet'],
    ['DescribeSubnets', 'subnetSet'], ['DescribeNetworkAcls', 'networkAclSet']].map(([action = '', list = '']): Route => ({ name: action, match: byAction(action), respond: ec2Xml(action, `<${list}/>`) })),
];
const networkCollectors = [ec2SecurityGroups, ec2Vpcs, ec2Subnets, ec2NetworkAcls];

describe('collection schedules calls, not resources', () => {
  it('sends a bucket\'s independent reads side by side', async () => {
    const { aws, snapshot } = await collect([s3Buckets], bucket(), 16);
    expect(snapshot.resources.map((r) => r.id)).toEqual(['logs']);
    // After its tags: encryption, public access block, policy, ACL, ownership, versioning, logging, object lock, lifecycle (no policy, so no policy status).
    expect(aws.count('encryption') + aws.count('lifecycle')).toBe(2);
    expect(aws.maxByService.get('s3')).toBe(9);
  });

  it('holds listing pages to the cap like every other call', async () => {
    const { aws, snapshot } = await collect(networkCollectors, emptyNetwork, 1);
    expect(snapshot.coverage.filter((c) => c.status !== 'complete')).toEqual([]);
    expect(aws.requests.filter((r) => r.action !== 'DescribeRegions')).toHaveLength(6);
    expect(aws.maxInFlight).toBe(1);
  });

  it('holds each service to its own cap in the region, below the global one', async () => {
    const cap = serviceCap('EC2', 16);
    expect(cap).toBeLessThan(6);
    const { aws } = await collect(networkCollectors, emptyNetwork, 16);
    // Six listings were ready at once; EC2's documented rate lets `cap` of them go out together.
    expect(aws.maxByService.get('ec2')).toBe(cap);
  });
});

describe('retries', () => {
  it('gives up on a server error that persists after a bounded number of attempts, and records it on the field', async () => {
    const { aws, snapshot } = await collect([s3Buckets], bucket({ acl: s3Error('InternalError', 'We encountered an internal error. Please try again.', 500) }), 16);
    expect(aws.count('acl')).toBe(SERVER_ERROR_ATTEMPTS);
    expect(SERVER_ERROR_ATTEMPTS).toBeLessThan(8);
    const [logs] = snapshot.resources;
    expect(logs?.data.acl).toBeUndefined();
    expect(logs?.errors).toEqual([expect.objectContaining({ path: 'acl', code: 'InternalError', operation: 's3:GetBucketAcl' })]);
  });

  it('keeps retrying throttling past that bound, adaptively, until AWS answers', async () => {
    const slowDown = s3Error('SlowDown', 'Please reduce your request rate.', 503);
    const throttled = Array.from({ length: SERVER_ERROR_ATTEMPTS }, () => slowDown);
    const { aws, snapshot } = await collect([s3Buckets], bucket({ versioning: [...throttled, xml(`<VersioningConfiguration ${NS}><Status>Enabled</Status></VersioningConfiguration>`)] }), 16);
    expect(aws.count('versioning')).toBe(SERVER_ERROR_ATTEMPTS + 1);
    const [logs] = snapshot.resources;
    expect(logs?.errors).toBeUndefined();
    expect(logs?.data.versioning).toMatchObject({ status: 'Enabled' });
  }, 30_000);
});
