/**
 * EC2 (its query dialect) for the fake account: regions, security groups,
 * the network interfaces that use them, VPCs with one network ACL each and
 * a flow log on every other VPC, and the EBS defaults. Describe* pages as
 * EC2 does: everything in one answer unless MaxResults is given (up to
 * 1000), then `nextToken`. Instances and volumes answer empty lists.
 */
import { ACCOUNT, ec2Id, type Estate } from './estate.js';
import { ec2Answer, elements, items, offsetOf, page, pageSize, tokenOf, type Answer, type WireRequest } from './wire.js';

type Lister = (estate: Estate, r: number, region: string) => string[];

const tags = (values: Record<string, string>): string => `<tagSet>${items(Object.entries(values).map(([k, v]) => elements({ key: k, value: v })))}</tagSet>`;
const rule = (protocol: string, ports: [number, number] | undefined, body: string): string =>
  `<ipProtocol>${protocol}</ipProtocol>${ports === undefined ? '' : elements({ fromPort: ports[0], toPort: ports[1] })}${body}`;
const world = '<ipRanges><item><cidrIp>0.0.0.0/0</cidrIp></item></ipRanges>';
const vpcOf = (estate: Estate, r: number, i: number): string => ec2Id('vpc', r, i % Math.max(1, estate.size.vpcs));

function securityGroups(estate: Estate, r: number, region: string): string[] {
  return Array.from({ length: estate.size.groups }, (_, i) => {
    const id = ec2Id('sg', r, i);
    const isDefault = i < estate.size.vpcs;
    const self = `<groups><item>${elements({ userId: ACCOUNT, groupId: id })}</item></groups>`;
    const ingress = [rule('tcp', [5432, 5432], self)];
    if (i % 10 === 0) ingress.push(rule('tcp', [22, 22], world));
    if (i % 3 === 0) ingress.push(rule('tcp', [443, 443], `${world}<ipv6Ranges><item><cidrIpv6>::/0</cidrIpv6></item></ipv6Ranges>`));
    if (isDefault) ingress.push(rule('-1', undefined, self));
    return elements({ ownerId: ACCOUNT, groupId: id, groupName: isDefault ? 'default' : `bench-${i}`, groupDescription: `bench group ${i}` })
      + `<ipPermissions>${items(ingress)}</ipPermissions><ipPermissionsEgress>${items([rule('-1', undefined, world)])}</ipPermissionsEgress>`
      + elements({ vpcId: vpcOf(estate, r, i), securityGroupArn: `arn:aws:ec2:${region}:${ACCOUNT}:security-group/${id}` }) + (i % 2 === 1 ? tags({ Name: `bench-${i}` }) : '');
  });
}

/** One interface per group, every other one in a second group too. */
function networkInterfaces(estate: Estate, r: number): string[] {
  const n = estate.size.groups;
  return Array.from({ length: n }, (_, j) => {
    const groups = j % 2 === 0 && n > 1 ? [j, (j + 1) % n] : [j];
    return elements({ networkInterfaceId: ec2Id('eni', r, j), status: 'in-use', vpcId: vpcOf(estate, r, j) })
      + `<groupSet>${items(groups.map((g) => elements({ groupId: ec2Id('sg', r, g), groupName: `bench-${g}` })))}</groupSet>`;
  });
}

function vpcs(estate: Estate, r: number): string[] {
  return Array.from({ length: estate.size.vpcs }, (_, j) => elements({
    vpcId: ec2Id('vpc', r, j), ownerId: ACCOUNT, state: 'available', cidrBlock: `10.${j % 256}.0.0/16`, instanceTenancy: 'default', isDefault: j === 0,
  }) + '<ipv6CidrBlockAssociationSet/>' + tags({ Name: `bench-vpc-${j}` }));
}

function networkAcls(estate: Estate, r: number): string[] {
  const entry = (n: number, egress: boolean, action: string): string => elements({ ruleNumber: n, protocol: '-1', ruleAction: action, egress, cidrBlock: '0.0.0.0/0' });
  return Array.from({ length: estate.size.vpcs }, (_, j) => {
    const id = ec2Id('acl', r, j);
    return elements({ networkAclId: id, vpcId: ec2Id('vpc', r, j), default: true, ownerId: ACCOUNT })
      + `<entrySet>${items([entry(100, false, 'allow'), entry(32767, false, 'deny'), entry(100, true, 'allow'), entry(32767, true, 'deny')])}</entrySet>`
      + `<associationSet>${items([elements({ networkAclAssociationId: ec2Id('aclassoc', r, j), networkAclId: id, subnetId: ec2Id('subnet', r, j) })])}</associationSet>`;
  });
}

function flowLogs(estate: Estate, r: number, region: string): string[] {
  return Array.from({ length: Math.ceil(estate.size.vpcs / 2) }, (_, k) => elements({
    flowLogId: ec2Id('fl', r, k), resourceId: ec2Id('vpc', r, 2 * k), flowLogStatus: 'ACTIVE', deliverLogsStatus: 'SUCCESS', creationTime: '2026-09-01T10:00:00.000Z',
    trafficType: 'REJECT', logDestinationType: 'cloud-watch-logs', logGroupName: '/vpc/flow', logDestination: `arn:aws:logs:${region}:${ACCOUNT}:log-group:/vpc/flow`, maxAggregationInterval: 600,
  }));
}

/** Paginated Describe*: action → (list element, items). */
const listings: Readonly<Record<string, readonly [string, Lister]>> = {
  DescribeSecurityGroups: ['securityGroupInfo', securityGroups],
  DescribeNetworkInterfaces: ['networkInterfaceSet', networkInterfaces],
  DescribeVpcs: ['vpcSet', vpcs],
  DescribeNetworkAcls: ['networkAclSet', networkAcls],
  DescribeFlowLogs: ['flowLogSet', flowLogs],
  DescribeInstances: ['reservationSet', () => []],
  DescribeVolumes: ['volumeSet', () => []],
};

function describeRegions(estate: Estate, params: Readonly<Record<string, unknown>>): Answer {
  const named = Object.entries(params).filter(([k]) => k.startsWith('RegionName.')).map(([, v]) => String(v));
  const regions = named.length === 0 ? estate.size.regions : estate.size.regions.filter((r) => named.includes(r));
  return ec2Answer('DescribeRegions', `<regionInfo>${items(regions.map((name) => elements({ regionName: name, regionEndpoint: `ec2.${name}.amazonaws.com`, optInStatus: 'opt-in-not-required' })))}</regionInfo>`);
}

export function answerEc2(estate: Estate, request: WireRequest): Answer {
  const { operation, params, region } = request;
  if (operation === 'DescribeRegions') return describeRegions(estate, params);
  if (operation === 'GetEbsEncryptionByDefault') return ec2Answer(operation, elements({ ebsEncryptionByDefault: estate.regionIndex(region) % 2 === 0 }));
  if (operation === 'GetEbsDefaultKmsKeyId') return ec2Answer(operation, elements({ kmsKeyId: 'alias/aws/ebs' }));
  const listing = listings[operation];
  const r = estate.regionIndex(region);
  if (listing === undefined || r < 0) return ec2Answer(operation, '');
  const [element, list] = listing;
  const all = list(estate, r, region);
  const { items: shown, next } = page(all, offsetOf('t', params.NextToken), params.MaxResults === undefined ? all.length || 1 : pageSize(params.MaxResults, 1000, 1000));
  return ec2Answer(operation, `<${element}>${items(shown)}</${element}>${next === undefined ? '' : `<nextToken>${tokenOf('t', next)}</nextToken>`}`);
}
