/**
 * `assay collect` and `assay scan` against the moto emulator for load
 * balancers: an Application Load Balancer seeded with every attribute the
 * policies read, one left at moto's defaults (which, unlike AWS, answer no
 * access_logs.s3.enabled, drop_invalid_header_fields or desync mode: those
 * must be unknown, never a default), and a Classic Load Balancer with
 * attributes and a predefined SSL negotiation policy. Certificates are IAM
 * ARNs: moto checks ACM ARNs against its own ACM.
 */
import { join } from 'node:path';
import { CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  CreateLoadBalancerCommand as CreateClassicCommand, CreateLoadBalancerPolicyCommand, ElasticLoadBalancingClient, ModifyLoadBalancerAttributesCommand as ModifyClassicAttributesCommand,
  SetLoadBalancerPoliciesOfListenerCommand,
} from '@aws-sdk/client-elastic-load-balancing';
import { CreateListenerCommand, CreateLoadBalancerCommand, ElasticLoadBalancingV2Client, ModifyLoadBalancerAttributesCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

const iamCert = 'arn:aws:iam::123456789012:server-certificate/it-web';

async function seed(moto: Moto): Promise<void> {
  const config = { endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const ec2 = new EC2Client(config);
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.30.0.0/16' }))).Vpc?.VpcId ?? '';
  const subnetA = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.30.1.0/24', AvailabilityZone: 'us-east-1a' }))).Subnet?.SubnetId ?? '';
  const subnetB = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.30.2.0/24', AvailabilityZone: 'us-east-1b' }))).Subnet?.SubnetId ?? '';
  const group = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'it-alb', Description: 'alb', VpcId: vpc }))).GroupId ?? '';

  const elbv2 = new ElasticLoadBalancingV2Client(config);
  const alb = (await elbv2.send(new CreateLoadBalancerCommand({ Name: 'it-alb', Subnets: [subnetA, subnetB], SecurityGroups: [group], Scheme: 'internet-facing', Type: 'application' }))).LoadBalancers?.[0]?.LoadBalancerArn ?? '';
  await elbv2.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: alb, Attributes: [
    { Key: 'deletion_protection.enabled', Value: 'true' }, { Key: 'access_logs.s3.enabled', Value: 'false' },
    { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'true' }, { Key: 'routing.http.desync_mitigation_mode', Value: 'strictest' },
  ] }));
  await elbv2.send(new CreateListenerCommand({ LoadBalancerArn: alb, Port: 80, Protocol: 'HTTP', DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }] }));
  await elbv2.send(new CreateListenerCommand({
    LoadBalancerArn: alb, Port: 443, Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-2016-08', Certificates: [{ CertificateArn: iamCert }],
    DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '200', ContentType: 'text/plain', MessageBody: 'ok' } }],
  }));
  // Left at moto's defaults but for the scheme (moto answers none unless given one): one zone, no listeners.
  await elbv2.send(new CreateLoadBalancerCommand({ Name: 'it-alb-bare', Subnets: [subnetA], SecurityGroups: [group], Scheme: 'internal', Type: 'application' }));

  const elb = new ElasticLoadBalancingClient(config);
  await elb.send(new CreateClassicCommand({
    // moto does not derive the zones from the subnets, as AWS does: both are given.
    LoadBalancerName: 'it-clb', Subnets: [subnetA, subnetB], AvailabilityZones: ['us-east-1a', 'us-east-1b'], SecurityGroups: [group],
    Listeners: [
      { Protocol: 'HTTPS', LoadBalancerPort: 443, InstanceProtocol: 'HTTP', InstancePort: 80, SSLCertificateId: iamCert },
      { Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 },
    ],
  }));
  await elb.send(new ModifyClassicAttributesCommand({ LoadBalancerName: 'it-clb', LoadBalancerAttributes: {
    CrossZoneLoadBalancing: { Enabled: true }, ConnectionDraining: { Enabled: true, Timeout: 120 }, AccessLog: { Enabled: false },
    AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: 'strictest' }],
  } }));
  await elb.send(new CreateLoadBalancerPolicyCommand({
    LoadBalancerName: 'it-clb', PolicyName: 'tls-1-2', PolicyTypeName: 'SSLNegotiationPolicyType',
    PolicyAttributes: [{ AttributeName: 'Reference-Security-Policy', AttributeValue: 'ELBSecurityPolicy-TLS-1-2-2017-01' }],
  }));
  await elb.send(new SetLoadBalancerPoliciesOfListenerCommand({ LoadBalancerName: 'it-clb', LoadBalancerPort: 443, PolicyNames: ['tls-1-2'] }));
}

