/**
 * Security groups: the default groups AWS creates (one left as created, one
 * emptied as CIS asks), well-scoped application tiers, and the classic
 * wide-open rules scanners must catch — including the two spellings of
 * "everything" that naive port checks miss.
 */
import type { Static } from '@sinclair/typebox';
import { ec2SecurityGroup } from '../../src/resources/types/ec2-security-group.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, demo, make, securityGroups as sg, vpcs, type DemoRegion, type Overrides } from './demo.js';

type Permission = Static<typeof ec2SecurityGroup.data>['ingress'][number];

interface Peers {
  readonly v4?: readonly string[];
  readonly v6?: readonly string[];
  /** Security groups in the same VPC. */
  readonly groups?: readonly string[];
  readonly description?: string;
}

/** One rule; `ports` null for protocol "-1", as AWS omits them. */
function rule(protocol: string, ports: [number, number] | null, peers: Peers): Permission {
  const description = peers.description ?? null;
  return {
    protocol,
    fromPort: ports?.[0] ?? null,
    toPort: ports?.[1] ?? null,
    ipv4Ranges: (peers.v4 ?? []).map((cidr) => ({ cidr, description })),
    ipv6Ranges: (peers.v6 ?? []).map((cidr) => ({ cidr, description })),
    prefixListIds: [],
    referencedGroups: (peers.groups ?? []).map((groupId) => ({ groupId, userId: demo.account, vpcId: null, peeringStatus: null, description })),
  };
}

const allOut = rule('-1', null, { v4: ['0.0.0.0/0'] });

function group(region: DemoRegion, groupId: string, vpcId: string, groupName: string, data: Overrides<typeof ec2SecurityGroup>): Resource {
  return make(ec2SecurityGroup, {
    id: groupId, region, arn: arn.ec2(region, 'security-group', groupId), name: groupName,
    data: { groupId, groupName, vpcId, ...data },
  });
}

/** A default security group as AWS creates it: members talk to each other, all traffic out. */
function defaultGroup(region: DemoRegion, groupId: string, vpcId: string, attachedInterfaceCount: number): Resource {
  return group(region, groupId, vpcId, 'default', {
    description: 'default VPC security group', isDefault: true,
    ingress: [rule('-1', null, { groups: [groupId] })], egress: [allOut], attachedInterfaceCount,
  });
}

/** A default security group emptied of rules, as CIS 5.4 asks. */
function emptiedDefaultGroup(region: DemoRegion, groupId: string, vpcId: string): Resource {
  return group(region, groupId, vpcId, 'default', { description: 'default VPC security group', isDefault: true, ingress: [], egress: [], attachedInterfaceCount: 0 });
}

export function securityGroupResources(): Resource[] {
  return [
    // Default groups with their original rules — CIS 5.4 fails; the one in us-east-1 is even in use.
    defaultGroup('us-east-1', sg.defaultVpcDefaultUsEast1, vpcs.defaultUsEast1, 2),
    defaultGroup('eu-west-1', sg.defaultVpcDefaultEuWest1, vpcs.defaultEuWest1, 0),
    // Default groups with no rules at all — CIS 5.4 passes.
    emptiedDefaultGroup('us-east-1', sg.prodDefaultUsEast1, vpcs.prodUsEast1),
    emptiedDefaultGroup('eu-west-1', sg.prodDefaultEuWest1, vpcs.prodEuWest1),

    // Internet-facing load balancer: HTTPS from anywhere is intended; no admin port is open (the type's example).
    group('us-east-1', sg.webAlb, vpcs.prodUsEast1, 'web-alb', {
      egress: [rule('tcp', [8080, 8080], { groups: [sg.appTier], description: 'To the application tier' })],
    }),
    group('us-east-1', sg.appTier, vpcs.prodUsEast1, 'app-tier', {
      description: 'Application servers behind the load balancer',
      ingress: [rule('tcp', [8080, 8080], { groups: [sg.webAlb], description: 'From the load balancer' })],
      egress: [rule('tcp', [443, 443], { v4: ['0.0.0.0/0'], description: 'HTTPS to AWS APIs' }), rule('tcp', [5432, 5432], { v4: ['10.0.0.0/16'], description: 'PostgreSQL' })],
      attachedInterfaceCount: 1,
    }),
    // Database reachable only from the application tier.
    group('us-east-1', sg.appDb, vpcs.prodUsEast1, 'app-db', {
      description: 'app-postgres',
      ingress: [rule('tcp', [5432, 5432], { groups: [sg.appTier], description: 'From the application tier' })],
      egress: [],
      attachedInterfaceCount: 2,
    }),
    // SSH from 0.0.0.0/0 — CIS 5.2 fails.
    group('us-east-1', sg.bastionSsh, vpcs.prodUsEast1, 'bastion-ssh', {
      description: 'SSH to the bastion',
      ingress: [rule('tcp', [22, 22], { v4: ['0.0.0.0/0'], description: 'SSH (temporary, INC-2291)' })],
      egress: [allOut],
      attachedInterfaceCount: 1,
    }),
    // Edge case 5: tcp ports 0-65535 from ::/0 — every port, admin ports included, over IPv6 only.
    // A check that looks only at 0.0.0.0/0 or only at fromPort = 22 misses it (CIS 5.3).
    group('us-east-1', sg.legacyFtp, vpcs.defaultUsEast1, 'legacy-ftp', {
      description: 'Legacy FTP passive range',
      ingress: [rule('tcp', [0, 65535], { v6: ['::/0'] })],
      egress: [allOut],
      attachedInterfaceCount: 1,
    }),
    // Edge case 6: protocol "-1" (all traffic) from 0.0.0.0/0. AWS omits the ports (null), so a check
    // comparing port ranges with 22 must treat "-1" as every port (CIS 5.2).
    group('us-east-1', sg.debugWideOpen, vpcs.defaultUsEast1, 'debug-wide-open', {
      description: 'TEMP debugging - remove',
      ingress: [rule('-1', null, { v4: ['0.0.0.0/0'] })],
      egress: [allOut],
      attachedInterfaceCount: 1,
    }),

    group('eu-west-1', sg.appTierEu, vpcs.prodEuWest1, 'app-tier-eu', {
      description: 'EU application servers',
      ingress: [rule('tcp', [443, 443], { v4: ['10.20.0.0/16'], description: 'HTTPS from the internal load balancer' })],
      egress: [allOut],
      attachedInterfaceCount: 1,
    }),
    // Database reachable only from the application tier.
    group('eu-west-1', sg.ordersDbEu, vpcs.prodEuWest1, 'orders-db-eu', {
      description: 'orders-eu PostgreSQL',
      ingress: [rule('tcp', [5432, 5432], { groups: [sg.appTierEu], description: 'From the application tier' })],
      egress: [],
      attachedInterfaceCount: 2,
    }),
  ];
}
