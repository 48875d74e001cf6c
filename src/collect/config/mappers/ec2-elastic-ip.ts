/**
 * AWS::EC2::EIP → aws.ec2.elastic-ip. AWS's Config resource schema for the
 * type (awslabs/aws-config-resource-schema) records the address as
 * DescribeAddresses answers it, camelCase: allocationId, publicIp, domain,
 * associationId, instanceId, networkInterfaceId, networkInterfaceOwnerId,
 * privateIpAddress and publicIpv4Pool, with the address's tags on the item;
 * Config's id for an address is its allocation id. A recorded (2019) item
 * spells every member the address has no value for as null (`instanceId:
 * null` on a NAT gateway's address) and holds `networkBorderGroup: null`,
 * which the schema does not list. What the item holds is read back into the
 * SDK's Address and mapped by the API collector's own functions: one
 * mapping, two sources. Config spells "none" as null, so a null association
 * member is none, as the API's absent member is; a member the item lacks
 * is unknown (the API mapping would read its absence as "associated with
 * nothing"). The network border group, and any field the item lacks or
 * holds in a form EC2 does not answer (a null public address, which the
 * API answers only beside a customer-owned or carrier address the schema
 * does not list), are read in the same run from one DescribeAddresses call
 * per region with the API collector's row (not with an aggregator, where
 * they are errors on the address); an address released since Config
 * recorded it is not answered, an error on those fields, never "none".
 */
import { DescribeAddressesCommand, DomainType, EC2Client, type Address } from '@aws-sdk/client-ec2';
import { readFields } from '../../answers.js';
import { addressCalls } from '../../aws/ec2/addresses.js';
import { addressEnvelope, addressFields, addressId } from '../../aws/ec2/map-addresses.js';
import { ec2Arn } from '../../aws/ec2/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import { listFetch } from '../../listing.js';
import { fieldFromListing, goneFrom, oncePerRun } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { defineConfigMapper, known, stringOf } from '../mapper.js';
import { fromItem, type Unreadable } from '../read.js';

/** The association's members: each must be in the item, as null or text, for "associated with nothing" to be read from it. */
const ASSOCIATION_KEYS = ['associationId', 'instanceId', 'networkInterfaceId', 'privateIpAddress'] as const;

const nullOrText = (c: Readonly<Record<string, unknown>>, key: string): boolean => Object.hasOwn(c, key) && (c[key] === null || typeof c[key] === 'string');

/** The address as the SDK's; Config's nulls become the API's absent members. */
function addressOf(item: ConfigurationItem): Address {
  const c = item.configuration ?? {};
  return {
    AllocationId: stringOf(c.allocationId), PublicIp: stringOf(c.publicIp), Domain: known(DomainType, c.domain),
    AssociationId: stringOf(c.associationId), InstanceId: stringOf(c.instanceId), NetworkInterfaceId: stringOf(c.networkInterfaceId), PrivateIpAddress: stringOf(c.privateIpAddress),
    NetworkBorderGroup: stringOf(c.networkBorderGroup), CustomerOwnedIp: stringOf(c.customerOwnedIp), CarrierIp: stringOf(c.carrierIp),
    Tags: Object.entries(item.tags).map(([Key, Value]) => ({ Key, Value })),
  };
}

/** The id the API collector lists the address under, else Config's own id (the allocation id). */
const idOf = (item: ConfigurationItem): string => addressId(addressOf(item)) ?? item.resourceId;

/** The region's addresses: DescribeAddresses has no paging, one call answers them all, once per collector run. */
const addressesOf = oncePerRun((ctx): Promise<Fetch<Address[]>> => {
  const ec2 = ctx.clients.get(EC2Client, ctx.region);
  async function* onePage() {
    yield await ec2.send(new DescribeAddressesCommand({}));
  }
  return listFetch(addressCalls.DescribeAddresses, onePage, (page) => page.Addresses);
});

/** EC2 answers an allocation id it does not have with InvalidAllocationID.NotFound. */
const gone = (operation: string): Fetch<never> => goneFrom('InvalidAllocationID.NotFound', 'EC2 no longer has the address AWS Config recorded', operation);

async function listedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const id = idOf(item);
  return fieldFromListing(await addressesOf(ctx), (addresses) => addresses.find((a) => addressId(a) === id), addressFields, path, addressCalls.DescribeAddresses.label, gone);
}

const isListed = (path: string): boolean => (addressCalls.DescribeAddresses.fills as readonly string[]).includes(path);

export const ec2ElasticIpFromConfig = defineConfigMapper({
  configType: 'AWS::EC2::EIP',
  catalogType: 'aws.ec2.elastic-ip',
  fill: {
    calls: [addressCalls],
    read(ctx, item, path) {
      return isListed(path) ? () => listedField(ctx, item, path) : undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const address = addressOf(item);
    const own: Unreadable[] = [
      // Without the key an EC2-Classic address would read as having no allocation id.
      ...(nullOrText(c, 'allocationId') ? [] : [{ path: 'allocationId', reason: 'the Configuration Item has no configuration.allocationId as text or null' }]),
      ...(ASSOCIATION_KEYS.every((key) => nullOrText(c, key)) ? [] : [{ path: 'association', reason: `the Configuration Item lacks one of configuration.${ASSOCIATION_KEYS.join(', ')} as text or null` }]),
      ...(address.NetworkBorderGroup === undefined || address.NetworkBorderGroup === ''
        ? [{ path: 'networkBorderGroup', reason: 'AWS Config\'s resource schema for AWS::EC2::EIP lists no networkBorderGroup, and the item holds none' }] : []),
    ];
    const read = fromItem(readFields(addressFields(address)), own);
    const id = idOf(item);
    const listed = addressEnvelope(address, place);
    return {
      envelope: listed.id === id ? listed : { ...listed, id, arn: ec2Arn(place, 'elastic-ip', id) },
      fields: read.fields,
      ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}),
    };
  },
});