describe.skipIf(!ready)('load balancers against the moto emulator', () => {
  const fixture = useMoto('assay-moto-elb-', seed);

  it('assay collect reads both APIs: attributes, listeners and the SSL negotiation policy', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1', '--quiet', '-o', out], fixture.moto.env);
    expect(run.code).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    expect(snapshot.coverage.filter((c) => c.type.startsWith('aws.elb')).map((c) => [c.type, c.status])).toEqual([['aws.elb.load-balancer', 'complete'], ['aws.elbv2.load-balancer', 'complete']]);

    const alb = snapshot.resources.find((r) => r.type === 'aws.elbv2.load-balancer' && r.id === 'it-alb');
    expect(alb?.errors).toBeUndefined();
    expect(alb?.data).toMatchObject({
      type: 'application', scheme: 'internet-facing', state: 'active', deletionProtection: true, accessLogsEnabled: false, accessLogsBucket: null,
      dropInvalidHeaderFields: true, desyncMitigationMode: 'strictest',
      availabilityZones: [expect.objectContaining({ zoneName: 'us-east-1a' }), expect.objectContaining({ zoneName: 'us-east-1b' })],
    });
    const listeners = (alb?.data.listeners ?? []) as { protocol: string; port: number; sslPolicy: string | null; certificateArns: string[]; defaultActions: unknown[] }[];
    // moto gives every listener its default SslPolicy, HTTP ones too (AWS answers none there); policies read it only for HTTPS and TLS.
    expect(listeners.map((l) => [l.protocol, l.port]).sort()).toEqual([['HTTP', 80], ['HTTPS', 443]]);
    expect(listeners.find((l) => l.protocol === 'HTTPS')?.sslPolicy).toBe('ELBSecurityPolicy-2016-08');
    expect(listeners.find((l) => l.protocol === 'HTTP')?.defaultActions).toEqual([{ type: 'redirect', redirectProtocol: 'HTTPS', redirectPort: '443', redirectStatusCode: 'HTTP_301' }]);
    expect(listeners.find((l) => l.protocol === 'HTTPS')?.certificateArns).toEqual([iamCert]);

    // moto answers no access_logs.s3.enabled, drop_invalid_header_fields or desync mode for an untouched ALB:
    // unknown, recorded as such, never read as "off".
    const bare = snapshot.resources.find((r) => r.type === 'aws.elbv2.load-balancer' && r.id === 'it-alb-bare');
    expect(bare?.errors?.map((e) => [e.path, e.code]).sort()).toEqual([['accessLogsEnabled', 'IncompleteResponse'], ['desyncMitigationMode', 'IncompleteResponse'], ['dropInvalidHeaderFields', 'IncompleteResponse']]);
    expect(bare?.data).toMatchObject({ deletionProtection: false, listeners: [] });

    const clb = snapshot.resources.find((r) => r.type === 'aws.elb.load-balancer' && r.id === 'it-clb');
    expect(clb?.errors).toBeUndefined();
    expect(clb?.data).toMatchObject({
      availabilityZones: ['us-east-1a', 'us-east-1b'], accessLogEnabled: false, connectionDrainingEnabled: true, connectionDrainingTimeout: 120, crossZoneLoadBalancing: true, desyncMitigationMode: 'strictest',
      sslNegotiation: [{ loadBalancerPort: 443, policyName: 'tls-1-2', referenceSecurityPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' }],
    });
  });

  it('assay scan judges them: passes, failures with evidence, and ERROR where moto answered nothing', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--pack', 'aws-fsbp', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const status = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(status('aws-elbv2-alb-http-redirects-to-https', 'it-alb')).toBe('PASS');
    expect(status('aws-elbv2-alb-drops-invalid-headers', 'it-alb')).toBe('PASS');
    expect(status('aws-elbv2-alb-desync-mitigation-defensive', 'it-alb')).toBe('PASS');
    expect(status('aws-elbv2-deletion-protection-enabled', 'it-alb')).toBe('PASS');
    expect(status('aws-elbv2-multiple-azs', 'it-alb')).toBe('PASS');
    expect(status('aws-elbv2-alb-access-logs-enabled', 'it-alb')).toBe('FAIL');
    expect(status('aws-elbv2-listeners-recommended-tls-policy', 'it-alb')).toBe('FAIL');
    expect(status('aws-elbv2-alb-drops-invalid-headers', 'it-alb-bare')).toBe('ERROR');
    expect(status('aws-elbv2-multiple-azs', 'it-alb-bare')).toBe('FAIL');
    expect(status('aws-elb-classic-predefined-ssl-policy', 'it-clb')).toBe('PASS');
    expect(status('aws-elb-classic-desync-mitigation-defensive', 'it-clb')).toBe('PASS');
    expect(status('aws-elb-classic-acm-certificate', 'it-clb')).toBe('FAIL');
    expect(status('aws-elb-classic-tls-listeners-only', 'it-clb')).toBe('FAIL');
    expect(status('aws-elb-classic-access-logs-enabled', 'it-clb')).toBe('FAIL');
  });
});
