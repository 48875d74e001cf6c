import { defineResourceType } from '../define.js';
import { bool, list, nullable, obj, oneOf, str } from '../fields.js';

export const ec2ClientVpnEndpoint = defineResourceType({
  type: 'aws.ec2.client-vpn-endpoint',
  service: 'ec2',
  scope: 'regional',
  awsTypes: ['AWS::EC2::ClientVpnEndpoint'],
  description: 'A Client VPN endpoint with its connection logging, how clients authenticate, split tunnelling and transport.',
  idDescription: 'the Client VPN endpoint id (cvpn-endpoint-…)',
  data: obj({
    clientVpnEndpointId: str('Client VPN endpoint id (ClientVpnEndpointId).'),
    status: oneOf(['pending-associate', 'available', 'deleting', 'deleted'], 'Endpoint state (Status.Code).'),
    vpcId: nullable(str('VPC the endpoint is associated with (VpcId); null when AWS answers none.')),
    connectionLog: obj({
      enabled: bool('Whether client connections are logged (ConnectionLogOptions.Enabled).'),
      cloudwatchLogGroup: nullable(str('Log group the connection log goes to (ConnectionLogOptions.CloudwatchLogGroup); null when logging is off.')),
      cloudwatchLogStream: nullable(str('Log stream of the connection log (ConnectionLogOptions.CloudwatchLogStream); null when AWS answers none.')),
    }, 'Client connection logging (ConnectionLogOptions).'),
    authentication: list(obj({
      type: oneOf(['certificate-authentication', 'directory-service-authentication', 'federated-authentication'], 'Authentication method (Type).'),
    }, 'One authentication option.'), 'How clients authenticate (AuthenticationOptions); AWS answers at least one.'),
    splitTunnel: bool('Whether only traffic for the endpoint\'s routes goes through the tunnel (SplitTunnel).'),
    transportProtocol: oneOf(['tcp', 'udp'], 'Transport of the tunnel (TransportProtocol).'),
  }, 'Client VPN endpoint settings.'),
  example: {
    clientVpnEndpointId: 'cvpn-endpoint-0a1b2c3d4e5f67890',
    status: 'available',
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    connectionLog: { enabled: true, cloudwatchLogGroup: '/vpn/client-connections', cloudwatchLogStream: 'cvpn-endpoint-0a1b2c3d4e5f67890' },
    authentication: [{ type: 'certificate-authentication' }],
    splitTunnel: true,
    transportProtocol: 'udp',
  },
});
