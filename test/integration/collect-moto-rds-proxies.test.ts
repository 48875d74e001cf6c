/**
 * RDS Proxies collected by `assay collect` and judged by a live `assay
 * scan` against the moto emulator, seeded through the SDK: one proxy
 * requiring TLS and one accepting plain connections, each in a subnet of a
 * seeded VPC (moto looks the proxy's VPC up from its first subnet).
 */
import { join } from 'node:path';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateDBProxyCommand, RDSClient } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();
const ROLE = 'arn:aws:iam::123456789012:role/proxy-secrets';
const SECRET = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:orders-db-AbCdEf';

async function seed(moto: Moto): Promise<void> {
  const config = { endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, region: 'us-east-1' };
  const ec2 = new EC2Client(config);
  const rds = new RDSClient(config);
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }));
  const subnet = await ec2.send(new CreateSubnetCommand({ VpcId: vpc.Vpc?.VpcId, CidrBlock: '10.20.1.0/24', AvailabilityZone: 'us-east-1a' }));
  const subnets = [subnet.Subnet?.SubnetId ?? ''];
  const auth = [{ AuthScheme: 'SECRETS' as const, SecretArn: SECRET, IAMAuth: 'DISABLED' as const }];
  await rds.send(new CreateDBProxyCommand({ DBProxyName: 'orders-proxy', EngineFamily: 'POSTGRESQL', Auth: auth, RoleArn: ROLE, VpcSubnetIds: subnets, RequireTLS: true, DebugLogging: false }));
  await rds.send(new CreateDBProxyCommand({ DBProxyName: 'legacy-proxy', EngineFamily: 'MYSQL', Auth: auth, RoleArn: ROLE, VpcSubnetIds: subnets, RequireTLS: false, DebugLogging: true }));
}

describe.skipIf(!ready)('RDS Proxies against the moto emulator', () => {
  const fixture = useMoto('assay-moto-rds-proxies-', seed);

  it('assay collect writes every seeded proxy with its TLS requirement', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const proxies = snapshot.resources.filter((r) => r.type === 'aws.rds.db-proxy');
    expect(proxies.map((p) => p.id).sort()).toEqual(['legacy-proxy', 'orders-proxy']);
    expect(proxies.every((p) => p.errors === undefined)).toBe(true);
    expect(proxies.find((p) => p.id === 'orders-proxy')?.data).toMatchObject({ engineFamily: 'POSTGRESQL', requireTls: true, debugLogging: false });
    expect(proxies.find((p) => p.id === 'legacy-proxy')?.data).toMatchObject({ engineFamily: 'MYSQL', requireTls: false, debugLogging: true });
  });

  it('a live assay scan gives the RDS.43 verdicts', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (id: string): string | undefined => result.findings.find((f) => f.policy === 'aws-rds-proxy-require-tls' && f.resource.id === id)?.status;
    expect(statusOf('orders-proxy')).toBe('PASS');
    expect(statusOf('legacy-proxy')).toBe('FAIL');
  });
});
