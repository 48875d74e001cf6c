/** awsAccount through the real IAM, S3 Control, Account and Organizations clients, fed recorded answers. */
import { describe, expect, it } from 'vitest';
import { awsAccount, awsAccountCollector } from './account.js';
import { iamUsersCollector } from '../iam/users.js';
import { byAction, byTarget, json, jsonError, xml, type Route, type WireRequest } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import { elements, iamError, iamXml, pagedIam } from '../../../../test/support/iam-xml.js';
import { generated, reportAnswer, ROOT_ROW_CSV } from '../../../../test/support/credential-report.js';

const account = '123456789012';
const polling = { attempts: 10, sleep: (): Promise<void> => Promise.resolve() };

const summaryMap = (values: Record<string, number>): string =>
  `<SummaryMap>${Object.entries(values).map(([k, v]) => `<entry><key>${k}</key><value>${v}</value></entry>`).join('')}</SummaryMap>`;
const fullSummary = {
  Users: 3, UsersQuota: 5000, Groups: 1, Roles: 4, Policies: 2, MFADevices: 2, MFADevicesInUse: 2,
  AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, AccountSigningCertificatesPresent: 0, AccountPasswordPresent: 1,
};
const virtualDevice = (serial: string, userArn: string): string =>
  `${elements({ SerialNumber: serial })}<User>${elements({ Arn: userArn, UserId: 'X', Path: '/', UserName: 'x', CreateDate: '2020-01-01T00:00:00Z' })}</User>${elements({ EnableDate: '2020-01-02T00:00:00Z' })}`;
const isS3Control = (r: WireRequest): boolean => r.path === '/v20180820/configuration/publicAccessBlock';
const contact = { AlternateContactType: 'SECURITY', Name: 'Security Operations', Title: 'Security Team', EmailAddress: 'security@example.com', PhoneNumber: '+1-206-555-0100' };
const org = { Id: 'o-a1b2c3d4e5', Arn: 'arn:aws:organizations::111111111111:organization/o-a1b2c3d4e5', FeatureSet: 'ALL', MasterAccountArn: 'arn:aws:organizations::111111111111:account/o-a1b2c3d4e5/111111111111', MasterAccountId: '111111111111', MasterAccountEmail: 'root@example.com' };

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'GetAccountPasswordPolicy',
      match: byAction('GetAccountPasswordPolicy'),
      respond: iamXml('GetAccountPasswordPolicy', `<PasswordPolicy>${elements({
        AllowUsersToChangePassword: true, RequireUppercaseCharacters: true, RequireSymbols: true, ExpirePasswords: true, PasswordReusePrevention: 24,
        RequireLowercaseCharacters: true, MaxPasswordAge: 90, HardExpiry: false, RequireNumbers: true, MinimumPasswordLength: 14,
      })}</PasswordPolicy>`),
    },
    { name: 'GetAccountSummary', match: byAction('GetAccountSummary'), respond: iamXml('GetAccountSummary', summaryMap(fullSummary)) },
    pagedIam('ListVirtualMFADevices', 'VirtualMFADevices', [
      [virtualDevice(`arn:aws:iam::${account}:mfa/alice`, `arn:aws:iam::${account}:user/alice`)],
      [virtualDevice(`arn:aws:iam::${account}:mfa/root-account-mfa-device`, `arn:aws:iam::${account}:root`)],
    ], { AssignmentStatus: 'Assigned' }),
    { name: 'GenerateCredentialReport', match: byAction('GenerateCredentialReport'), respond: generated('COMPLETE') },
    { name: 'GetCredentialReport', match: byAction('GetCredentialReport'), respond: reportAnswer([ROOT_ROW_CSV]) },
    {
      name: 'GetPublicAccessBlock',
      match: isS3Control,
      respond: xml(`<PublicAccessBlockConfiguration xmlns="http://awss3control.amazonaws.com/doc/2018-08-20/">${elements({ BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: false })}</PublicAccessBlockConfiguration>`),
    },
    { name: 'GetAlternateContact', match: (r) => r.path === '/getAlternateContact', respond: json({ AlternateContact: contact }) },
    { name: 'DescribeOrganization', match: byTarget('AWSOrganizationsV20161128.DescribeOrganization'), respond: json({ Organization: org }) },
    // Unfiltered, as the account's run asks: every bucket, each naming its own region, over two pages.
    {
      name: 'ListBuckets',
      match: (r) => r.method === 'GET' && r.query['x-id'] === 'ListBuckets',
      respond: (r) => xml(r.query['continuation-token'] === undefined
        ? `<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>owner</ID></Owner><Buckets><Bucket><Name>trail-logs</Name><CreationDate>2024-01-15T09:30:00.000Z</CreationDate><BucketRegion>eu-west-1</BucketRegion></Bucket></Buckets><ContinuationToken>page-2</ContinuationToken></ListAllMyBucketsResult>`
        : `<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>owner</ID></Owner><Buckets><Bucket><Name>app-data</Name><CreationDate>2024-01-15T09:30:00.000Z</CreationDate><BucketRegion>us-east-1</BucketRegion></Bucket></Buckets></ListAllMyBucketsResult>`),
    },
  ];
}

