import { defineResourceType } from '../define.js';
import { bool, list, nullable, obj, oneOf, str, timestamp } from '../fields.js';

export const ec2VpnConnection = defineResourceType({
  type: 'aws.ec2.vpn-connection',
  service: 'ec2',
  scope: 'regional',
  awsTypes: ['AWS::EC2::VPNConnection'],
  description: 'A Site-to-Site VPN connection with the status of each of its tunnels and whether each tunnel logs to CloudWatch Logs.',
  idDescription: 'the VPN connection id (vpn-…)',
  data: obj({
    vpnConnectionId: str('VPN connection id (vpn-…).'),
    state: oneOf(['pending', 'available', 'deleting', 'deleted'], 'Connection state (State); DescribeVpnConnections lists deleted connections for a while.'),
    customerGatewayId: str('Customer gateway at the other end (CustomerGatewayId).'),
    vpnGatewayId: nullable(str('Virtual private gateway it ends on (VpnGatewayId); null when it ends on a transit gateway or nothing.')),
    transitGatewayId: nullable(str('Transit gateway it ends on (TransitGatewayId); null when it ends on a virtual private gateway or nothing.')),
    tunnels: list(obj({
      outsideIpAddress: str('Public address of the tunnel\'s AWS end (OutsideIpAddress).'),
      status: oneOf(['UP', 'DOWN'], 'Tunnel status (Status).'),
      statusMessage: nullable(str('Why the tunnel is in its status (StatusMessage); null when AWS gives none.')),
      lastStatusChange: nullable(timestamp('When the status last changed (LastStatusChange); null when AWS gives none.')),
    }, 'One tunnel\'s telemetry.'), 'Telemetry of each tunnel (VgwTelemetry); AWS answers it for every connection, two tunnels each.'),
    tunnelLogging: list(obj({
      outsideIpAddress: str('Public address of the tunnel\'s AWS end (OutsideIpAddress).'),
      cloudWatchLogEnabled: bool('Whether the tunnel publishes its activity log to CloudWatch Logs (LogOptions.CloudWatchLogOptions.LogEnabled).'),
      logGroupArn: nullable(str('Log group the tunnel logs to (LogOptions.CloudWatchLogOptions.LogGroupArn); null when it logs nowhere.')),
    }, 'One tunnel\'s logging options.'), 'Logging options of each tunnel (Options.TunnelOptions).'),
  }, 'VPN connection settings.'),
  example: {
    vpnConnectionId: 'vpn-0a1b2c3d4e5f67890',
    state: 'available',
    customerGatewayId: 'cgw-0a1b2c3d4e5f67890',
    vpnGatewayId: 'vgw-0a1b2c3d4e5f67890',
    transitGatewayId: null,
    tunnels: [
      { outsideIpAddress: '198.51.100.10', status: 'UP', statusMessage: null, lastStatusChange: '2024-06-01T10:00:00.000Z' },
      { outsideIpAddress: '198.51.100.20', status: 'UP', statusMessage: null, lastStatusChange: '2024-06-01T10:00:00.000Z' },
    ],
    tunnelLogging: [
      { outsideIpAddress: '198.51.100.10', cloudWatchLogEnabled: true, logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/vpn/tunnels' },
      { outsideIpAddress: '198.51.100.20', cloudWatchLogEnabled: true, logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/vpn/tunnels' },
    ],
  },
});
