/** efsFileSystems through the real EFS client, fed recorded REST-JSON answers routed on method and path. */
import { describe, expect, it } from 'vitest';
import { efsFileSystems } from './file-systems.js';
import { type RecordedResponse, type Route, type WireRequest } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const kmsKey = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const restJson = (value: unknown): RecordedResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
/** EFS errors: the code in x-amzn-errortype (with a namespace suffix) and ErrorCode/Message in the body. */
const efsError = (code: string, message: string, status: number): RecordedResponse => ({
  status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': `${code}:http://internal.amazon.com/coral/com.amazonaws.magnolia/` }, body: JSON.stringify({ ErrorCode: code, Message: message }),
});
const policyNotFound = (id: string): RecordedResponse => efsError('PolicyNotFound', `No policy is set for file system ${id}`, 404);
/** `/2015-02-01/file-systems/fs-1/policy` → ['fs-1', 'policy']. */
const sub = (r: WireRequest): [string, string] => {
  const [, , , id = '', what = ''] = r.path.split('/');
  return [id, what];
};

const fs = (id: string, extra: Record<string, unknown>) => ({
  OwnerId: ACCOUNT, CreationToken: `token-${id}`, FileSystemId: id, FileSystemArn: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/${id}`,
  CreationTime: 1709280000, LifeCycleState: 'available', NumberOfMountTargets: 2, SizeInBytes: { Value: 6144, ValueInIA: 0, ValueInStandard: 6144 },
  PerformanceMode: 'generalPurpose', Encrypted: true, KmsKeyId: kmsKey, ThroughputMode: 'elastic', Tags: [], FileSystemProtection: { ReplicationOverwriteProtection: 'ENABLED' },
  ...extra,
});
const shared = fs('fs-0123456789abcdef0', { Name: 'shared', Tags: [{ Key: 'Name', Value: 'shared' }, { Key: 'team', Value: 'platform' }] });
const scratch = fs('fs-0aaaabbbbccccdddd', { Encrypted: false, KmsKeyId: undefined, ThroughputMode: 'bursting', PerformanceMode: 'maxIO', NumberOfMountTargets: 0, SizeInBytes: { Value: 0 } });
const media = fs('fs-0eeeeffff00001111', { Name: 'media', Tags: [{ Key: 'Name', Value: 'media' }], ThroughputMode: 'provisioned', ProvisionedThroughputInMibps: 64, LifeCycleState: 'updating' });
const policy = {
  Version: '2012-10-17', Id: 'efs-policy',
  Statement: [{ Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Resource: shared.FileSystemArn, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
};

const mountTarget = (fsId: string, n: number, subnetId: string, state = 'available') => ({
  OwnerId: ACCOUNT, MountTargetId: `fsmt-${fsId.slice(3, 10)}${n}`, FileSystemId: fsId, SubnetId: subnetId, LifeCycleState: state,
  IpAddress: `10.0.${n}.10`, NetworkInterfaceId: `eni-0${n}`, AvailabilityZoneId: 'use1-az1', AvailabilityZoneName: 'us-east-1a', VpcId: 'vpc-0a1b2c3d4e5f67890',
});
const mountTargetsOf: Record<string, ReturnType<typeof mountTarget>[][]> = {
  // Two pages for one file system, none for another (an empty list, not an error).
  [shared.FileSystemId]: [[mountTarget(shared.FileSystemId, 1, 'subnet-0a1b2c3d4e5f67890')], [mountTarget(shared.FileSystemId, 2, 'subnet-0b1c2d3e4f5a67890', 'creating')]],
  [scratch.FileSystemId]: [[]],
  [media.FileSystemId]: [[mountTarget(media.FileSystemId, 3, 'subnet-0c1d2e3f4a5b67890')]],
};

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'DescribeFileSystems',
      match: (r) => r.method === 'GET' && r.path === '/2015-02-01/file-systems',
      respond: (r) => (r.query.Marker === undefined ? restJson({ FileSystems: [shared, scratch], NextMarker: 'fs-page-2' }) : restJson({ FileSystems: [media], Marker: 'fs-page-2' })),
    },
    {
      name: 'DescribeBackupPolicy',
      match: (r) => r.method === 'GET' && sub(r)[1] === 'backup-policy',
      respond: (r) => {
        const [id] = sub(r);
        if (id === scratch.FileSystemId) return policyNotFound(id);
        return restJson({ BackupPolicy: { Status: id === shared.FileSystemId ? 'ENABLED' : 'DISABLED' } });
      },
    },
    {
      name: 'DescribeMountTargets',
      match: (r) => r.method === 'GET' && r.path === '/2015-02-01/mount-targets',
      respond: (r) => {
        const pages = mountTargetsOf[String(r.query.FileSystemId)] ?? [];
        const at = r.query.Marker === undefined ? 0 : Number(String(r.query.Marker));
        return restJson({ MountTargets: pages[at] ?? [], ...(at + 1 < pages.length ? { NextMarker: String(at + 1) } : {}) });
      },
    },
    {
      name: 'DescribeFileSystemPolicy',
      match: (r) => r.method === 'GET' && sub(r)[1] === 'policy',
      respond: (r) => {
        const [id] = sub(r);
        return id === shared.FileSystemId ? restJson({ FileSystemId: id, Policy: JSON.stringify(policy) }) : policyNotFound(id);
      },
    },
  ];
}

describe('efsFileSystems', () => {
  it('follows NextMarker, reads both policies and maps every file system to a valid resource', async () => {
    const run = await collectRecorded([efsFileSystems], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter((r) => r.path === '/2015-02-01/file-systems').map((r) => r.query.Marker)).toEqual([undefined, 'fs-page-2']);
    const systems = run.snapshot.resources.filter((r) => r.type === 'aws.efs.file-system');
    expect(systems.map((s) => s.id).sort()).toEqual(['fs-0123456789abcdef0', 'fs-0aaaabbbbccccdddd', 'fs-0eeeeffff00001111']);
    const first = systems.find((s) => s.id === shared.FileSystemId);
    expect(first).toMatchObject({ arn: shared.FileSystemArn, name: 'shared', tags: { Name: 'shared', team: 'platform' } });
    expect(first?.data).toEqual({
      fileSystemId: shared.FileSystemId, name: 'shared', creationTime: '2024-03-01T08:00:00.000Z', lifeCycleState: 'available', encrypted: true, kmsKeyId: kmsKey,
      performanceMode: 'generalPurpose', throughputMode: 'elastic', numberOfMountTargets: 2, sizeInBytes: 6144, backupPolicyStatus: 'ENABLED', fileSystemPolicy: policy,
      mountTargets: [
        { mountTargetId: 'fsmt-01234561', subnetId: 'subnet-0a1b2c3d4e5f67890', lifeCycleState: 'available' },
        { mountTargetId: 'fsmt-01234562', subnetId: 'subnet-0b1c2d3e4f5a67890', lifeCycleState: 'creating' },
      ],
    });
    expect(run.aws.requests.filter((r) => r.path === '/2015-02-01/mount-targets' && r.query.FileSystemId === shared.FileSystemId).map((r) => r.query.Marker)).toEqual([undefined, '1']);
    // PolicyNotFound on both calls is "not configured": null, not an error.
    const bare = systems.find((s) => s.id === scratch.FileSystemId);
    expect(bare?.name).toBeUndefined();
    expect(bare?.errors).toBeUndefined();
    expect(bare?.data).toMatchObject({ name: null, encrypted: false, kmsKeyId: null, performanceMode: 'maxIO', throughputMode: 'bursting', numberOfMountTargets: 0, sizeInBytes: 0, backupPolicyStatus: null, fileSystemPolicy: null, mountTargets: [] });
    expect(systems.find((s) => s.id === media.FileSystemId)?.data).toMatchObject({ lifeCycleState: 'updating', throughputMode: 'provisioned', backupPolicyStatus: 'DISABLED', fileSystemPolicy: null });
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.efs.file-system', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('records AccessDenied on one file system policy on that file system only', async () => {
    const denied: Route = {
      name: 'denied',
      match: (r) => sub(r)[0] === media.FileSystemId && sub(r)[1] === 'policy',
      respond: efsError('AccessDeniedException', 'User is not authorized to perform: elasticfilesystem:DescribeFileSystemPolicy', 403),
    };
    const run = await collectRecorded([efsFileSystems], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const failed = run.snapshot.resources.find((r) => r.id === media.FileSystemId);
    expect(failed?.errors).toEqual([{ path: 'fileSystemPolicy', code: 'AccessDeniedException', message: 'User is not authorized to perform: elasticfilesystem:DescribeFileSystemPolicy', operation: 'elasticfilesystem:DescribeFileSystemPolicy' }]);
    expect('fileSystemPolicy' in (failed?.data ?? {})).toBe(false);
    expect(failed?.data.backupPolicyStatus).toBe('DISABLED');
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id)).toEqual([media.FileSystemId]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'elasticfilesystem', operation: 'DescribeFileSystemPolicy', resource: media.FileSystemId, code: 'AccessDeniedException' })]);
  });

  it('records AccessDenied on the backup policy or the mount targets on that field only, never as none', async () => {
    const denied: Route[] = [
      { name: 'backup-denied', match: (r) => sub(r)[0] === shared.FileSystemId && sub(r)[1] === 'backup-policy', respond: efsError('AccessDeniedException', 'no elasticfilesystem:DescribeBackupPolicy', 403) },
      { name: 'targets-denied', match: (r) => r.path === '/2015-02-01/mount-targets' && r.query.FileSystemId === media.FileSystemId, respond: efsError('AccessDeniedException', 'no elasticfilesystem:DescribeMountTargets', 403) },
    ];
    const run = await collectRecorded([efsFileSystems], routes(denied), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const first = run.snapshot.resources.find((r) => r.id === shared.FileSystemId);
    expect(first?.errors).toEqual([{ path: 'backupPolicyStatus', code: 'AccessDeniedException', message: 'no elasticfilesystem:DescribeBackupPolicy', operation: 'elasticfilesystem:DescribeBackupPolicy' }]);
    expect('backupPolicyStatus' in (first?.data ?? {})).toBe(false);
    expect((first?.data.mountTargets as unknown[]).length).toBe(2);
    const third = run.snapshot.resources.find((r) => r.id === media.FileSystemId);
    expect(third?.errors).toEqual([{ path: 'mountTargets', code: 'AccessDeniedException', message: 'no elasticfilesystem:DescribeMountTargets', operation: 'elasticfilesystem:DescribeMountTargets' }]);
    expect('mountTargets' in (third?.data ?? {})).toBe(false);
  });

  it('reads a mount target without its subnet as unknown at its index, never as in no subnet', async () => {
    const silent: Route = {
      name: 'targets-silent', match: (r) => r.path === '/2015-02-01/mount-targets' && r.query.FileSystemId === media.FileSystemId,
      respond: restJson({ MountTargets: [{ ...mountTarget(media.FileSystemId, 3, 'x'), SubnetId: undefined }] }),
    };
    const run = await collectRecorded([efsFileSystems], routes([silent]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const third = run.snapshot.resources.find((r) => r.id === media.FileSystemId);
    expect(third?.errors?.map((e) => [e.path, e.code])).toEqual([['mountTargets[0]', 'IncompleteResponse']]);
  });

  it('marks coverage failed when file systems cannot be listed', async () => {
    const denied: Route = { name: 'list-denied', match: (r) => r.path === '/2015-02-01/file-systems', respond: efsError('AccessDeniedException', 'no elasticfilesystem:DescribeFileSystems', 403) };
    const run = await collectRecorded([efsFileSystems], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AccessDeniedException on elasticfilesystem:DescribeFileSystems: no elasticfilesystem:DescribeFileSystems' })]);
  });
});

describe('efsFileSystems call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(efsFileSystems)).toEqual([]);
  });
});