const collect = (overrides: Route[] = []) => collectRecorded([awsAccountCollector(polling)], routes(overrides), { regions: ['us-east-1'] });

describe('awsAccount', () => {
  it('maps every account-wide setting to one valid aws.account resource', async () => {
    const run = await collect();
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toHaveLength(1);
    const resource = run.snapshot.resources[0];
    expect(resource).toMatchObject({ type: 'aws.account', id: account, account, region: 'global', tags: {} });
    expect(resource?.errors).toBeUndefined();
    expect(resource?.data).toEqual({
      passwordPolicy: {
        minimumPasswordLength: 14, requireSymbols: true, requireNumbers: true, requireUppercaseCharacters: true, requireLowercaseCharacters: true,
        allowUsersToChangePassword: true, expirePasswords: true, maxPasswordAge: 90, passwordReusePrevention: 24, hardExpiry: false,
      },
      summary: {
        accountMfaEnabled: true, accountAccessKeysPresent: false, accountSigningCertificatesPresent: false, accountPasswordPresent: true,
        users: 3, groups: 1, roles: 4, policies: 2, mfaDevices: 2, mfaDevicesInUse: 2,
      },
      rootVirtualMfa: true,
      rootCredentialReport: {
        user: '<root_account>', arn: `arn:aws:iam::${account}:root`, userCreationTime: '2020-01-01T00:00:00.000Z',
        passwordEnabled: null, passwordLastUsed: '2026-10-01T10:00:00.000Z', passwordLastChanged: null, passwordNextRotation: null,
        mfaActive: true,
        accessKey1Active: false, accessKey1LastRotated: null, accessKey1LastUsedDate: null, accessKey1LastUsedRegion: null, accessKey1LastUsedService: null,
        accessKey2Active: false, accessKey2LastRotated: null, accessKey2LastUsedDate: null, accessKey2LastUsedRegion: null, accessKey2LastUsedService: null,
        cert1Active: false, cert1LastRotated: null, cert2Active: false, cert2LastRotated: null,
      },
      s3PublicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: false },
      s3BucketNames: ['app-data', 'trail-logs'],
      securityContact: { name: 'Security Operations', title: 'Security Team', emailAddress: 'security@example.com', phoneNumber: '+1-206-555-0100' },
      organization: { id: 'o-a1b2c3d4e5', arn: org.Arn, managementAccountId: '111111111111', featureSet: 'ALL', isManagementAccount: false },
    });
    // Keys in catalog order, however the calls raced.
    expect(Object.keys(resource?.data ?? {})).toEqual(['passwordPolicy', 'summary', 'rootVirtualMfa', 'rootCredentialReport', 's3PublicAccessBlock', 's3BucketNames', 'securityContact', 'organization']);
    expect(run.aws.count('ListVirtualMFADevices Assigned')).toBe(2);
    // No bucket-region filter: the names must cover every region, scanned or not.
    expect(run.aws.requests.filter((r) => r.query['x-id'] === 'ListBuckets').map((r) => r.query['bucket-region'])).toEqual([undefined, undefined]);
    const s3control = run.aws.requests.find(isS3Control);
    expect(s3control?.hostname).toBe(`${account}.s3-control.us-east-1.amazonaws.com`);
    expect(s3control?.headers['x-amz-account-id']).toBe(account);
    expect(JSON.parse(run.aws.requests.find((r) => r.path === '/getAlternateContact')?.body ?? '{}')).toEqual({ AlternateContactType: 'SECURITY' });
  });

  it('reads every "not configured" answer as null', async () => {
    const run = await collect([
      { name: 'no-password-policy', match: byAction('GetAccountPasswordPolicy'), respond: iamError('NoSuchEntity', `The Password Policy with domain name ${account} cannot be found.`, 404) },
      { name: 'no-bpa', match: isS3Control, respond: xml('<Error><Code>NoSuchPublicAccessBlockConfiguration</Code><Message>The public access block configuration was not found</Message><RequestId>r</RequestId></Error>', 404) },
      { name: 'no-contact', match: (r) => r.path === '/getAlternateContact', respond: jsonError('ResourceNotFoundException', 'No contact of the inputted alternate contact type found.', 404) },
      { name: 'no-org', match: byTarget('AWSOrganizationsV20161128.DescribeOrganization'), respond: jsonError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.') },
      { name: 'no-root-mfa', match: byAction('ListVirtualMFADevices'), respond: iamXml('ListVirtualMFADevices', '<VirtualMFADevices></VirtualMFADevices><IsTruncated>false</IsTruncated>') },
    ]);
    expect(run.problems).toEqual([]);
    const resource = run.snapshot.resources[0];
    expect(resource?.errors).toBeUndefined();
    expect(resource?.data).toMatchObject({ passwordPolicy: null, rootVirtualMfa: false, s3PublicAccessBlock: null, securityContact: null, organization: null });
    expect(run.snapshot.errors).toEqual([]);
  });

  it('reads a credential report without the <root_account> row (as moto writes it) as incomplete, never as root without credentials', async () => {
    const run = await collect([{ name: 'no-root-row', match: byAction('GetCredentialReport'), respond: reportAnswer([]) }]);
    expect(run.problems).toEqual([]);
    const resource = run.snapshot.resources[0];
    expect(resource?.errors).toEqual([{ path: 'rootCredentialReport', code: 'IncompleteResponse', message: 'the credential report has no <root_account> row, which IAM always includes', operation: 'iam:GetCredentialReport' }]);
    expect('rootCredentialReport' in (resource?.data ?? {})).toBe(false);
  });

  it('knows the management account, and reads a minimal password policy with AWS\'s defaults', async () => {
    const run = await collect([
      { name: 'management', match: byTarget('AWSOrganizationsV20161128.DescribeOrganization'), respond: json({ Organization: { ...org, MasterAccountId: account } }) },
      { name: 'minimal', match: byAction('GetAccountPasswordPolicy'), respond: iamXml('GetAccountPasswordPolicy', `<PasswordPolicy>${elements({ MinimumPasswordLength: 8, AllowUsersToChangePassword: false, ExpirePasswords: false })}</PasswordPolicy>`) },
    ]);
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources[0]?.data).toMatchObject({
      organization: { managementAccountId: account, isManagementAccount: true },
      passwordPolicy: { minimumPasswordLength: 8, requireSymbols: false, expirePasswords: false, maxPasswordAge: null, passwordReusePrevention: null, hardExpiry: false },
    });
  });

  it('records a summary key AWS left out as not collected instead of reading it as false', async () => {
    const { AccountPasswordPresent: _omitted, ...older } = fullSummary;
    const run = await collect([{ name: 'older-summary', match: byAction('GetAccountSummary'), respond: iamXml('GetAccountSummary', summaryMap(older)) }]);
    expect(run.problems).toEqual([]);
    const resource = run.snapshot.resources[0];
    expect(resource?.errors).toEqual([{ path: 'summary.accountPasswordPresent', code: 'IncompleteResponse', message: 'GetAccountSummary\'s SummaryMap has no AccountPasswordPresent', operation: 'iam:GetAccountSummary' }]);
    expect(resource?.data.summary).toEqual({ accountMfaEnabled: true, accountAccessKeysPresent: false, accountSigningCertificatesPresent: false, users: 3, groups: 1, roles: 4, policies: 2, mfaDevices: 2, mfaDevicesInUse: 2 });
  });

  it('records each failed setting on its own field, with its service in the snapshot errors', async () => {
    const run = await collect([
      { name: 'bpa-denied', match: isS3Control, respond: xml('<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>r</RequestId></Error>', 403) },
      { name: 'org-denied', match: byTarget('AWSOrganizationsV20161128.DescribeOrganization'), respond: jsonError('AccessDeniedException', 'You don\'t have permissions to access this resource.') },
      { name: 'report-denied', match: byAction('GetCredentialReport'), respond: iamError('AccessDenied', 'not authorized to perform: iam:GetCredentialReport', 403) },
    ]);
    expect(run.problems).toEqual([]);
    const resource = run.snapshot.resources[0];
    expect(resource?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([
      ['rootCredentialReport', 'AccessDenied', 'iam:GetCredentialReport'],
      ['s3PublicAccessBlock', 'AccessDenied', 's3:GetAccountPublicAccessBlock'],
      ['organization', 'AccessDeniedException', 'organizations:DescribeOrganization'],
    ]);
    expect(resource?.data.passwordPolicy).toMatchObject({ minimumPasswordLength: 14 });
    expect(resource?.data.securityContact).toMatchObject({ name: 'Security Operations' });
    for (const path of ['rootCredentialReport', 's3PublicAccessBlock', 'organization']) expect(path in (resource?.data ?? {})).toBe(false);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.account', status: 'complete' })]);
  });

  it('shares one credential report with aws.iam.user in the same run', async () => {
    const run = await collectRecorded([awsAccountCollector(polling), iamUsersCollector(polling)], routes([pagedIam('ListUsers', 'Users', [[]])]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('GenerateCredentialReport')).toBe(1);
    expect(run.aws.count('GetCredentialReport')).toBe(1);
    expect(run.snapshot.resources[0]?.data.rootCredentialReport).toMatchObject({ user: '<root_account>' });
  });
});

describe('awsAccount call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(awsAccount)).toEqual([]);
  });
});
