import { defineResourceType } from '../define.js';
import { bool, list, nullable, obj, oneOf, str, timestamp } from '../fields.js';

const featureStatus = (what: string) => oneOf(['ENABLED', 'DISABLED'], what);
const orgAutoEnable = (what: string) => oneOf(['NEW', 'ALL', 'NONE'], what);

const feature = obj({
  // A name, not a state: GuardDuty adds protection plans over time, and one this version does not know must not make the others unreadable.
  name: str('Feature name (GetDetector Features[].Name), e.g. S3_DATA_EVENTS, EKS_AUDIT_LOGS, EBS_MALWARE_PROTECTION, RDS_LOGIN_EVENTS, EKS_RUNTIME_MONITORING, RUNTIME_MONITORING, LAMBDA_NETWORK_LOGS, CLOUD_TRAIL, DNS_LOGS, FLOW_LOGS.'),
  status: featureStatus('Whether the feature is on for this detector (Features[].Status).'),
  additionalConfiguration: list(obj({
    name: str('Additional configuration name, e.g. EKS_ADDON_MANAGEMENT, ECS_FARGATE_AGENT_MANAGEMENT, EC2_AGENT_MANAGEMENT (AdditionalConfiguration[].Name).'),
    status: featureStatus('Whether the additional configuration is on (AdditionalConfiguration[].Status).'),
  }, 'One additional configuration of a feature.'), 'Additional configuration of the feature (Features[].AdditionalConfiguration), e.g. automated agent management of Runtime Monitoring; empty when the feature has none.'),
}, 'One protection plan or data source of the detector.');

const orgFeature = obj({
  name: str('Feature name (DescribeOrganizationConfiguration Features[].Name), e.g. S3_DATA_EVENTS or RUNTIME_MONITORING.'),
  autoEnable: orgAutoEnable('Which member accounts get the feature automatically (Features[].AutoEnable): NEW, ALL or NONE.'),
  additionalConfiguration: list(obj({
    name: str('Additional configuration name, e.g. EKS_ADDON_MANAGEMENT.'),
    autoEnable: orgAutoEnable('Which member accounts get it automatically: NEW, ALL or NONE.'),
  }, 'One additional configuration of an organization feature.'), 'Additional configuration of the feature; empty when it has none.'),
}, 'One feature of the organization configuration.');

const organization = obj({
  autoEnableOrganizationMembers: nullable(orgAutoEnable('Which member accounts GuardDuty is enabled in automatically (AutoEnableOrganizationMembers): NEW, ALL or NONE; null when AWS answers none.')),
  autoEnable: nullable(bool('Whether GuardDuty is enabled automatically in new member accounts (AutoEnable, deprecated by AWS for AutoEnableOrganizationMembers); null when AWS answers none.')),
  memberAccountLimitReached: bool('Whether the organization has reached the maximum number of member accounts (MemberAccountLimitReached).'),
  features: list(orgFeature, 'Per-feature auto-enable settings for member accounts (Features, every page); empty when AWS answers none.'),
}, 'Organization configuration the detector administers (DescribeOrganizationConfiguration); null when the region has no detector or GuardDuty answers that the account is not the organization\'s GuardDuty administrator. A denied or failed call is a collection error on this field, never null.');

export const guarddutyDetector = defineResourceType({
  type: 'aws.guardduty.detector',
  service: 'guardduty',
  scope: 'regional',
  awsTypes: ['AWS::GuardDuty::Detector'],
  description: 'GuardDuty in one account and region: its detector (or the fact that there is none), status, protection features and, for the delegated administrator, the organization configuration.',
  idDescription: 'the region name, e.g. us-east-1 (one per region, also where there is no detector)',
  data: obj({
    detectorId: nullable(str('Detector id (ListDetectors DetectorIds); null when the region has no detector, i.e. GuardDuty has never been enabled there or was turned off by deleting the detector.')),
    status: nullable(oneOf(['ENABLED', 'DISABLED'], 'Detector status (GetDetector Status); DISABLED is a suspended detector. Null when the region has no detector.')),
    findingPublishingFrequency: nullable(oneOf(['FIFTEEN_MINUTES', 'ONE_HOUR', 'SIX_HOURS'], 'How often updated findings are exported to EventBridge (GetDetector FindingPublishingFrequency); null when the region has no detector.')),
    serviceRole: nullable(str('Service-linked role GuardDuty uses (GetDetector ServiceRole); null when the region has no detector.')),
    createdAt: nullable(timestamp('When the detector was created (GetDetector CreatedAt); null when the region has no detector.')),
    updatedAt: nullable(timestamp('When the detector was last updated (GetDetector UpdatedAt); null when the region has no detector or AWS answers none.')),
    features: list(feature, 'Protection features and their status (GetDetector Features); empty when the region has no detector.'),
    organization: nullable(organization),
  }, 'GuardDuty detector settings for the region.'),
  example: {
    detectorId: '12abc34d567e8fa901bc2d34e56789f0',
    status: 'ENABLED',
    findingPublishingFrequency: 'FIFTEEN_MINUTES',
    serviceRole: 'arn:aws:iam::123456789012:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty',
    createdAt: '2024-01-10T09:00:00.000Z',
    updatedAt: '2024-06-01T12:00:00.000Z',
    features: [
      { name: 'CLOUD_TRAIL', status: 'ENABLED', additionalConfiguration: [] },
      { name: 'DNS_LOGS', status: 'ENABLED', additionalConfiguration: [] },
      { name: 'FLOW_LOGS', status: 'ENABLED', additionalConfiguration: [] },
      { name: 'S3_DATA_EVENTS', status: 'ENABLED', additionalConfiguration: [] },
      { name: 'EKS_AUDIT_LOGS', status: 'ENABLED', additionalConfiguration: [] },
      { name: 'EBS_MALWARE_PROTECTION', status: 'ENABLED', additionalConfiguration: [] },
      { name: 'RDS_LOGIN_EVENTS', status: 'ENABLED', additionalConfiguration: [] },
      { name: 'EKS_RUNTIME_MONITORING', status: 'ENABLED', additionalConfiguration: [{ name: 'EKS_ADDON_MANAGEMENT', status: 'ENABLED' }] },
      { name: 'LAMBDA_NETWORK_LOGS', status: 'ENABLED', additionalConfiguration: [] },
      {
        name: 'RUNTIME_MONITORING',
        status: 'ENABLED',
        additionalConfiguration: [
          { name: 'EKS_ADDON_MANAGEMENT', status: 'ENABLED' },
          { name: 'ECS_FARGATE_AGENT_MANAGEMENT', status: 'ENABLED' },
          { name: 'EC2_AGENT_MANAGEMENT', status: 'ENABLED' },
        ],
      },
    ],
    organization: null,
  },
});
