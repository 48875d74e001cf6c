/**
 * Absent is unknown, end to end: an AWS answer that leaves out a value it
 * always sends — recorded in AWS's wire format and read by the real SDK
 * clients — is collected as a failure of that field, so the bundled policy
 * that reads it is ERROR, never the PASS (or FAIL) a default would give.
 * Each answer is otherwise the documented shape; only the one value is
 * missing. (Before the mappers stopped defaulting, each of these passed or
 * failed on a value AWS never sent.)
 */
import { describe, expect, it } from 'vitest';
import { awsAccountCollector } from '../../src/collect/aws/account/account.js';
import { efsFileSystems } from '../../src/collect/aws/efs/file-systems.js';
import { ec2NetworkAcls } from '../../src/collect/aws/ec2/network-acls.js';
import { ec2SecurityGroups } from '../../src/collect/aws/ec2/security-groups.js';
import { ec2Vpcs } from '../../src/collect/aws/ec2/vpcs.js';
import { iamUsersCollector } from '../../src/collect/aws/iam/users.js';
import { logsLogGroups } from '../../src/collect/aws/logs/log-groups.js';
import { rdsDbInstances } from '../../src/collect/aws/rds/db-instances.js';
import { regionSettings } from '../../src/collect/aws/region/settings.js';
import type { Collector } from '../../src/collect/define.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { Finding } from '../../src/findings/schema.js';
import { idFromFile } from '../../src/policy/load.js';
import { compileBundled } from '../support/bundled-policies.js';
import { collectRecorded, regionsRoute, type RecordedRun } from '../support/collect.js';
import { ec2Xml, items, pagedEc2 } from '../support/ec2-xml.js';
import { byActionWith, elements, iamError, iamXml, pagedIam } from '../support/iam-xml.js';
import { byAction, byTarget, json, jsonError, xml, type Route, type WireRequest } from '../support/recorded-aws.js';
import { reportAnswer, ROOT_ROW_CSV } from '../support/credential-report.js';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

async function collect(collectors: readonly Collector[], routes: readonly Route[]): Promise<RecordedRun> {
  const run = await collectRecorded(collectors, [regionsRoute([REGION]), ...routes], { regions: [REGION] });
  expect(run.problems).toEqual([]);
  return run;
}

/** The bundled policy's findings on the collected snapshot, by resource id. */
function verdicts(run: RecordedRun, policyId: string): Map<string, Finding> {
  const [service] = policyId.replace(/^aws-/, '').split('-');
  const file = `policies/aws/${service ?? ''}/${policyId}.yaml`;
  const policy = compileBundled(idFromFile(file));
  const result = evaluate(run.snapshot, [policy], { snapshotDigest: 'recorded', generator: { name: 'assay', version: 'test' }, selection: { policyIds: undefined, controls: [], overrides: new Map(), packs: [] } });
  return new Map(result.findings.map((f) => [f.resource.id, f]));
}

const errorPaths = (run: RecordedRun, id: string): string[] => (run.snapshot.resources.find((r) => r.id === id)?.errors ?? []).map((e) => `${e.path} ${e.code}`);

describe('RDS: a DescribeDBInstances answer without PubliclyAccessible', () => {
  const db = (id: string, publicly: string): string => `<DBInstance><DBInstanceIdentifier>${id}</DBInstanceIdentifier><DBInstanceClass>db.t3.micro</DBInstanceClass><Engine>postgres</Engine>`
    + `<DBInstanceStatus>available</DBInstanceStatus><MasterUsername>app_owner</MasterUsername><Endpoint><Address>${id}.abc.rds.amazonaws.com</Address><Port>6432</Port></Endpoint><BackupRetentionPeriod>7</BackupRetentionPeriod><VpcSecurityGroups/><MultiAZ>false</MultiAZ><EngineVersion>16.3</EngineVersion>`
    + `<AutoMinorVersionUpgrade>true</AutoMinorVersionUpgrade>${publicly}<StorageEncrypted>true</StorageEncrypted><CopyTagsToSnapshot>false</CopyTagsToSnapshot><MonitoringInterval>0</MonitoringInterval>`
    + `<DBInstanceArn>arn:aws:rds:${REGION}:${ACCOUNT}:db:${id}</DBInstanceArn><IAMDatabaseAuthenticationEnabled>false</IAMDatabaseAuthenticationEnabled><DeletionProtection>false</DeletionProtection><TagList/></DBInstance>`;
  const answer: Route = {
    name: 'DescribeDBInstances', match: byAction('DescribeDBInstances'),
    respond: xml(`<DescribeDBInstancesResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><DescribeDBInstancesResult><DBInstances>${db('private-db', '<PubliclyAccessible>false</PubliclyAccessible>')}${db('silent-db', '')}</DBInstances></DescribeDBInstancesResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeDBInstancesResponse>`),
  };

  it('is ERROR on aws-rds-instance-not-public, not PASS', async () => {
    const run = await collect([rdsDbInstances], [answer]);
    expect(errorPaths(run, 'silent-db')).toEqual(['publiclyAccessible IncompleteResponse']);
    const findings = verdicts(run, 'aws-rds-instance-not-public');
    expect(findings.get('private-db')?.status).toBe('PASS');
    expect(findings.get('silent-db')?.status).toBe('ERROR');
  });
});

