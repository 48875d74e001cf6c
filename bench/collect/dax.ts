/**
 * DAX clusters (AWS JSON protocol) for the fake account: two in every
 * region, the first encrypted at rest and behind a TLS endpoint, the second
 * on the old defaults (neither). DescribeClusters pages by MaxResults and
 * NextToken, as DAX does.
 */
import { ACCOUNT, ec2Id, type Estate } from './estate.js';
import { json, offsetOf, page, pageSize, type Answer, type WireRequest } from './wire.js';

export const DAX_CLUSTERS_PER_REGION = 2;

function cluster(region: string, r: number, i: number): Record<string, unknown> {
  const name = `bench-${r}-dax-${i}`;
  const hardened = i % 2 === 0;
  return {
    ClusterName: name, ClusterArn: `arn:aws:dax:${region}:${ACCOUNT}:cache/${name}`, TotalNodes: hardened ? 3 : 1, ActiveNodes: hardened ? 3 : 1,
    NodeType: 'dax.r5.large', Status: 'available', SubnetGroup: `bench-${r}-dax-subnets`,
    SecurityGroups: [{ SecurityGroupIdentifier: ec2Id('sg', r, 0), Status: 'active' }],
    SSEDescription: { Status: hardened ? 'ENABLED' : 'DISABLED' }, ClusterEndpointEncryptionType: hardened ? 'TLS' : 'NONE',
  };
}

export function answerDax(estate: Estate, request: WireRequest): Answer {
  if (request.operation !== 'DescribeClusters') return json({});
  const r = estate.regionIndex(request.region);
  const all = r < 0 ? [] : Array.from({ length: DAX_CLUSTERS_PER_REGION }, (_, i) => cluster(request.region, r, i));
  const listed = page(all, offsetOf('t', request.params.NextToken), pageSize(request.params.MaxResults, 100, 100));
  return json({ Clusters: listed.items, ...(listed.next === undefined ? {} : { NextToken: `t${listed.next}` }) });
}
