/** iamUsers through the real IAM client, fed recorded query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { iamUsers, iamUsersCollector } from './users.js';
import { byAction, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import { byActionWith, elements, encoded, iamError, iamXml, pagedIam } from '../../../../test/support/iam-xml.js';
import { generated, reportAnswer, ROOT_ROW_CSV } from '../../../../test/support/credential-report.js';

const account = '123456789012';
const user = (name: string, extra: Record<string, string> = {}): string =>
  elements({ Path: '/', UserName: name, UserId: `AIDA${name.toUpperCase()}EXAMPLE`, Arn: `arn:aws:iam::${account}:user/${name}`, CreateDate: '2024-01-10T09:00:00Z', ...extra });
const inlineDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::example/*' }] };

const aliceRow = 'alice,arn:aws:iam::123456789012:user/alice,2024-01-10T09:00:00+00:00,true,2026-10-27T08:45:00+00:00,2026-04-15T09:00:00+00:00,N/A,true,'
  + 'true,2026-05-01T10:00:00+00:00,2026-10-28T14:00:00+00:00,us-east-1,s3,false,2026-06-01T10:00:00+00:00,N/A,N/A,N/A,false,N/A,false,N/A';
// Last signed in before IAM tracked it (no_information); no keys (N/A).
const bobRow = 'bob,arn:aws:iam::123456789012:user/bob,2014-01-10T09:00:00+00:00,true,no_information,2014-04-15T09:00:00+00:00,N/A,false,'
  + 'false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';

const lastUsed = (key: string): string => (key === 'AKIAALICE1EXAMPLE'
  ? elements({ LastUsedDate: '2026-10-28T14:00:00Z', ServiceName: 's3', Region: 'us-east-1' })
  : elements({ ServiceName: 'N/A', Region: 'N/A' }));

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    pagedIam('ListUsers', 'Users', [[user('alice', { PasswordLastUsed: '2026-10-27T08:45:00Z' }), user('bob')], [user('carol')]]),
    { name: 'GetLoginProfile bob', match: byActionWith('GetLoginProfile', { UserName: 'bob' }), respond: iamError('NoSuchEntity', 'Login Profile for User bob cannot be found.', 404) },
    { name: 'GetLoginProfile', match: byAction('GetLoginProfile'), respond: (r) => iamXml('GetLoginProfile', `<LoginProfile>${elements({ UserName: String(r.params.UserName), CreateDate: '2024-01-10T09:05:00Z', PasswordResetRequired: r.params.UserName === 'carol' })}</LoginProfile>`) },
    pagedIam('ListMFADevices', 'MFADevices', [[elements({ UserName: 'alice', SerialNumber: `arn:aws:iam::${account}:mfa/alice`, EnableDate: '2024-01-10T09:10:00Z' })]], { UserName: 'alice' }),
    pagedIam('ListMFADevices', 'MFADevices', [[
      elements({ UserName: 'carol', SerialNumber: 'GAKT000123456', EnableDate: '2024-02-01T00:00:00Z' }),
      elements({ UserName: 'carol', SerialNumber: `arn:aws:iam::${account}:u2f/user/carol/key-ABCDEF`, EnableDate: '2024-02-02T00:00:00Z' }),
    ]], { UserName: 'carol' }),
    pagedIam('ListMFADevices', 'MFADevices', [[]]),
    pagedIam('ListAccessKeys', 'AccessKeyMetadata', [[
      elements({ UserName: 'alice', AccessKeyId: 'AKIAALICE1EXAMPLE', Status: 'Active', CreateDate: '2026-05-01T10:00:00Z' }),
      elements({ UserName: 'alice', AccessKeyId: 'AKIAALICE2EXAMPLE', Status: 'Inactive', CreateDate: '2026-06-01T10:00:00Z' }),
    ]], { UserName: 'alice' }),
    pagedIam('ListAccessKeys', 'AccessKeyMetadata', [[]]),
    { name: 'GetAccessKeyLastUsed', match: byAction('GetAccessKeyLastUsed'), respond: (r) => iamXml('GetAccessKeyLastUsed', `<UserName>alice</UserName><AccessKeyLastUsed>${lastUsed(String(r.params.AccessKeyId))}</AccessKeyLastUsed>`) },
    // Two pages for one user: per-user lists follow Marker too.
    pagedIam('ListAttachedUserPolicies', 'AttachedPolicies', [
      [elements({ PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' })],
      [elements({ PolicyName: 'DevelopersS3', PolicyArn: `arn:aws:iam::${account}:policy/DevelopersS3` })],
    ], { UserName: 'alice' }),
    pagedIam('ListAttachedUserPolicies', 'AttachedPolicies', [[]]),
    pagedIam('ListUserPolicies', 'PolicyNames', [['inline-s3']], { UserName: 'alice' }),
    pagedIam('ListUserPolicies', 'PolicyNames', [[]]),
    { name: 'GetUserPolicy', match: byActionWith('GetUserPolicy', { UserName: 'alice', PolicyName: 'inline-s3' }), respond: iamXml('GetUserPolicy', elements({ UserName: 'alice', PolicyName: 'inline-s3', PolicyDocument: encoded(inlineDocument) })) },
    pagedIam('ListGroupsForUser', 'Groups', [[elements({ Path: '/', GroupName: 'developers', GroupId: 'AGPADEVELOPERS', Arn: `arn:aws:iam::${account}:group/developers`, CreateDate: '2024-01-01T00:00:00Z' })]], { UserName: 'alice' }),
    pagedIam('ListGroupsForUser', 'Groups', [[]]),
    { name: 'GenerateCredentialReport', match: byAction('GenerateCredentialReport'), respond: [generated('STARTED'), generated('COMPLETE')] },
    { name: 'GetCredentialReport', match: byAction('GetCredentialReport'), respond: [iamError('ReportInProgress', 'Report is being generated', 404), reportAnswer([ROOT_ROW_CSV, aliceRow, bobRow])] },
  ];
}

function collector(sleeps: number[] = [], attempts = 10) {
  return iamUsersCollector({ attempts, sleep: (ms) => { sleeps.push(ms); return Promise.resolve(); } });
}

const find = (run: Awaited<ReturnType<typeof collectRecorded>>, id: string) => run.snapshot.resources.find((r) => r.type === 'aws.iam.user' && r.id === id);

describe('iamUsers', () => {
  it('follows pagination and maps every user to a valid resource', async () => {
    const run = await collectRecorded([collector()], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['alice', 'bob', 'carol']);
    expect(run.aws.count('ListUsers')).toBe(2);
    expect(run.aws.count('ListAttachedUserPolicies alice')).toBe(2);
    const alice = find(run, 'alice');
    expect(alice).toMatchObject({ arn: `arn:aws:iam::${account}:user/alice`, region: 'global', account });
    expect(alice?.errors).toBeUndefined();
    expect(alice?.data).toMatchObject({
      userName: 'alice', userId: 'AIDAALICEEXAMPLE', path: '/', createDate: '2024-01-10T09:00:00.000Z', passwordLastUsed: '2026-10-27T08:45:00.000Z',
      loginProfile: { createDate: '2024-01-10T09:05:00.000Z', passwordResetRequired: false },
      mfaDevices: [{ serialNumber: `arn:aws:iam::${account}:mfa/alice`, enableDate: '2024-01-10T09:10:00.000Z', type: 'virtual' }],
      accessKeys: [
        { accessKeyId: 'AKIAALICE1EXAMPLE', status: 'Active', createDate: '2026-05-01T10:00:00.000Z', lastUsedDate: '2026-10-28T14:00:00.000Z', lastUsedService: 's3', lastUsedRegion: 'us-east-1' },
        { accessKeyId: 'AKIAALICE2EXAMPLE', status: 'Inactive', createDate: '2026-06-01T10:00:00.000Z', lastUsedDate: null, lastUsedService: null, lastUsedRegion: null },
      ],
      attachedPolicies: [
        { policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
        { policyName: 'DevelopersS3', policyArn: `arn:aws:iam::${account}:policy/DevelopersS3` },
      ],
      inlinePolicies: [{ policyName: 'inline-s3', document: inlineDocument }],
      groups: ['developers'],
    });
    expect(find(run, 'carol')?.data).toMatchObject({
      passwordLastUsed: null,
      loginProfile: { passwordResetRequired: true },
      mfaDevices: [{ serialNumber: 'GAKT000123456', type: 'hardware' }, { serialNumber: `arn:aws:iam::${account}:u2f/user/carol/key-ABCDEF`, type: 'hardware' }],
      accessKeys: [], attachedPolicies: [], inlinePolicies: [], groups: [],
    });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.iam.user', account, region: 'global', status: 'complete' }]);
  });

  it('reads a missing login profile (NoSuchEntity) as no console password', async () => {
    const run = await collectRecorded([collector()], routes(), { regions: ['us-east-1'] });
    const bob = find(run, 'bob');
    expect(bob?.data.loginProfile).toBeNull();
    expect(bob?.errors).toBeUndefined();
    expect(run.snapshot.errors).toEqual([]);
  });

  it('generates the credential report, waits while it is in progress, and normalizes its placeholders', async () => {
    const sleeps: number[] = [];
    const run = await collectRecorded([collector(sleeps)], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    // STARTED → wait → COMPLETE but ReportInProgress → wait → COMPLETE and ready.
    expect(run.aws.count('GenerateCredentialReport')).toBe(3);
    expect(run.aws.count('GetCredentialReport')).toBe(2);
    expect(sleeps).toEqual([500, 1000]);
    expect(find(run, 'alice')?.data.credentialReport).toEqual({
      user: 'alice', arn: `arn:aws:iam::${account}:user/alice`, userCreationTime: '2024-01-10T09:00:00.000Z',
      passwordEnabled: true, passwordLastUsed: '2026-10-27T08:45:00.000Z', passwordLastChanged: '2026-04-15T09:00:00.000Z', passwordNextRotation: null,
      mfaActive: true,
      accessKey1Active: true, accessKey1LastRotated: '2026-05-01T10:00:00.000Z', accessKey1LastUsedDate: '2026-10-28T14:00:00.000Z', accessKey1LastUsedRegion: 'us-east-1', accessKey1LastUsedService: 's3',
      accessKey2Active: false, accessKey2LastRotated: '2026-06-01T10:00:00.000Z', accessKey2LastUsedDate: null, accessKey2LastUsedRegion: null, accessKey2LastUsedService: null,
      cert1Active: false, cert1LastRotated: null, cert2Active: false, cert2LastRotated: null,
    });
    expect(find(run, 'bob')?.data.credentialReport).toMatchObject({ passwordEnabled: true, passwordLastUsed: null, passwordLastChanged: '2014-04-15T09:00:00.000Z' });
    // A user newer than the report has no row: null, not an error.
    expect(find(run, 'carol')?.data.credentialReport).toBeNull();
    expect(find(run, 'carol')?.errors).toBeUndefined();
  });

  it('records AccessDenied on one user\'s call on that user only', async () => {
    const denied: Route = { name: 'denied', match: byActionWith('ListAttachedUserPolicies', { UserName: 'bob' }), respond: iamError('AccessDenied', 'User: arn:aws:iam::123456789012:user/scanner is not authorized to perform: iam:ListAttachedUserPolicies', 403) };
    const run = await collectRecorded([collector()], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const bob = find(run, 'bob');
    expect(bob?.errors).toEqual([{ path: 'attachedPolicies', code: 'AccessDenied', message: 'User: arn:aws:iam::123456789012:user/scanner is not authorized to perform: iam:ListAttachedUserPolicies', operation: 'iam:ListAttachedUserPolicies' }]);
    expect('attachedPolicies' in (bob?.data ?? {})).toBe(false);
    expect(bob?.data.groups).toEqual([]);
    expect(find(run, 'alice')?.errors).toBeUndefined();
    expect(find(run, 'carol')?.errors).toBeUndefined();
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'iam', operation: 'ListAttachedUserPolicies', resource: 'bob', code: 'AccessDenied' })]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('fails only the last-use fields of the one key whose GetAccessKeyLastUsed was denied', async () => {
    const denied: Route = { name: 'denied', match: byActionWith('GetAccessKeyLastUsed', { AccessKeyId: 'AKIAALICE2EXAMPLE' }), respond: iamError('AccessDenied', 'not authorized', 403) };
    const run = await collectRecorded([collector()], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const alice = find(run, 'alice');
    expect(alice?.errors?.map((e) => e.path)).toEqual(['accessKeys[1].lastUsedDate', 'accessKeys[1].lastUsedService', 'accessKeys[1].lastUsedRegion']);
    expect(alice?.data.accessKeys).toEqual([
      expect.objectContaining({ accessKeyId: 'AKIAALICE1EXAMPLE', lastUsedService: 's3' }),
      { accessKeyId: 'AKIAALICE2EXAMPLE', status: 'Inactive', createDate: '2026-06-01T10:00:00.000Z' },
    ]);
  });

  it('records an inline policy document that is not JSON as InvalidPolicyDocument', async () => {
    const broken: Route = { name: 'broken', match: byAction('GetUserPolicy'), respond: iamXml('GetUserPolicy', elements({ UserName: 'alice', PolicyName: 'inline-s3', PolicyDocument: encodeURIComponent('{"Version": ') })) };
    const run = await collectRecorded([collector()], routes([broken]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(find(run, 'alice')?.errors).toEqual([expect.objectContaining({ path: 'inlinePolicies[0].document', code: 'InvalidPolicyDocument', operation: 'iam:GetUserPolicy' })]);
    expect(find(run, 'alice')?.data.inlinePolicies).toEqual([{ policyName: 'inline-s3' }]);
  });

  it('gives up on a report that never becomes ready, after a bounded number of attempts, and says so on every user', async () => {
    const sleeps: number[] = [];
    const never: Route = { name: 'never', match: byAction('GenerateCredentialReport'), respond: generated('INPROGRESS') };
    const run = await collectRecorded([collector(sleeps, 3)], routes([never]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('never')).toBe(3);
    expect(run.aws.count('GetCredentialReport')).toBe(0);
    expect(sleeps).toEqual([500, 1000]);
    for (const id of ['alice', 'bob', 'carol']) {
      expect(find(run, id)?.errors).toEqual([expect.objectContaining({ path: 'credentialReport', code: 'CredentialReportNotReady', operation: 'iam:GetCredentialReport' })]);
      expect('credentialReport' in (find(run, id)?.data ?? {})).toBe(false);
    }
  });

  it('reads an existing report when generating one is not permitted', async () => {
    const refused: Route = { name: 'refused', match: byAction('GenerateCredentialReport'), respond: iamError('AccessDenied', 'not authorized to perform: iam:GenerateCredentialReport', 403) };
    const ready: Route = { name: 'ready', match: byAction('GetCredentialReport'), respond: reportAnswer([aliceRow]) };
    const run = await collectRecorded([collector()], routes([refused, ready]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(find(run, 'alice')?.data.credentialReport).toMatchObject({ user: 'alice' });
    expect(find(run, 'alice')?.errors).toBeUndefined();
  });

  it('recovers from throttling by retrying', async () => {
    const throttled: Route = {
      name: 'throttled',
      match: byActionWith('GetLoginProfile', { UserName: 'alice' }),
      respond: [iamError('Throttling', 'Rate exceeded'), iamXml('GetLoginProfile', `<LoginProfile>${elements({ UserName: 'alice', CreateDate: '2024-01-10T09:05:00Z', PasswordResetRequired: false })}</LoginProfile>`)],
    };
    const run = await collectRecorded([collector()], routes([throttled]), { regions: ['us-east-1'] });
    expect(run.aws.count('throttled')).toBe(2);
    expect(find(run, 'alice')?.errors).toBeUndefined();
    expect(find(run, 'alice')?.data.loginProfile).toEqual({ createDate: '2024-01-10T09:05:00.000Z', passwordResetRequired: false });
  });

  it('marks coverage failed when users cannot be listed, and partial when a later page fails', async () => {
    const denied: Route = { name: 'list-denied', match: byAction('ListUsers'), respond: iamError('AccessDenied', 'no iam:ListUsers', 403) };
    const failed = await collectRecorded([collector()], routes([denied]), { regions: ['us-east-1'] });
    expect(failed.problems).toEqual([]);
    expect(failed.snapshot.resources).toEqual([]);
    expect(failed.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.iam.user', status: 'failed', reason: 'AccessDenied on iam:ListUsers: no iam:ListUsers' })]);

    const secondPage: Route = { name: 'page-2-denied', match: (r) => r.action === 'ListUsers' && r.params.Marker === 'page-1', respond: iamError('AccessDenied', 'no iam:ListUsers', 403) };
    const partial = await collectRecorded([collector()], routes([secondPage]), { regions: ['us-east-1'] });
    expect(partial.problems).toEqual([]);
    expect(partial.snapshot.resources.map((r) => r.id)).toEqual(['alice', 'bob']);
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });
});

describe('iamUsers call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(iamUsers)).toEqual([]);
  });
});
