/**
 * EC2 (its query dialect) for the fake account: regions, security groups,
 * the network interfaces that use them, VPCs with one subnet and one network
 * ACL each and a flow log on every other VPC, one launch template per VPC,
 * one VPC endpoint per VPC, one transit gateway, one VPN connection and one
 * Client VPN endpoint per region, and the EBS and Block Public Access
 * defaults. Describe* pages as
 * EC2 does: everything in one answer unless MaxResults is given (up to
 * 1000), then `nextToken`. Instances and volumes answer empty lists.
 * One owned EBS snapshot and one owned AMI per VPC, each with its sharing
 * attribute (DescribeSnapshotAttribute, DescribeImageAttribute), and one
 * Elastic IP per VPC.
 */
import { ACCOUNT, ec2Id, type Estate } from './estate.js';
import { ec2Answer, elements, items, offsetOf, page, pageSize, tokenOf, type Answer, type WireRequest } from './wire.js';

type Lister = (estate: Estate, r: number, region: string) => string[];

const tags = (values: Record<string, string>): string => `<tagSet>${items(Object.entries(values).map(([k, v]) => elements({ key: k, value: v })))}</tagSet>`;
const rule = (protocol: string, ports: [number, number] | undefined, body: string): string =>
  `<ipProtocol>${protocol}</ipProtocol>${ports === undefined ? '' : elements({ fromPort: ports[0], toPort: ports[1] })}${body}`;
const world = '<ipRanges><item><cidrIp>0.0.0.0/0</cidrIp></item></ipRanges>';
const vpcOf = (estate: Estate, r: number, i: number): string => ec2Id('vpc', r, i % Math.max(1, estate.size.vpcs));

/** One rule of the model: who may reach which ports. */
export interface RuleModel {
  readonly protocol: string;
  readonly ports?: readonly [number, number];
  readonly selfReference?: boolean;
  readonly world?: boolean;
  readonly worldV6?: boolean;
}

export interface SecurityGroupModel {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly vpcId: string;
  readonly arn: string;
  readonly ingress: readonly RuleModel[];
  readonly egress: readonly RuleModel[];
  readonly tags: Readonly<Record<string, string>>;
  /** Network interfaces using the group. */
  readonly interfaces: readonly string[];
}

/** The region's security groups as data, rendered as EC2 answers here and as Configuration Items in config.ts. */
export function securityGroupModels(estate: Estate, r: number, region: string): SecurityGroupModel[] {
  const n = estate.size.groups;
  const interfaces = new Map<number, string[]>();
  for (let j = 0; j < n; j++) {
    for (const g of j % 2 === 0 && n > 1 ? [j, (j + 1) % n] : [j]) interfaces.set(g, [...(interfaces.get(g) ?? []), ec2Id('eni', r, j)]);
  }
  return Array.from({ length: n }, (_, i) => {
    const id = ec2Id('sg', r, i);
    const isDefault = i < estate.size.vpcs;
    const ingress: RuleModel[] = [{ protocol: 'tcp', ports: [5432, 5432], selfReference: true }];
    if (i % 10 === 0) ingress.push({ protocol: 'tcp', ports: [22, 22], world: true });
    if (i % 3 === 0) ingress.push({ protocol: 'tcp', ports: [443, 443], world: true, worldV6: true });
    if (isDefault) ingress.push({ protocol: '-1', selfReference: true });
    return {
      id, name: isDefault ? 'default' : `bench-${i}`, description: `bench group ${i}`, vpcId: vpcOf(estate, r, i), arn: `arn:aws:ec2:${region}:${ACCOUNT}:security-group/${id}`,
      ingress, egress: [{ protocol: '-1', world: true }], tags: i % 2 === 1 ? { Name: `bench-${i}` } : {}, interfaces: interfaces.get(i) ?? [],
    };
  });
}

