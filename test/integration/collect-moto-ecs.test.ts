/**
 * ECS task definitions collected by `assay collect` and judged by a live
 * `assay scan` — real processes, configured by environment only — against
 * the moto emulator, seeded through the SDK: a hardened Fargate family
 * registered twice (the later revision is the one collected), a legacy EC2
 * family in us-east-1, and a family in eu-west-1 with a writable root.
 *
 * What moto 5.2.1 answers and leaves out: RegisterTaskDefinition fills each
 * container definition with an empty environment list (as AWS does) and
 * leaves privileged, user, readonlyRootFilesystem and logConfiguration out
 * unless they were sent (as AWS does: null in the snapshot, "not set").
 * It answers networkMode bridge for an EC2 definition registered without
 * one. ListTaskDefinitionFamilies ignores status and does not page, and
 * DescribeTaskDefinition by family answers the highest revision whatever
 * its status, so deregistration is not exercised here (the recorded test
 * covers the listing's paging). Services: CreateService answers the launch
 * type, platform version and awsvpc configuration as sent (the subnets and
 * security groups must exist in moto's EC2), in the short ARN format
 * service/NAME. CreateCluster without settings answers containerInsights
 * disabled, as AWS does without an account default.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateClusterCommand, CreateServiceCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

const ACCOUNT = '123456789012';
const IMAGE = `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/payments/api:1.4.2`;
const SECRET_VALUE = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

async function seed(moto: Moto): Promise<void> {
  const config = { endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const east = new ECSClient({ ...config, region: 'us-east-1' });
  const eu = new ECSClient({ ...config, region: 'eu-west-1' });
  const hardened = {
    family: 'payments-api', networkMode: 'awsvpc' as const, requiresCompatibilities: ['FARGATE' as const], cpu: '256', memory: '512',
    containerDefinitions: [{
      name: 'api', image: IMAGE, user: '1000:1000', privileged: false, readonlyRootFilesystem: true,
      logConfiguration: { logDriver: 'awslogs' as const, options: { 'awslogs-group': '/ecs/payments-api' } },
      environment: [{ name: 'PORT', value: '8080' }],
    }],
    tags: [{ key: 'team', value: 'payments' }],
  };
  // Revision 1 runs privileged; revision 2, the latest, is hardened: only revision 2 is collected.
  await east.send(new RegisterTaskDefinitionCommand({ ...hardened, containerDefinitions: [{ ...hardened.containerDefinitions[0], privileged: true }] }));
  await east.send(new RegisterTaskDefinitionCommand(hardened));
  // Only what the call requires, plus the host's PIDs, a privileged sidecar and an access key in plain text.
  await east.send(new RegisterTaskDefinitionCommand({
    family: 'legacy-worker', pidMode: 'host',
    containerDefinitions: [
      { name: 'worker', image: IMAGE, memory: 256, environment: [{ name: 'AWS_ACCESS_KEY_ID', value: 'AKIAIOSFODNN7EXAMPLE' }, { name: 'AWS_SECRET_ACCESS_KEY', value: SECRET_VALUE }] },
      { name: 'agent', image: IMAGE, memory: 128, privileged: true, logConfiguration: { logDriver: 'json-file' } },
    ],
  }));
  // Two Fargate services in cluster prod: private on LATEST, and public on an old platform.
  const ec2 = new EC2Client({ ...config, region: 'us-east-1' });
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }));
  const subnet = await ec2.send(new CreateSubnetCommand({ VpcId: vpc.Vpc?.VpcId, CidrBlock: '10.0.1.0/24' }));
  const group = await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'ecs-tasks', Description: 'ECS tasks', VpcId: vpc.Vpc?.VpcId }));
  const awsvpc = (assignPublicIp: 'ENABLED' | 'DISABLED') => ({ awsvpcConfiguration: { subnets: [subnet.Subnet?.SubnetId ?? ''], securityGroups: [group.GroupId ?? ''], assignPublicIp } });
  await east.send(new CreateClusterCommand({ clusterName: 'prod', settings: [{ name: 'containerInsights', value: 'enabled' }] }));
  await eu.send(new CreateClusterCommand({ clusterName: 'reports-eu' }));
  await east.send(new CreateServiceCommand({ cluster: 'prod', serviceName: 'payments-api', taskDefinition: 'payments-api', desiredCount: 1, launchType: 'FARGATE', platformVersion: 'LATEST', networkConfiguration: awsvpc('DISABLED') }));
  await east.send(new CreateServiceCommand({ cluster: 'prod', serviceName: 'web', taskDefinition: 'payments-api', desiredCount: 1, launchType: 'FARGATE', platformVersion: '1.3.0', networkConfiguration: awsvpc('ENABLED') }));
  await eu.send(new RegisterTaskDefinitionCommand({
    family: 'reports', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512',
    containerDefinitions: [{ name: 'report', image: IMAGE, user: '1000', readonlyRootFilesystem: false, logConfiguration: { logDriver: 'awslogs' } }],
  }));
}

describe.skipIf(!ready)('ECS task definitions against the moto emulator', () => {
  const fixture = useMoto('assay-moto-ecs-', seed);

  it('assay collect writes the latest revision of every family, environment variables by name only', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1,eu-west-1', '--types', 'aws.ecs.task-definition', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const definitions = snapshot.resources.filter((r) => r.type === 'aws.ecs.task-definition');
    expect(definitions.map((d) => `${d.region}/${d.id}`).sort()).toEqual(['eu-west-1/reports:1', 'us-east-1/legacy-worker:1', 'us-east-1/payments-api:2']);
    expect(snapshot.coverage.filter((c) => c.type === 'aws.ecs.task-definition').map((c) => `${c.region}:${c.status}`).sort()).toEqual(['eu-west-1:complete', 'us-east-1:complete']);
    expect(definitions.every((d) => d.errors === undefined)).toBe(true);
    const definition = (id: string) => definitions.find((d) => d.id === id);

    expect(definition('payments-api:2')).toMatchObject({ arn: `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/payments-api:2`, tags: { team: 'payments' } });
    expect(definition('payments-api:2')?.data).toEqual({
      family: 'payments-api', revision: 2, arn: `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/payments-api:2`, status: 'ACTIVE',
      networkMode: 'awsvpc', pidMode: null, requiresCompatibilities: ['FARGATE'],
      containerDefinitions: [{ name: 'api', image: IMAGE, privileged: false, user: '1000:1000', readonlyRootFilesystem: true, logDriver: 'awslogs', environment: [{ name: 'PORT' }] }],
    });
    // Left unset: null; moto answers bridge for an EC2 definition without a network mode.
    expect(definition('legacy-worker:1')?.data).toMatchObject({
      networkMode: 'bridge', pidMode: 'host', requiresCompatibilities: null,
      containerDefinitions: [
        { name: 'worker', privileged: null, user: null, readonlyRootFilesystem: null, logDriver: null, environment: [{ name: 'AWS_ACCESS_KEY_ID' }, { name: 'AWS_SECRET_ACCESS_KEY' }] },
        { name: 'agent', privileged: true, logDriver: 'json-file', environment: [] },
      ],
    });
    expect(definition('reports:1')?.data).toMatchObject({ containerDefinitions: [{ readonlyRootFilesystem: false, user: '1000', privileged: null }] });
    // The values never reach the snapshot file.
    const written = await readFile(out, 'utf8');
    expect(written).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(written).not.toContain(SECRET_VALUE);
    expect(written).not.toContain('8080');
  });

  it('assay collect writes each cluster\'s services with launch type, platform version and public IP assignment', async () => {
    const out = join(fixture.dir, 'services.json');
    const run = await assay(['collect', '--regions', 'us-east-1,eu-west-1', '--types', 'aws.ecs.service', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const services = snapshot.resources.filter((r) => r.type === 'aws.ecs.service');
    expect(services.map((s) => `${s.region}/${s.id}`).sort()).toEqual(['us-east-1/prod/payments-api', 'us-east-1/prod/web']);
    expect(snapshot.coverage.filter((c) => c.type === 'aws.ecs.service').map((c) => `${c.region}:${c.status}`).sort()).toEqual(['eu-west-1:complete', 'us-east-1:complete']);
    const service = (id: string) => services.find((s) => s.id === id);
    expect(service('prod/payments-api')?.data).toMatchObject({
      serviceName: 'payments-api', clusterArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/prod`, status: 'ACTIVE', launchType: 'FARGATE', capacityProviders: [],
      platformVersion: 'LATEST', assignPublicIp: 'DISABLED', taskDefinition: `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/payments-api:2`,
    });
    expect(service('prod/web')?.data).toMatchObject({ platformVersion: '1.3.0', assignPublicIp: 'ENABLED' });
    expect(services.every((s) => s.errors === undefined)).toBe(true);
  });

  it('assay collect writes each cluster with its Container Insights setting', async () => {
    const out = join(fixture.dir, 'clusters.json');
    const run = await assay(['collect', '--regions', 'us-east-1,eu-west-1', '--types', 'aws.ecs.cluster', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const clusters = snapshot.resources.filter((r) => r.type === 'aws.ecs.cluster');
    expect(clusters.map((c) => [`${c.region}/${c.id}`, c.data.containerInsights, c.errors]).sort()).toEqual([
      ['eu-west-1/reports-eu', 'disabled', undefined], ['us-east-1/prod', 'enabled', undefined],
    ]);
  });

  it('a live assay scan gives the task definition, service and cluster verdicts', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1,eu-west-1', '--pack', 'assay-workloads', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    const expected: Record<string, [string, string, string]> = {
      'aws-ecs-task-definition-no-host-pid-mode': ['PASS', 'FAIL', 'PASS'],
      'aws-ecs-task-definition-no-privileged-containers': ['PASS', 'FAIL', 'PASS'],
      'aws-ecs-task-definition-read-only-root-filesystem': ['PASS', 'FAIL', 'FAIL'],
      'aws-ecs-task-definition-no-environment-secrets': ['PASS', 'FAIL', 'PASS'],
      'aws-ecs-task-definition-logging-configured': ['PASS', 'FAIL', 'PASS'],
    };
    for (const [policy, [api, legacy, reports]] of Object.entries(expected)) {
      expect([policy, statusOf(policy, 'payments-api:2'), statusOf(policy, 'legacy-worker:1'), statusOf(policy, 'reports:1')]).toEqual([policy, api, legacy, reports]);
    }
    expect(statusOf('aws-ecs-service-no-public-ip', 'prod/payments-api')).toBe('PASS');
    expect(statusOf('aws-ecs-service-no-public-ip', 'prod/web')).toBe('FAIL');
    expect(statusOf('aws-ecs-service-fargate-latest-platform', 'prod/payments-api')).toBe('PASS');
    expect(statusOf('aws-ecs-service-fargate-latest-platform', 'prod/web')).toBe('FAIL');
    expect(statusOf('aws-ecs-cluster-container-insights', 'prod')).toBe('PASS');
    expect(statusOf('aws-ecs-cluster-container-insights', 'reports-eu')).toBe('FAIL');
  });
});
