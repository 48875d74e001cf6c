/**
 * Pure mapping from DescribeAddresses answers to aws.ec2.elastic-ip, one
 * reader per field (answers.ts), kept apart from map.ts so the EC2 modules
 * added side by side do not share one file.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - AllocationId absent is null only for an EC2-Classic (standard) address,
 *   which AWS gives none; a VPC address without one is unknown.
 * - PublicIp absent is null only when AWS answers a customer-owned or
 *   carrier address in its place.
 * - No AssociationId, InstanceId or NetworkInterfaceId is "associated with
 *   nothing" (null): that is how AWS answers an unassociated address. A VPC
 *   address naming an instance or interface without its AssociationId is
 *   unknown.
 */
import { emptyToNull, knownValue, text, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { Address } from '@aws-sdk/client-ec2';
import { ec2Arn, envelope, type Envelope, type Place } from './map.js';

/** The id an address is listed under: its allocation id, or an EC2-Classic address's public address. */
export const addressId = (address: Address): string | undefined =>
  emptyToNull(address.AllocationId) ?? (address.Domain === 'standard' ? address.PublicIp : undefined);

export function addressEnvelope(address: Address, place: Place): Envelope<'aws.ec2.elastic-ip'> {
  const id = addressId(address) ?? '';
  return envelope('aws.ec2.elastic-ip', id, ec2Arn(place, 'elastic-ip', id), address.Tags);
}

export function addressFields(address: Address): ReadersOf<CatalogData['aws.ec2.elastic-ip']> {
  const domain = (): 'vpc' | 'standard' => knownValue(address.Domain, ['vpc', 'standard'], 'Domain');
  return {
    allocationId: () => (domain() === 'standard' ? emptyToNull(address.AllocationId) : text(address.AllocationId, 'AllocationId')),
    publicIp: () => {
      const ip = emptyToNull(address.PublicIp);
      if (ip !== null) return ip;
      if (emptyToNull(address.CustomerOwnedIp) !== null || emptyToNull(address.CarrierIp) !== null) return null;
      throw new UnreadableAnswer('IncompleteResponse', 'the answer has no PublicIp');
    },
    domain,
    association: () => {
      const associationId = emptyToNull(address.AssociationId);
      const instanceId = emptyToNull(address.InstanceId);
      const networkInterfaceId = emptyToNull(address.NetworkInterfaceId);
      if (associationId === null && instanceId === null && networkInterfaceId === null) return null;
      if (associationId === null && domain() === 'vpc') throw new UnreadableAnswer('IncompleteResponse', 'the answer names what the address is associated with but no AssociationId');
      return { associationId, instanceId, networkInterfaceId, privateIpAddress: emptyToNull(address.PrivateIpAddress) };
    },
    networkBorderGroup: () => text(address.NetworkBorderGroup, 'NetworkBorderGroup'),
  };
}
