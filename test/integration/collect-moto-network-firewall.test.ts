/**
 * Network Firewall firewalls collected by `assay collect` and judged by a
 * live `assay scan` — real processes, configured by environment only —
 * against the moto emulator, seeded through the SDK: in us-east-1 a
 * protected firewall sending alert and flow logs, and one with no
 * protections whose logging was never configured; in eu-west-1 a
 * protected firewall sending only TLS logs.
 *
 * moto 5.2.1 differs from AWS here, and the test says so where it matters:
 * - its firewalls have no FirewallId: the id is unknown (IncompleteResponse);
 * - a firewall never given logging answers an empty LoggingConfiguration
 *   (no LogDestinationConfigs): unknown, so NetworkFirewall.2 is ERROR
 *   there, never "not logging" and never PASS;
 * - firewall policies and rule groups are not implemented: their listings
 *   fail coverage, and this test does not judge them (recorded answers do).
 */
import { join } from 'node:path';
import { CreateFirewallCommand, NetworkFirewallClient, UpdateLoggingConfigurationCommand } from '@aws-sdk/client-network-firewall';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

const ACCOUNT = '123456789012';
const policyArn = (region: string): string => `arn:aws:network-firewall:${region}:${ACCOUNT}:firewall-policy/egress`;

async function seed(moto: Moto): Promise<void> {
  const config = { endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const east = new NetworkFirewallClient({ ...config, region: 'us-east-1' });
  const eu = new NetworkFirewallClient({ ...config, region: 'eu-west-1' });
  const create = (client: NetworkFirewallClient, region: string, name: string, protectedFirewall: boolean) => client.send(new CreateFirewallCommand({
    FirewallName: name, FirewallPolicyArn: policyArn(region), VpcId: 'vpc-0123456789abcdef0', SubnetMappings: [{ SubnetId: 'subnet-0123456789abcdef0' }],
    DeleteProtection: protectedFirewall, SubnetChangeProtection: protectedFirewall, FirewallPolicyChangeProtection: protectedFirewall,
  }));
  await create(east, 'us-east-1', 'egress', true);
  await east.send(new UpdateLoggingConfigurationCommand({ FirewallName: 'egress', LoggingConfiguration: { LogDestinationConfigs: [
    { LogType: 'ALERT', LogDestinationType: 'CloudWatchLogs', LogDestination: { logGroup: '/nfw/egress/alert' } },
    { LogType: 'FLOW', LogDestinationType: 'S3', LogDestination: { bucketName: 'nfw-logs', prefix: 'flow' } },
  ] } }));
  await create(east, 'us-east-1', 'lab', false);
  await create(eu, 'eu-west-1', 'tls-only', true);
  await eu.send(new UpdateLoggingConfigurationCommand({ FirewallName: 'tls-only', LoggingConfiguration: { LogDestinationConfigs: [
    { LogType: 'TLS', LogDestinationType: 'S3', LogDestination: { bucketName: 'nfw-logs', prefix: 'tls' } },
  ] } }));
}

describe.skipIf(!ready)('Network Firewall firewalls against the moto emulator', () => {
  const fixture = useMoto('assay-moto-network-firewall-', seed);

  it('assay collect writes every seeded firewall with its protections and logs, what moto leaves out as unknown', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1,eu-west-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const firewalls = snapshot.resources.filter((r) => r.type === 'aws.network-firewall.firewall');
    expect(firewalls.map((f) => `${f.region}/${f.id}`).sort()).toEqual(['eu-west-1/tls-only', 'us-east-1/egress', 'us-east-1/lab']);
    expect(snapshot.coverage.filter((c) => c.type === 'aws.network-firewall.firewall').map((c) => `${c.region}:${c.status}`).sort()).toEqual(['eu-west-1:complete', 'us-east-1:complete']);
    const firewall = (id: string) => firewalls.find((f) => f.id === id);
    expect(firewall('egress')).toMatchObject({ arn: `arn:aws:network-firewall:us-east-1:${ACCOUNT}:firewall/egress` });
    expect(firewall('egress')?.data).toMatchObject({
      firewallName: 'egress', vpcId: 'vpc-0123456789abcdef0', firewallPolicyArn: policyArn('us-east-1'), subnetIds: ['subnet-0123456789abcdef0'],
      deleteProtection: true, subnetChangeProtection: true, firewallPolicyChangeProtection: true, status: 'READY',
      logDestinations: [
        { logType: 'ALERT', destinationType: 'CloudWatchLogs', destination: { logGroup: '/nfw/egress/alert' } },
        { logType: 'FLOW', destinationType: 'S3', destination: { bucketName: 'nfw-logs', prefix: 'flow' } },
      ],
    });
    // moto answers no FirewallId: unknown, on its own path.
    expect(firewall('egress')?.errors?.map((e) => [e.path, e.code])).toEqual([['firewallId', 'IncompleteResponse']]);
    expect(firewall('lab')?.data).toMatchObject({ deleteProtection: false, subnetChangeProtection: false, firewallPolicyChangeProtection: false });
    // moto answers an empty LoggingConfiguration for a firewall never given logging: unknown, never "no logging".
    expect(firewall('lab')?.errors?.map((e) => [e.path, e.code])).toEqual([['firewallId', 'IncompleteResponse'], ['logDestinations', 'IncompleteResponse']]);
    expect(firewall('tls-only')?.data).toMatchObject({ logDestinations: [{ logType: 'TLS', destinationType: 'S3' }] });
  });

  it('a live assay scan gives the firewall verdicts, ERROR where moto left the logging out', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1,eu-west-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(statusOf('aws-network-firewall-firewall-logging-enabled', 'egress')).toBe('PASS');
    expect(statusOf('aws-network-firewall-firewall-logging-enabled', 'tls-only')).toBe('FAIL');
    expect(statusOf('aws-network-firewall-firewall-logging-enabled', 'lab')).toBe('ERROR');
    expect(statusOf('aws-network-firewall-firewall-deletion-protection', 'egress')).toBe('PASS');
    expect(statusOf('aws-network-firewall-firewall-deletion-protection', 'lab')).toBe('FAIL');
    expect(statusOf('aws-network-firewall-firewall-subnet-change-protection', 'tls-only')).toBe('PASS');
    expect(statusOf('aws-network-firewall-firewall-subnet-change-protection', 'lab')).toBe('FAIL');
  });
});
