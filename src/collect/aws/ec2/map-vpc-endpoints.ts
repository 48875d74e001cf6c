/**
 * Pure mapping from DescribeVpcEndpoints and DescribeClientVpnEndpoints
 * answers to aws.ec2.vpc-endpoint and aws.ec2.client-vpn-endpoint, one
 * reader per field (answers.ts), kept apart from map.ts so the EC2 modules
 * added side by side do not share one file.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - An endpoint's ServiceName is null only for Resource and ServiceNetwork
 *   endpoints, which reach a resource configuration or service network
 *   instead of a named service; for other kinds its absence is unknown.
 * - ServiceRegion absent is null: AWS names it for cross-region endpoints.
 * - PolicyDocument absent is null: Gateway and Interface endpoints always
 *   carry one (the full-access default when none was set), other kinds
 *   have none. PrivateDnsEnabled absent is null (Gateway endpoints).
 * - SubnetIds and RouteTableIds absent are empty: the first lists network
 *   interfaces' subnets (Interface, GatewayLoadBalancer), the second a
 *   Gateway endpoint's route tables; each kind answers only its own.
 * - A Client VPN endpoint's log group and stream absent are null (logging
 *   off); ConnectionLogOptions.Enabled, SplitTunnel, TransportProtocol and
 *   the authentication options are always answered, so their absence is
 *   unknown.
 */
import { eachOf, emptyToNull, knownValue, policyDocument, required, text, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { ClientVpnEndpoint, VpcEndpoint } from '@aws-sdk/client-ec2';
import { ec2Arn, envelope, type Envelope, type Place } from './map.js';

const endpointTypes = ['Interface', 'Gateway', 'GatewayLoadBalancer', 'Resource', 'ServiceNetwork'] as const;

export function vpcEndpointEnvelope(endpoint: VpcEndpoint, place: Place): Envelope<'aws.ec2.vpc-endpoint'> {
  const id = endpoint.VpcEndpointId ?? '';
  return envelope('aws.ec2.vpc-endpoint', id, ec2Arn(place, 'vpc-endpoint', id, endpoint.OwnerId), endpoint.Tags);
}

export function vpcEndpointFields(endpoint: VpcEndpoint): ReadersOf<CatalogData['aws.ec2.vpc-endpoint']> {
  const kind = (): (typeof endpointTypes)[number] => knownValue(endpoint.VpcEndpointType, endpointTypes, 'VpcEndpointType');
  return {
    vpcEndpointId: () => text(endpoint.VpcEndpointId, 'VpcEndpointId'),
    vpcId: () => text(endpoint.VpcId, 'VpcId'),
    vpcEndpointType: kind,
    serviceName: () => {
      const k = kind();
      return k === 'Resource' || k === 'ServiceNetwork' ? emptyToNull(endpoint.ServiceName) : text(endpoint.ServiceName, 'ServiceName');
    },
    serviceRegion: () => emptyToNull(endpoint.ServiceRegion),
    // EC2 answers "available"; the SDK's State enum spells it "Available": both are the one state.
    state: () => knownValue(endpoint.State === undefined ? undefined : endpoint.State.charAt(0).toLowerCase() + endpoint.State.slice(1), ['pendingAcceptance', 'pending', 'available', 'deleting', 'deleted', 'rejected', 'failed', 'expired', 'partial'], 'State'),
    ownerId: () => text(endpoint.OwnerId, 'OwnerId'),
    policyDocument: () => endpoint.PolicyDocument === undefined || endpoint.PolicyDocument === '' ? null : policyDocument(endpoint.PolicyDocument, 'PolicyDocument'),
    privateDnsEnabled: () => endpoint.PrivateDnsEnabled ?? null,
    subnetIds: () => [...(endpoint.SubnetIds ?? [])],
    routeTableIds: () => [...(endpoint.RouteTableIds ?? [])],
  };
}

export function clientVpnEndpointEnvelope(endpoint: ClientVpnEndpoint, place: Place): Envelope<'aws.ec2.client-vpn-endpoint'> {
  const id = endpoint.ClientVpnEndpointId ?? '';
  return envelope('aws.ec2.client-vpn-endpoint', id, ec2Arn(place, 'client-vpn-endpoint', id), endpoint.Tags);
}

export function clientVpnEndpointFields(endpoint: ClientVpnEndpoint): ReadersOf<CatalogData['aws.ec2.client-vpn-endpoint']> {
  return {
    clientVpnEndpointId: () => text(endpoint.ClientVpnEndpointId, 'ClientVpnEndpointId'),
    status: () => knownValue(endpoint.Status?.Code, ['pending-associate', 'available', 'deleting', 'deleted'], 'Status.Code'),
    vpcId: () => emptyToNull(endpoint.VpcId),
    connectionLog: () => {
      const log = required(endpoint.ConnectionLogOptions, 'ConnectionLogOptions');
      return {
        enabled: required(log.Enabled, 'ConnectionLogOptions.Enabled'),
        cloudwatchLogGroup: emptyToNull(log.CloudwatchLogGroup),
        cloudwatchLogStream: emptyToNull(log.CloudwatchLogStream),
      };
    },
    authentication: () => {
      const options = required(endpoint.AuthenticationOptions, 'AuthenticationOptions');
      if (options.length === 0) throw new UnreadableAnswer('IncompleteResponse', 'the answer has no AuthenticationOptions');
      return eachOf(options, 'AuthenticationOptions', (o) => ({ type: knownValue(o.Type, ['certificate-authentication', 'directory-service-authentication', 'federated-authentication'], 'Type') }));
    },
    splitTunnel: () => required(endpoint.SplitTunnel, 'SplitTunnel'),
    transportProtocol: () => knownValue(endpoint.TransportProtocol, ['tcp', 'udp'], 'TransportProtocol'),
  };
}
