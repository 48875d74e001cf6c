/**
 * VPC endpoints through `assay collect` and a live `assay scan` against the
 * moto emulator, seeded through the SDK: an Interface endpoint for the ECR
 * API with its policy and a Gateway endpoint for S3 in one VPC, none in
 * another. moto 5.2.1 implements DescribeVpcEndpoints but neither
 * DescribeClientVpnEndpoints nor DescribeVpcBlockPublicAccessOptions, so
 * Client VPN endpoints and Block Public Access are covered by the
 * recorded-response tests only.
 */
import { join } from 'node:path';
import { CreateSubnetCommand, CreateVpcCommand, CreateVpcEndpointCommand, EC2Client } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();
const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:*', Resource: '*' }] };

interface Seeded { private: string; bare: string; ecr: string; s3: string; subnet: string }

async function seed(moto: Moto): Promise<Seeded> {
  const ec2 = new EC2Client({ endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, region: 'us-east-1' });
  const vpc = async (cidr: string): Promise<string> => (await ec2.send(new CreateVpcCommand({ CidrBlock: cidr }))).Vpc?.VpcId ?? '';
  const privateVpc = await vpc('10.40.0.0/16');
  const bare = await vpc('10.41.0.0/16');
  const subnet = (await ec2.send(new CreateSubnetCommand({ VpcId: privateVpc, CidrBlock: '10.40.1.0/24', AvailabilityZone: 'us-east-1a' }))).Subnet?.SubnetId ?? '';
  const ecr = (await ec2.send(new CreateVpcEndpointCommand({
    VpcId: privateVpc, VpcEndpointType: 'Interface', ServiceName: 'com.amazonaws.us-east-1.ecr.api', SubnetIds: [subnet], PrivateDnsEnabled: true, PolicyDocument: JSON.stringify(policy),
  }))).VpcEndpoint?.VpcEndpointId ?? '';
  const s3 = (await ec2.send(new CreateVpcEndpointCommand({ VpcId: privateVpc, VpcEndpointType: 'Gateway', ServiceName: 'com.amazonaws.us-east-1.s3', PolicyDocument: JSON.stringify(policy) }))).VpcEndpoint?.VpcEndpointId ?? '';
  return { private: privateVpc, bare, ecr, s3, subnet };
}

describe.skipIf(!ready)('VPC endpoints against the moto emulator', () => {
  const fixture = useMoto('assay-moto-vpce-', seed);

  it('assay collect records each endpoint with its VPC, service, kind, policy and subnets', async () => {
    const out = join(fixture.dir, 'snap.json.gz');
    const run = await assay(['collect', '--regions', 'us-east-1', '--types', 'aws.ec2.vpc,aws.ec2.vpc-endpoint', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const { seeded } = fixture;
    const endpoint = (id: string) => snapshot.resources.find((r) => r.type === 'aws.ec2.vpc-endpoint' && r.id === id);
    // moto answers a new endpoint as available, as AWS does once an AWS service's endpoint is created.
    expect(endpoint(seeded.ecr)?.data).toMatchObject({ state: 'available', vpcId: seeded.private, vpcEndpointType: 'Interface', serviceName: 'com.amazonaws.us-east-1.ecr.api', policyDocument: policy, subnetIds: [seeded.subnet] });
    expect(endpoint(seeded.s3)?.data).toMatchObject({ vpcId: seeded.private, vpcEndpointType: 'Gateway', serviceName: 'com.amazonaws.us-east-1.s3', policyDocument: policy });
    for (const id of [seeded.ecr, seeded.s3]) {
      const unread = endpoint(id)?.errors?.map((e) => e.path) ?? [];
      for (const path of ['vpcId', 'vpcEndpointType', 'serviceName', 'policyDocument']) expect(unread, id).not.toContain(path);
    }
    expect(snapshot.coverage).toContainEqual(expect.objectContaining({ type: 'aws.ec2.vpc-endpoint', region: 'us-east-1', status: 'complete' }));
  });

  it('a live assay scan judges each VPC by its endpoints', async () => {
    // The snapshot the test above collected (scan has no --types; collecting every type from moto is slow and beside the point).
    const run = await assay(['scan', '--snapshot', join(fixture.dir, 'snap.json.gz'), '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    const { seeded } = fixture;
    expect(statusOf('aws-ec2-vpc-endpoint-for-ecr-api', seeded.private)).toBe('PASS');
    expect(statusOf('aws-ec2-vpc-endpoint-for-ecr-api', seeded.bare)).toBe('FAIL');
    expect(statusOf('aws-ec2-vpc-endpoint-for-ssm', seeded.private)).toBe('FAIL');
  });
});
