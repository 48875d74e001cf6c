/**
 * Network interfaces and Elastic IP addresses. They agree with the
 * instances they belong to (compute.ts): legacy-reports has two
 * interfaces and the public address 54.210.33.17, an Elastic IP.
 */
import { ec2ElasticIp } from '../../src/resources/types/ec2-elastic-ip.js';
import { ec2NetworkInterface } from '../../src/resources/types/ec2-network-interface.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, elasticIps, instances, make, networkInterfaces as enis, securityGroups as sg, subnets, vpcs, type DemoRegion, type Overrides } from './demo.js';

function networkInterface(region: DemoRegion, networkInterfaceId: string, name: string, data: Overrides<typeof ec2NetworkInterface>): Resource {
  return make(ec2NetworkInterface, { id: networkInterfaceId, region, arn: arn.ec2(region, 'network-interface', networkInterfaceId), name, tags: { Name: name }, data: { networkInterfaceId, ...data } });
}

function elasticIp(region: DemoRegion, allocationId: string, name: string, data: Overrides<typeof ec2ElasticIp>): Resource {
  return make(ec2ElasticIp, { id: allocationId, region, arn: arn.ec2(region, 'elastic-ip', allocationId), name, tags: { Name: name }, data: { allocationId, networkBorderGroup: region, ...data } });
}

const onlyAddress = (privateIpAddress: string, publicIp: string | null = null) => ({ privateIpAddress, privateIpAddresses: [{ privateIpAddress, primary: true, publicIp }], publicIp });

export function networkInterfaceResources(): Resource[] {
  return [
    networkInterface('us-east-1', enis.legacyReportsPrimary, 'legacy-reports', {
      vpcId: vpcs.defaultUsEast1, subnetId: subnets.defaultUsEast1a, securityGroupIds: [sg.debugWideOpen, sg.legacyFtp],
      attachment: { instanceId: instances.legacyReports, deviceIndex: 0, status: 'attached' },
      ...onlyAddress('172.31.18.44', '54.210.33.17'),
    }),
    // The reporting feed's second interface relays traffic for another subnet: source/destination check off — EC2.180 fails.
    networkInterface('us-east-1', enis.legacyReportsFeed, 'legacy-reports-feed', {
      vpcId: vpcs.defaultUsEast1, subnetId: subnets.defaultUsEast1a, securityGroupIds: [sg.legacyFtp], sourceDestCheck: false,
      attachment: { instanceId: instances.legacyReports, deviceIndex: 1, status: 'attached' },
      ...onlyAddress('172.31.18.45'),
    }),
    networkInterface('us-east-1', enis.appUsEast1, 'app-1', {
      vpcId: vpcs.prodUsEast1, subnetId: subnets.prodUsEast1Private, securityGroupIds: [sg.appTier],
      attachment: { instanceId: instances.appUsEast1, deviceIndex: 0, status: 'attached' },
      ...onlyAddress('10.0.11.25'),
    }),
    // A NAT gateway forwards by design: its interface's check is off, and EC2.180 does not judge it.
    networkInterface('us-east-1', enis.natUsEast1, 'nat-gateway', {
      interfaceType: 'nat_gateway', requesterManaged: true, vpcId: vpcs.prodUsEast1, subnetId: subnets.prodUsEast1Public, securityGroupIds: [], sourceDestCheck: false,
      attachment: { instanceId: null, deviceIndex: 1, status: 'attached' },
      ...onlyAddress('10.0.1.50', '3.5.140.20'),
    }),
    networkInterface('eu-west-1', enis.appEuWest1, 'app-eu-1', {
      vpcId: vpcs.prodEuWest1, subnetId: subnets.prodEuWest1Private, securityGroupIds: [sg.appTierEu],
      attachment: { instanceId: instances.appEuWest1, deviceIndex: 0, status: 'attached' },
      ...onlyAddress('10.20.11.30'),
    }),
  ];
}

export function elasticIpResources(): Resource[] {
  return [
    elasticIp('us-east-1', elasticIps.legacyReports, 'legacy-reports', {
      publicIp: '54.210.33.17',
      association: { associationId: 'eipassoc-0a1b2c3d4e5f60718', instanceId: instances.legacyReports, networkInterfaceId: enis.legacyReportsPrimary, privateIpAddress: '172.31.18.44' },
    }),
    elasticIp('us-east-1', elasticIps.natUsEast1, 'nat-gateway', {
      publicIp: '3.5.140.20',
      association: { associationId: 'eipassoc-0b2c3d4e5f6a70819', instanceId: null, networkInterfaceId: enis.natUsEast1, privateIpAddress: '10.0.1.50' },
    }),
    // Kept after the old EU bastion was terminated, still named in a partner's allow list: associated with nothing — eip-attached fails.
    elasticIp('eu-west-1', elasticIps.formerBastionEu, 'former-bastion-eu', { publicIp: '52.18.77.201', association: null }),
  ];
}