describe('EC2 network ACLs: an entry without its action', () => {
  const entry = (n: number, action: string, rest: string): string => `<ruleNumber>${n}</ruleNumber><protocol>6</protocol>${action}<egress>false</egress><cidrBlock>0.0.0.0/0</cidrBlock>${rest}`;
  const acls = pagedEc2('DescribeNetworkAcls', 'networkAclSet', [[
    `<networkAclId>acl-1</networkAclId><vpcId>vpc-1</vpcId><default>false</default><ownerId>${ACCOUNT}</ownerId><entrySet>${items([
      // Rule 90 has no action: read as "deny" it shadowed rule 100's SSH allow.
      entry(90, '', '<portRange><from>22</from><to>22</to></portRange>'),
      entry(100, '<ruleAction>allow</ruleAction>', '<portRange><from>22</from><to>22</to></portRange>'),
    ])}</entrySet><associationSet/><tagSet/>`,
  ]]);

  it('is ERROR on aws-ec2-network-acl-no-admin-ports-from-internet, not PASS', async () => {
    const run = await collect([ec2NetworkAcls], [acls]);
    expect(errorPaths(run, 'acl-1')).toEqual(['entries IncompleteResponse']);
    expect(verdicts(run, 'aws-ec2-network-acl-no-admin-ports-from-internet').get('acl-1')?.status).toBe('ERROR');
  });
});

describe('EC2 security groups: rule lists and ranges AWS left out', () => {
  const group = (id: string, name: string, rules: string): string =>
    `<ownerId>${ACCOUNT}</ownerId><groupId>${id}</groupId><groupName>${name}</groupName><groupDescription>${name}</groupDescription><vpcId>vpc-1</vpcId>${rules}<tagSet/>`;
  const rule = (ranges: string): string => `<item><ipProtocol>tcp</ipProtocol><fromPort>22</fromPort><toPort>22</toPort><groups/>${ranges}<ipv6Ranges/><prefixListIds/></item>`;
  const routes: Route[] = [
    pagedEc2('DescribeSecurityGroups', 'securityGroupInfo', [[
      // The default group answered without its egress list: read as empty it passed "default group closed".
      group('sg-default', 'default', '<ipPermissions/>'),
      // One SSH rule whose range came without its CIDR: read as "" it passed "no admin ports from the internet".
      group('sg-ssh', 'ssh', `<ipPermissions>${rule('<ipRanges><item><description>office</description></item></ipRanges>')}</ipPermissions><ipPermissionsEgress/>`),
      group('sg-ok', 'ok', `<ipPermissions>${rule('<ipRanges><item><cidrIp>10.0.0.0/8</cidrIp></item></ipRanges>')}</ipPermissions><ipPermissionsEgress/>`),
    ]]),
    pagedEc2('DescribeNetworkInterfaces', 'networkInterfaceSet', [[]]),
  ];

  it('is ERROR on aws-ec2-default-security-group-closed and aws-ec2-security-group-no-admin-ports-from-internet, not PASS', async () => {
    const run = await collect([ec2SecurityGroups], routes);
    expect(errorPaths(run, 'sg-default')).toEqual(['egress IncompleteResponse']);
    expect(errorPaths(run, 'sg-ssh')).toEqual(['ingress[0] IncompleteResponse']);
    expect(verdicts(run, 'aws-ec2-default-security-group-closed').get('sg-default')?.status).toBe('ERROR');
    const admin = verdicts(run, 'aws-ec2-security-group-no-admin-ports-from-internet');
    expect(admin.get('sg-ssh')?.status).toBe('ERROR');
    expect(admin.get('sg-ok')?.status).toBe('PASS');
  });
});