function securityGroups(estate: Estate, r: number, region: string): string[] {
  const xmlRule = (group: SecurityGroupModel, m: RuleModel): string => rule(m.protocol, m.ports === undefined ? undefined : [m.ports[0], m.ports[1]],
    (m.selfReference === true ? `<groups><item>${elements({ userId: ACCOUNT, groupId: group.id })}</item></groups>` : '')
    + (m.world === true ? world : '') + (m.worldV6 === true ? '<ipv6Ranges><item><cidrIpv6>::/0</cidrIpv6></item></ipv6Ranges>' : ''));
  return securityGroupModels(estate, r, region).map((g) => elements({ ownerId: ACCOUNT, groupId: g.id, groupName: g.name, groupDescription: g.description })
    + `<ipPermissions>${items(g.ingress.map((m) => xmlRule(g, m)))}</ipPermissions><ipPermissionsEgress>${items(g.egress.map((m) => xmlRule(g, m)))}</ipPermissionsEgress>`
    + elements({ vpcId: g.vpcId, securityGroupArn: g.arn }) + (Object.keys(g.tags).length > 0 ? tags({ ...g.tags }) : ''));
}

/** Interface j of region r, as both EC2's answer and AWS Config's item (config.ts) describe it. */
export interface InterfaceModel {
  readonly id: string; readonly type: string; readonly status: string; readonly vpcId: string; readonly subnetId: string; readonly requesterManaged: boolean;
  readonly sourceDestCheck: boolean; readonly privateIpAddress: string; readonly groups: readonly { readonly id: string; readonly name: string }[]; readonly attachment?: { readonly instanceId?: string; readonly deviceIndex: number };
}

/**
 * One interface per group, every other one in a second group too. Every
 * fourth is a NAT gateway's (requester-managed, check off by design, no
 * instance); of the rest every third has its source/destination check off
 * and every fifth is attached to nothing.
 */
export function networkInterfaceModels(estate: Estate, r: number): InterfaceModel[] {
  const n = estate.size.groups;
  return Array.from({ length: n }, (_, j) => {
    const nat = j % 4 === 3;
    const spare = !nat && j % 5 === 4;
    return {
      id: ec2Id('eni', r, j), type: nat ? 'nat_gateway' : 'interface', status: spare ? 'available' : 'in-use', vpcId: vpcOf(estate, r, j), subnetId: ec2Id('subnet', r, j % Math.max(1, estate.size.vpcs)),
      requesterManaged: nat, sourceDestCheck: !nat && j % 3 !== 2, privateIpAddress: `10.${j % 256}.1.${(j % 250) + 4}`,
      groups: (j % 2 === 0 && n > 1 ? [j, (j + 1) % n] : [j]).map((g) => ({ id: ec2Id('sg', r, g), name: `bench-${g}` })),
      ...(spare ? {} : { attachment: { ...(nat ? {} : { instanceId: ec2Id('i', r, j) }), deviceIndex: nat ? 1 : 0 } }),
    };
  });
}

function networkInterfaces(estate: Estate, r: number): string[] {
  return networkInterfaceModels(estate, r).map((m) => {
    const attachment = m.attachment === undefined ? '' : `<attachment>${m.attachment.instanceId === undefined ? '' : elements({ instanceId: m.attachment.instanceId })}${elements({ deviceIndex: m.attachment.deviceIndex, status: 'attached' })}</attachment>`;
    return elements({ networkInterfaceId: m.id, interfaceType: m.type, status: m.status, vpcId: m.vpcId })
      + elements({ subnetId: m.subnetId, ownerId: ACCOUNT, requesterManaged: m.requesterManaged, sourceDestCheck: m.sourceDestCheck, privateIpAddress: m.privateIpAddress })
      + `${attachment}<privateIpAddressesSet>${items([elements({ privateIpAddress: m.privateIpAddress, primary: true })])}</privateIpAddressesSet>`
      + `<groupSet>${items(m.groups.map((g) => elements({ groupId: g.id, groupName: g.name })))}</groupSet>`;
  });
}

