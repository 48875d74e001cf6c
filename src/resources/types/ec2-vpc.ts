import { defineResourceType } from '../define.js';
import { accountId, bool, int, list, nullable, obj, oneOf, str, timestamp } from '../fields.js';

const flowLog = obj({
  flowLogId: str('Flow log id (fl-…).'),
  flowLogStatus: oneOf(['ACTIVE'], 'Flow log status; AWS reports only ACTIVE.'),
  deliverLogsStatus: nullable(oneOf(['SUCCESS', 'FAILED'], 'Status of log delivery to the destination; null when AWS reports none.')),
  trafficType: oneOf(['ACCEPT', 'REJECT', 'ALL'], 'Which traffic is logged: accepted, rejected or all.'),
  logDestinationType: oneOf(['cloud-watch-logs', 's3', 'kinesis-data-firehose'], 'Kind of destination the records are published to.'),
  logDestination: nullable(str('ARN of the destination (log group, bucket or delivery stream); null when AWS returns none.')),
  logGroupName: nullable(str('CloudWatch Logs log group name; null for non-CloudWatch destinations.')),
  creationTime: timestamp('When the flow log was created.'),
  maxAggregationInterval: nullable(int('Seconds over which packets are aggregated into a record (60 or 600); null when AWS returns none.', { minimum: 60, maximum: 600 })),
}, 'One flow log.');

export const ec2Vpc = defineResourceType({
  type: 'aws.ec2.vpc',
  service: 'ec2',
  scope: 'regional',
  awsTypes: ['AWS::EC2::VPC'],
  description: 'A VPC with its address ranges, default flag, tenancy and the flow logs that capture its traffic.',
  idDescription: 'the VPC id (vpc-…)',
  data: obj({
    vpcId: str('VPC id (vpc-…).'),
    cidrBlock: str('Primary IPv4 CIDR block.'),
    ipv6CidrBlocks: list(str('IPv6 CIDR block.'), 'IPv6 CIDR blocks in the "associated" state (Ipv6CidrBlockAssociationSet); empty when none.'),
    isDefault: bool('Whether this is the region\'s default VPC.'),
    state: oneOf(['pending', 'available'], 'VPC state.'),
    ownerId: accountId('Account that owns the VPC.'),
    instanceTenancy: oneOf(['default', 'dedicated', 'host'], 'Allowed tenancy of instances launched into the VPC.'),
    flowLogs: list(flowLog, 'Flow logs attached to the VPC itself (DescribeFlowLogs filtered by resource-id); empty when none.'),
  }, 'VPC settings.'),
  example: {
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    cidrBlock: '10.0.0.0/16',
    ipv6CidrBlocks: ['2600:1f18:1234:5600::/56'],
    isDefault: false,
    state: 'available',
    ownerId: '123456789012',
    instanceTenancy: 'default',
    flowLogs: [{
      flowLogId: 'fl-0a1b2c3d4e5f67890',
      flowLogStatus: 'ACTIVE',
      deliverLogsStatus: 'SUCCESS',
      trafficType: 'ALL',
      logDestinationType: 'cloud-watch-logs',
      logDestination: 'arn:aws:logs:us-east-1:123456789012:log-group:/vpc/flow-logs',
      logGroupName: '/vpc/flow-logs',
      creationTime: '2024-01-20T12:00:00.000Z',
      maxAggregationInterval: 600,
    }],
  },
});
