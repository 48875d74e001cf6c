/**
 * VPCs, network ACLs, transit gateways and VPN connections. Each region has its default VPC
 * (kept, never given flow logs) and a production VPC built later with flow
 * logs.
 */
import type { Static } from '@sinclair/typebox';
import { ec2NetworkAcl } from '../../src/resources/types/ec2-network-acl.js';
import { ec2Subnet } from '../../src/resources/types/ec2-subnet.js';
import { ec2TransitGateway } from '../../src/resources/types/ec2-transit-gateway.js';
import { ec2Vpc } from '../../src/resources/types/ec2-vpc.js';
import { ec2ClientVpnEndpoint } from '../../src/resources/types/ec2-client-vpn-endpoint.js';
import { ec2VpcEndpoint } from '../../src/resources/types/ec2-vpc-endpoint.js';
import { ec2VpnConnection } from '../../src/resources/types/ec2-vpn-connection.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, buckets, clientVpnEndpoints, make, s3Endpoint, subnets, transitGateways, vpcEndpoints, vpcs, vpnConnections, type DemoRegion, type Overrides } from './demo.js';

type AclEntry = Static<typeof ec2NetworkAcl.data>['entries'][number];

function entry(ruleNumber: number, direction: 'in' | 'out', action: AclEntry['ruleAction'], protocol: string, cidr: string, ports: [number, number] | null = null): AclEntry {
  const ipv6 = cidr.includes(':');
  return {
    ruleNumber, egress: direction === 'out', ruleAction: action, protocol,
    cidrBlock: ipv6 ? null : cidr, ipv6CidrBlock: ipv6 ? cidr : null,
    portRange: ports === null ? null : { from: ports[0], to: ports[1] }, icmpTypeCode: null,
  };
}

/** The entries AWS gives every default network ACL: all traffic allowed both ways, then the "*" denies. */
function allowAll(ipv6: boolean): AclEntry[] {
  return (['in', 'out'] as const).flatMap((direction) => [
    entry(100, direction, 'allow', '-1', '0.0.0.0/0'),
    ...(ipv6 ? [entry(101, direction, 'allow', '-1', '::/0')] : []),
    entry(32767, direction, 'deny', '-1', '0.0.0.0/0'),
    ...(ipv6 ? [entry(32768, direction, 'deny', '-1', '::/0')] : []),
  ]);
}

function vpc(region: DemoRegion, vpcId: string, name: string, data: Overrides<typeof ec2Vpc>): Resource {
  return make(ec2Vpc, { id: vpcId, region, arn: arn.ec2(region, 'vpc', vpcId), name, tags: { Name: name }, data: { vpcId, ...data } });
}

function acl(region: DemoRegion, aclId: string, vpcId: string, data: Overrides<typeof ec2NetworkAcl>, name?: string): Resource {
  return make(ec2NetworkAcl, {
    id: aclId, region, arn: arn.ec2(region, 'network-acl', aclId),
    ...(name === undefined ? {} : { name, tags: { Name: name } }),
    data: { networkAclId: aclId, vpcId, ...data },
  });
}

const defaultVpc = { cidrBlock: '172.31.0.0/16', ipv6CidrBlocks: [], isDefault: true, flowLogs: [] };

function subnet(region: DemoRegion, subnetId: string, vpcId: string, az: string, data: Overrides<typeof ec2Subnet>, name?: string): Resource {
  const zoneIds: Record<string, string> = { 'us-east-1a': 'use1-az1', 'us-east-1b': 'use1-az2', 'eu-west-1a': 'euw1-az1', 'eu-west-1b': 'euw1-az2' };
  return make(ec2Subnet, {
    id: subnetId, region, arn: arn.ec2(region, 'subnet', subnetId),
    ...(name === undefined ? {} : { name, tags: { Name: name } }),
    data: { subnetId, vpcId, availabilityZone: az, availabilityZoneId: zoneIds[az] ?? az, ...data },
  });
}

/** The default VPCs' subnets give every instance a public address, as AWS creates them; the production VPCs keep that to the public tier. */
export function subnetResources(): Resource[] {
  const defaultSubnet = { defaultForAz: true, mapPublicIpOnLaunch: true, availableIpAddressCount: 4089 };
  return [
    subnet('us-east-1', subnets.defaultUsEast1a, vpcs.defaultUsEast1, 'us-east-1a', { cidrBlock: '172.31.16.0/20', ...defaultSubnet }),
    subnet('us-east-1', subnets.prodUsEast1Public, vpcs.prodUsEast1, 'us-east-1a', { cidrBlock: '10.0.1.0/24', mapPublicIpOnLaunch: true, availableIpAddressCount: 248 }, 'prod-public-a'),
    subnet('us-east-1', subnets.prodUsEast1Private, vpcs.prodUsEast1, 'us-east-1b', { cidrBlock: '10.0.11.0/24', availableIpAddressCount: 240 }, 'prod-private-b'),
    subnet('eu-west-1', subnets.defaultEuWest1a, vpcs.defaultEuWest1, 'eu-west-1a', { cidrBlock: '172.31.0.0/20', ...defaultSubnet }),
    subnet('eu-west-1', subnets.prodEuWest1Private, vpcs.prodEuWest1, 'eu-west-1b', { cidrBlock: '10.20.11.0/24', availableIpAddressCount: 245 }, 'prod-eu-private-b'),
  ];
}

