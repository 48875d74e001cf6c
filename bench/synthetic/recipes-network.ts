/**
 * Network and compute: VPCs with and without flow logs, security groups
 * with several rules each (admin ports open to the world, the "-1" and
 * 0-65535 spellings of "everything", group references), network ACLs,
 * subnets that do and do not map public addresses on launch, instances
 * with IMDSv1/v2 and public addresses, volumes encrypted or not, launch
 * templates whose default version requires IMDSv2 or not (or leaves it
 * out), assigns public addresses or not and encrypts its volumes or not,
 * transit gateways that accept shared attachments automatically or not,
 * VPN connections with tunnels up or down, logging or not.
 */
import type { Static } from '@sinclair/typebox';
import { ec2Instance } from '../../src/resources/types/ec2-instance.js';
import { ec2LaunchTemplate } from '../../src/resources/types/ec2-launch-template.js';
import { ec2NetworkAcl } from '../../src/resources/types/ec2-network-acl.js';
import { ec2SecurityGroup } from '../../src/resources/types/ec2-security-group.js';
import { ec2Subnet } from '../../src/resources/types/ec2-subnet.js';
import { ec2TransitGateway } from '../../src/resources/types/ec2-transit-gateway.js';
import { ec2Volume } from '../../src/resources/types/ec2-volume.js';
import { ec2Vpc } from '../../src/resources/types/ec2-vpc.js';
import { ec2ClientVpnEndpoint } from '../../src/resources/types/ec2-client-vpn-endpoint.js';
import { ec2VpcEndpoint } from '../../src/resources/types/ec2-vpc-endpoint.js';
import { ec2VpnConnection } from '../../src/resources/types/ec2-vpn-connection.js';
import { daysAgo, defineRecipe, denied, field, refsOr, type Place, type Recipe, type Variation } from './recipe.js';
import { ec2Suffix, type Rng } from './rng.js';

const ec2Arn = (place: Place, kind: string, id: string): string => `arn:aws:ec2:${place.region}:${place.account}:${kind}/${id}`;

export const vpcRecipe: Recipe = defineRecipe({
  definition: ec2Vpc,
  weight: 20,
  vary(rng): Variation<typeof ec2Vpc.data> {
    const logs = rng.int(0, 2);
    return {
      data: {
        isDefault: rng.chance(0.2),
        cidrBlock: `10.${rng.int(0, 255)}.0.0/16`,
        ipv6CidrBlocks: rng.chance(0.3) ? ['2600:1f18:1234:5600::/56'] : [],
        flowLogs: Array.from({ length: logs }, (_, k) => ({
          flowLogId: `fl-${rng.hex(17)}`,
          flowLogStatus: 'ACTIVE' as const,
          trafficType: rng.pick(['ACCEPT', 'REJECT', 'ALL'] as const),
          deliverLogsStatus: rng.chance(0.9) ? 'SUCCESS' as const : 'FAILED' as const,
          logDestinationType: k === 0 ? 'cloud-watch-logs' as const : 's3' as const,
          logDestination: k === 0 ? 'arn:aws:logs:us-east-1:123456789012:log-group:/vpc/flow-logs' : 'arn:aws:s3:::flow-logs',
          logGroupName: k === 0 ? '/vpc/flow-logs' : null,
          creationTime: daysAgo(rng.int(10, 900)),
          maxAggregationInterval: rng.pick([60, 600]),
        })),
      },
    };
  },
  identify(seq, place) {
    const vpcId = `vpc-${ec2Suffix(seq)}`;
    return { id: vpcId, arn: ec2Arn(place, 'vpc', vpcId), data: { vpcId, ownerId: place.account } };
  },
});

type Permission = Static<typeof ec2SecurityGroup.data>['ingress'][number];

function rule(protocol: string, ports: [number, number] | null, v4: string[], v6: string[] = [], groups: string[] = []): Permission {
  return {
    protocol,
    fromPort: ports?.[0] ?? null,
    toPort: ports?.[1] ?? null,
    ipv4Ranges: v4.map((cidr) => ({ cidr, description: null })),
    ipv6Ranges: v6.map((cidr) => ({ cidr, description: null })),
    prefixListIds: [],
    referencedGroups: groups.map((groupId) => ({ groupId, userId: '123456789012', vpcId: null, peeringStatus: null, description: 'peer tier' })),
  };
}