/** Address i of region r, as both EC2's answer and AWS Config's item (config.ts) describe it. */
export interface AddressModel {
  readonly allocationId: string; readonly publicIp: string; readonly association?: { readonly associationId: string; readonly networkInterfaceId: string; readonly privateIpAddress: string };
}

/** One Elastic IP per VPC: even ones on the VPC's interface, odd ones associated with nothing. */
export function addressModels(estate: Estate, r: number): AddressModel[] {
  return Array.from({ length: estate.size.vpcs }, (_, i) => ({
    allocationId: ec2Id('eipalloc', r, i), publicIp: `198.51.${r % 256}.${i % 256}`,
    ...(i % 2 === 0 ? { association: { associationId: ec2Id('eipassoc', r, i), networkInterfaceId: ec2Id('eni', r, i % Math.max(1, estate.size.groups)), privateIpAddress: `10.${i % 256}.1.${(i % 250) + 4}` } } : {}),
  }));
}

/** DescribeAddresses has no paging. */
function addresses(estate: Estate, r: number, region: string): string[] {
  return addressModels(estate, r).map((m) => elements({ allocationId: m.allocationId, publicIp: m.publicIp, domain: 'vpc', networkBorderGroup: region }) + (m.association === undefined ? '' : elements({ ...m.association })));
}

/** Every odd VPC is dual-stack: an Amazon-provided /56, of which its subnet takes the first /64. */
const ipv6Of = (r: number, j: number): string | undefined => (j % 2 === 1 ? `2600:1f18:${(r % 256).toString(16).padStart(2, '0')}${(j % 256).toString(16).padStart(2, '0')}::` : undefined);
interface Ipv6Association { readonly associationId: string; readonly block: string }
const ipv6Associations = (association: Ipv6Association | undefined): string => `<ipv6CidrBlockAssociationSet>${items(association === undefined ? []
  : [elements({ associationId: association.associationId, ipv6CidrBlock: association.block }) + '<ipv6CidrBlockState><state>associated</state></ipv6CidrBlockState>'])}</ipv6CidrBlockAssociationSet>`;

function vpcs(estate: Estate, r: number): string[] {
  return Array.from({ length: estate.size.vpcs }, (_, j) => {
    const block = ipv6Of(r, j);
    return elements({ vpcId: ec2Id('vpc', r, j), ownerId: ACCOUNT, state: 'available', cidrBlock: `10.${j % 256}.0.0/16`, instanceTenancy: 'default', isDefault: j === 0 })
      + ipv6Associations(block === undefined ? undefined : { associationId: ec2Id('vpc-cidr-assoc', r, j), block: `${block}/56` }) + tags({ Name: `bench-vpc-${j}` });
  });
}