export function vpcResources(): Resource[] {
  return [
    // Default VPCs without flow logs — CIS 3.7 (VPC flow logging) fails in both regions.
    vpc('us-east-1', vpcs.defaultUsEast1, 'default', defaultVpc),
    vpc('eu-west-1', vpcs.defaultEuWest1, 'default', defaultVpc),
    // Production VPC with flow logs of all traffic to CloudWatch Logs.
    vpc('us-east-1', vpcs.prodUsEast1, 'prod', {
      flowLogs: [{
        flowLogId: 'fl-0c5d6e7f8a9b0c1d2', flowLogStatus: 'ACTIVE', deliverLogsStatus: 'SUCCESS', trafficType: 'ALL',
        logDestinationType: 'cloud-watch-logs', logDestination: arn.logGroup('us-east-1', '/vpc/flow-logs'), logGroupName: '/vpc/flow-logs',
        creationTime: '2023-03-01T09:06:00.000Z', maxAggregationInterval: 600,
      }],
    }),
    // EU production VPC logs rejected traffic only, to S3 — what CIS asks for at minimum.
    vpc('eu-west-1', vpcs.prodEuWest1, 'prod-eu', {
      cidrBlock: '10.20.0.0/16',
      ipv6CidrBlocks: [],
      flowLogs: [{
        flowLogId: 'fl-0e7f8a9b0c1d2e3f4', flowLogStatus: 'ACTIVE', deliverLogsStatus: 'SUCCESS', trafficType: 'REJECT',
        logDestinationType: 's3', logDestination: `${arn.s3(buckets.euDataLake)}/vpc-flow-logs/`, logGroupName: null,
        creationTime: '2024-05-06T09:20:00.000Z', maxAggregationInterval: 60,
      }],
    }),
  ];
}

export function networkAcls(): Resource[] {
  return [
    // Default network ACLs allow all traffic from 0.0.0.0/0, admin ports included (CIS 5.1 fails on each).
    acl('us-east-1', 'acl-0a1a2a3a4a5a6a7a8', vpcs.defaultUsEast1, { isDefault: true, entries: allowAll(false), associatedSubnetIds: ['subnet-0d2e3f4a5b6c7d8e9', 'subnet-0e3f4a5b6c7d8e9f0'] }),
    // The production VPC's default ACL guards no subnet: every subnet has an explicit ACL.
    acl('us-east-1', 'acl-0b1b2b3b4b5b6b7b8', vpcs.prodUsEast1, { isDefault: true, entries: allowAll(true), associatedSubnetIds: [] }),
    // Production subnets: HTTPS and return traffic from anywhere, SSH only from inside the VPC (the type's example).
    acl('us-east-1', 'acl-0c1c2c3c4c5c6c7c8', vpcs.prodUsEast1, { associatedSubnetIds: [subnets.prodUsEast1Public, subnets.prodUsEast1Private] }, 'prod-subnets'),
    // Network ACL allowing SSH (22) and RDP (3389) from 0.0.0.0/0 — CIS 5.1 fails.
    acl('us-east-1', 'acl-0d1d2d3d4d5d6d7d8', vpcs.defaultUsEast1, {
      entries: [
        entry(100, 'in', 'allow', '6', '0.0.0.0/0', [22, 22]),
        entry(110, 'in', 'allow', '6', '0.0.0.0/0', [3389, 3389]),
        entry(120, 'in', 'allow', '6', '0.0.0.0/0', [1024, 65535]),
        entry(32767, 'in', 'deny', '-1', '0.0.0.0/0'),
        entry(100, 'out', 'allow', '-1', '0.0.0.0/0'),
        entry(32767, 'out', 'deny', '-1', '0.0.0.0/0'),
      ],
      associatedSubnetIds: [subnets.defaultUsEast1a],
    }, 'legacy-admin'),
    acl('eu-west-1', 'acl-0e1e2e3e4e5e6e7e8', vpcs.defaultEuWest1, { isDefault: true, entries: allowAll(false), associatedSubnetIds: [subnets.defaultEuWest1a] }),
    acl('eu-west-1', 'acl-0f1f2f3f4f5f6f7f8', vpcs.prodEuWest1, { isDefault: true, entries: allowAll(false), associatedSubnetIds: [subnets.prodEuWest1Private] }),
    // Left behind when its batch subnets were deleted: associated with no subnet (FSBP EC2.16 fails).
    acl('eu-west-1', 'acl-0a9b8c7d6e5f4a3b2', vpcs.prodEuWest1, {
      entries: [entry(32767, 'in', 'deny', '-1', '0.0.0.0/0'), entry(32767, 'out', 'deny', '-1', '0.0.0.0/0')],
      associatedSubnetIds: [],
    }, 'decommissioned-batch'),
  ];
}