/** Rules seen in real accounts, benign and not. */
const ingressMenu: readonly Permission[] = [
  rule('tcp', [443, 443], ['0.0.0.0/0'], ['::/0']),
  rule('tcp', [80, 80], ['0.0.0.0/0']),
  rule('tcp', [22, 22], ['0.0.0.0/0']),
  rule('tcp', [3389, 3389], ['0.0.0.0/0']),
  rule('tcp', [22, 22], ['10.0.0.0/8', '192.168.0.0/16']),
  rule('tcp', [0, 65535], [], ['::/0']),
  rule('-1', null, ['0.0.0.0/0']),
  rule('-1', null, [], [], ['sg-0123456789abcdef0']),
  rule('tcp', [5432, 5432], ['10.0.0.0/16']),
  rule('tcp', [8080, 8080], [], [], ['sg-0aa11bb22cc33dd44']),
  rule('udp', [53, 53], ['10.0.0.0/8']),
  rule('tcp', [1024, 65535], ['172.16.0.0/12']),
  rule('icmp', [-1, -1], ['0.0.0.0/0']),
];
const egressMenu: readonly Permission[] = [
  rule('-1', null, ['0.0.0.0/0']),
  rule('tcp', [443, 443], ['0.0.0.0/0']),
  rule('tcp', [5432, 5432], ['10.0.0.0/16']),
];

export const securityGroupRecipe: Recipe = defineRecipe({
  definition: ec2SecurityGroup,
  weight: 140,
  vary(rng): Variation<typeof ec2SecurityGroup.data> {
    const isDefault = rng.chance(0.08);
    return {
      data: {
        isDefault,
        description: isDefault ? 'default VPC security group' : 'application security group',
        ingress: isDefault && rng.chance(0.5) ? [] : rng.sample(ingressMenu, rng.int(1, 6)),
        egress: rng.sample(egressMenu, rng.int(0, 2)),
        attachedInterfaceCount: rng.int(0, 5),
      },
    };
  },
  identify(seq, place, template, refs, rng) {
    const groupId = `sg-${ec2Suffix(seq)}`;
    const [vpcId] = refsOr(refs.ids('aws.ec2.vpc', place.account, place.region), rng, 1, [String(field(template, 'vpcId'))]);
    const groupName = field(template, 'isDefault') === true ? 'default' : `app-${seq}`;
    return { id: groupId, arn: ec2Arn(place, 'security-group', groupId), name: groupName, data: { groupId, groupName, vpcId, ownerId: place.account } };
  },
});

type AclEntry = Static<typeof ec2NetworkAcl.data>['entries'][number];

function aclEntries(rng: Rng): AclEntry[] {
  const entries: AclEntry[] = [];
  const inbound = rng.int(1, 6);
  for (let k = 0; k < inbound; k++) {
    const port = rng.pick([22, 443, 3389, 80, 5432]);
    const open = rng.chance(0.3);
    entries.push({ ruleNumber: 100 + k * 10, egress: false, ruleAction: rng.chance(0.85) ? 'allow' : 'deny', protocol: rng.pick(['6', '6', '-1', '17']), cidrBlock: open ? '0.0.0.0/0' : '10.0.0.0/16', ipv6CidrBlock: null, portRange: { from: port, to: port }, icmpTypeCode: null });
  }
  entries.push(
    { ruleNumber: 32767, egress: false, ruleAction: 'deny', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: null, icmpTypeCode: null },
    { ruleNumber: 100, egress: true, ruleAction: 'allow', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: null, icmpTypeCode: null },
    { ruleNumber: 32767, egress: true, ruleAction: 'deny', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: null, icmpTypeCode: null },
  );
  return entries;
}

export const networkAclRecipe: Recipe = defineRecipe({
  definition: ec2NetworkAcl,
  weight: 25,
  vary(rng): Variation<typeof ec2NetworkAcl.data> {
    return { data: { isDefault: rng.chance(0.3), entries: aclEntries(rng), associatedSubnetIds: Array.from({ length: rng.int(0, 3) }, () => `subnet-${rng.hex(17)}`) } };
  },
  identify(seq, place, template, refs, rng) {
    const networkAclId = `acl-${ec2Suffix(seq)}`;
    const [vpcId] = refsOr(refs.ids('aws.ec2.vpc', place.account, place.region), rng, 1, [String(field(template, 'vpcId'))]);
    return { id: networkAclId, arn: ec2Arn(place, 'network-acl', networkAclId), data: { networkAclId, vpcId, ownerId: place.account } };
  },
});