describe('EC2 VPCs: a flow log without its status', () => {
  const routes: Route[] = [
    pagedEc2('DescribeVpcs', 'vpcSet', [[
      `<ownerId>${ACCOUNT}</ownerId><instanceTenancy>default</instanceTenancy><ipv6CidrBlockAssociationSet/><isDefault>false</isDefault><tagSet/><vpcId>vpc-1</vpcId><state>available</state><cidrBlock>10.0.0.0/16</cidrBlock>`,
    ]]),
    pagedEc2('DescribeFlowLogs', 'flowLogSet', [[
      // No flowLogStatus: read as "ACTIVE" it passed "VPC flow logging enabled".
      `<creationTime>2026-01-01T00:00:00.000Z</creationTime><flowLogId>fl-1</flowLogId><logGroupName>vpc</logGroupName><resourceId>vpc-1</resourceId><trafficType>ALL</trafficType><logDestinationType>cloud-watch-logs</logDestinationType><tagSet/>`,
    ]]),
  ];

  it('is ERROR on aws-ec2-vpc-flow-logs-enabled, not PASS', async () => {
    const run = await collect([ec2Vpcs], routes);
    expect(errorPaths(run, 'vpc-1')).toEqual(['flowLogs[0] IncompleteResponse']);
    expect(verdicts(run, 'aws-ec2-vpc-flow-logs-enabled').get('vpc-1')?.status).toBe('ERROR');
  });
});

describe('IAM users: ListAttachedUserPolicies answered without its list', () => {
  const user = elements({ Path: '/', UserName: 'alice', UserId: 'AIDAALICE', Arn: `arn:aws:iam::${ACCOUNT}:user/alice`, CreateDate: '2024-01-10T09:00:00Z' });
  const routes: Route[] = [
    pagedIam('ListUsers', 'Users', [[user]]),
    { name: 'GetLoginProfile', match: byAction('GetLoginProfile'), respond: iamError('NoSuchEntity', 'Login Profile for User alice cannot be found.', 404) },
    pagedIam('ListMFADevices', 'MFADevices', [[]]),
    pagedIam('ListAccessKeys', 'AccessKeyMetadata', [[]]),
    // No <AttachedPolicies> at all: read as an empty list it passed "no policies attached directly".
    { name: 'ListAttachedUserPolicies', match: byActionWith('ListAttachedUserPolicies'), respond: iamXml('ListAttachedUserPolicies', '<IsTruncated>false</IsTruncated>') },
    pagedIam('ListUserPolicies', 'PolicyNames', [[]]),
    pagedIam('ListGroupsForUser', 'Groups', [[]]),
    { name: 'GenerateCredentialReport', match: byAction('GenerateCredentialReport'), respond: iamXml('GenerateCredentialReport', '<State>COMPLETE</State>') },
    { name: 'GetCredentialReport', match: byAction('GetCredentialReport'), respond: reportAnswer([ROOT_ROW_CSV]) },
  ];

  it('is ERROR on aws-iam-user-no-direct-policies, not PASS', async () => {
    const run = await collect([iamUsersCollector({ attempts: 1, sleep: () => Promise.resolve() })], routes);
    expect(errorPaths(run, 'alice')).toEqual(['attachedPolicies IncompleteResponse']);
    expect(verdicts(run, 'aws-iam-user-no-direct-policies').get('alice')?.status).toBe('ERROR');
  });
});

