import { defineResourceType } from '../define.js';
import { accountId, bool, int, list, nullable, obj, oneOf, str } from '../fields.js';

export const ec2NetworkInterface = defineResourceType({
  type: 'aws.ec2.network-interface',
  service: 'ec2',
  scope: 'regional',
  awsTypes: ['AWS::EC2::NetworkInterface'],
  description: 'An elastic network interface: its kind and state, where it sits, its source/destination check, what it is attached to and its addresses.',
  idDescription: 'the network interface id (eni-…)',
  data: obj({
    networkInterfaceId: str('Network interface id (NetworkInterfaceId, eni-…).'),
    interfaceType: str('Kind of interface (InterfaceType), e.g. interface, nat_gateway, lambda, vpc_endpoint; AWS adds kinds, so the value is kept as answered.'),
    status: oneOf(['available', 'associated', 'attaching', 'in-use', 'detaching'], 'Interface state (Status).'),
    vpcId: str('VPC the interface is in (VpcId).'),
    subnetId: str('Subnet the interface is in (SubnetId).'),
    ownerId: accountId('Account that owns the interface (OwnerId).'),
    sourceDestCheck: bool('Whether traffic the interface neither sends nor receives is dropped (SourceDestCheck).'),
    requesterManaged: bool('Whether an AWS service created and manages the interface (RequesterManaged).'),
    attachment: nullable(obj({
      instanceId: nullable(str('Instance the interface is attached to (Attachment.InstanceId); null when it is attached to no instance (a service\'s interface).')),
      deviceIndex: nullable(int('Device index on the instance (Attachment.DeviceIndex); null when AWS answers none.', { minimum: 0 })),
      status: oneOf(['attaching', 'attached', 'detaching', 'detached'], 'Attachment state (Attachment.Status).'),
    }, 'What the interface is attached to (Attachment); null when it is attached to nothing.')),
    securityGroupIds: list(str('Security group id.'), 'Security groups of the interface (Groups).'),
    privateIpAddress: str('Primary private IPv4 address (PrivateIpAddress).'),
    privateIpAddresses: list(obj({
      privateIpAddress: str('Private IPv4 address (PrivateIpAddress).'),
      primary: bool('Whether it is the primary address (Primary).'),
      publicIp: nullable(str('Public address mapped to it (Association.PublicIp); null when none is.')),
    }, 'One private IPv4 address.'), 'Private IPv4 addresses of the interface (PrivateIpAddresses).'),
    publicIp: nullable(str('Public address of the primary private address (Association.PublicIp); null when none is.')),
  }, 'Network interface settings.'),
  example: {
    networkInterfaceId: 'eni-0a1b2c3d4e5f67890',
    interfaceType: 'interface',
    status: 'in-use',
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    subnetId: 'subnet-0a1b2c3d4e5f67890',
    ownerId: '123456789012',
    sourceDestCheck: true,
    requesterManaged: false,
    attachment: { instanceId: 'i-0a1b2c3d4e5f67890', deviceIndex: 0, status: 'attached' },
    securityGroupIds: ['sg-0a1b2c3d4e5f67890'],
    privateIpAddress: '10.0.1.10',
    privateIpAddresses: [{ privateIpAddress: '10.0.1.10', primary: true, publicIp: null }],
    publicIp: null,
  },
});