/** us-east-1 → use1, the prefix AWS gives that region's zone ids. */
const zoneIdPrefix = (region: string): string => {
  const [area = '', direction = '', n = ''] = region.split('-');
  return `${area}${direction.charAt(0)}${n}`;
};

export const subnetRecipe: Recipe = defineRecipe({
  definition: ec2Subnet,
  weight: 40,
  vary(rng): Variation<typeof ec2Subnet.data> {
    const isDefault = rng.chance(0.2);
    return {
      data: {
        cidrBlock: `10.${rng.int(0, 255)}.${rng.int(0, 255)}.0/24`,
        ipv6CidrBlocks: rng.chance(0.2) ? ['2600:1f18:1234:5601::/64'] : [],
        defaultForAz: isDefault,
        // Default subnets map public addresses; custom ones mostly do not.
        mapPublicIpOnLaunch: isDefault || rng.chance(0.25),
        assignIpv6AddressOnCreation: rng.chance(0.1),
        availableIpAddressCount: rng.int(0, 251),
      },
    };
  },
  identify(seq, place, template, refs, rng) {
    const subnetId = `subnet-${ec2Suffix(seq)}`;
    const [vpcId] = refsOr(refs.ids('aws.ec2.vpc', place.account, place.region), rng, 1, [String(field(template, 'vpcId'))]);
    const zone = seq % 3;
    return {
      id: subnetId,
      arn: ec2Arn(place, 'subnet', subnetId),
      data: { subnetId, vpcId, ownerId: place.account, availabilityZone: `${place.region}${String.fromCharCode(97 + zone)}`, availabilityZoneId: `${zoneIdPrefix(place.region)}-az${zone + 1}` },
    };
  },
});

export const volumeRecipe: Recipe = defineRecipe({
  definition: ec2Volume,
  weight: 160,
  vary(rng): Variation<typeof ec2Volume.data> {
    const encrypted = rng.chance(0.75);
    const attached = rng.chance(0.8);
    const volumeType = rng.pick(['gp3', 'gp2', 'io2', 'st1'] as const);
    return {
      data: {
        size: rng.pick([8, 20, 100, 500, 2000]),
        volumeType,
        throughput: volumeType === 'gp3' ? 125 : null,
        encrypted,
        kmsKeyId: encrypted ? ec2Volume.example.kmsKeyId : null,
        state: attached ? 'in-use' : 'available',
        createTime: daysAgo(rng.int(1, 1500)),
        attachments: attached ? [{ instanceId: `i-${rng.hex(17)}`, device: '/dev/xvda', state: 'attached', deleteOnTermination: rng.chance(0.7) }] : [],
      },
    };
  },
  identify(seq, place) {
    const volumeId = `vol-${ec2Suffix(seq)}`;
    return { id: volumeId, arn: ec2Arn(place, 'volume', volumeId), data: { volumeId, availabilityZone: `${place.region}${String.fromCharCode(97 + (seq % 3))}` } };
  },
});