function transitGateway(region: DemoRegion, transitGatewayId: string, name: string, data: Overrides<typeof ec2TransitGateway>): Resource {
  return make(ec2TransitGateway, { id: transitGatewayId, region, arn: arn.ec2(region, 'transit-gateway', transitGatewayId), name, tags: { Name: name }, data: { transitGatewayId, ...data } });
}

export function transitGatewayResources(): Resource[] {
  const options = ec2TransitGateway.example.options;
  return [
    // The production hub, shared with the workload accounts: each attachment is accepted by hand (EC2.23 passes).
    transitGateway('us-east-1', transitGateways.hubUsEast1, 'prod-hub', { description: 'production hub', creationTime: '2024-04-01T08:00:00.000Z', options }),
    // Set up for a partner migration and left open: any account it is shared with can attach a VPC unreviewed (EC2.23 fails).
    transitGateway('eu-west-1', transitGateways.partnerEuWest1, 'partner-migration', {
      description: null, creationTime: '2025-03-15T10:00:00.000Z', options: { ...options, amazonSideAsn: 64513, autoAcceptSharedAttachments: 'enable' },
    }),
  ];
}

function vpnConnection(region: DemoRegion, vpnConnectionId: string, name: string, data: Overrides<typeof ec2VpnConnection>): Resource {
  return make(ec2VpnConnection, { id: vpnConnectionId, region, arn: arn.ec2(region, 'vpn-connection', vpnConnectionId), name, tags: { Name: name }, data: { vpnConnectionId, ...data } });
}

export function vpnConnectionResources(): Resource[] {
  const logGroup = arn.in('logs', 'us-east-1', 'log-group:/vpn/tunnels');
  return [
    // The head office, on the production hub: both tunnels up and logging (EC2.20 and EC2.171 pass).
    vpnConnection('us-east-1', vpnConnections.headOffice, 'head-office', {
      customerGatewayId: 'cgw-0a9b8c7d6e5f40312', vpnGatewayId: null, transitGatewayId: transitGateways.hubUsEast1,
      tunnels: [
        { outsideIpAddress: '203.0.113.10', status: 'UP', statusMessage: null, lastStatusChange: '2026-10-20T03:12:00.000Z' },
        { outsideIpAddress: '203.0.113.74', status: 'UP', statusMessage: null, lastStatusChange: '2026-10-20T03:15:00.000Z' },
      ],
      tunnelLogging: [
        { outsideIpAddress: '203.0.113.10', cloudWatchLogEnabled: true, logGroupArn: logGroup },
        { outsideIpAddress: '203.0.113.74', cloudWatchLogEnabled: true, logGroupArn: logGroup },
      ],
    }),
    // A branch whose router has only the first tunnel configured, and which never turned logging on (both fail).
    vpnConnection('eu-west-1', vpnConnections.branchEu, 'branch-dublin', {
      customerGatewayId: 'cgw-0f1e2d3c4b5a69870', vpnGatewayId: 'vgw-0c2d4e6f8a0b1c3d5', transitGatewayId: null,
      tunnels: [
        { outsideIpAddress: '198.51.100.20', status: 'UP', statusMessage: null, lastStatusChange: '2026-09-02T11:40:00.000Z' },
        { outsideIpAddress: '198.51.100.84', status: 'DOWN', statusMessage: 'IPSEC IS DOWN', lastStatusChange: '2025-06-11T09:00:00.000Z' },
      ],
      tunnelLogging: [
        { outsideIpAddress: '198.51.100.20', cloudWatchLogEnabled: false, logGroupArn: null },
        { outsideIpAddress: '198.51.100.84', cloudWatchLogEnabled: false, logGroupArn: null },
      ],
    }),
  ];
}

