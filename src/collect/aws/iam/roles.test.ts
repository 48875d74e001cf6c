/** iamRoles through the real IAM client, fed recorded query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { iamRoles } from './roles.js';
import { byAction, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import { byActionWith, elements, encoded, iamError, iamXml, pagedIam } from '../../../../test/support/iam-xml.js';

const account = '123456789012';
const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] };
const ec2Trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
const role = (name: string, document: unknown, extra: Record<string, string | number> = {}): string => elements({
  Path: '/', RoleName: name, RoleId: `AROA${name.toUpperCase()}`, Arn: `arn:aws:iam::${account}:role/${name}`, CreateDate: '2024-01-10T08:00:00Z',
  AssumeRolePolicyDocument: encoded(document), MaxSessionDuration: 3600, ...extra,
});

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    pagedIam('ListRoles', 'Roles', [[role('AWSSupportRole', trust, { Description: 'Lets the incident team manage cases' })], [role('web-server', ec2Trust, { MaxSessionDuration: 7200 })]]),
    {
      name: 'GetRole',
      match: byAction('GetRole'),
      respond: (r) => iamXml('GetRole', `<Role>${role(String(r.params.RoleName), trust)}${r.params.RoleName === 'AWSSupportRole'
        ? `<RoleLastUsed>${elements({ LastUsedDate: '2026-06-20T16:30:00Z', Region: 'us-east-1' })}</RoleLastUsed><Tags><member><Key>team</Key><Value>incident</Value></member></Tags>`
        : '<RoleLastUsed/>'}</Role>`),
    },
    pagedIam('ListAttachedRolePolicies', 'AttachedPolicies', [[elements({ PolicyName: 'AWSSupportAccess', PolicyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess' })]], { RoleName: 'AWSSupportRole' }),
    pagedIam('ListAttachedRolePolicies', 'AttachedPolicies', [[]]),
    pagedIam('ListRolePolicies', 'PolicyNames', [['logs-write'], ['s3-read']], { RoleName: 'web-server' }),
    pagedIam('ListRolePolicies', 'PolicyNames', [[]]),
    pagedIam('ListInstanceProfilesForRole', 'InstanceProfiles', [[elements({ InstanceProfileName: 'web-server', InstanceProfileId: 'AIPAWEB', Path: '/', Arn: `arn:aws:iam::${account}:instance-profile/web-server`, CreateDate: '2024-01-10T08:00:00Z' })]], { RoleName: 'web-server' }),
    pagedIam('ListInstanceProfilesForRole', 'InstanceProfiles', [[]]),
  ];
}

describe('iamRoles', () => {
  it('follows pagination and maps every role, decoding its trust policy', async () => {
    const run = await collectRecorded([iamRoles], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('ListRoles')).toBe(2);
    const [support, web] = run.snapshot.resources;
    expect(support).toMatchObject({ type: 'aws.iam.role', id: 'AWSSupportRole', arn: `arn:aws:iam::${account}:role/AWSSupportRole`, region: 'global', tags: { team: 'incident' } });
    expect(support?.errors).toBeUndefined();
    expect(support?.data).toEqual({
      roleName: 'AWSSupportRole', roleId: 'AROAAWSSUPPORTROLE', path: '/', description: 'Lets the incident team manage cases', createDate: '2024-01-10T08:00:00.000Z',
      maxSessionDuration: 3600, assumeRolePolicyDocument: trust,
      lastUsed: { lastUsedDate: '2026-06-20T16:30:00.000Z', region: 'us-east-1' },
      attachedPolicies: [{ policyName: 'AWSSupportAccess', policyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess' }],
      inlinePolicyNames: [],
      instanceProfileNames: [],
    });
    expect(web?.data).toMatchObject({
      description: '', maxSessionDuration: 7200, assumeRolePolicyDocument: ec2Trust,
      lastUsed: null, attachedPolicies: [], inlinePolicyNames: ['logs-write', 's3-read'], instanceProfileNames: ['web-server'],
    });
    expect(web?.tags).toEqual({});
  });

  it('records a failed GetRole on lastUsed only, and AccessDenied on one role\'s list on that role only', async () => {
    const run = await collectRecorded([iamRoles], routes([
      { name: 'get-denied', match: byActionWith('GetRole', { RoleName: 'web-server' }), respond: iamError('AccessDenied', 'not authorized to perform: iam:GetRole', 403) },
      { name: 'list-denied', match: byActionWith('ListInstanceProfilesForRole', { RoleName: 'AWSSupportRole' }), respond: iamError('AccessDenied', 'not authorized to perform: iam:ListInstanceProfilesForRole', 403) },
    ]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const [support, web] = run.snapshot.resources;
    expect(support?.errors?.map((e) => [e.path, e.operation])).toEqual([['instanceProfileNames', 'iam:ListInstanceProfilesForRole']]);
    expect(web?.errors?.map((e) => [e.path, e.operation])).toEqual([['lastUsed', 'iam:GetRole']]);
    expect(web?.data).toMatchObject({ roleName: 'web-server', inlinePolicyNames: ['logs-write', 's3-read'] });
  });

  it('records a trust policy that is not JSON as InvalidPolicyDocument', async () => {
    const run = await collectRecorded([iamRoles], routes([
      { name: 'bad-trust', match: byAction('ListRoles'), respond: iamXml('ListRoles', `<Roles><member>${role('odd', {})}</member></Roles><IsTruncated>false</IsTruncated>`.replace(encodeURIComponent('{}'), '%7Bnot-json')) },
    ]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources[0]?.errors).toEqual([expect.objectContaining({ path: 'assumeRolePolicyDocument', code: 'InvalidPolicyDocument', operation: 'iam:ListRoles' })]);
  });

  it('marks coverage failed when roles cannot be listed', async () => {
    const run = await collectRecorded([iamRoles], routes([{ name: 'denied', match: byAction('ListRoles'), respond: iamError('AccessDenied', 'no iam:ListRoles', 403) }]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.iam.role', status: 'failed' })]);
  });
});

describe('iamRoles call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(iamRoles)).toEqual([]);
  });
});