export const instanceRecipe: Recipe = defineRecipe({
  definition: ec2Instance,
  weight: 130,
  vary(rng): Variation<typeof ec2Instance.data> {
    const running = rng.chance(0.85);
    const state = running ? 'running' : rng.pick(['stopped', 'terminated'] as const);
    return {
      data: {
        instanceType: rng.pick(['t3.micro', 't3.medium', 'm7g.large', 'c6i.xlarge', 'r6i.2xlarge']),
        state,
        stoppedAt: state === 'stopped' ? daysAgo(rng.int(1, 200)) : null,
        launchTime: daysAgo(rng.int(1, 1200)),
        publicIpAddress: running && rng.chance(0.25) ? `54.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}` : null,
        iamInstanceProfileArn: rng.chance(0.8) ? ec2Instance.example.iamInstanceProfileArn : null,
        metadataOptions: { httpTokens: rng.chance(0.6) ? 'required' : 'optional', httpPutResponseHopLimit: rng.pick([1, 2, 3]) },
        monitoringState: rng.chance(0.4) ? 'enabled' : 'disabled',
        networkInterfaceCount: state === 'terminated' ? 0 : rng.pick([1, 1, 1, 2]),
        virtualizationType: rng.chance(0.97) ? 'hvm' : 'paravirtual',
      },
      ...(rng.chance(0.02) ? { errors: [denied('metadataOptions', 'ec2:DescribeInstances', 'UnauthorizedOperation')] } : {}),
    };
  },
  identify(seq, place, template, refs, rng) {
    const instanceId = `i-${ec2Suffix(seq)}`;
    const [vpcId] = refsOr(refs.ids('aws.ec2.vpc', place.account, place.region), rng, 1, [String(field(template, 'vpcId'))]);
    return {
      id: instanceId,
      arn: ec2Arn(place, 'instance', instanceId),
      data: {
        instanceId,
        vpcId,
        securityGroupIds: refsOr(refs.ids('aws.ec2.security-group', place.account, place.region), rng, rng.int(1, 3), ['sg-0123456789abcdef0']),
        blockDeviceVolumeIds: refsOr(refs.ids('aws.ec2.volume', place.account, place.region), rng, rng.int(1, 2), ['vol-0a1b2c3d4e5f67890']),
      },
    };
  },
});

export const launchTemplateRecipe: Recipe = defineRecipe({
  definition: ec2LaunchTemplate,
  weight: 40,
  vary(rng): Variation<typeof ec2LaunchTemplate.data> {
    const latest = rng.int(1, 12);
    const tokens = rng.pick(['required', 'required', 'optional', null] as const);
    return {
      data: {
        createTime: daysAgo(rng.int(1, 1500)),
        defaultVersionNumber: rng.int(1, latest),
        latestVersionNumber: latest,
        metadataOptions: { httpTokens: tokens, httpEndpoint: tokens === null ? null : 'enabled', httpPutResponseHopLimit: tokens === null ? null : rng.pick([1, 2]) },
        networkInterfaces: rng.chance(0.5) ? [] : [{ deviceIndex: 0, networkInterfaceId: null, subnetId: null, associatePublicIpAddress: rng.pick([true, false, null]) }],
        blockDeviceMappings: rng.chance(0.3) ? [] : [{ deviceName: '/dev/xvda', ebs: { encrypted: rng.pick([true, true, false, null]), kmsKeyId: null, snapshotId: null } }],
      },
      ...(rng.chance(0.02) ? { errors: [denied('metadataOptions', 'ec2:DescribeLaunchTemplateVersions', 'UnauthorizedOperation')] } : {}),
    };
  },
  identify(seq, place) {
    const launchTemplateId = `lt-${ec2Suffix(seq)}`;
    return { id: launchTemplateId, arn: ec2Arn(place, 'launch-template', launchTemplateId), name: `template-${seq}`, data: { launchTemplateId, launchTemplateName: `template-${seq}` } };
  },
});

export const transitGatewayRecipe: Recipe = defineRecipe({
  definition: ec2TransitGateway,
  weight: 4,
  vary(rng): Variation<typeof ec2TransitGateway.data> {
    return {
      data: {
        state: rng.chance(0.9) ? 'available' : rng.pick(['modifying', 'deleted'] as const),
        description: rng.chance(0.5) ? 'network hub' : null,
        creationTime: daysAgo(rng.int(1, 1500)),
        options: { ...ec2TransitGateway.example.options, autoAcceptSharedAttachments: rng.chance(0.3) ? 'enable' : 'disable', dnsSupport: rng.pick(['enable', 'disable'] as const) },
      },
    };
  },
  identify(seq, place) {
    const transitGatewayId = `tgw-${ec2Suffix(seq)}`;
    return { id: transitGatewayId, arn: ec2Arn(place, 'transit-gateway', transitGatewayId), data: { transitGatewayId, ownerId: place.account } };
  },
});

