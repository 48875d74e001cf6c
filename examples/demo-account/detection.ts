/**
 * GuardDuty, one detector resource per region: us-east-1, the home region,
 * runs it but never turned on Lambda, RDS or Runtime Monitoring protection;
 * eu-west-1, added later, never enabled GuardDuty at all, so it has no
 * detector — a recorded fact the scan fails, not a silence.
 */
import { guarddutyDetector } from '../../src/resources/types/guardduty-detector.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, daysAgo, make } from './demo.js';

const detectorId = '8ec9a1b2c3d4e5f60718293a4b5c6d7e';

export function guarddutyDetectors(): Resource[] {
  const on = (name: string) => ({ name, status: 'ENABLED' as const, additionalConfiguration: [] });
  const off = (name: string) => ({ name, status: 'DISABLED' as const, additionalConfiguration: [] });
  return [
    make(guarddutyDetector, {
      id: 'us-east-1',
      region: 'us-east-1',
      arn: arn.in('guardduty', 'us-east-1', `detector/${detectorId}`),
      data: {
        detectorId,
        status: 'ENABLED',
        findingPublishingFrequency: 'SIX_HOURS',
        serviceRole: arn.iam('role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty'),
        createdAt: daysAgo(700),
        updatedAt: daysAgo(400),
        features: [
          on('CLOUD_TRAIL'), on('DNS_LOGS'), on('FLOW_LOGS'), on('S3_DATA_EVENTS'), on('EKS_AUDIT_LOGS'), on('EBS_MALWARE_PROTECTION'),
          off('RDS_LOGIN_EVENTS'), off('LAMBDA_NETWORK_LOGS'),
          { name: 'EKS_RUNTIME_MONITORING', status: 'DISABLED', additionalConfiguration: [{ name: 'EKS_ADDON_MANAGEMENT', status: 'DISABLED' }] },
          {
            name: 'RUNTIME_MONITORING', status: 'DISABLED',
            additionalConfiguration: [{ name: 'EKS_ADDON_MANAGEMENT', status: 'DISABLED' }, { name: 'ECS_FARGATE_AGENT_MANAGEMENT', status: 'DISABLED' }, { name: 'EC2_AGENT_MANAGEMENT', status: 'DISABLED' }],
          },
        ],
        // A standalone account: GuardDuty said it is not an organization's administrator.
        organization: null,
      },
    }),
    make(guarddutyDetector, {
      id: 'eu-west-1',
      region: 'eu-west-1',
      data: { detectorId: null, status: null, findingPublishingFrequency: null, serviceRole: null, createdAt: null, updatedAt: null, features: [], organization: null },
    }),
  ];
}
