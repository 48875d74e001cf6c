/**
 * Pure mapping from DescribeVpnConnections answers to
 * aws.ec2.vpn-connection, one reader per field (answers.ts), kept apart
 * from map.ts so the EC2 modules do not share one file.
 */
import { eachOf, emptyToNull, isoOrNull, knownValue, required, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { VpnConnection } from '@aws-sdk/client-ec2';
import { ec2Arn, envelope, type Envelope, type Place } from './map.js';

export function vpnConnectionEnvelope(connection: VpnConnection, place: Place): Envelope<'aws.ec2.vpn-connection'> {
  const id = connection.VpnConnectionId ?? '';
  return envelope('aws.ec2.vpn-connection', id, ec2Arn(place, 'vpn-connection', id), connection.Tags);
}

/**
 * Every field DescribeVpnConnections answers. The tunnels' telemetry and
 * their options are always answered, one element per tunnel, so a missing
 * list, status or log setting is unknown, never "down" or "not logging".
 */
export function vpnConnectionFields(connection: VpnConnection): ReadersOf<CatalogData['aws.ec2.vpn-connection']> {
  return {
    vpnConnectionId: () => text(connection.VpnConnectionId, 'VpnConnectionId'),
    state: () => knownValue(connection.State, ['pending', 'available', 'deleting', 'deleted'], 'State'),
    customerGatewayId: () => text(connection.CustomerGatewayId, 'CustomerGatewayId'),
    vpnGatewayId: () => emptyToNull(connection.VpnGatewayId),
    transitGatewayId: () => emptyToNull(connection.TransitGatewayId),
    tunnels: () => eachOf(connection.VgwTelemetry, 'VgwTelemetry', (t) => ({
      outsideIpAddress: text(t.OutsideIpAddress, 'OutsideIpAddress'),
      status: knownValue(t.Status, ['UP', 'DOWN'], 'Status'),
      statusMessage: emptyToNull(t.StatusMessage),
      lastStatusChange: isoOrNull(t.LastStatusChange),
    })),
    tunnelLogging: () => eachOf(required(connection.Options, 'Options').TunnelOptions, 'Options.TunnelOptions', (t) => {
      const cloudWatch = required(t.LogOptions?.CloudWatchLogOptions, 'LogOptions.CloudWatchLogOptions');
      return {
        outsideIpAddress: text(t.OutsideIpAddress, 'OutsideIpAddress'),
        cloudWatchLogEnabled: required(cloudWatch.LogEnabled, 'LogOptions.CloudWatchLogOptions.LogEnabled'),
        logGroupArn: emptyToNull(cloudWatch.LogGroupArn),
      };
    }),
  };
}
