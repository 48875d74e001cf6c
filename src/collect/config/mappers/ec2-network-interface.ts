/**
 * AWS::EC2::NetworkInterface → aws.ec2.network-interface. AWS's Config
 * resource schema for the type (awslabs/aws-config-resource-schema) records
 * the interface as DescribeNetworkInterfaces answers it, camelCase:
 * networkInterfaceId, interfaceType, status, vpcId, subnetId, ownerId,
 * sourceDestCheck, requesterManaged, attachment (instanceId, deviceIndex,
 * status), groups (groupId), privateIpAddress, privateIpAddresses (each
 * with its primary flag and association.publicIp) and association.publicIp,
 * with the interface's tags on the item; Config's id for an interface is
 * its id. A recorded (2019) item of a NAT gateway's interface spells the
 * state as the bare string ("in-use"; the wrapper `{"value": …}` other EC2
 * items carry is read the same way), a service's attachment with
 * `instanceId: null`, and holds the requester-managed flag and the
 * source/destination check. What the item holds is read back into the SDK's
 * NetworkInterface and mapped by the API collector's own functions: one
 * mapping, two sources. Config spells "none" as null, so a null attachment
 * or association is none, as the API's absent member is; a key the item
 * lacks is unknown (the API mapping would read its absence as "attached to
 * nothing" or "no public address"). Such a field, or one the item holds in
 * a form EC2 does not answer, is read in the same run from one paginated
 * DescribeNetworkInterfaces listing per region with the API collector's row
 * (not with an aggregator, where it is an error on the interface); an
 * interface deleted since Config recorded it is not listed, an error on
 * those fields, never "none".
 */
import {
  AttachmentStatus, EC2Client, NetworkInterfaceStatus, paginateDescribeNetworkInterfaces,
  type NetworkInterface, type NetworkInterfaceAssociation, type NetworkInterfacePrivateIpAddress,
} from '@aws-sdk/client-ec2';
import { readFields } from '../../answers.js';
import { networkInterfaceCalls } from '../../aws/ec2/network-interfaces.js';
import { networkInterfaceEnvelope, networkInterfaceFields } from '../../aws/ec2/map-network-interfaces.js';
import type { CollectContext, Fetch } from '../../context.js';
import { listFetch } from '../../listing.js';
import { fieldFromListing, goneFrom, oncePerRun } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { booleanOf, defineConfigMapper, known, numberOf, records, stateOf, stringOf } from '../mapper.js';
import { fromItem, isRecord, type Unreadable } from '../read.js';

type Read<T> = { value: T } | 'unreadable';

/** An association as the SDK's: null is none; one without its publicIp key is not one to read "no public address" from. */
function associationOf(value: unknown): Read<NetworkInterfaceAssociation | undefined> {
  if (value === null) return { value: undefined };
  if (!isRecord(value) || !Object.hasOwn(value, 'publicIp') || !(value.publicIp === null || typeof value.publicIp === 'string')) return 'unreadable';
  return { value: { PublicIp: stringOf(value.publicIp) } };
}

/** The attachment as the SDK's: null is none; each member must be in the item (a missing instance id is not "no instance"). */
function attachmentOf(value: unknown): Read<NetworkInterface['Attachment']> {
  if (value === null) return { value: undefined };
  if (!isRecord(value) || !['instanceId', 'deviceIndex', 'status'].every((key) => Object.hasOwn(value, key))) return 'unreadable';
  const deviceIndex = numberOf(value.deviceIndex);
  if (!(value.instanceId === null || typeof value.instanceId === 'string') || (value.deviceIndex !== null && (deviceIndex === undefined || !Number.isInteger(deviceIndex)))) return 'unreadable';
  return { value: { InstanceId: stringOf(value.instanceId), DeviceIndex: deviceIndex, Status: known(AttachmentStatus, stateOf(value.status)) } };
}

/** Every private address, each with its association read as above; one that is not makes the list unreadable, as a policy reads them together. */
function privateAddressesOf(value: unknown): Read<NetworkInterfacePrivateIpAddress[]> {
  if (!Array.isArray(value) || records(value).length !== value.length) return 'unreadable';
  const addresses: NetworkInterfacePrivateIpAddress[] = [];
  for (const raw of records(value)) {
    const association = Object.hasOwn(raw, 'association') ? associationOf(raw.association) : 'unreadable';
    if (association === 'unreadable') return 'unreadable';
    addresses.push({ PrivateIpAddress: stringOf(raw.privateIpAddress), Primary: booleanOf(raw.primary), Association: association.value });
  }
  return { value: addresses };
}