describe('Region: an analyzer without its type, and GetEbsEncryptionByDefault without its value', () => {
  const rest = (host: string, method: string, path: string) => (r: WireRequest): boolean => r.hostname.startsWith(`${host}.`) && r.method === method && r.path === path;
  const routes: Route[] = [
    // No <ebsEncryptionByDefault>: read as false it failed on a value AWS never sent.
    { name: 'GetEbsEncryptionByDefault', match: byAction('GetEbsEncryptionByDefault'), respond: ec2Xml('GetEbsEncryptionByDefault', '') },
    { name: 'GetEbsDefaultKmsKeyId', match: byAction('GetEbsDefaultKmsKeyId'), respond: ec2Xml('GetEbsDefaultKmsKeyId', '<kmsKeyId>alias/aws/ebs</kmsKeyId>') },
    {
      name: 'DescribeVpcBlockPublicAccessOptions', match: byAction('DescribeVpcBlockPublicAccessOptions'),
      respond: ec2Xml('DescribeVpcBlockPublicAccessOptions', `<vpcBlockPublicAccessOptions><awsAccountId>${ACCOUNT}</awsAccountId><awsRegion>${REGION}</awsRegion><state>default-state</state><internetGatewayBlockMode>off</internetGatewayBlockMode><exclusionsAllowed>allowed</exclusionsAllowed><managedBy>account</managedBy></vpcBlockPublicAccessOptions>`),
    },
    { name: 'DescribeConfigurationRecorders', match: byTarget('StarlingDoveService.DescribeConfigurationRecorders'), respond: json({ ConfigurationRecorders: [] }) },
    { name: 'DescribeDeliveryChannels', match: byTarget('StarlingDoveService.DescribeDeliveryChannels'), respond: json({ DeliveryChannels: [] }) },
    // An active analyzer without its type: read as ACCOUNT it passed "IAM Access Analyzer enabled".
    { name: 'ListAnalyzers', match: rest('access-analyzer', 'GET', '/analyzer'), respond: json({ analyzers: [{ arn: `arn:aws:access-analyzer:${REGION}:${ACCOUNT}:analyzer/a`, name: 'a', status: 'ACTIVE', createdAt: '2026-01-01T00:00:00Z' }] }) },
    { name: 'DescribeHub', match: rest('securityhub', 'GET', '/accounts'), respond: jsonError('InvalidAccessException', `Account ${ACCOUNT} is not subscribed to AWS Security Hub`, 401) },
    { name: 'GetServiceSetting', match: byTarget('AmazonSSM.GetServiceSetting'), respond: (r) => json({ ServiceSetting: { SettingId: r.params.SettingId, SettingValue: String(r.params.SettingId).includes('public-sharing') ? 'Disable' : 'CloudWatch', Status: 'Customized' } }) },
    { name: 'BatchGetAccountStatus', match: rest('inspector2', 'POST', '/status/batch/get'), respond: json({ accounts: [{ accountId: ACCOUNT, state: { status: 'DISABLED' }, resourceState: { ec2: { status: 'DISABLED' }, ecr: { status: 'DISABLED' }, lambda: { status: 'DISABLED' }, lambdaCode: { status: 'DISABLED' } } }], failedAccounts: [] }) },
    { name: 'GetMacieSession', match: rest('macie2', 'GET', '/macie'), respond: jsonError('AccessDeniedException', 'Macie is not enabled.', 403) },
    { name: 'GetBlockPublicAccessConfiguration', match: byTarget('ElasticMapReduce.GetBlockPublicAccessConfiguration'), respond: json({ BlockPublicAccessConfiguration: { BlockPublicSecurityGroupRules: true, PermittedPublicSecurityGroupRuleRanges: [{ MinRange: 22, MaxRange: 22 }] } }) },
  ];

  it('is ERROR on aws-iam-access-analyzer-enabled (not PASS) and on aws-ec2-ebs-default-encryption (not FAIL)', async () => {
    const run = await collect([regionSettings], routes);
    expect(errorPaths(run, REGION)).toEqual(['ebsEncryptionByDefault IncompleteResponse', 'accessAnalyzers[0] IncompleteResponse']);
    expect(verdicts(run, 'aws-iam-access-analyzer-enabled').get(REGION)?.status).toBe('ERROR');
    expect(verdicts(run, 'aws-ec2-ebs-default-encryption').get(REGION)?.status).toBe('ERROR');
  });
});

describe('EFS: DescribeFileSystems without Encrypted', () => {
  const routes: Route[] = [
    { name: 'DescribeFileSystems', match: (r) => r.method === 'GET' && r.path === '/2015-02-01/file-systems', respond: json({ FileSystems: [{
      OwnerId: ACCOUNT, CreationToken: 't', FileSystemId: 'fs-1', FileSystemArn: `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-1`, CreationTime: 1709280000,
      LifeCycleState: 'available', NumberOfMountTargets: 0, SizeInBytes: { Value: 6144 }, PerformanceMode: 'generalPurpose', ThroughputMode: 'bursting', Tags: [],
    }] }) },
    { name: 'DescribeBackupPolicy', match: (r) => r.path.endsWith('/backup-policy'), respond: jsonError('PolicyNotFound', 'no backup policy', 404) },
    { name: 'DescribeFileSystemPolicy', match: (r) => r.path.endsWith('/policy'), respond: jsonError('PolicyNotFound', 'no policy', 404) },
    { name: 'DescribeMountTargets', match: (r) => r.path === '/2015-02-01/mount-targets', respond: json({ MountTargets: [] }) },
  ];

  it('is ERROR on aws-efs-file-system-encrypted, not FAIL', async () => {
    const run = await collect([efsFileSystems], routes);
    expect(errorPaths(run, 'fs-1')).toEqual(['encrypted IncompleteResponse']);
    expect(verdicts(run, 'aws-efs-file-system-encrypted').get('fs-1')?.status).toBe('ERROR');
  });
});

