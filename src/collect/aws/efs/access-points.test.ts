/** efsAccessPoints through the real EFS client, fed recorded REST-JSON answers. */
import { describe, expect, it } from 'vitest';
import { efsAccessPoints } from './access-points.js';
import { type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const restJson = (value: unknown): RecordedResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
const efsError = (code: string, message: string, status: number): RecordedResponse => ({
  status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': `${code}:http://internal.amazon.com/coral/com.amazonaws.magnolia/` }, body: JSON.stringify({ ErrorCode: code, Message: message }),
});

const ap = (id: string, extra: Record<string, unknown>) => ({
  ClientToken: `token-${id}`, AccessPointId: id, AccessPointArn: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:access-point/${id}`,
  FileSystemId: 'fs-0123456789abcdef0', OwnerId: ACCOUNT, LifeCycleState: 'available', Tags: [], RootDirectory: { Path: '/' },
  ...extra,
});
const app = ap('fsap-0aaaaaaaaaaaaaaa1', {
  Name: 'app', Tags: [{ Key: 'Name', Value: 'app' }, { Key: 'team', Value: 'platform' }],
  PosixUser: { Uid: 1001, Gid: 1001, SecondaryGids: [2000, 2001] },
  RootDirectory: { Path: '/app', CreationInfo: { OwnerUid: 1001, OwnerGid: 1001, Permissions: '750' } },
});
// Whole file system, clients' own identities: what an access point created with no options answers.
const open = ap('fsap-0bbbbbbbbbbbbbbb2', {});
const groupOnly = ap('fsap-0ccccccccccccccc3', { PosixUser: { Uid: 0, Gid: 0 }, LifeCycleState: 'creating', FileSystemId: 'fs-0aaaabbbbccccdddd' });

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'DescribeAccessPoints',
      match: (r) => r.method === 'GET' && r.path === '/2015-02-01/access-points',
      respond: (r) => (r.query.NextToken === undefined ? restJson({ AccessPoints: [app, open], NextToken: 'ap-page-2' }) : restJson({ AccessPoints: [groupOnly] })),
    },
  ];
}

describe('efsAccessPoints', () => {
  it('follows NextToken and maps every access point, an unset PosixUser as null', async () => {
    const run = await collectRecorded([efsAccessPoints], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter((r) => r.path === '/2015-02-01/access-points').map((r) => [r.query.NextToken, r.query.FileSystemId])).toEqual([[undefined, undefined], ['ap-page-2', undefined]]);
    const points = run.snapshot.resources.filter((r) => r.type === 'aws.efs.access-point');
    expect(points.map((p) => p.id).sort()).toEqual([app.AccessPointId, open.AccessPointId, groupOnly.AccessPointId]);
    const first = points.find((p) => p.id === app.AccessPointId);
    expect(first).toMatchObject({ arn: app.AccessPointArn, name: 'app', tags: { Name: 'app', team: 'platform' } });
    expect(first?.data).toEqual({
      accessPointId: app.AccessPointId, fileSystemId: 'fs-0123456789abcdef0', name: 'app', lifeCycleState: 'available', rootDirectoryPath: '/app',
      posixUser: { uid: 1001, gid: 1001, secondaryGids: [2000, 2001] },
    });
    expect(points.find((p) => p.id === open.AccessPointId)?.data).toMatchObject({ name: null, rootDirectoryPath: '/', posixUser: null });
    expect(points.find((p) => p.id === groupOnly.AccessPointId)?.data).toMatchObject({ fileSystemId: 'fs-0aaaabbbbccccdddd', lifeCycleState: 'creating', posixUser: { uid: 0, gid: 0, secondaryGids: [] } });
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.efs.access-point', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('reads an access point without its root directory as unknown, never as "/"', async () => {
    const silent: Route = { name: 'no-root', match: (r) => r.path === '/2015-02-01/access-points', respond: restJson({ AccessPoints: [{ ...open, RootDirectory: undefined }] }) };
    const run = await collectRecorded([efsAccessPoints], routes([silent]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const [point] = run.snapshot.resources;
    expect(point?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['rootDirectoryPath', 'IncompleteResponse', 'elasticfilesystem:DescribeAccessPoints']]);
    expect('rootDirectoryPath' in (point?.data ?? {})).toBe(false);
    expect(point?.data.posixUser).toBeNull();
  });

  it('marks coverage failed when access points cannot be listed, and partial when a later page fails', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.path === '/2015-02-01/access-points', respond: efsError('AccessDeniedException', 'no elasticfilesystem:DescribeAccessPoints', 403) };
    const run = await collectRecorded([efsAccessPoints], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AccessDeniedException on elasticfilesystem:DescribeAccessPoints: no elasticfilesystem:DescribeAccessPoints' })]);

    const secondPage: Route = { name: 'page-2-denied', match: (r) => r.path === '/2015-02-01/access-points' && r.query.NextToken !== undefined, respond: efsError('AccessDeniedException', 'denied on page 2', 403) };
    const partial = await collectRecorded([efsAccessPoints], routes([secondPage]), { regions: ['us-east-1'] });
    expect(partial.problems).toEqual([]);
    expect(partial.snapshot.resources.map((r) => r.id).sort()).toEqual([app.AccessPointId, open.AccessPointId]);
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });
});

describe('efsAccessPoints call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(efsAccessPoints)).toEqual([]);
  });
});
