import { defineResourceType } from '../define.js';
import { bool, list, obj, oneOf, str, stringMap } from '../fields.js';

export const networkFirewallFirewall = defineResourceType({
  type: 'aws.network-firewall.firewall',
  service: 'network-firewall',
  scope: 'regional',
  awsTypes: ['AWS::NetworkFirewall::Firewall', 'AWS::NetworkFirewall::LoggingConfiguration'],
  description: 'An AWS Network Firewall firewall: the VPC and subnets it guards, the firewall policy it runs, its change and deletion protections and where it sends its logs.',
  idDescription: 'the firewall name',
  data: obj({
    firewallName: str('Firewall name (FirewallName).'),
    firewallId: str('Firewall id (FirewallId).'),
    vpcId: str('VPC the firewall guards (VpcId).'),
    firewallPolicyArn: str('Firewall policy the firewall runs (FirewallPolicyArn).'),
    subnetIds: list(str('A subnet id.'), 'Subnets the firewall has endpoints in (SubnetMappings[].SubnetId); empty for a firewall attached to a transit gateway instead.'),
    deleteProtection: bool('Whether the firewall cannot be deleted until this is turned off (DeleteProtection).'),
    subnetChangeProtection: bool('Whether the firewall\'s subnet associations cannot be changed until this is turned off (SubnetChangeProtection).'),
    firewallPolicyChangeProtection: bool('Whether the firewall cannot be switched to another firewall policy until this is turned off (FirewallPolicyChangeProtection).'),
    status: oneOf(['PROVISIONING', 'DELETING', 'READY'], 'Readiness of the firewall\'s endpoints (FirewallStatus.Status).'),
    logDestinations: list(obj({
      logType: oneOf(['ALERT', 'FLOW', 'TLS'], 'The log type sent (LogType).'),
      destinationType: oneOf(['S3', 'CloudWatchLogs', 'KinesisDataFirehose'], 'Kind of destination (LogDestinationType).'),
      destination: stringMap('Where the logs go, keyed as the destination type spells it (LogDestination), e.g. bucketName and prefix, logGroup, or deliveryStream.'),
    }, 'One log type sent to one destination (LogDestinationConfigs[]).'), 'Logs the firewall sends (DescribeLoggingConfiguration LoggingConfiguration.LogDestinationConfigs); empty when logging is not configured.'),
  }, 'Network Firewall firewall settings.'),
  example: {
    firewallName: 'egress-inspection',
    firewallId: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
    vpcId: 'vpc-0123456789abcdef0',
    firewallPolicyArn: 'arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/egress-policy',
    subnetIds: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'],
    deleteProtection: true,
    subnetChangeProtection: true,
    firewallPolicyChangeProtection: true,
    status: 'READY',
    logDestinations: [
      { logType: 'ALERT', destinationType: 'CloudWatchLogs', destination: { logGroup: '/network-firewall/egress/alert' } },
      { logType: 'FLOW', destinationType: 'S3', destination: { bucketName: 'network-firewall-logs-123456789012', prefix: 'flow' } },
    ],
  },
});
