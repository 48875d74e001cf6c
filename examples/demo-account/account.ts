/**
 * Account- and region-wide settings: the synthetic `aws.account` and one
 * `aws.region` per region. us-east-1 is the well-run home region; eu-west-1
 * was added later and its guardrails were never finished.
 */
import { account } from '../../src/resources/types/account.js';
import { region } from '../../src/resources/types/region.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, buckets, daysAgo, demo, make, topics } from './demo.js';

const configRole = arn.iam('role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig');

const configRecorder = {
  name: 'default',
  roleArn: configRole,
  recordingGroup: { allSupported: true, includeGlobalResourceTypes: false, resourceTypes: [], exclusionResourceTypes: [], recordingStrategy: 'ALL_SUPPORTED_RESOURCE_TYPES' as const },
  recordingFrequency: 'CONTINUOUS' as const,
};

export function accountResources(): Resource[] {
  return [
    make(account, {
      id: demo.account,
      name: 'acme-production',
      data: {
        // CIS 1.8 / 1.9: a weak password policy — 8 characters, no symbols, reuse not prevented.
        passwordPolicy: { minimumPasswordLength: 8, requireSymbols: false, passwordReusePrevention: null },
        // Counts agree with the IAM resources below: 6 users, 1 group, 7 roles, 4 customer policies,
        // MFA for alice, carol, dave and root.
        summary: { users: 6, groups: 1, roles: 7, policies: 4, mfaDevices: 4, mfaDevicesInUse: 4 },
        // CIS 1.5 passes (root has MFA, no root access keys) but CIS 1.6 fails: the root MFA is virtual, not hardware.
        rootVirtualMfa: true,
        rootCredentialReport: {
          arn: arn.iam('root'),
          userCreationTime: '2021-05-12T14:03:22.000Z',
          passwordLastUsed: daysAgo(63),
        },
        // Account-level Block Public Access, all four on: no bucket of this account is reachable anonymously,
        // whatever its own policy or ACL says (see acme-partner-downloads).
        s3PublicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
        // ListBuckets without a region filter: every bucket the account owns, in both regions.
        s3BucketNames: Object.values(buckets).sort(),
        securityContact: { name: 'Acme Security Operations', title: 'SecOps on-call', emailAddress: 'secops@acme.example', phoneNumber: '+1-206-555-0142' },
        organization: {
          id: 'o-7h2k9d4m1q',
          arn: 'arn:aws:organizations::111122223333:organization/o-7h2k9d4m1q',
          managementAccountId: '111122223333',
        },
      },
    }),

    make(region, {
      id: 'us-east-1',
      region: 'us-east-1',
      data: {
        // EBS encryption by default on (CIS 2.2.1 passes here).
        ebsDefaultKmsKeyId: 'alias/aws/ebs',
        // Inbound internet traffic blocked region-wide, the public web tier excluded on purpose (EC2.172 passes).
        vpcBlockPublicAccess: { internetGatewayBlockMode: 'block-ingress', state: 'update-complete', exclusionsAllowed: 'allowed', managedBy: 'account' },
        configRecorders: [{
          ...configRecorder,
          recordingGroup: { ...configRecorder.recordingGroup, includeGlobalResourceTypes: true },
          status: { recording: true, lastStatus: 'Success', lastStartTime: '2023-02-14T10:20:00.000Z', lastStopTime: null, lastErrorCode: null, lastErrorMessage: null },
        }],
        deliveryChannels: [{ name: 'default', s3BucketName: buckets.config, s3KeyPrefix: null, s3KmsKeyArn: null, snsTopicArn: topics.configNotifications, deliveryFrequency: 'TwentyFour_Hours' , status: { lastSnapshotDeliveryStatus: 'Success', lastSnapshotErrorCode: null, lastSnapshotSuccessfulTime: '2026-05-31T23:00:00.000Z', lastHistoryDeliveryStatus: 'Success', lastHistoryErrorCode: null, lastHistorySuccessfulTime: '2026-06-01T05:00:00.000Z' } }],
        // IAM Access Analyzer exists in us-east-1 only (CIS 1.20 fails for eu-west-1).
        accessAnalyzers: [{ name: 'acme-account-analyzer', arn: arn.in('access-analyzer', 'us-east-1', 'analyzer/acme-account-analyzer'), type: 'ACCOUNT', status: 'ACTIVE' }],
        // Security Hub enabled in us-east-1 only.
        securityHub: {
          hubArn: arn.in('securityhub', 'us-east-1', 'hub/default'),
          subscribedAt: '2023-02-14T10:25:00.000Z',
          standards: [
            { standardsArn: 'arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/3.0.0', status: 'READY' },
            { standardsArn: 'arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0', status: 'READY' },
          ],
        },
        // Automation logs to CloudWatch and public document sharing is blocked (SSM.6 and SSM.7 pass).
        ssmAutomationLogDestination: { settingValue: 'CloudWatch', status: 'Customized' },
        ssmDocumentPublicSharing: { settingValue: 'Disable', status: 'Customized' },
        // Inspector scans every resource type here, and Macie runs automated sensitive data discovery (Inspector.1-4, Macie.1-2 pass).
        inspector: { ec2: 'ENABLED', ecr: 'ENABLED', lambda: 'ENABLED', lambdaCode: 'ENABLED' },
        macie: { status: 'ENABLED', automatedDiscovery: 'ENABLED' },
      },
    }),

    make(region, {
      id: 'eu-west-1',
      region: 'eu-west-1',
      data: {
        regionName: 'eu-west-1',
        // EBS encryption by default off: new volumes here are unencrypted unless someone asks (CIS 2.2.1 fails).
        ebsEncryptionByDefault: false,
        ebsDefaultKmsKeyId: 'alias/aws/ebs',
        // VPC Block Public Access never turned on here (EC2.172 fails).
        vpcBlockPublicAccess: { internetGatewayBlockMode: 'off', state: 'default-state', exclusionsAllowed: null, managedBy: null },
        // EMR block public access left on, but with the notebook port exempted beside SSH (EMR.2 fails).
        emrBlockPublicAccess: { blockPublicSecurityGroupRules: true, permittedPublicPortRanges: [{ minRange: 22, maxRange: 22 }, { minRange: 8888, maxRange: 8888 }] },
        // Edge case 10: a Config recorder that exists but is not recording. "A recorder is configured"
        // is not CIS 3.3 — it must also be on.
        configRecorders: [{
          ...configRecorder,
          status: { recording: false, lastStatus: 'Success', lastStartTime: '2024-05-06T08:00:00.000Z', lastStopTime: '2026-09-24T17:42:10.000Z', lastErrorCode: null, lastErrorMessage: null },
        }],
        deliveryChannels: [{ name: 'default', s3BucketName: buckets.config, s3KeyPrefix: 'eu-west-1', s3KmsKeyArn: null, snsTopicArn: null, deliveryFrequency: 'TwentyFour_Hours' , status: { lastSnapshotDeliveryStatus: 'Success', lastSnapshotErrorCode: null, lastSnapshotSuccessfulTime: '2026-05-31T23:00:00.000Z', lastHistoryDeliveryStatus: 'Success', lastHistoryErrorCode: null, lastHistorySuccessfulTime: '2026-06-01T05:00:00.000Z' } }],
        accessAnalyzers: [],
        securityHub: { enabled: false, hubArn: null, subscribedAt: null, autoEnableControls: null, standards: [] },
        // Both Systems Manager settings never changed: no Automation logging, public sharing allowed (SSM.6 and SSM.7 fail).
        ssmAutomationLogDestination: { settingValue: 'None', status: 'Default' },
        ssmDocumentPublicSharing: { settingValue: 'Enable', status: 'Default' },
        // Inspector scans EC2 here but ECR scanning was never turned on and Lambda scanning is suspended
        // (Inspector.2 and Inspector.4 fail); edge case: the answer named no Lambda code scan status (Inspector.3 ERROR).
        inspector: { ec2: 'ENABLED', ecr: 'DISABLED', lambda: 'SUSPENDED' },
        // Macie never enabled in this region (Macie.1 and Macie.2 fail).
        macie: { status: null, automatedDiscovery: null },
      },
      errors: [{ path: 'inspector.lambdaCode', code: 'IncompleteResponse', message: 'the answer has no resourceState.lambdaCode.status', operation: 'inspector2:BatchGetAccountStatus' }],
    }),
  ];
}