export const vpnConnectionRecipe: Recipe = defineRecipe({
  definition: ec2VpnConnection,
  weight: 4,
  vary(rng): Variation<typeof ec2VpnConnection.data> {
    const ips = [`198.51.100.${rng.int(1, 126)}`, `198.51.100.${rng.int(127, 254)}`];
    const logging = rng.chance(0.5);
    return {
      data: {
        state: rng.chance(0.9) ? 'available' : rng.pick(['pending', 'deleted'] as const),
        tunnels: ips.map((outsideIpAddress, k) => {
          const up = k === 0 || rng.chance(0.7);
          return { outsideIpAddress, status: up ? 'UP' as const : 'DOWN' as const, statusMessage: up ? null : 'IPSEC IS DOWN', lastStatusChange: daysAgo(rng.int(1, 300)) };
        }),
        tunnelLogging: ips.map((outsideIpAddress) => ({ outsideIpAddress, cloudWatchLogEnabled: logging, logGroupArn: logging ? 'arn:aws:logs:us-east-1:123456789012:log-group:/vpn/tunnels' : null })),
      },
    };
  },
  identify(seq, place) {
    const vpnConnectionId = `vpn-${ec2Suffix(seq)}`;
    return { id: vpnConnectionId, arn: ec2Arn(place, 'vpn-connection', vpnConnectionId), data: { vpnConnectionId } };
  },
});

export const vpcEndpointRecipe: Recipe = defineRecipe({
  definition: ec2VpcEndpoint,
  weight: 6,
  vary(rng): Variation<typeof ec2VpcEndpoint.data> {
    // Named for us-east-1 here; identify() moves the name to the endpoint's own region.
    const gateway = rng.chance(0.15);
    const service = gateway ? 's3' : rng.pick(['ec2', 'ecr.api', 'ecr.dkr', 'ssm', 'ssm-contacts', 'ssm-incidents', 'logs', 'sts'] as const);
    return {
      data: {
        vpcEndpointType: gateway ? 'Gateway' : 'Interface',
        serviceName: `com.amazonaws.us-east-1.${service}`,
        state: rng.chance(0.9) ? 'available' : rng.pick(['pending', 'failed', 'deleting'] as const),
        privateDnsEnabled: gateway ? null : rng.chance(0.8),
        subnetIds: gateway ? [] : ['subnet-0a1b2c3d4e5f67890'],
        routeTableIds: gateway ? ['rtb-0a1b2c3d4e5f67890'] : [],
      },
      ...(rng.chance(0.02) ? { errors: [{ path: 'serviceName', code: 'IncompleteResponse', message: 'the answer has no ServiceName', operation: 'ec2:DescribeVpcEndpoints' }] } : {}),
    };
  },
  identify(seq, place, template, refs, rng) {
    const vpcEndpointId = `vpce-${ec2Suffix(seq)}`;
    const [vpcId] = refsOr(refs.ids('aws.ec2.vpc', place.account, place.region), rng, 1, [String(field(template, 'vpcId'))]);
    const serviceName = field(template, 'serviceName');
    return {
      id: vpcEndpointId, arn: ec2Arn(place, 'vpc-endpoint', vpcEndpointId),
      data: { vpcEndpointId, vpcId, ownerId: place.account, ...(typeof serviceName === 'string' ? { serviceName: serviceName.replace('us-east-1', place.region) } : {}) },
    };
  },
});

export const clientVpnEndpointRecipe: Recipe = defineRecipe({
  definition: ec2ClientVpnEndpoint,
  weight: 2,
  vary(rng): Variation<typeof ec2ClientVpnEndpoint.data> {
    const logging = rng.chance(0.6);
    return {
      data: {
        status: rng.chance(0.9) ? 'available' : rng.pick(['pending-associate', 'deleting'] as const),
        connectionLog: { enabled: logging, cloudwatchLogGroup: logging ? '/vpn/client-connections' : null, cloudwatchLogStream: null },
        authentication: [{ type: rng.pick(['certificate-authentication', 'directory-service-authentication', 'federated-authentication'] as const) }],
        splitTunnel: rng.chance(0.5),
        transportProtocol: rng.pick(['udp', 'tcp'] as const),
      },
    };
  },
  identify(seq, place, template, refs, rng) {
    const clientVpnEndpointId = `cvpn-endpoint-${ec2Suffix(seq)}`;
    const [vpcId] = refsOr(refs.ids('aws.ec2.vpc', place.account, place.region), rng, 1, [String(field(template, 'vpcId'))]);
    return { id: clientVpnEndpointId, arn: ec2Arn(place, 'client-vpn-endpoint', clientVpnEndpointId), data: { clientVpnEndpointId, vpcId } };
  },
});