export interface SubnetModel {
  readonly id: string;
  readonly arn: string;
  readonly vpcId: string;
  readonly cidrBlock: string;
  /** The associated IPv6 block, on dual-stack subnets. */
  readonly ipv6: Ipv6Association | undefined;
  readonly availabilityZone: string;
  readonly availabilityZoneId: string;
  readonly defaultForAz: boolean;
  readonly mapPublicIpOnLaunch: boolean;
  readonly availableIpAddressCount: number;
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * One subnet per VPC, the one its network ACL is associated with, rendered
 * as EC2 answers here and as Configuration Items in config.ts. The default
 * VPC's gives every instance a public address, as AWS creates it, and so
 * does one other subnet in three; odd VPCs' subnets are dual-stack.
 */
export function subnetModels(estate: Estate, r: number, region: string): SubnetModel[] {
  // Shaped like AWS's zone ids (us-east-1 → use1-az1), which name the same zone in every account.
  const zonePrefix = region.split('-').map((part, k) => (k === 1 ? part.slice(0, 1) : part)).join('');
  return Array.from({ length: estate.size.vpcs }, (_, j) => {
    const id = ec2Id('subnet', r, j);
    const block = ipv6Of(r, j);
    return {
      id, arn: `arn:aws:ec2:${region}:${ACCOUNT}:subnet/${id}`, vpcId: ec2Id('vpc', r, j), cidrBlock: `10.${j % 256}.1.0/24`,
      ipv6: block === undefined ? undefined : { associationId: ec2Id('subnet-cidr-assoc', r, j), block: `${block}/64` },
      availabilityZone: `${region}${'abc'.charAt(j % 3)}`, availabilityZoneId: `${zonePrefix}-az${(j % 3) + 1}`,
      defaultForAz: j === 0, mapPublicIpOnLaunch: j % 3 === 0, availableIpAddressCount: 251 - (j % 7), tags: j === 0 ? {} : { Name: `bench-subnet-${j}` },
    };
  });
}

function subnets(estate: Estate, r: number, region: string): string[] {
  return subnetModels(estate, r, region).map((s) => elements({
    subnetId: s.id, subnetArn: s.arn, vpcId: s.vpcId, ownerId: ACCOUNT, state: 'available', cidrBlock: s.cidrBlock, availabilityZone: s.availabilityZone, availabilityZoneId: s.availabilityZoneId,
    availableIpAddressCount: s.availableIpAddressCount, defaultForAz: s.defaultForAz, mapPublicIpOnLaunch: s.mapPublicIpOnLaunch, assignIpv6AddressOnCreation: s.ipv6 !== undefined,
  }) + ipv6Associations(s.ipv6) + (Object.keys(s.tags).length > 0 ? tags({ ...s.tags }) : ''));
}

export interface AclEntryModel { readonly ruleNumber: number; readonly egress: boolean; readonly ruleAction: string }
export interface NetworkAclModel { readonly id: string; readonly vpcId: string; readonly subnetId: string; readonly associationId: string; readonly entries: readonly AclEntryModel[] }

/** Every VPC's default network ACL, associated with the VPC's subnet: allow all, then the implicit deny, both ways. */
export function networkAclModels(estate: Estate, r: number): NetworkAclModel[] {
  return Array.from({ length: estate.size.vpcs }, (_, j) => ({
    id: ec2Id('acl', r, j), vpcId: ec2Id('vpc', r, j), subnetId: ec2Id('subnet', r, j), associationId: ec2Id('aclassoc', r, j),
    entries: [{ ruleNumber: 100, egress: false, ruleAction: 'allow' }, { ruleNumber: 32767, egress: false, ruleAction: 'deny' }, { ruleNumber: 100, egress: true, ruleAction: 'allow' }, { ruleNumber: 32767, egress: true, ruleAction: 'deny' }],
  }));
}

function networkAcls(estate: Estate, r: number): string[] {
  return networkAclModels(estate, r).map((acl) => elements({ networkAclId: acl.id, vpcId: acl.vpcId, default: true, ownerId: ACCOUNT })
    + `<entrySet>${items(acl.entries.map((e) => elements({ ruleNumber: e.ruleNumber, protocol: '-1', ruleAction: e.ruleAction, egress: e.egress, cidrBlock: '0.0.0.0/0' })))}</entrySet>`
    + `<associationSet>${items([elements({ networkAclAssociationId: acl.associationId, networkAclId: acl.id, subnetId: acl.subnetId })])}</associationSet>`);
}

function flowLogs(estate: Estate, r: number, region: string): string[] {
  return Array.from({ length: Math.ceil(estate.size.vpcs / 2) }, (_, k) => elements({
    flowLogId: ec2Id('fl', r, k), resourceId: ec2Id('vpc', r, 2 * k), flowLogStatus: 'ACTIVE', deliverLogsStatus: 'SUCCESS', creationTime: '2026-09-01T10:00:00.000Z',
    trafficType: 'REJECT', logDestinationType: 'cloud-watch-logs', logGroupName: '/vpc/flow', logDestination: `arn:aws:logs:${region}:${ACCOUNT}:log-group:/vpc/flow`, maxAggregationInterval: 600,
  }));
}

/**
 * One launch template per VPC. Default versions vary what the policies
 * judge: every third requires IMDSv2, every third allows IMDSv1 and the rest
 * leave it out; every fourth assigns a public address; every other one
 * encrypts its root volume and every fifth sets no block devices at all.
 */
function launchTemplates(estate: Estate, r: number): string[] {
  return Array.from({ length: estate.size.vpcs }, (_, j) => elements({
    launchTemplateId: ec2Id('lt', r, j), launchTemplateName: `bench-template-${j}`, createTime: '2026-08-01T10:00:00.000Z',
    createdBy: `arn:aws:iam::${ACCOUNT}:root`, defaultVersionNumber: 1 + (j % 2), latestVersionNumber: 2,
  }));
}

function launchTemplateVersions(estate: Estate, r: number): string[] {
  return Array.from({ length: estate.size.vpcs }, (_, j) => {
    const tokens = ['required', 'optional', undefined][j % 3];
    const metadata = tokens === undefined ? '' : `<metadataOptions>${elements({ httpTokens: tokens, httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 })}</metadataOptions>`;
    const nics = `<networkInterfaceSet>${items([elements({ deviceIndex: 0, associatePublicIpAddress: j % 4 === 0 })])}</networkInterfaceSet>`;
    const disks = j % 5 === 0 ? '' : `<blockDeviceMappingSet>${items([`<deviceName>/dev/xvda</deviceName><ebs>${elements({ encrypted: j % 2 === 0, volumeSize: 20 })}</ebs>`])}</blockDeviceMappingSet>`;
    return elements({ launchTemplateId: ec2Id('lt', r, j), launchTemplateName: `bench-template-${j}`, versionNumber: 1 + (j % 2), defaultVersion: true, createTime: '2026-08-01T10:00:00.000Z' })
      + `<launchTemplateData>${metadata}${nics}${disks}</launchTemplateData>`;
  });
}

/** One transit gateway per region; every other region's accepts shared attachments automatically. */
function transitGateways(_estate: Estate, r: number, region: string): string[] {
  const id = ec2Id('tgw', r, 0);
  return [elements({ transitGatewayId: id, transitGatewayArn: `arn:aws:ec2:${region}:${ACCOUNT}:transit-gateway/${id}`, state: 'available', ownerId: ACCOUNT, creationTime: '2026-08-01T10:00:00.000Z' })
    + `<options>${elements({ amazonSideAsn: 64512, autoAcceptSharedAttachments: r % 2 === 0 ? 'disable' : 'enable', defaultRouteTableAssociation: 'enable', defaultRouteTablePropagation: 'enable', dnsSupport: 'enable', vpnEcmpSupport: 'enable', multicastSupport: 'disable' })}</options>`];
}

/** One VPN connection per region, on its transit gateway; every third region's second tunnel is down and every other region's tunnels do not log. */
function vpnConnections(_estate: Estate, r: number): string[] {
  const ips = [`198.51.100.${(2 * r) % 250 + 1}`, `198.51.100.${(2 * r) % 250 + 2}`];
  const telemetry = ips.map((ip, k) => elements({ outsideIpAddress: ip, status: k === 1 && r % 3 === 0 ? 'DOWN' : 'UP', lastStatusChange: '2026-10-01T08:00:00.000Z', acceptedRouteCount: 1 }));
  const tunnels = ips.map((ip) => `${elements({ outsideIpAddress: ip })}<logOptions><cloudWatchLogOptions>${elements({ logEnabled: r % 2 === 0 })}</cloudWatchLogOptions></logOptions>`);
  return [elements({ vpnConnectionId: ec2Id('vpn', r, 0), state: 'available', customerGatewayId: ec2Id('cgw', r, 0), type: 'ipsec.1', transitGatewayId: ec2Id('tgw', r, 0) })
    + `<vgwTelemetry>${items(telemetry)}</vgwTelemetry><options><tunnelOptionSet>${items(tunnels)}</tunnelOptionSet></options>`];
}

/** One owned snapshot per VPC: every other one encrypted. */
function snapshots(estate: Estate, r: number): string[] {
  return Array.from({ length: estate.size.vpcs }, (_, j) => elements({
    snapshotId: ec2Id('snap', r, j), volumeId: ec2Id('vol', r, j), status: 'completed', startTime: '2026-08-01T10:00:00.000Z', progress: '100%',
    ownerId: ACCOUNT, volumeSize: 20, description: `bench snapshot ${j}`, encrypted: j % 2 === 0,
    ...(j % 2 === 0 ? { kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/bench` } : {}),
  }));
}

/** One owned AMI per VPC, on that VPC's snapshot (encrypted as it is); every third has an instance store volume too. */
function images(estate: Estate, r: number): string[] {
  return Array.from({ length: estate.size.vpcs }, (_, j) => {
    const disks = [`<deviceName>/dev/xvda</deviceName><ebs>${elements({ snapshotId: ec2Id('snap', r, j), volumeSize: 20, encrypted: j % 2 === 0 })}</ebs>`,
      ...(j % 3 === 0 ? ['<deviceName>/dev/sdb</deviceName><virtualName>ephemeral0</virtualName>'] : [])];
    return elements({ imageId: ec2Id('ami', r, j), name: `bench-image-${j}`, imageState: 'available', imageOwnerId: ACCOUNT, isPublic: j % 4 === 1, creationDate: '2026-08-01T10:00:00.000Z', rootDeviceType: 'ebs', virtualizationType: 'hvm' })
      + `<blockDeviceMapping>${items(disks)}</blockDeviceMapping>`;
  });
}

/**
 * The sharing attribute of a snapshot or AMI, from the index in its id:
 * every fourth (index 1, 5 …) unencrypted one is public, every fourth
 * (index 2, 6 …) is shared with one account, the rest with no one.
 */
function sharing(id: unknown): string {
  const index = typeof id === 'string' ? Number.parseInt(id.slice(-13), 16) : Number.NaN;
  if (index % 4 === 1) return items(['<group>all</group>']);
  if (index % 4 === 2) return items(['<userId>210987654321</userId>']);
  return '';
}

export interface VpcEndpointModel { readonly id: string; readonly vpcId: string; readonly gateway: boolean; readonly serviceName: string; readonly subnetId: string; readonly routeTableId: string }

/** One VPC endpoint per VPC: even VPCs reach the ECR API through an Interface endpoint, odd ones S3 through a Gateway endpoint. */
export function vpcEndpointModels(estate: Estate, r: number, region: string): VpcEndpointModel[] {
  return Array.from({ length: estate.size.vpcs }, (_, i) => {
    const gateway = i % 2 === 1;
    return { id: ec2Id('vpce', r, i), vpcId: ec2Id('vpc', r, i), gateway, serviceName: `com.amazonaws.${region}.${gateway ? 's3' : 'ecr.api'}`, subnetId: ec2Id('subnet', r, i), routeTableId: ec2Id('rtb', r, i) };
  });
}

/** The endpoints as DescribeVpcEndpoints answers them, each with the full-access policy. */
function vpcEndpoints(estate: Estate, r: number, region: string): string[] {
  return vpcEndpointModels(estate, r, region).map((e) => elements({ vpcEndpointId: e.id, vpcEndpointType: e.gateway ? 'Gateway' : 'Interface', vpcId: e.vpcId, serviceName: e.serviceName, state: 'available', ownerId: ACCOUNT })
    + `<policyDocument>{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}</policyDocument>`
    + (e.gateway ? `<routeTableIdSet>${items([e.routeTableId])}</routeTableIdSet>` : `<subnetIdSet>${items([e.subnetId])}</subnetIdSet><privateDnsEnabled>true</privateDnsEnabled>`));
}

/** One Client VPN endpoint per region; every other region's logs no connections. */
function clientVpnEndpoints(_estate: Estate, r: number): string[] {
  const logging = r % 2 === 0;
  return [elements({ clientVpnEndpointId: ec2Id('cvpn-endpoint', r, 0), vpcId: ec2Id('vpc', r, 0), splitTunnel: true, transportProtocol: 'udp' })
    + `<status><code>available</code></status><authenticationOptions>${items([elements({ type: 'certificate-authentication' })])}</authenticationOptions>`
    + `<connectionLogOptions><Enabled>${logging}</Enabled>${logging ? '<CloudwatchLogGroup>/vpn/clients</CloudwatchLogGroup>' : ''}</connectionLogOptions>`];
}

/** Paginated Describe*: action → (list element, items). */
const listings: Readonly<Record<string, readonly [string, Lister]>> = {
  DescribeSecurityGroups: ['securityGroupInfo', securityGroups],
  DescribeNetworkInterfaces: ['networkInterfaceSet', networkInterfaces],
  DescribeVpcs: ['vpcSet', vpcs],
  DescribeSubnets: ['subnetSet', subnets],
  DescribeNetworkAcls: ['networkAclSet', networkAcls],
  DescribeFlowLogs: ['flowLogSet', flowLogs],
  DescribeLaunchTemplates: ['launchTemplates', launchTemplates],
  DescribeLaunchTemplateVersions: ['launchTemplateVersionSet', launchTemplateVersions],
  DescribeTransitGateways: ['transitGatewaySet', transitGateways],
  DescribeVpnConnections: ['vpnConnectionSet', vpnConnections],
  DescribeVpcEndpoints: ['vpcEndpointSet', vpcEndpoints],
  DescribeClientVpnEndpoints: ['clientVpnEndpoint', clientVpnEndpoints],
  DescribeInstances: ['reservationSet', () => []],
  DescribeVolumes: ['volumeSet', () => []],
  DescribeSnapshots: ['snapshotSet', snapshots],
  DescribeImages: ['imagesSet', images],
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
  if (operation === 'DescribeSnapshotAttribute') {
    const shared = sharing(params.SnapshotId);
    return ec2Answer(operation, `${elements({ snapshotId: String(params.SnapshotId) })}${shared === '' ? '' : `<createVolumePermission>${shared}</createVolumePermission>`}`);
  }
  if (operation === 'DescribeImageAttribute') {
    const shared = sharing(params.ImageId);
    return ec2Answer(operation, `${elements({ imageId: String(params.ImageId) })}${shared === '' ? '' : `<launchPermission>${shared}</launchPermission>`}`);
  }
  // Block Public Access on (ingress) in every third region, never set elsewhere.
  if (operation === 'DescribeVpcBlockPublicAccessOptions') {
    const on = estate.regionIndex(region) % 3 === 0;
    return ec2Answer(operation, `<vpcBlockPublicAccessOptions>${elements({ awsAccountId: ACCOUNT, awsRegion: region, state: on ? 'update-complete' : 'default-state', internetGatewayBlockMode: on ? 'block-ingress' : 'off' })}</vpcBlockPublicAccessOptions>`);
  }
  if (operation === 'DescribeAddresses') {
    const index = estate.regionIndex(region);
    return ec2Answer(operation, `<addressesSet>${items(index < 0 ? [] : addresses(estate, index, region))}</addressesSet>`);
  }
  const listing = listings[operation];
  const r = estate.regionIndex(region);
  if (listing === undefined || r < 0) return ec2Answer(operation, '');
  const [element, list] = listing;
  const all = list(estate, r, region);
  const { items: shown, next } = page(all, offsetOf('t', params.NextToken), params.MaxResults === undefined ? all.length || 1 : pageSize(params.MaxResults, 1000, 1000));
  return ec2Answer(operation, `<${element}>${items(shown)}</${element}>${next === undefined ? '' : `<nextToken>${tokenOf('t', next)}</nextToken>`}`);
}
