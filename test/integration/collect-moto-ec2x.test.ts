/**
 * EC2 beyond instances and volumes — launch templates, transit gateways,
 * VPN connections and the subnet's automatic public addresses — collected by `assay collect` as a user runs
 * it (a real process configured by AWS_ENDPOINT_URL) from the moto emulator
 * seeded through the SDK, and judged by a scan of that snapshot. Every
 * setting asserted is seeded: moto's defaults are not AWS's.
 */
import { join } from 'node:path';
import { CreateCustomerGatewayCommand, CreateVpnConnectionCommand, CreateVpnGatewayCommand, CreateLaunchTemplateCommand, CreateLaunchTemplateVersionCommand, CreateSubnetCommand, CreateTransitGatewayCommand, CreateVpcCommand, EC2Client, ModifySubnetAttributeCommand } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

interface Seeded { hardened: string; legacy: string; bare: string; eu: string; privateSubnet: string; publicSubnet: string; closedHub: string; openHub: string; vpn: string }

async function seed(moto: Moto): Promise<Seeded> {
  const config = { endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const ec2 = new EC2Client({ ...config, region: 'us-east-1' });
  const ec2Eu = new EC2Client({ ...config, region: 'eu-west-1' });
  const template = async (client: EC2Client, name: string, data: NonNullable<ConstructorParameters<typeof CreateLaunchTemplateCommand>[0]['LaunchTemplateData']>): Promise<string> =>
    (await client.send(new CreateLaunchTemplateCommand({ LaunchTemplateName: name, LaunchTemplateData: data }))).LaunchTemplate?.LaunchTemplateId ?? '';
  // Version 1 allows IMDSv1 with a public address and an unencrypted disk; version 2 fixes all three but is not the default.
  const legacy = await template(ec2, 'legacy', {
    ImageId: 'ami-12c6146b',
    MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' },
    NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true }],
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: false, VolumeSize: 8 } }],
  });
  await ec2.send(new CreateLaunchTemplateVersionCommand({ LaunchTemplateId: legacy, LaunchTemplateData: {
    ImageId: 'ami-12c6146b',
    MetadataOptions: { HttpTokens: 'required' },
    NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false }],
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true } }],
  } }));
  const hardened = await template(ec2, 'hardened', {
    ImageId: 'ami-12c6146b',
    MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 2 },
    NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false }],
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true, VolumeSize: 20 } }, { DeviceName: '/dev/sdb', VirtualName: 'ephemeral0' }],
  });
  // Sets only the AMI: everything the policies judge is left to the launch.
  const bare = await template(ec2, 'bare', { ImageId: 'ami-12c6146b' });
  const eu = await template(ec2Eu, 'eu-app', { ImageId: 'ami-12c6146b', MetadataOptions: { HttpTokens: 'required' } });
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.30.0.0/16' }))).Vpc?.VpcId ?? '';
  const privateSubnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.30.1.0/24', AvailabilityZone: 'us-east-1a' }))).Subnet?.SubnetId ?? '';
  await ec2.send(new ModifySubnetAttributeCommand({ SubnetId: privateSubnet, MapPublicIpOnLaunch: { Value: false } }));
  const publicSubnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.30.2.0/24', AvailabilityZone: 'us-east-1b' }))).Subnet?.SubnetId ?? '';
  await ec2.send(new ModifySubnetAttributeCommand({ SubnetId: publicSubnet, MapPublicIpOnLaunch: { Value: true } }));
  // Transit gateways: one that waits for its owner to accept shared attachments, one that accepts them automatically.
  const closedHub = (await ec2.send(new CreateTransitGatewayCommand({ Description: 'hub', Options: { AutoAcceptSharedAttachments: 'disable', DnsSupport: 'enable' } }))).TransitGateway?.TransitGatewayId ?? '';
  const openHub = (await ec2Eu.send(new CreateTransitGatewayCommand({ Options: { AutoAcceptSharedAttachments: 'enable', DnsSupport: 'disable' } }))).TransitGateway?.TransitGatewayId ?? '';
  // A VPN connection: moto answers neither its tunnels' telemetry nor their log options (AWS always does).
  const customerGateway = (await ec2.send(new CreateCustomerGatewayCommand({ Type: 'ipsec.1', PublicIp: '203.0.113.10', BgpAsn: 65000 }))).CustomerGateway?.CustomerGatewayId ?? '';
  const vpnGateway = (await ec2.send(new CreateVpnGatewayCommand({ Type: 'ipsec.1' }))).VpnGateway?.VpnGatewayId ?? '';
  const vpn = (await ec2.send(new CreateVpnConnectionCommand({ Type: 'ipsec.1', CustomerGatewayId: customerGateway, VpnGatewayId: vpnGateway }))).VpnConnection?.VpnConnectionId ?? '';
  return { hardened, legacy, bare, eu, privateSubnet, publicSubnet, closedHub, openHub, vpn };
}

