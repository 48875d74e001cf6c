/**
 * Pure mapping from DescribeNetworkInterfaces answers to
 * aws.ec2.network-interface, one reader per field (answers.ts), kept apart
 * from map.ts so the EC2 modules added side by side do not share one file.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - Attachment absent is null: AWS answers none for an interface attached
 *   to nothing. Its InstanceId absent is null (a service's interface is
 *   attached to no instance of the account), DeviceIndex absent is null.
 * - Association absent is "no public address" (null), on the interface and
 *   on each private address.
 * - SourceDestCheck and RequesterManaged are always answered, so their
 *   absence is unknown, never "on" or "off".
 */
import { eachOf, emptyToNull, knownValue, required, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { NetworkInterface } from '@aws-sdk/client-ec2';
import { ec2Arn, envelope, type Envelope, type Place } from './map.js';

export function networkInterfaceEnvelope(eni: NetworkInterface, place: Place): Envelope<'aws.ec2.network-interface'> {
  const id = eni.NetworkInterfaceId ?? '';
  return envelope('aws.ec2.network-interface', id, ec2Arn(place, 'network-interface', id, eni.OwnerId), eni.TagSet);
}

export function networkInterfaceFields(eni: NetworkInterface): ReadersOf<CatalogData['aws.ec2.network-interface']> {
  return {
    networkInterfaceId: () => text(eni.NetworkInterfaceId, 'NetworkInterfaceId'),
    interfaceType: () => text(eni.InterfaceType, 'InterfaceType'),
    status: () => knownValue(eni.Status, ['available', 'associated', 'attaching', 'in-use', 'detaching'], 'Status'),
    vpcId: () => text(eni.VpcId, 'VpcId'),
    subnetId: () => text(eni.SubnetId, 'SubnetId'),
    ownerId: () => text(eni.OwnerId, 'OwnerId'),
    sourceDestCheck: () => required(eni.SourceDestCheck, 'SourceDestCheck'),
    requesterManaged: () => required(eni.RequesterManaged, 'RequesterManaged'),
    attachment: () => {
      const a = eni.Attachment;
      if (a === undefined) return null;
      return {
        instanceId: emptyToNull(a.InstanceId),
        deviceIndex: a.DeviceIndex ?? null,
        status: knownValue(a.Status, ['attaching', 'attached', 'detaching', 'detached'], 'Attachment.Status'),
      };
    },
    securityGroupIds: () => required(eni.Groups, 'Groups').map((g) => text(g.GroupId, 'Groups GroupId')),
    privateIpAddress: () => text(eni.PrivateIpAddress, 'PrivateIpAddress'),
    privateIpAddresses: () => eachOf(eni.PrivateIpAddresses, 'PrivateIpAddresses', (p) => ({
      privateIpAddress: text(p.PrivateIpAddress, 'PrivateIpAddress'),
      primary: required(p.Primary, 'Primary'),
      publicIp: emptyToNull(p.Association?.PublicIp),
    })),
    publicIp: () => emptyToNull(eni.Association?.PublicIp),
  };
}
