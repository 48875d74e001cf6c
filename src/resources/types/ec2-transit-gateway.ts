import { defineResourceType } from '../define.js';
import { accountId, int, nullable, obj, oneOf, str, timestamp } from '../fields.js';

const toggle = (description: string) => oneOf(['enable', 'disable'], description);

export const ec2TransitGateway = defineResourceType({
  type: 'aws.ec2.transit-gateway',
  service: 'ec2',
  scope: 'regional',
  awsTypes: ['AWS::EC2::TransitGateway'],
  description: 'A transit gateway with its state and the options that decide which attachments it accepts and how it routes them.',
  idDescription: 'the transit gateway id (tgw-…)',
  data: obj({
    transitGatewayId: str('Transit gateway id (tgw-…).'),
    state: oneOf(['pending', 'available', 'modifying', 'deleting', 'deleted'], 'Transit gateway state (State); DescribeTransitGateways lists deleted gateways for a while.'),
    ownerId: accountId('Account that owns the transit gateway (OwnerId).'),
    description: nullable(str('Description; null when it has none.')),
    creationTime: timestamp('When the transit gateway was created (CreationTime).'),
    options: obj({
      amazonSideAsn: int('Private ASN of the Amazon side of a BGP session (Options.AmazonSideAsn).', { minimum: 0 }),
      autoAcceptSharedAttachments: toggle('Whether attachment requests from other accounts it is shared with are accepted automatically (Options.AutoAcceptSharedAttachments).'),
      defaultRouteTableAssociation: toggle('Whether attachments are associated with the default route table automatically (Options.DefaultRouteTableAssociation).'),
      defaultRouteTablePropagation: toggle('Whether attachments propagate routes to the default route table automatically (Options.DefaultRouteTablePropagation).'),
      dnsSupport: toggle('Whether DNS resolution across attached VPCs is on (Options.DnsSupport).'),
      vpnEcmpSupport: toggle('Whether equal-cost multipath routing over VPN connections is on (Options.VpnEcmpSupport).'),
      multicastSupport: toggle('Whether multicast is on (Options.MulticastSupport).'),
    }, 'Transit gateway options (Options).'),
  }, 'Transit gateway settings.'),
  example: {
    transitGatewayId: 'tgw-0a1b2c3d4e5f67890',
    state: 'available',
    ownerId: '123456789012',
    description: 'shared network hub',
    creationTime: '2024-04-01T08:00:00.000Z',
    options: {
      amazonSideAsn: 64512,
      autoAcceptSharedAttachments: 'disable',
      defaultRouteTableAssociation: 'enable',
      defaultRouteTablePropagation: 'enable',
      dnsSupport: 'enable',
      vpnEcmpSupport: 'enable',
      multicastSupport: 'disable',
    },
  },
});
