import { defineResourceType } from '../define.js';
import { bool, int, list, nullable, obj, oneOf, str, timestamp } from '../fields.js';

const configRecorder = obj({
  name: str('Recorder name, usually "default".'),
  roleArn: str('IAM role AWS Config assumes to describe resources (roleARN).'),
  recordingGroup: obj({
    allSupported: bool('Whether all supported regional resource types are recorded.'),
    includeGlobalResourceTypes: bool('Whether global resource types (IAM users, roles, groups, policies) are recorded too.'),
    resourceTypes: list(str('Resource type, e.g. AWS::EC2::Instance.'), 'Resource types recorded under INCLUSION_BY_RESOURCE_TYPES; empty otherwise.'),
    exclusionResourceTypes: list(str('Resource type, e.g. AWS::EC2::Instance.'), 'Resource types excluded under EXCLUSION_BY_RESOURCE_TYPES (exclusionByResourceTypes.resourceTypes); empty otherwise.'),
    recordingStrategy: nullable(oneOf(['ALL_SUPPORTED_RESOURCE_TYPES', 'INCLUSION_BY_RESOURCE_TYPES', 'EXCLUSION_BY_RESOURCE_TYPES'], 'Recording strategy (recordingStrategy.useOnly); null when AWS returns none.')),
  }, 'Which resource types the recorder records (recordingGroup).'),
  recordingFrequency: nullable(oneOf(['CONTINUOUS', 'DAILY'], 'Default recording frequency (recordingMode.recordingFrequency); null when AWS returns no recording mode.')),
  status: nullable(obj({
    recording: bool('Whether the recorder is currently recording.'),
    lastStatus: nullable(oneOf(['Pending', 'Success', 'Failure', 'NotApplicable'], 'Status of the latest recording event; null when none yet.')),
    lastStartTime: nullable(timestamp('When the recorder was last started; null when never started.')),
    lastStopTime: nullable(timestamp('When the recorder was last stopped; null when never stopped.')),
    lastErrorCode: nullable(str('Error code of the last failure; null when none.')),
    lastErrorMessage: nullable(str('Error message of the last failure; null when none.')),
  }, 'Recorder status (DescribeConfigurationRecorderStatus). A recorder the status answer does not name is recorded as a collection error at this path, not null (null only in snapshots written before Assay did so).')),
}, 'One customer managed AWS Config configuration recorder.');

const deliveryStatuses = ['Success', 'Failure', 'Not_Applicable'] as const;

const deliveryChannel = obj({
  name: str('Delivery channel name, usually "default".'),
  s3BucketName: str('S3 bucket that receives configuration snapshots and history.'),
  s3KeyPrefix: nullable(str('Key prefix in the bucket; null when none.')),
  s3KmsKeyArn: nullable(str('KMS key used to encrypt delivered objects; null when S3 default encryption applies.')),
  snsTopicArn: nullable(str('SNS topic that receives Config notifications; null when none.')),
  deliveryFrequency: nullable(oneOf(['One_Hour', 'Three_Hours', 'Six_Hours', 'Twelve_Hours', 'TwentyFour_Hours'], 'Snapshot delivery frequency (configSnapshotDeliveryProperties.deliveryFrequency); null when not set.')),
  status: nullable(obj({
    lastSnapshotDeliveryStatus: nullable(oneOf(deliveryStatuses, 'Status of the latest configuration snapshot delivery to the bucket (configSnapshotDeliveryInfo.lastStatus); null when none was attempted yet.')),
    lastSnapshotErrorCode: nullable(str('Error code of the latest failed snapshot delivery; null when none.')),
    lastSnapshotSuccessfulTime: nullable(timestamp('When a snapshot was last delivered; null when never.')),
    lastHistoryDeliveryStatus: nullable(oneOf(deliveryStatuses, 'Status of the latest configuration history delivery to the bucket (configHistoryDeliveryInfo.lastStatus); null when none was attempted yet.')),
    lastHistoryErrorCode: nullable(str('Error code of the latest failed history delivery; null when none.')),
    lastHistorySuccessfulTime: nullable(timestamp('When configuration history was last delivered; null when never.')),
  }, 'Delivery status (config:DescribeDeliveryChannelStatus). A channel the status answer does not name, or a status call that failed, is recorded as a collection error at this path, not null (null only in snapshots written before Assay read it).')),
}, 'One AWS Config delivery channel (DescribeDeliveryChannels).');

const accessAnalyzer = obj({
  name: str('Analyzer name.'),
  arn: str('Analyzer ARN.'),
  type: oneOf(['ACCOUNT', 'ORGANIZATION', 'ACCOUNT_UNUSED_ACCESS', 'ORGANIZATION_UNUSED_ACCESS', 'ACCOUNT_INTERNAL_ACCESS', 'ORGANIZATION_INTERNAL_ACCESS'], 'Zone of trust and kind: external access (ACCOUNT, ORGANIZATION), unused access or internal access.'),
  status: oneOf(['ACTIVE', 'CREATING', 'DISABLED', 'FAILED'], 'Analyzer status; only ACTIVE analyzers generate findings.'),
}, 'One IAM Access Analyzer analyzer.');