describe('Account: a password policy without MinimumPasswordLength, a report without the root row', () => {
  const isS3Control = (r: WireRequest): boolean => r.hostname.includes('s3-control');
  const routes: Route[] = [
    { name: 'GetAccountPasswordPolicy', match: byAction('GetAccountPasswordPolicy'), respond: iamXml('GetAccountPasswordPolicy', `<PasswordPolicy>${elements({ RequireSymbols: true, RequireNumbers: true, AllowUsersToChangePassword: true, ExpirePasswords: false })}</PasswordPolicy>`) },
    { name: 'GetAccountSummary', match: byAction('GetAccountSummary'), respond: iamXml('GetAccountSummary', `<SummaryMap>${['AccountMFAEnabled', 'AccountAccessKeysPresent', 'AccountSigningCertificatesPresent', 'AccountPasswordPresent', 'Users', 'Groups', 'Roles', 'Policies', 'MFADevices', 'MFADevicesInUse']
      .map((k) => `<entry><key>${k}</key><value>${k === 'AccountMFAEnabled' || k === 'AccountPasswordPresent' ? 1 : 0}</value></entry>`).join('')}</SummaryMap>`) },
    pagedIam('ListVirtualMFADevices', 'VirtualMFADevices', [[]]),
    { name: 'GenerateCredentialReport', match: byAction('GenerateCredentialReport'), respond: iamXml('GenerateCredentialReport', '<State>COMPLETE</State>') },
    // The users' rows only: IAM always lists <root_account>, so this report is incomplete.
    { name: 'GetCredentialReport', match: byAction('GetCredentialReport'), respond: reportAnswer([]) },
    { name: 'bpa', match: isS3Control, respond: xml('<Error><Code>NoSuchPublicAccessBlockConfiguration</Code><Message>none</Message><RequestId>r</RequestId></Error>', 404) },
    { name: 'contact', match: (r) => r.path === '/getAlternateContact', respond: jsonError('ResourceNotFoundException', 'No contact of the inputted alternate contact type found.', 404) },
    { name: 'org', match: byTarget('AWSOrganizationsV20161128.DescribeOrganization'), respond: jsonError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.') },
    { name: 'ListBuckets', match: (r) => r.query['x-id'] === 'ListBuckets', respond: xml('<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>o</ID></Owner><Buckets></Buckets></ListAllMyBucketsResult>') },
  ];

  it('is ERROR on aws-iam-password-policy-min-length (not FAIL on a guessed length of 6) and records the missing root row', async () => {
    const run = await collect([awsAccountCollector({ attempts: 1, sleep: () => Promise.resolve() })], routes);
    expect(errorPaths(run, ACCOUNT)).toEqual(['passwordPolicy IncompleteResponse', 'rootCredentialReport IncompleteResponse']);
    expect(verdicts(run, 'aws-iam-password-policy-min-length').get(ACCOUNT)?.status).toBe('ERROR');
  });
});

describe('Logs: a metric filter without its pattern', () => {
  const routes: Route[] = [
    { name: 'DescribeLogGroups', match: byTarget('Logs_20140328.DescribeLogGroups'), respond: json({ logGroups: [{ logGroupName: 'trail', creationTime: 1705311000000, storedBytes: 0, arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:trail:*` }] }) },
    // No filterPattern: read as "" (which matches every event) it passed every CIS metric-filter check.
    { name: 'DescribeMetricFilters', match: byTarget('Logs_20140328.DescribeMetricFilters'), respond: json({ metricFilters: [{ filterName: 'root-usage', logGroupName: 'trail', metricTransformations: [{ metricName: 'RootAccountUsage', metricNamespace: 'CISBenchmark', metricValue: '1' }] }] }) },
  ];

  it('records that filter as unreadable at its index instead of an empty pattern', async () => {
    const run = await collect([logsLogGroups], routes);
    expect(errorPaths(run, 'trail')).toEqual(['metricFilters[0] IncompleteResponse']);
    expect(run.snapshot.resources.find((r) => r.id === 'trail')?.data.metricFilters).toEqual([{}]);
  });
});
