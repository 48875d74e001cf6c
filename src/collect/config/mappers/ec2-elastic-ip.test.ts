/**
 * AWS::EC2::EIP items mapped to aws.ec2.elastic-ip on their own (no API to
 * fill from): what the item holds as the API collector reads DescribeAddresses,
 * null association members as "associated with nothing", and what the item
 * lacks (the network border group the schema does not list, a member left
 * out) named unreadable, never a default.
 */
import type { Address } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { addressEnvelope, addressFields } from '../../aws/ec2/map-addresses.js';
import { parseItem } from '../item.js';
import { ec2ElasticIpFromConfig } from './ec2-elastic-ip.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };

function mapItem(change: Record<string, unknown>, tags: Record<string, string> = { Name: 'web' }): ReturnType<typeof ec2ElasticIpFromConfig.map> {
  const all: Record<string, unknown> = {
    allocationId: 'eipalloc-web', publicIp: '203.0.113.10', domain: 'vpc', associationId: 'eipassoc-1', instanceId: 'i-web', networkInterfaceId: 'eni-web',
    networkInterfaceOwnerId: '123456789012', privateIpAddress: '10.0.1.10', publicIpv4Pool: 'amazon', networkBorderGroup: 'us-east-1', customerOwnedIp: null, customerOwnedIpv4Pool: null, ...change,
  };
  const parsed = parseItem(JSON.stringify({
    resourceId: 'eipalloc-web', resourceType: 'AWS::EC2::EIP', resourceName: '203.0.113.10', arn: 'arn:aws:ec2:us-east-1:123456789012:eip-allocation/eipalloc-web',
    accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK',
    configuration: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)), supplementaryConfiguration: {}, tags: Object.entries(tags).map(([key, value]) => ({ key, value })), relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return ec2ElasticIpFromConfig.map(parsed.item, place);
}

const paths = (m: ReturnType<typeof ec2ElasticIpFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('ec2ElasticIpFromConfig', () => {
  it('gives the envelope and fields the API collector gives from DescribeAddresses', () => {
    const sdk: Address = {
      AllocationId: 'eipalloc-web', PublicIp: '203.0.113.10', Domain: 'vpc', AssociationId: 'eipassoc-1', InstanceId: 'i-web', NetworkInterfaceId: 'eni-web',
      PrivateIpAddress: '10.0.1.10', NetworkBorderGroup: 'us-east-1', Tags: [{ Key: 'Name', Value: 'web' }],
    };
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual(addressEnvelope(sdk, place));
    expect(mapping.envelope).toMatchObject({ id: 'eipalloc-web', arn: 'arn:aws:ec2:us-east-1:123456789012:elastic-ip/eipalloc-web', name: 'web' });
    expect(mapping.fields).toEqual(readFields(addressFields(sdk)).fields);
    expect(mapping.unreadable).toBeUndefined();
  });

  it('reads null association members as associated with nothing, and an address on a service\'s interface as no instance', () => {
    expect(mapItem({ associationId: null, instanceId: null, networkInterfaceId: null, privateIpAddress: null, networkInterfaceOwnerId: null }).fields).toMatchObject({ association: null });
    expect(mapItem({ instanceId: null }).fields).toMatchObject({ association: { associationId: 'eipassoc-1', instanceId: null, networkInterfaceId: 'eni-web' } });
  });

  it('names the network border group unreadable when the item holds none (a recorded item holds null; the schema lists none)', () => {
    for (const change of [{ networkBorderGroup: null }, { networkBorderGroup: undefined }]) {
      const mapping = mapItem(change);
      expect(paths(mapping)).toEqual(['networkBorderGroup']);
      expect(mapping.fields).not.toHaveProperty('networkBorderGroup');
    }
  });

  it.each([
    ['an association member the item lacks (never "associated with nothing")', 'association', { instanceId: undefined, associationId: null, networkInterfaceId: null, privateIpAddress: null }],
    ['a half association, as the API mapping refuses it', 'association', { associationId: null }],
    ['no allocationId key', 'allocationId', { allocationId: undefined }],
    ['a null public address beside no customer-owned or carrier address', 'publicIp', { publicIp: null }],
    ['a domain EC2 does not spell', 'domain', { domain: 'VPC' }],
  ])('names %s unreadable, never a default', (_what, path, change) => {
    const mapping = mapItem(change);
    expect(paths(mapping)).toContain(path);
    expect(mapping.fields).not.toHaveProperty(path);
  });

  it('keeps Config\'s id for an address whose item lacks its allocation id', () => {
    expect(mapItem({ allocationId: null }).envelope).toMatchObject({ id: 'eipalloc-web', arn: 'arn:aws:ec2:us-east-1:123456789012:elastic-ip/eipalloc-web' });
  });
});