const vpcBlockPublicAccess = obj({
  internetGatewayBlockMode: oneOf(['off', 'block-bidirectional', 'block-ingress'], 'What VPC Block Public Access blocks through internet gateways (InternetGatewayBlockMode): nothing, all traffic, or traffic into the VPCs (egress-only gateways still allowed).'),
  state: oneOf(['default-state', 'update-in-progress', 'update-complete'], 'Whether the last change has reached every VPC of the region (State).'),
  exclusionsAllowed: nullable(oneOf(['allowed', 'not-allowed'], 'Whether VPCs and subnets may be excluded from the block (ExclusionsAllowed); null when AWS answers none.')),
  managedBy: nullable(oneOf(['account', 'declarative-policy'], 'Who set the mode (ManagedBy): the account or an organization\'s declarative policy; null when AWS answers none.')),
}, 'VPC Block Public Access settings for the region (ec2:DescribeVpcBlockPublicAccessOptions).');

const emrBlockPublicAccess = obj({
  blockPublicSecurityGroupRules: bool('Whether EMR refuses to start a cluster whose security groups allow inbound traffic from anywhere (0.0.0.0/0 or ::/0) on a port not listed below (BlockPublicSecurityGroupRules).'),
  permittedPublicPortRanges: list(obj({
    minRange: int('First port of the range (MinRange).', { minimum: 0, maximum: 65535 }),
    maxRange: int('Last port of the range (MaxRange); the first port when AWS names only one.', { minimum: 0, maximum: 65535 }),
  }, 'One port range that may stay open to anywhere.'), 'Port ranges exempt from the block (PermittedPublicSecurityGroupRuleRanges); empty when none.'),
}, 'Amazon EMR block public access for the account in the region (elasticmapreduce:GetBlockPublicAccessConfiguration).');

const securityHub = obj({
  enabled: bool('Whether Security Hub is enabled; false when DescribeHub answers InvalidAccessException (not subscribed).'),
  hubArn: nullable(str('Hub ARN; null when Security Hub is not enabled.')),
  subscribedAt: nullable(timestamp('When Security Hub was enabled; null when not enabled.')),
  autoEnableControls: nullable(bool('Whether new controls of enabled standards are enabled automatically; null when not enabled.')),
  standards: list(obj({
    standardsArn: str('ARN of the standard, e.g. arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/3.0.0.'),
    status: oneOf(['PENDING', 'READY', 'FAILED', 'DELETING', 'INCOMPLETE'], 'Subscription status (StandardsStatus); READY means enabled.'),
  }, 'One enabled standard subscription.'), 'Enabled standards (GetEnabledStandards); empty when none or when Security Hub is not enabled.'),
}, 'Security Hub hub settings for the region (securityhub:DescribeHub).');

const settingStatus = oneOf(['Default', 'Customized', 'PendingUpdate'], 'Whether the setting holds the value AWS provisioned (Default), one the account set (Customized), or has a change waiting (PendingUpdate) (ServiceSetting.Status).');

const ssmAutomationLogDestination = obj({
  settingValue: str('Where Automation sends the output of its script steps (ServiceSetting.SettingValue of /ssm/automation/customer-script-log-destination): CloudWatch when logging to CloudWatch Logs is on; kept as AWS answers it otherwise.'),
  status: settingStatus,
}, 'Systems Manager Automation logging setting for the region (ssm:GetServiceSetting /ssm/automation/customer-script-log-destination); a setting never changed reads as its default.');

const ssmDocumentPublicSharing = obj({
  settingValue: oneOf(['Enable', 'Disable'], 'Whether the account may share its SSM documents publicly (ServiceSetting.SettingValue of /ssm/documents/console/public-sharing-permission): Disable blocks public sharing.'),
  status: settingStatus,
}, 'Systems Manager block public sharing setting for documents in the region (ssm:GetServiceSetting /ssm/documents/console/public-sharing-permission); a setting never changed reads as its default.');
const inspectorStatuses = ['ENABLING', 'ENABLED', 'DISABLING', 'DISABLED', 'SUSPENDING', 'SUSPENDED'] as const;
const inspectorScan = (what: string, field: string) => oneOf(inspectorStatuses, `Status of Amazon Inspector ${what} scanning for this account (resourceState.${field}.status); only ENABLED scans. An answer without it is recorded as a collection error, never DISABLED.`);

const inspector = obj({
  ec2: inspectorScan('EC2', 'ec2'),
  ecr: inspectorScan('ECR container image', 'ecr'),
  lambda: inspectorScan('Lambda standard (package vulnerability)', 'lambda'),
  lambdaCode: inspectorScan('Lambda code', 'lambdaCode'),
}, 'Amazon Inspector scan types for the account itself in the region (inspector2:BatchGetAccountStatus); an account that never enabled Inspector answers DISABLED for each.');

