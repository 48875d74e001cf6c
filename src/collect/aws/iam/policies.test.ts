/** iamPolicies through the real IAM client, fed recorded query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { iamPolicies } from './policies.js';
import { byAction, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import { byActionWith, elements, encoded, iamError, iamXml, pagedIam } from '../../../../test/support/iam-xml.js';

const account = '123456789012';
const arn = (name: string): string => `arn:aws:iam::${account}:policy/${name}`;
const readOnly = { Version: '2012-10-17', Statement: [{ Sid: 'ReadAppData', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::example-bucket', 'arn:aws:s3:::example-bucket/*'] }] };
const admin = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const listed: Record<string, [version: string, attachments: number]> = { DevelopersS3ReadOnly: ['v1', 2], LegacyAdmin: ['v3', 0] };
const policy = (name: string, version = listed[name]?.[0] ?? 'v1', attachments = listed[name]?.[1] ?? 0): string => elements({
  PolicyName: name, PolicyId: `ANPA${name.toUpperCase()}`, Arn: arn(name), Path: '/', DefaultVersionId: version, AttachmentCount: attachments,
  PermissionsBoundaryUsageCount: 0, IsAttachable: true, CreateDate: '2024-01-10T08:30:00Z', UpdateDate: '2024-02-10T08:30:00Z',
});

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    pagedIam('ListPolicies', 'Policies', [[policy('DevelopersS3ReadOnly')], [policy('LegacyAdmin')]], { Scope: 'Local' }),
    {
      name: 'GetPolicy',
      match: byAction('GetPolicy'),
      respond: (r) => {
        const name = String(r.params.PolicyArn).split('/').pop() ?? '';
        const description = name === 'DevelopersS3ReadOnly' ? elements({ Description: 'Read-only access to the application data bucket' }) : '';
        return iamXml('GetPolicy', `<Policy>${policy(name)}${description}<Tags><member><Key>owner</Key><Value>${name}</Value></member></Tags></Policy>`);
      },
    },
    { name: 'GetPolicyVersion v1', match: byActionWith('GetPolicyVersion', { PolicyArn: arn('DevelopersS3ReadOnly'), VersionId: 'v1' }), respond: iamXml('GetPolicyVersion', `<PolicyVersion>${elements({ Document: encoded(readOnly), VersionId: 'v1', IsDefaultVersion: true, CreateDate: '2024-01-10T08:30:00Z' })}</PolicyVersion>`) },
    { name: 'GetPolicyVersion v3', match: byActionWith('GetPolicyVersion', { PolicyArn: arn('LegacyAdmin'), VersionId: 'v3' }), respond: iamXml('GetPolicyVersion', `<PolicyVersion>${elements({ Document: encoded(admin), VersionId: 'v3', IsDefaultVersion: true, CreateDate: '2024-02-10T08:30:00Z' })}</PolicyVersion>`) },
    {
      name: 'ListEntitiesForPolicy',
      match: byActionWith('ListEntitiesForPolicy', { PolicyArn: arn('DevelopersS3ReadOnly') }),
      respond: (r) => (r.params.Marker === undefined
        ? iamXml('ListEntitiesForPolicy', `<PolicyGroups><member>${elements({ GroupName: 'developers', GroupId: 'AGPADEV' })}</member></PolicyGroups><PolicyUsers/><PolicyRoles/><IsTruncated>true</IsTruncated><Marker>page-1</Marker>`)
        : iamXml('ListEntitiesForPolicy', `<PolicyGroups/><PolicyUsers><member>${elements({ UserName: 'alice', UserId: 'AIDAALICE' })}</member></PolicyUsers><PolicyRoles/><IsTruncated>false</IsTruncated>`)),
    },
    { name: 'ListEntitiesForPolicy none', match: byAction('ListEntitiesForPolicy'), respond: iamXml('ListEntitiesForPolicy', '<PolicyGroups/><PolicyUsers/><PolicyRoles/><IsTruncated>false</IsTruncated>') },
  ];
}

describe('iamPolicies', () => {
  it('lists customer managed policies only, page by page, with their default version and attachments', async () => {
    const run = await collectRecorded([iamPolicies], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter((r) => r.action === 'ListPolicies').map((r) => r.params.Scope)).toEqual(['Local', 'Local']);
    expect(run.aws.count('ListEntitiesForPolicy')).toBe(2);
    // Use as a permissions boundary is not an attachment.
    expect(run.aws.requests.filter((r) => r.action === 'ListEntitiesForPolicy').map((r) => r.params.PolicyUsageFilter)).toEqual(['PermissionsPolicy', 'PermissionsPolicy', 'PermissionsPolicy']);
    const [readOnlyPolicy, legacy] = run.snapshot.resources;
    expect(readOnlyPolicy).toMatchObject({ type: 'aws.iam.policy', id: 'DevelopersS3ReadOnly', arn: arn('DevelopersS3ReadOnly'), region: 'global', tags: { owner: 'DevelopersS3ReadOnly' } });
    expect(readOnlyPolicy?.errors).toBeUndefined();
    expect(readOnlyPolicy?.data).toEqual({
      policyName: 'DevelopersS3ReadOnly', policyId: 'ANPADEVELOPERSS3READONLY', path: '/', defaultVersionId: 'v1',
      attachmentCount: 2, permissionsBoundaryUsageCount: 0, isAttachable: true, createDate: '2024-01-10T08:30:00.000Z', updateDate: '2024-02-10T08:30:00.000Z',
      description: 'Read-only access to the application data bucket',
      document: readOnly,
      attachedTo: { users: ['alice'], groups: ['developers'], roles: [] },
    });
    expect(legacy?.data).toMatchObject({ defaultVersionId: 'v3', description: '', document: admin, attachedTo: { users: [], groups: [], roles: [] } });
  });

  it('records a denied document on that policy only', async () => {
    const run = await collectRecorded([iamPolicies], routes([
      { name: 'denied', match: byActionWith('GetPolicyVersion', { PolicyArn: arn('LegacyAdmin') }), respond: iamError('AccessDenied', 'not authorized to perform: iam:GetPolicyVersion', 403) },
    ]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const [readOnlyPolicy, legacy] = run.snapshot.resources;
    expect(readOnlyPolicy?.errors).toBeUndefined();
    expect(legacy?.errors).toEqual([expect.objectContaining({ path: 'document', code: 'AccessDenied', operation: 'iam:GetPolicyVersion' })]);
    expect('document' in (legacy?.data ?? {})).toBe(false);
  });

  it('completes the listed fields from GetPolicy, and fails only a field neither answer has (as moto omits PermissionsBoundaryUsageCount)', async () => {
    const withoutCount = (name: string): string => policy(name).replace('<PermissionsBoundaryUsageCount>0</PermissionsBoundaryUsageCount>', '');
    const run = await collectRecorded([iamPolicies], routes([
      pagedIam('ListPolicies', 'Policies', [[withoutCount('DevelopersS3ReadOnly'), withoutCount('LegacyAdmin')]], { Scope: 'Local' }),
      { name: 'GetPolicy legacy', match: byActionWith('GetPolicy', { PolicyArn: arn('LegacyAdmin') }), respond: iamXml('GetPolicy', `<Policy>${withoutCount('LegacyAdmin')}</Policy>`) },
      { name: 'GetPolicy', match: byAction('GetPolicy'), respond: iamXml('GetPolicy', `<Policy>${policy('DevelopersS3ReadOnly').replace('<PermissionsBoundaryUsageCount>0<', '<PermissionsBoundaryUsageCount>1<')}</Policy>`) },
    ]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const [readOnlyPolicy, legacy] = run.snapshot.resources;
    expect(readOnlyPolicy?.errors).toBeUndefined();
    expect(readOnlyPolicy?.data.permissionsBoundaryUsageCount).toBe(1);
    expect(legacy?.errors).toEqual([{ path: 'permissionsBoundaryUsageCount', code: 'IncompleteResponse', message: 'the answer has no PermissionsBoundaryUsageCount', operation: 'iam:ListPolicies' }]);
    expect(legacy?.data).toMatchObject({ policyName: 'LegacyAdmin', attachmentCount: 0, isAttachable: true, description: '', document: admin });
  });

  it('marks coverage partial when a later page of policies fails', async () => {
    const run = await collectRecorded([iamPolicies], routes([
      { name: 'page-2', match: (r) => r.action === 'ListPolicies' && r.params.Marker === 'page-1', respond: iamError('ServiceFailure', 'internal error', 500) },
    ]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['DevelopersS3ReadOnly']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.iam.policy', status: 'partial' })]);
  });
});

describe('iamPolicies call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(iamPolicies)).toEqual([]);
  });
});
