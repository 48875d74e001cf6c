/**
 * Pure mapping from DescribeTransitGateways answers to
 * aws.ec2.transit-gateway, one reader per field (answers.ts), kept apart
 * from map.ts so the EC2 modules do not share one file.
 */
import { emptyToNull, iso, knownValue, required, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { TransitGateway } from '@aws-sdk/client-ec2';
import { ec2Arn, envelope, type Envelope, type Place } from './map.js';

export function transitGatewayEnvelope(gateway: TransitGateway, place: Place): Envelope<'aws.ec2.transit-gateway'> {
  const id = gateway.TransitGatewayId ?? '';
  return envelope('aws.ec2.transit-gateway', id, emptyToNull(gateway.TransitGatewayArn) ?? ec2Arn(place, 'transit-gateway', id, gateway.OwnerId), gateway.Tags);
}

/** Every field DescribeTransitGateways answers; each option on its own, so one AWS left out fails alone. */
export function transitGatewayFields(gateway: TransitGateway): ReadersOf<CatalogData['aws.ec2.transit-gateway']> {
  const options = (): NonNullable<TransitGateway['Options']> => required(gateway.Options, 'Options');
  const toggle = (value: string | undefined, what: string): 'enable' | 'disable' => knownValue(value, ['enable', 'disable'], `Options.${what}`);
  return {
    transitGatewayId: () => text(gateway.TransitGatewayId, 'TransitGatewayId'),
    state: () => knownValue(gateway.State, ['pending', 'available', 'modifying', 'deleting', 'deleted'], 'State'),
    ownerId: () => text(gateway.OwnerId, 'OwnerId'),
    description: () => emptyToNull(gateway.Description),
    creationTime: () => iso(gateway.CreationTime, 'CreationTime'),
    'options.amazonSideAsn': () => required(options().AmazonSideAsn, 'Options.AmazonSideAsn'),
    'options.autoAcceptSharedAttachments': () => toggle(options().AutoAcceptSharedAttachments, 'AutoAcceptSharedAttachments'),
    'options.defaultRouteTableAssociation': () => toggle(options().DefaultRouteTableAssociation, 'DefaultRouteTableAssociation'),
    'options.defaultRouteTablePropagation': () => toggle(options().DefaultRouteTablePropagation, 'DefaultRouteTablePropagation'),
    'options.dnsSupport': () => toggle(options().DnsSupport, 'DnsSupport'),
    'options.vpnEcmpSupport': () => toggle(options().VpnEcmpSupport, 'VpnEcmpSupport'),
    'options.multicastSupport': () => toggle(options().MulticastSupport, 'MulticastSupport'),
  };
}