const macie = obj({
  status: nullable(oneOf(['ENABLED', 'PAUSED'], 'Macie session status (macie2:GetMacieSession status); null when Macie answers that it is not enabled in the region.')),
  automatedDiscovery: nullable(oneOf(['ENABLED', 'DISABLED'], 'Automated sensitive data discovery status (macie2:GetAutomatedDiscoveryConfiguration status); null when Macie is not enabled, since there is then no configuration to read.')),
}, 'Amazon Macie in the region (macie2:GetMacieSession, GetAutomatedDiscoveryConfiguration).');

export const region = defineResourceType({
  type: 'aws.region',
  service: 'ec2',
  scope: 'regional',
  awsTypes: ['AWS::::Account', 'AWS::EC2::VPCBlockPublicAccessOptions'],
  description: 'Region-wide settings of one account in one region: opt-in, EBS default encryption, VPC Block Public Access, AWS Config, IAM Access Analyzer, Security Hub, Systems Manager service settings, Amazon Inspector, Amazon Macie and EMR block public access.',
  idDescription: 'the region name, e.g. us-east-1',
  data: obj({
    regionName: str('Region name, e.g. us-east-1.'),
    optInStatus: oneOf(['opt-in-not-required', 'opted-in', 'not-opted-in'], 'Region opt-in status (ec2:DescribeRegions with AllRegions).'),
    ebsEncryptionByDefault: bool('Whether new EBS volumes are encrypted by default (ec2:GetEbsEncryptionByDefault).'),
    ebsDefaultKmsKeyId: nullable(str('KMS key used for EBS encryption by default (ec2:GetEbsDefaultKmsKeyId), e.g. alias/aws/ebs or a key ARN. An answer without it is recorded as a collection error, not null (null only in snapshots written before Assay did so).')),
    vpcBlockPublicAccess,
    configRecorders: list(configRecorder, 'Customer managed configuration recorders (config:DescribeConfigurationRecorders); empty when none exists.'),
    deliveryChannels: list(deliveryChannel, 'AWS Config delivery channels (config:DescribeDeliveryChannels); empty when none exists.'),
    accessAnalyzers: list(accessAnalyzer, 'IAM Access Analyzer analyzers in the region (access-analyzer:ListAnalyzers); empty when none exists.'),
    securityHub,
    ssmAutomationLogDestination,
    ssmDocumentPublicSharing,
    inspector,
    macie,
    emrBlockPublicAccess,
  }, 'Region-wide settings.'),
  example: {
    regionName: 'us-east-1',
    optInStatus: 'opt-in-not-required',
    ebsEncryptionByDefault: true,
    ebsDefaultKmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    vpcBlockPublicAccess: { internetGatewayBlockMode: 'block-bidirectional', state: 'update-complete', exclusionsAllowed: 'allowed', managedBy: 'account' },
    configRecorders: [{
      name: 'default',
      roleArn: 'arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig',
      recordingGroup: { allSupported: true, includeGlobalResourceTypes: true, resourceTypes: [], exclusionResourceTypes: [], recordingStrategy: 'ALL_SUPPORTED_RESOURCE_TYPES' },
      recordingFrequency: 'CONTINUOUS',
      status: { recording: true, lastStatus: 'Success', lastStartTime: '2024-01-10T09:00:00.000Z', lastStopTime: null, lastErrorCode: null, lastErrorMessage: null },
    }],
    deliveryChannels: [{
      name: 'default',
      s3BucketName: 'config-bucket-123456789012',
      s3KeyPrefix: null,
      s3KmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      snsTopicArn: 'arn:aws:sns:us-east-1:123456789012:config-notifications',
      deliveryFrequency: 'TwentyFour_Hours',
      status: {
        lastSnapshotDeliveryStatus: 'Success', lastSnapshotErrorCode: null, lastSnapshotSuccessfulTime: '2026-05-31T23:00:00.000Z',
        lastHistoryDeliveryStatus: 'Success', lastHistoryErrorCode: null, lastHistorySuccessfulTime: '2026-06-01T05:00:00.000Z',
      },
    }],
    accessAnalyzers: [{ name: 'account-analyzer', arn: 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/account-analyzer', type: 'ACCOUNT', status: 'ACTIVE' }],
    securityHub: {
      enabled: true,
      hubArn: 'arn:aws:securityhub:us-east-1:123456789012:hub/default',
      subscribedAt: '2024-01-10T09:05:00.000Z',
      autoEnableControls: true,
      standards: [{ standardsArn: 'arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/3.0.0', status: 'READY' }],
    },
    ssmAutomationLogDestination: { settingValue: 'CloudWatch', status: 'Customized' },
    ssmDocumentPublicSharing: { settingValue: 'Disable', status: 'Customized' },
    inspector: { ec2: 'ENABLED', ecr: 'ENABLED', lambda: 'ENABLED', lambdaCode: 'ENABLED' },
    macie: { status: 'ENABLED', automatedDiscovery: 'ENABLED' },
    emrBlockPublicAccess: { blockPublicSecurityGroupRules: true, permittedPublicPortRanges: [{ minRange: 22, maxRange: 22 }] },
  },
});
