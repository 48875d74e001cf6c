/**
 * IAM roles, customer managed policies and server certificates. Attachment
 * lists agree both ways: a role's attachedPolicies and the policy's attachedTo.
 */
import { iamPolicy } from '../../src/resources/types/iam-policy.js';
import { iamRole } from '../../src/resources/types/iam-role.js';
import { iamServerCertificate } from '../../src/resources/types/iam-server-certificate.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, buckets, daysAgo, keys, make, trailLogGroup, type Overrides } from './demo.js';

const trust = (principal: Record<string, string>, condition?: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...(condition === undefined ? {} : { Condition: condition }) }],
});
const service = (name: string) => trust({ Service: name });
const attached = (name: string, policyArn = arn.iam(`policy/${name}`)) => ({ policyName: name, policyArn });
const document = (...statements: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement: statements });

function role(name: string, roleId: string, created: string, data: Overrides<typeof iamRole>): Resource {
  return make(iamRole, { id: name, arn: arn.iam(`role${data.path ?? '/'}${name}`), data: { roleName: name, roleId, createDate: created, ...data } });
}

function policy(name: string, policyId: string, created: string, data: Overrides<typeof iamPolicy>): Resource {
  return make(iamPolicy, { id: name, arn: arn.iam(`policy/${name}`), data: { policyName: name, policyId, createDate: created, updateDate: created, ...data } });
}

