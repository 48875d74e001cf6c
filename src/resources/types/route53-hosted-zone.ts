import { defineResourceType } from '../define.js';
import { bool, int, list, obj, str } from '../fields.js';

export const route53HostedZone = defineResourceType({
  type: 'aws.route53.hosted-zone',
  service: 'route53',
  scope: 'global',
  awsTypes: ['AWS::Route53::HostedZone'],
  description: 'A Route 53 hosted zone, public or private, with the DNS query logging configurations that log its queries.',
  idDescription: 'the hosted zone id without its /hostedzone/ prefix (Z…)',
  data: obj({
    hostedZoneId: str('Hosted zone id without the /hostedzone/ prefix (ListHostedZones Id).'),
    zoneName: str('Domain name of the zone, with its trailing dot (ListHostedZones Name).'),
    privateZone: bool('Whether the zone is private, answering only inside its associated VPCs (Config.PrivateZone).'),
    resourceRecordSetCount: int('Number of record sets in the zone (ResourceRecordSetCount).', { minimum: 0 }),
    queryLoggingConfigs: list(obj({
      id: str('Query logging configuration id.'),
      cloudWatchLogsLogGroupArn: str('ARN of the CloudWatch Logs log group (in us-east-1) that receives the zone\'s queries.'),
    }, 'One query logging configuration of the zone (ListQueryLoggingConfigs).'), 'Query logging configurations of the zone (ListQueryLoggingConfigs); empty when its queries are not logged.'),
  }, 'Route 53 hosted zone settings.'),
  example: {
    hostedZoneId: 'Z0123456789ABCDEFGHIJ',
    zoneName: 'example.com.',
    privateZone: false,
    resourceRecordSetCount: 4,
    queryLoggingConfigs: [{ id: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE33333', cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/route53/example.com' }],
  },
});
