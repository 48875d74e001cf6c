/**
 * AWS::ElasticLoadBalancingV2::LoadBalancer items mapped on their own (no API
 * to fill from): the same listing fields as the API collector for what the
 * item holds, Config's null as "no security groups", and the attributes and
 * listeners — never in the item — named unreadable, never defaulted.
 */
import type { LoadBalancer } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { loadBalancerFields } from '../../aws/elbv2/map.js';
import { parseItem } from '../item.js';
import { elbv2LoadBalancerFromConfig } from './elbv2-load-balancer.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const ARN = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188';

function mapItem(change: Record<string, unknown>): ReturnType<typeof elbv2LoadBalancerFromConfig.map> {
  const parsed = parseItem(JSON.stringify({
    resourceId: ARN, resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer', resourceName: 'web', arn: ARN, accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK',
    configuration: {
      loadBalancerArn: ARN, loadBalancerName: 'web', type: 'application', scheme: 'internet-facing', vpcId: 'vpc-1', state: { code: 'active', reason: null }, ipAddressType: 'ipv4',
      availabilityZones: [{ zoneName: 'us-east-1a', subnetId: 'subnet-a', loadBalancerAddresses: [] }], securityGroups: ['sg-1'], ...change,
    },
    supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'edge' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return elbv2LoadBalancerFromConfig.map(parsed.item, place);
}

const NOT_IN_ITEM = ['deletionProtection', 'accessLogsEnabled', 'accessLogsBucket', 'accessLogsPrefix', 'dropInvalidHeaderFields', 'desyncMitigationMode', 'listeners'];
const paths = (m: ReturnType<typeof elbv2LoadBalancerFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('elbv2LoadBalancerFromConfig', () => {
  it('gives what the API collector gives from DescribeLoadBalancers for the same load balancer, without tags', () => {
    const sdk: LoadBalancer = { LoadBalancerArn: ARN, LoadBalancerName: 'web', Type: 'application', Scheme: 'internet-facing', VpcId: 'vpc-1', State: { Code: 'active' }, AvailabilityZones: [{ ZoneName: 'us-east-1a', SubnetId: 'subnet-a' }], SecurityGroups: ['sg-1'] };
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual({ type: 'aws.elbv2.load-balancer', id: 'web', arn: ARN, name: 'web', tags: {} });
    expect(mapping.fields).toEqual(readFields(loadBalancerFields(sdk)).fields);
    expect(paths(mapping)).toEqual(NOT_IN_ITEM);
  });

  it('reads a null securityGroups as none and the schema\'s {value} wrappers as ids', () => {
    expect(mapItem({ securityGroups: null }).fields).toMatchObject({ securityGroups: [] });
    expect(mapItem({ securityGroups: [{ value: 'sg-2' }] }).fields).toMatchObject({ securityGroups: ['sg-2'] });
  });

  it.each([
    ['no vpcId (the API mapping would read it as outside a VPC)', 'vpcId', { vpcId: undefined }],
    ['no securityGroups (the API mapping would read none)', 'securityGroups', { securityGroups: undefined }],
    ['a zone without its name', 'availabilityZones', { availabilityZones: [{ subnetId: 'subnet-a' }] }],
    ['a state AWS does not spell', 'state', { state: { code: 'ACTIVE' } }],
    ['a scheme AWS does not spell', 'scheme', { scheme: 'public' }],
  ])('names %s unreadable, never a default', (_what, path, change) => {
    const mapping = mapItem(change);
    expect(paths(mapping)).toContain(path);
    expect(mapping.fields).not.toHaveProperty(path);
  });
});