function vpcEndpoint(region: DemoRegion, vpcEndpointId: string, name: string, data: Overrides<typeof ec2VpcEndpoint>): Resource {
  return make(ec2VpcEndpoint, { id: vpcEndpointId, region, arn: arn.ec2(region, 'vpc-endpoint', vpcEndpointId), name, tags: { Name: name }, data: { vpcEndpointId, ...data } });
}

/** An Interface endpoint for an AWS service in one of the VPC's subnets, with the full-access default policy. */
function serviceEndpoint(region: DemoRegion, vpcEndpointId: string, vpcId: string, subnetId: string, service: string, state: 'available' | 'pending' = 'available'): Resource {
  return vpcEndpoint(region, vpcEndpointId, service, {
    vpcId, vpcEndpointType: 'Interface', serviceName: `com.amazonaws.${region}.${service}`, state,
    policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] }, privateDnsEnabled: true, subnetIds: [subnetId], routeTableIds: [],
  });
}

export function vpcEndpointResources(): Resource[] {
  return [
    // The production VPC in us-east-1 reaches EC2, ECR, Systems Manager and Incident Manager privately (EC2.10, .55-.58, .60 pass).
    serviceEndpoint('us-east-1', vpcEndpoints.ec2UsEast1, vpcs.prodUsEast1, subnets.prodUsEast1Private, 'ec2'),
    serviceEndpoint('us-east-1', vpcEndpoints.ecrApiUsEast1, vpcs.prodUsEast1, subnets.prodUsEast1Private, 'ecr.api'),
    serviceEndpoint('us-east-1', vpcEndpoints.ecrDkrUsEast1, vpcs.prodUsEast1, subnets.prodUsEast1Private, 'ecr.dkr'),
    serviceEndpoint('us-east-1', vpcEndpoints.ssmUsEast1, vpcs.prodUsEast1, subnets.prodUsEast1Private, 'ssm'),
    serviceEndpoint('us-east-1', vpcEndpoints.ssmContactsUsEast1, vpcs.prodUsEast1, subnets.prodUsEast1Private, 'ssm-contacts'),
    serviceEndpoint('us-east-1', vpcEndpoints.ssmIncidentsUsEast1, vpcs.prodUsEast1, subnets.prodUsEast1Private, 'ssm-incidents'),
    // The gateway endpoint edge case 4's bucket policy trusts: a Gateway endpoint counts for none of the interface checks.
    vpcEndpoint('us-east-1', s3Endpoint, 's3', {
      vpcId: vpcs.prodUsEast1, vpcEndpointType: 'Gateway', serviceName: 'com.amazonaws.us-east-1.s3', state: 'available',
      policyDocument: { Version: '2008-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] }, privateDnsEnabled: null, subnetIds: [], routeTableIds: ['rtb-0a1b2c3d4e5f60718'],
    }),
    // Dublin pulls images privately, but its Systems Manager endpoint is still being created (EC2.56 passes, EC2.57 fails).
    serviceEndpoint('eu-west-1', vpcEndpoints.ecrDkrEuWest1, vpcs.prodEuWest1, subnets.prodEuWest1Private, 'ecr.dkr'),
    serviceEndpoint('eu-west-1', vpcEndpoints.ssmEuWest1, vpcs.prodEuWest1, subnets.prodEuWest1Private, 'ssm', 'pending'),
  ];
}

function clientVpnEndpoint(region: DemoRegion, clientVpnEndpointId: string, name: string, data: Overrides<typeof ec2ClientVpnEndpoint>): Resource {
  return make(ec2ClientVpnEndpoint, { id: clientVpnEndpointId, region, arn: arn.ec2(region, 'client-vpn-endpoint', clientVpnEndpointId), name, tags: { Name: name }, data: { clientVpnEndpointId, ...data } });
}

export function clientVpnEndpointResources(): Resource[] {
  return [
    // Staff connect with SSO and every connection is logged (EC2.51 passes).
    clientVpnEndpoint('us-east-1', clientVpnEndpoints.staffUsEast1, 'staff', {
      vpcId: vpcs.prodUsEast1, connectionLog: { enabled: true, cloudwatchLogGroup: '/vpn/client-connections', cloudwatchLogStream: null },
      authentication: [{ type: 'federated-authentication' }], splitTunnel: true, transportProtocol: 'udp',
    }),
    // Contractors' endpoint, set up in a hurry: certificates only and no connection log (EC2.51 fails).
    clientVpnEndpoint('eu-west-1', clientVpnEndpoints.contractorsEuWest1, 'contractors', {
      vpcId: vpcs.prodEuWest1, connectionLog: { enabled: false, cloudwatchLogGroup: null, cloudwatchLogStream: null },
      authentication: [{ type: 'certificate-authentication' }], splitTunnel: false, transportProtocol: 'tcp',
    }),
  ];
}
