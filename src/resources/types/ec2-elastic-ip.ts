import { defineResourceType } from '../define.js';
import { nullable, obj, oneOf, str } from '../fields.js';

export const ec2ElasticIp = defineResourceType({
  type: 'aws.ec2.elastic-ip',
  service: 'ec2',
  scope: 'regional',
  awsTypes: ['AWS::EC2::EIP'],
  description: 'An Elastic IP address: its public address, domain, network border group and what it is associated with.',
  idDescription: 'the allocation id (eipalloc-…); the public address for an EC2-Classic (standard) address, which has none',
  data: obj({
    allocationId: nullable(str('Allocation id (AllocationId, eipalloc-…); null for an EC2-Classic (standard) address, which AWS gives none.')),
    publicIp: nullable(str('The Elastic IP address (PublicIp); null when AWS answers a customer-owned or carrier address instead.')),
    domain: oneOf(['vpc', 'standard'], 'Whether the address is for use in a VPC or EC2-Classic (Domain).'),
    association: nullable(obj({
      associationId: nullable(str('Association id (AssociationId, eipassoc-…); null for an EC2-Classic association, which has none.')),
      instanceId: nullable(str('Instance the address is associated with (InstanceId); null when it is on a network interface of no instance.')),
      networkInterfaceId: nullable(str('Network interface the address is associated with (NetworkInterfaceId); null for an EC2-Classic association.')),
      privateIpAddress: nullable(str('Private address the Elastic IP maps to (PrivateIpAddress); null when AWS answers none.')),
    }, 'What the address is associated with (AssociationId, InstanceId, NetworkInterfaceId); null when it is associated with nothing.')),
    networkBorderGroup: str('Zones AWS advertises the address from (NetworkBorderGroup), e.g. us-east-1.'),
  }, 'Elastic IP address settings.'),
  example: {
    allocationId: 'eipalloc-0a1b2c3d4e5f67890',
    publicIp: '203.0.113.10',
    domain: 'vpc',
    association: { associationId: 'eipassoc-0a1b2c3d4e5f67890', instanceId: 'i-0a1b2c3d4e5f67890', networkInterfaceId: 'eni-0a1b2c3d4e5f67890', privateIpAddress: '10.0.1.10' },
    networkBorderGroup: 'us-east-1',
  },
});