const groupsOf = (value: unknown): NetworkInterface['Groups'] =>
  (Array.isArray(value) && records(value).length === value.length ? records(value).map((g) => ({ GroupId: stringOf(g.groupId), GroupName: stringOf(g.groupName) })) : undefined);

/** The interface's id: the item's configuration.networkInterfaceId, else Config's own id (the same). */
const idOf = (item: ConfigurationItem): string => stringOf(item.configuration?.networkInterfaceId) ?? item.resourceId;

/** The region's interfaces, listed once per collector run (1000 a page, as the API collector lists them), however many items lack fields. */
const interfacesOf = oncePerRun((ctx): Promise<Fetch<NetworkInterface[]>> => {
  const ec2 = ctx.clients.get(EC2Client, ctx.region);
  return listFetch(networkInterfaceCalls.DescribeNetworkInterfaces, () => paginateDescribeNetworkInterfaces({ client: ec2, pageSize: 1000 }, {}), (page) => page.NetworkInterfaces);
});

/** EC2 answers an interface id it does not have with InvalidNetworkInterfaceID.NotFound. */
const gone = (operation: string): Fetch<never> => goneFrom('InvalidNetworkInterfaceID.NotFound', 'EC2 no longer has the network interface AWS Config recorded', operation);

async function listedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  return fieldFromListing(await interfacesOf(ctx), (enis) => enis.find((e) => e.NetworkInterfaceId === idOf(item)), networkInterfaceFields, path, networkInterfaceCalls.DescribeNetworkInterfaces.label, gone);
}

const isListed = (path: string): boolean => (networkInterfaceCalls.DescribeNetworkInterfaces.fills as readonly string[]).includes(path);

export const ec2NetworkInterfaceFromConfig = defineConfigMapper({
  configType: 'AWS::EC2::NetworkInterface',
  catalogType: 'aws.ec2.network-interface',
  fill: {
    calls: [networkInterfaceCalls],
    read(ctx, item, path) {
      return isListed(path) ? () => listedField(ctx, item, path) : undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const attachment = Object.hasOwn(c, 'attachment') ? attachmentOf(c.attachment) : 'unreadable';
    const association = Object.hasOwn(c, 'association') ? associationOf(c.association) : 'unreadable';
    const privateAddresses = privateAddressesOf(c.privateIpAddresses);
    const eni: NetworkInterface = {
      NetworkInterfaceId: idOf(item), InterfaceType: stringOf(c.interfaceType) as NetworkInterface['InterfaceType'], Status: known(NetworkInterfaceStatus, stateOf(c.status)),
      VpcId: stringOf(c.vpcId), SubnetId: stringOf(c.subnetId), OwnerId: stringOf(c.ownerId), SourceDestCheck: booleanOf(c.sourceDestCheck), RequesterManaged: booleanOf(c.requesterManaged),
      Attachment: attachment === 'unreadable' ? undefined : attachment.value, Groups: groupsOf(c.groups), PrivateIpAddress: stringOf(c.privateIpAddress),
      PrivateIpAddresses: privateAddresses === 'unreadable' ? undefined : privateAddresses.value, Association: association === 'unreadable' ? undefined : association.value,
      TagSet: Object.entries(item.tags).map(([Key, Value]) => ({ Key, Value })),
    };
    const own: Unreadable[] = [
      ...(attachment === 'unreadable' ? [{ path: 'attachment', reason: 'configuration.attachment in the Configuration Item is missing or not an attachment EC2 documents' }] : []),
      ...(privateAddresses === 'unreadable' ? [{ path: 'privateIpAddresses', reason: 'configuration.privateIpAddresses in the Configuration Item is missing, or an address lacks its association (null when none)' }] : []),
      ...(association === 'unreadable' ? [{ path: 'publicIp', reason: 'configuration.association in the Configuration Item is missing or has no publicIp (null when none)' }] : []),
    ];
    const read = fromItem(readFields(networkInterfaceFields(eni)), own);
    return { envelope: networkInterfaceEnvelope(eni, place), fields: read.fields, ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}) };
  },
});