describe.skipIf(!ready)('EC2 launch templates, transit gateways, VPN connections and subnets against the moto emulator', () => {
  const fixture = useMoto('assay-moto-ec2x-', seed);
  // The collect test writes it, the scan test reads it.
  const snap = (): string => join(fixture.dir, 'snap.json');

  it('assay collect reads every launch template with the settings of its default version, every transit gateway and VPN connection', async () => {
    const run = await assay(['collect', '--regions', 'us-east-1,eu-west-1', '-o', snap(), '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(snap());
    const templates = snapshot.resources.filter((r) => r.type === 'aws.ec2.launch-template');
    expect(templates.map((t) => `${t.region}/${t.id}`).sort()).toEqual([`eu-west-1/${fixture.seeded.eu}`, ...[fixture.seeded.bare, fixture.seeded.hardened, fixture.seeded.legacy].map((id) => `us-east-1/${id}`)].sort());
    expect(templates.every((t) => t.errors === undefined)).toBe(true);
    const data = (id: string): unknown => templates.find((t) => t.id === id)?.data;
    // The default version (1), not the newer, fixed version 2.
    expect(data(fixture.seeded.legacy)).toMatchObject({
      launchTemplateName: 'legacy', defaultVersionNumber: 1, latestVersionNumber: 2,
      metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' },
      networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: true }],
      blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: false } }],
    });
    expect(data(fixture.seeded.hardened)).toMatchObject({
      metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 2 },
      networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: false }],
      blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: true } }, { deviceName: '/dev/sdb', ebs: null }],
    });
    expect(data(fixture.seeded.bare)).toMatchObject({ metadataOptions: { httpTokens: null, httpEndpoint: null, httpPutResponseHopLimit: null }, networkInterfaces: [], blockDeviceMappings: [] });
    expect(data(fixture.seeded.eu)).toMatchObject({ metadataOptions: { httpTokens: 'required' } });
    const gateways = snapshot.resources.filter((r) => r.type === 'aws.ec2.transit-gateway');
    expect(gateways.map((g) => `${g.region}/${g.id}`).sort()).toEqual([`eu-west-1/${fixture.seeded.openHub}`, `us-east-1/${fixture.seeded.closedHub}`]);
    expect(gateways.every((g) => g.errors === undefined)).toBe(true);
    expect(gateways.find((g) => g.id === fixture.seeded.closedHub)).toMatchObject({ arn: `arn:aws:ec2:us-east-1:123456789012:transit-gateway/${fixture.seeded.closedHub}`, data: { state: 'available', description: 'hub', options: { autoAcceptSharedAttachments: 'disable', dnsSupport: 'enable' } } });
    expect(gateways.find((g) => g.id === fixture.seeded.openHub)?.data).toMatchObject({ description: null, options: { autoAcceptSharedAttachments: 'enable', dnsSupport: 'disable' } });
    // What moto leaves out is unknown on the connection, never "down" or "not logging".
    const vpns = snapshot.resources.filter((r) => r.type === 'aws.ec2.vpn-connection');
    expect(vpns.map((v) => `${v.region}/${v.id}`)).toEqual([`us-east-1/${fixture.seeded.vpn}`]);
    expect(vpns[0]?.data).toMatchObject({ state: 'available', transitGatewayId: null });
    expect(String((vpns[0]?.data as { vpnGatewayId?: unknown }).vpnGatewayId)).toMatch(/^vgw-/);
    expect(vpns[0]?.errors?.map((e) => [e.path, e.code])).toEqual([['tunnels', 'IncompleteResponse'], ['tunnelLogging', 'IncompleteResponse']]);
    expect(snapshot.coverage.filter((c) => c.type === 'aws.ec2.launch-template').map((c) => `${c.region}:${c.status}`).sort()).toEqual(['eu-west-1:complete', 'us-east-1:complete']);
  });

  it('a scan of that snapshot gives the launch template, subnet, transit gateway and VPN verdicts', async () => {
    const run = await assay(['scan', '--snapshot', snap(), '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    const verdicts = (id: string): (string | undefined)[] => ['aws-ec2-launch-template-no-public-ip', 'aws-ec2-launch-template-imdsv2-required', 'aws-ec2-launch-template-ebs-encrypted'].map((p) => statusOf(p, id));
    expect(verdicts(fixture.seeded.hardened)).toEqual(['PASS', 'PASS', 'PASS']);
    expect(verdicts(fixture.seeded.legacy)).toEqual(['FAIL', 'FAIL', 'FAIL']);
    // Nothing set: no public address and no EBS mapping of its own, but IMDSv2 is not required by the template.
    expect(verdicts(fixture.seeded.bare)).toEqual(['PASS', 'FAIL', 'PASS']);
    expect(verdicts(fixture.seeded.eu)).toEqual(['PASS', 'PASS', 'PASS']);
    expect(statusOf('aws-ec2-subnet-no-auto-public-ip', fixture.seeded.privateSubnet)).toBe('PASS');
    expect(statusOf('aws-ec2-subnet-no-auto-public-ip', fixture.seeded.publicSubnet)).toBe('FAIL');
    expect(statusOf('aws-ec2-transit-gateway-no-auto-accept', fixture.seeded.closedHub)).toBe('PASS');
    expect(statusOf('aws-ec2-transit-gateway-no-auto-accept', fixture.seeded.openHub)).toBe('FAIL');
    expect(statusOf('aws-ec2-vpn-connection-tunnels-up', fixture.seeded.vpn)).toBe('ERROR');
    expect(statusOf('aws-ec2-vpn-connection-logging-enabled', fixture.seeded.vpn)).toBe('ERROR');
  });
});
