/**
 * Network interfaces and Elastic IPs through `assay collect` and a live
 * `assay scan` against the moto emulator, seeded through the SDK: one
 * interface as created (check on), one with its source/destination check
 * turned off, an address associated with the first and one left over.
 * moto 5.2.1 answers no NetworkBorderGroup for an address, which the
 * collector reads as unknown (an error on that field only).
 */
import { join } from 'node:path';
import { AllocateAddressCommand, AssociateAddressCommand, CreateNetworkInterfaceCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client, ModifyNetworkInterfaceAttributeCommand } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

interface Seeded { vpc: string; subnet: string; checked: string; relay: string; used: string; spare: string }

async function seed(moto: Moto): Promise<Seeded> {
  const ec2 = new EC2Client({ endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, region: 'us-east-1' });
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.50.0.0/16' }))).Vpc?.VpcId ?? '';
  const subnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.50.1.0/24', AvailabilityZone: 'us-east-1a' }))).Subnet?.SubnetId ?? '';
  const eni = async (address: string): Promise<string> => (await ec2.send(new CreateNetworkInterfaceCommand({ SubnetId: subnet, PrivateIpAddress: address }))).NetworkInterface?.NetworkInterfaceId ?? '';
  const checked = await eni('10.50.1.10');
  const relay = await eni('10.50.1.11');
  await ec2.send(new ModifyNetworkInterfaceAttributeCommand({ NetworkInterfaceId: checked, SourceDestCheck: { Value: true } }));
  await ec2.send(new ModifyNetworkInterfaceAttributeCommand({ NetworkInterfaceId: relay, SourceDestCheck: { Value: false } }));
  const used = (await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }))).AllocationId ?? '';
  const spare = (await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }))).AllocationId ?? '';
  await ec2.send(new AssociateAddressCommand({ AllocationId: used, NetworkInterfaceId: checked }));
  return { vpc, subnet, checked, relay, used, spare };
}

describe.skipIf(!ready)('network interfaces and Elastic IPs against the moto emulator', () => {
  const fixture = useMoto('assay-moto-eni-', seed);

  it('assay collect records each interface with its check and each address with its association', async () => {
    const out = join(fixture.dir, 'snap.json.gz');
    const run = await assay(['collect', '--regions', 'us-east-1', '--types', 'aws.ec2.network-interface,aws.ec2.elastic-ip', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const { seeded } = fixture;
    const find = (type: string, id: string) => snapshot.resources.find((r) => r.type === type && r.id === id);
    expect(find('aws.ec2.network-interface', seeded.checked)?.data).toMatchObject({ interfaceType: 'interface', vpcId: seeded.vpc, subnetId: seeded.subnet, sourceDestCheck: true, requesterManaged: false, privateIpAddress: '10.50.1.10' });
    expect(find('aws.ec2.network-interface', seeded.relay)?.data).toMatchObject({ interfaceType: 'interface', sourceDestCheck: false, attachment: null });
    for (const id of [seeded.checked, seeded.relay]) expect(find('aws.ec2.network-interface', id)?.errors, id).toBeUndefined();
    expect(find('aws.ec2.elastic-ip', seeded.used)?.data).toMatchObject({ domain: 'vpc', association: { networkInterfaceId: seeded.checked, privateIpAddress: '10.50.1.10' } });
    expect(find('aws.ec2.elastic-ip', seeded.spare)?.data).toMatchObject({ domain: 'vpc', association: null });
    // moto leaves NetworkBorderGroup out: that field alone is unknown.
    expect(find('aws.ec2.elastic-ip', seeded.spare)?.errors?.map((e) => e.path)).toEqual(['networkBorderGroup']);
    for (const type of ['aws.ec2.network-interface', 'aws.ec2.elastic-ip']) {
      expect(snapshot.coverage).toContainEqual(expect.objectContaining({ type, region: 'us-east-1', status: 'complete' }));
    }
  });

  it('a live assay scan judges the check and the association', async () => {
    const run = await assay(['scan', '--snapshot', join(fixture.dir, 'snap.json.gz'), '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    const { seeded } = fixture;
    expect(statusOf('aws-ec2-network-interface-source-dest-check', seeded.checked)).toBe('PASS');
    expect(statusOf('aws-ec2-network-interface-source-dest-check', seeded.relay)).toBe('FAIL');
    expect(statusOf('aws-ec2-elastic-ip-attached', seeded.used)).toBe('PASS');
    expect(statusOf('aws-ec2-elastic-ip-attached', seeded.spare)).toBe('FAIL');
  });
});