export function iamRoles(): Resource[] {
  return [
    // CIS 1.17: a support role exists, with AWSSupportAccess attached (the type's example is that role).
    role('AWSSupportRole', 'AROAQ3EXAMPLESUPPORT1', '2023-02-14T09:00:00.000Z', {
      assumeRolePolicyDocument: trust({ AWS: arn.iam('root') }, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
      lastUsed: { lastUsedDate: daysAgo(21), region: 'us-east-1' },
    }),
    // Carries LegacyAdminAll ("Action": "*" on "*") — CIS 1.16 fails on the policy; no MFA condition on the trust either.
    role('ops-admin', 'AROAQ3EXAMPLEOPSADMN1', '2021-06-01T12:00:00.000Z', {
      description: 'Break-glass administration (legacy)',
      assumeRolePolicyDocument: trust({ AWS: arn.iam('root') }),
      attachedPolicies: [attached('LegacyAdminAll')],
      lastUsed: { lastUsedDate: daysAgo(12), region: 'us-east-1' },
    }),
    // Instance role of the application servers, least privilege through AppDataReadOnly.
    role('app-server', 'AROAQ3EXAMPLEAPPSRVR1', '2023-03-10T08:00:00.000Z', {
      description: 'Application servers',
      assumeRolePolicyDocument: service('ec2.amazonaws.com'),
      attachedPolicies: [attached('AppDataReadOnly'), attached('AmazonSSMManagedInstanceCore', arn.awsPolicy('AmazonSSMManagedInstanceCore'))],
      instanceProfileNames: ['app-server'],
      lastUsed: { lastUsedDate: daysAgo(0.01), region: 'us-east-1' },
    }),
    // Lets the management trail deliver to CloudWatch Logs, where the CIS section 4 metric filters run.
    role('CloudTrailToCloudWatchLogs', 'AROAQ3EXAMPLECTTOCWL1', '2023-02-14T10:10:00.000Z', {
      description: 'CloudTrail delivery to CloudWatch Logs',
      assumeRolePolicyDocument: service('cloudtrail.amazonaws.com'),
      attachedPolicies: [attached('CloudTrailLogsDelivery')],
      lastUsed: { lastUsedDate: daysAgo(0.01), region: 'us-east-1' },
    }),
    role('AWSServiceRoleForConfig', 'AROAQ3EXAMPLECONFIG01', '2023-02-14T10:18:00.000Z', {
      path: '/aws-service-role/config.amazonaws.com/',
      description: 'Service-linked role for AWS Config',
      assumeRolePolicyDocument: service('config.amazonaws.com'),
      attachedPolicies: [attached('AWSConfigServiceRolePolicy', arn.awsPolicy('aws-service-role/AWSConfigServiceRolePolicy'))],
      lastUsed: { lastUsedDate: daysAgo(0.05), region: 'us-east-1' },
    }),
    // Publishes VPC flow logs to CloudWatch Logs; permissions inline.
    role('VPCFlowLogsDelivery', 'AROAQ3EXAMPLEFLOWLG01', '2023-03-01T09:00:00.000Z', {
      description: 'VPC flow logs to CloudWatch Logs',
      assumeRolePolicyDocument: service('vpc-flow-logs.amazonaws.com'),
      attachedPolicies: [],
      inlinePolicyNames: ['flow-logs-to-cloudwatch'],
      lastUsed: { lastUsedDate: daysAgo(0.01), region: 'us-east-1' },
    }),
    // The role Assay collects with, assumed from the security tooling account with an external id.
    role('assay-scanner', 'AROAQ3EXAMPLESCANNER1', '2026-10-20T09:00:00.000Z', {
      description: 'Read-only compliance scanning',
      maxSessionDuration: 7200,
      assumeRolePolicyDocument: trust({ AWS: 'arn:aws:iam::444455556666:role/assay-runner' }, { StringEquals: { 'sts:ExternalId': 'acme-assay-7f3e' } }),
      attachedPolicies: [attached('SecurityAudit', arn.awsPolicy('SecurityAudit')), attached('ViewOnlyAccess', arn.awsPolicy('job-function/ViewOnlyAccess'))],
      lastUsed: { lastUsedDate: daysAgo(0.02), region: 'us-east-1' },
    }),
  ];
}

export function iamPolicies(): Resource[] {
  return [
    // CIS 1.16: full administrative privileges ("Action": "*" on "Resource": "*"), attached to a role.
    policy('LegacyAdminAll', 'ANPAQ3EXAMPLEADMINALL', '2021-06-01T12:00:00.000Z', {
      description: 'Temporary admin for the 2021 migration',
      document: document({ Effect: 'Allow', Action: '*', Resource: '*' }),
      attachedTo: { users: [], groups: [], roles: ['ops-admin'] },
    }),
    // Compliant: scoped actions on named resources.
    policy('AppDataReadOnly', 'ANPAQ3EXAMPLEAPPDATA1', '2023-03-10T08:00:00.000Z', {
      description: 'Read the application data bucket',
      document: document(
        { Sid: 'ReadAppData', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: [arn.s3(buckets.appData), `${arn.s3(buckets.appData)}/*`] },
        { Sid: 'DecryptAppData', Effect: 'Allow', Action: 'kms:Decrypt', Resource: keys.appData },
      ),
      attachedTo: { users: [], groups: [], roles: ['app-server'] },
    }),
    policy('CloudTrailLogsDelivery', 'ANPAQ3EXAMPLECTLOGS01', '2023-02-14T10:10:00.000Z', {
      description: 'CloudTrail writes to its log group',
      document: document({
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: `${arn.logGroup('us-east-1', trailLogGroup)}:log-stream:*`,
      }),
      attachedTo: { users: [], groups: [], roles: ['CloudTrailToCloudWatchLogs'] },
    }),
    // Attached to a group, the way CIS 1.15 wants permissions granted.
    policy('DevelopersS3ReadOnly', 'ANPAQ3EXAMPLEDEVS3RO1', '2023-03-02T09:00:00.000Z', {
      document: document({ Sid: 'ReadAppData', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: [arn.s3(buckets.appData), `${arn.s3(buckets.appData)}/*`] }),
      updateDate: '2025-07-01T10:00:00.000Z',
      defaultVersionId: 'v3',
    }),
  ];
}

export function iamServerCertificates(): Resource[] {
  const cert = (name: string, id: string, uploadDate: string, expiration: string) =>
    make(iamServerCertificate, { id: name, arn: arn.iam(`server-certificate/${name}`), data: { serverCertificateName: name, serverCertificateId: id, uploadDate, expiration } });
  return [
    // CIS 1.19: an expired certificate still stored in IAM.
    cert('www-acme-example-2024', 'ASCAQ3EXAMPLEWWW2024A', '2024-09-30T10:00:00.000Z', '2025-09-30T23:59:59.000Z'),
    cert('api-acme-example-2026', 'ASCAQ3EXAMPLEAPI2026A', '2026-03-01T10:00:00.000Z', '2027-03-01T23:59:59.000Z'),
  ];
}
