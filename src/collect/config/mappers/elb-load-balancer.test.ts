/**
 * AWS::ElasticLoadBalancing::LoadBalancer items mapped on their own (no API
 * to fill from): the same fields as the API collector's readers give
 * DescribeLoadBalancers and DescribeLoadBalancerPolicies for what the item
 * holds, Config's null as none, the attributes — never in the item — and
 * anything the item lacks named unreadable, never defaulted.
 */
import type { LoadBalancerDescription, PolicyDescription } from '@aws-sdk/client-elastic-load-balancing';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { loadBalancerFields, sslNegotiation } from '../../aws/elb/map.js';
import { parseItem } from '../item.js';
import { elbLoadBalancerFromConfig } from './elb-load-balancer.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012';
const POLICIES = [{ policyName: 'tls', policyTypeName: 'SSLNegotiationPolicyType', policyAttributeDescriptions: [{ attributeName: 'Reference-Security-Policy', attributeValue: 'ELBSecurityPolicy-TLS-1-2-2017-01' }] }];

function mapItem(change: Record<string, unknown>, supplementary: Record<string, unknown> = { LoadBalancerPolicies: JSON.stringify(POLICIES) }): ReturnType<typeof elbLoadBalancerFromConfig.map> {
  const configuration: Record<string, unknown> = {
    loadBalancerName: 'web', dnsname: 'web-1.us-east-1.elb.amazonaws.com', scheme: 'internet-facing', vpcid: 'vpc-1', availabilityZones: ['us-east-1a'], subnets: ['subnet-a'], securityGroups: null,
    listenerDescriptions: [
      { listener: { protocol: 'HTTPS', loadBalancerPort: 443, instanceProtocol: 'HTTP', instancePort: 80, sslcertificateId: CERT }, policyNames: ['tls'] },
      { listener: { protocol: 'HTTP', loadBalancerPort: 80, instanceProtocol: 'HTTP', instancePort: 80, sslcertificateId: null }, policyNames: [] },
    ],
    ...change,
  };
  const parsed = parseItem(JSON.stringify({
    resourceId: 'web', resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer', resourceName: 'web', accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK',
    configuration: Object.fromEntries(Object.entries(configuration).filter(([, v]) => v !== undefined)), supplementaryConfiguration: supplementary, tags: [{ key: 'team', value: 'web' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return elbLoadBalancerFromConfig.map(parsed.item, place);
}

const ATTRIBUTES = ['accessLogEnabled', 'accessLogS3BucketName', 'connectionDrainingEnabled', 'connectionDrainingTimeout', 'crossZoneLoadBalancing', 'desyncMitigationMode'];
const paths = (m: ReturnType<typeof elbLoadBalancerFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('elbLoadBalancerFromConfig', () => {
  it('gives what the API collector gives from DescribeLoadBalancers and DescribeLoadBalancerPolicies, without tags', () => {
    const sdk: LoadBalancerDescription = {
      LoadBalancerName: 'web', DNSName: 'web-1.us-east-1.elb.amazonaws.com', Scheme: 'internet-facing', VPCId: 'vpc-1', AvailabilityZones: ['us-east-1a'], Subnets: ['subnet-a'],
      ListenerDescriptions: [
        { Listener: { Protocol: 'HTTPS', LoadBalancerPort: 443, InstanceProtocol: 'HTTP', InstancePort: 80, SSLCertificateId: CERT }, PolicyNames: ['tls'] },
        { Listener: { Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 }, PolicyNames: [] },
      ],
    };
    const policies: PolicyDescription[] = [{ PolicyName: 'tls', PolicyTypeName: 'SSLNegotiationPolicyType', PolicyAttributeDescriptions: [{ AttributeName: 'Reference-Security-Policy', AttributeValue: 'ELBSecurityPolicy-TLS-1-2-2017-01' }] }];
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual({ type: 'aws.elb.load-balancer', id: 'web', arn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/web', name: 'web', tags: {} });
    expect(mapping.fields).toEqual(readFields({ ...loadBalancerFields(sdk), sslNegotiation: () => sslNegotiation(sdk, policies) }).fields);
    expect(mapping.fields).toMatchObject({ securityGroups: [], sslNegotiation: [{ loadBalancerPort: 443, policyName: 'tls', referenceSecurityPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' }] });
    expect(paths(mapping)).toEqual(ATTRIBUTES);
  });

  it('reads a null vpcid, subnets or securityGroups as none, and no negotiation without TLS listeners even without policies', () => {
    const plain = [{ listener: { protocol: 'TCP', loadBalancerPort: 25, instanceProtocol: 'TCP', instancePort: 25, sslcertificateId: null }, policyNames: null }];
    const mapping = mapItem({ vpcid: null, subnets: null, listenerDescriptions: plain }, {});
    expect(mapping.fields).toMatchObject({ vpcId: null, subnets: [], securityGroups: [], sslNegotiation: [], listeners: [{ protocol: 'TCP', sslCertificateId: null, policyNames: [] }] });
    expect(paths(mapping)).toEqual(ATTRIBUTES);
  });

  it.each([
    ['no vpcid key (never "EC2-Classic")', 'vpcId', { vpcid: undefined }, undefined],
    ['no subnets key (never "no subnets")', 'subnets', { subnets: undefined }, undefined],
    ['zones that are not names', 'availabilityZones', { availabilityZones: [{ zoneName: 'us-east-1a' }] }, undefined],
    ['a listener without its certificate key', 'listeners', { listenerDescriptions: [{ listener: { protocol: 'HTTP', loadBalancerPort: 80, instanceProtocol: 'HTTP', instancePort: 80 }, policyNames: [] }] }, undefined],
    ['no policies for a TLS listener (never "no negotiation policy")', 'sslNegotiation', {}, {}],
    ['policies that do not hold the one a TLS listener names', 'sslNegotiation', {}, { LoadBalancerPolicies: '[]' }],
    ['unreadable listeners, so which are TLS is unknown', 'sslNegotiation', { listenerDescriptions: 'none' }, undefined],
  ])('names %s unreadable, never a default', (_what, path, change, supplementary) => {
    const mapping = mapItem(change, supplementary);
    expect(paths(mapping)).toContain(path);
    expect(mapping.fields).not.toHaveProperty(path);
  });
});
