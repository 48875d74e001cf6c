/**
 * `assay collect` and a live `assay scan` as a user runs them — a real
 * process, configured by environment only (AWS_ENDPOINT_URL) — against the
 * moto emulator seeded through the SDK with compliant and non-compliant
 * resources in two regions.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateKeyCommand, EnableKeyRotationCommand, KMSClient } from '@aws-sdk/client-kms';
import { CreateLoginProfileCommand, CreateUserCommand, IAMClient, UpdateAccountPasswordPolicyCommand } from '@aws-sdk/client-iam';
import { CreateTrailCommand, CloudTrailClient, StartLoggingCommand } from '@aws-sdk/client-cloudtrail';
import { CreateEventBusCommand, DisableRuleCommand, EventBridgeClient, PutPermissionCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateDetectorCommand, GuardDutyClient } from '@aws-sdk/client-guardduty';
import {
  AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client, EnableEbsEncryptionByDefaultCommand, ModifySubnetAttributeCommand,
} from '@aws-sdk/client-ec2';
import { CreateBucketCommand, PutBucketEncryptionCommand, PutBucketPolicyCommand, PutBucketVersioningCommand, PutPublicAccessBlockCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoAvailable, startMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const availability = motoAvailable();
if (!availability.ok) {
  if (process.env.CI === 'true') throw new Error(`the moto emulator is required under CI=true: ${availability.reason}`);
  console.warn(`skipping emulator integration tests: ${availability.reason}`);
}


interface Seeded { rotating: string; stale: string; euKey: string; sshOpen: string; httpsOnly: string; vpc: string; publicSubnet: string }

const secureBucket = 'assay-it-secure';
const openBucket = 'assay-it-open-eu';
const denyHttp = (bucket: string): string => JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
});

async function seed(moto: Moto): Promise<Seeded> {
  const config = { endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const kms = new KMSClient({ ...config, region: 'us-east-1' });
  const kmsEu = new KMSClient({ ...config, region: 'eu-west-1' });
  const rotating = (await kms.send(new CreateKeyCommand({ Description: 'rotating' }))).KeyMetadata?.KeyId ?? '';
  await kms.send(new EnableKeyRotationCommand({ KeyId: rotating }));
  const stale = (await kms.send(new CreateKeyCommand({ Description: 'never rotated' }))).KeyMetadata?.KeyId ?? '';
  const euKey = (await kmsEu.send(new CreateKeyCommand({ Description: 'eu key' }))).KeyMetadata?.KeyId ?? '';
  // moto's buckets behave like AWS before 2023: no default encryption or Block Public Access unless seeded.
  const s3 = new S3Client({ ...config, region: 'us-east-1' });
  const s3Eu = new S3Client({ ...config, region: 'eu-west-1' });
  await s3.send(new CreateBucketCommand({ Bucket: secureBucket }));
  await s3.send(new PutBucketEncryptionCommand({ Bucket: secureBucket, ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] } }));
  await s3.send(new PutPublicAccessBlockCommand({ Bucket: secureBucket, PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }));
  await s3.send(new PutBucketPolicyCommand({ Bucket: secureBucket, Policy: denyHttp(secureBucket) }));
  await s3.send(new PutBucketVersioningCommand({ Bucket: secureBucket, VersioningConfiguration: { Status: 'Enabled' } }));
  await s3Eu.send(new CreateBucketCommand({ Bucket: openBucket, CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
  // A multi-region trail, logging, with validation: one resource, in its home region.
  const trails = new CloudTrailClient({ ...config, region: 'us-east-1' });
  await trails.send(new CreateTrailCommand({ Name: 'org-audit', S3BucketName: secureBucket, IsMultiRegionTrail: true, EnableLogFileValidation: true }));
  await trails.send(new StartLoggingCommand({ Name: 'org-audit' }));
  // Network: SSH open to the world in one group, HTTPS only in another, in a VPC without flow logs.
  const ec2 = new EC2Client({ ...config, region: 'us-east-1' });
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }))).Vpc?.VpcId ?? '';
  const sshOpen = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'ssh-open', Description: 'ssh from anywhere', VpcId: vpc }))).GroupId ?? '';
  await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: sshOpen, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
  const httpsOnly = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'https-only', Description: 'https', VpcId: vpc }))).GroupId ?? '';
  await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: httpsOnly, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, Ipv6Ranges: [{ CidrIpv6: '::/0' }] }] }));
  await ec2.send(new EnableEbsEncryptionByDefaultCommand({}));
  // A subnet that gives every instance a public address (moto's new subnets do not, as AWS's do not).
  const publicSubnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.20.1.0/24', AvailabilityZone: 'us-east-1a' }))).Subnet?.SubnetId ?? '';
  await ec2.send(new ModifySubnetAttributeCommand({ SubnetId: publicSubnet, MapPublicIpOnLaunch: { Value: true } }));
  // IAM: a console user without MFA, and a password policy shorter than CIS asks.
  const iam = new IAMClient({ ...config, region: 'us-east-1' });
  await iam.send(new CreateUserCommand({ UserName: 'console-no-mfa' }));
  await iam.send(new CreateLoginProfileCommand({ UserName: 'console-no-mfa', Password: 'Correct-Horse-9' }));
  await iam.send(new CreateUserCommand({ UserName: 'api-only' }));
  await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 8 }));
  await seedEvents(new EventBridgeClient({ ...config, region: 'us-east-1' }));
  // GuardDuty on in us-east-1 with RDS protection off; no detector in eu-west-1.
  await new GuardDutyClient({ ...config, region: 'us-east-1' }).send(new CreateDetectorCommand({
    Enable: true, FindingPublishingFrequency: 'SIX_HOURS',
    Features: [{ Name: 'S3_DATA_EVENTS', Status: 'ENABLED' }, { Name: 'RDS_LOGIN_EVENTS', Status: 'DISABLED' }],
  }));
  return { rotating, stale, euKey, sshOpen, httpsOnly, vpc, publicSubnet };
}

const eventsArn = (resource: string): string => `arn:aws:events:us-east-1:123456789012:${resource}`;
const alertsTopic = 'arn:aws:sns:us-east-1:123456789012:security-alerts';
const responder = 'arn:aws:lambda:us-east-1:123456789012:function:trail-responder';
const dlq = 'arn:aws:sqs:us-east-1:123456789012:events-dlq';
const rootSignIn = { 'detail-type': ['AWS Console Sign In via CloudTrail'], detail: { userIdentity: { type: ['Root'] } } };
const trailTampering = { source: ['aws.cloudtrail'], detail: { eventName: ['StopLogging', 'DeleteTrail', 'UpdateTrail'] } };

/**
 * EventBridge in us-east-1: the default bus open to another account's
 * PutEvents, a custom bus with a dead-letter queue, and rules with patterns,
 * a schedule and targets (moto's PutTargets accepts targets that do not
 * exist, as AWS's does for SNS and Lambda).
 */
async function seedEvents(events: EventBridgeClient): Promise<void> {
  await events.send(new PutPermissionCommand({ EventBusName: 'default', StatementId: 'partner', Action: 'events:PutEvents', Principal: '210987654321' }));
  await events.send(new CreateEventBusCommand({ Name: 'security', Description: 'security findings', DeadLetterConfig: { Arn: dlq } }));
  await events.send(new PutRuleCommand({ Name: 'root-sign-in', EventPattern: JSON.stringify(rootSignIn), State: 'ENABLED', Description: 'page on root sign-in' }));
  await events.send(new PutTargetsCommand({ Rule: 'root-sign-in', Targets: [{ Id: 'alerts', Arn: alertsTopic }] }));
  await events.send(new PutRuleCommand({ Name: 'trail-tampering', EventPattern: JSON.stringify(trailTampering), State: 'ENABLED' }));
  await events.send(new PutTargetsCommand({ Rule: 'trail-tampering', Targets: [{
    Id: 'responder', Arn: responder, DeadLetterConfig: { Arn: dlq }, RetryPolicy: { MaximumRetryAttempts: 5, MaximumEventAgeInSeconds: 900 },
    InputTransformer: { InputPathsMap: { event: '$.detail.eventName' }, InputTemplate: '"<event>"' },
  }] }));
  await events.send(new PutRuleCommand({ Name: 'nightly', ScheduleExpression: 'rate(1 day)', State: 'ENABLED' }));
  await events.send(new PutTargetsCommand({ Rule: 'nightly', Targets: [{ Id: 'report', Arn: responder, Input: '{"report":"nightly"}' }] }));
  await events.send(new PutRuleCommand({ Name: 'old-alarm', EventPattern: JSON.stringify({ source: ['aws.guardduty'] }) }));
  await events.send(new DisableRuleCommand({ Name: 'old-alarm' }));
  await events.send(new PutRuleCommand({ Name: 'root-sign-in', EventBusName: 'security', EventPattern: JSON.stringify(rootSignIn) }));
}

describe.skipIf(!availability.ok)('collection against the moto emulator', () => {
  let moto: Moto;
  let dir: string;
  let seeded: Seeded;

  beforeAll(async () => {
    moto = await startMoto();
    dir = await mkdtemp(join(tmpdir(), 'assay-moto-'));
    seeded = await seed(moto);
  });

  afterAll(async () => {
    await moto.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('assay collect writes a valid snapshot holding every seeded resource', async () => {
    const out = join(dir, 'snap.json.gz');
    const run = await assay(['collect', '--regions', 'us-east-1,eu-west-1', '-o', out], moto.env);
    expect(run.stderr).toContain(`wrote ${out}`);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('testing'); // never print credentials
    const { snapshot } = await readSnapshotFile(out);
    expect(snapshot.scope).toMatchObject({ accounts: ['123456789012'], regions: ['eu-west-1', 'us-east-1'] });
    const keys = snapshot.resources.filter((r) => r.type === 'aws.kms.key');
    expect(keys.map((k) => `${k.region}/${k.id}`).sort()).toEqual([`eu-west-1/${seeded.euKey}`, `us-east-1/${seeded.rotating}`, `us-east-1/${seeded.stale}`].sort());
    expect(keys.find((k) => k.id === seeded.rotating)?.data).toMatchObject({ rotationEnabled: true, keyManager: 'CUSTOMER' });
    expect(keys.find((k) => k.id === seeded.stale)?.data).toMatchObject({ rotationEnabled: false });
    const buckets = snapshot.resources.filter((r) => r.type === 'aws.s3.bucket');
    expect(buckets.map((b) => `${b.region}/${b.id}`).sort()).toEqual([`eu-west-1/${openBucket}`, `us-east-1/${secureBucket}`]);
    expect(buckets.find((b) => b.id === secureBucket)?.data).toMatchObject({
      encryption: { rules: [{ sseAlgorithm: 'AES256' }] },
      publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
      versioning: { status: 'Enabled' },
    });
    expect(buckets.find((b) => b.id === openBucket)?.data).toMatchObject({ encryption: null, publicAccessBlock: null, policy: null, versioning: { status: null } });
    // moto answers GetBucketPolicyStatus with an empty body: that must be a recorded failure, never "not public".
    expect(buckets.find((b) => b.id === secureBucket)?.errors?.map((e) => e.path)).toContain('policyStatus');
    expect(snapshot.coverage.filter((c) => c.type === 'aws.s3.bucket').map((c) => `${c.region}:${c.status}`).sort()).toEqual(['eu-west-1:complete', 'us-east-1:complete']);
    const trails = snapshot.resources.filter((r) => r.type === 'aws.cloudtrail.trail');
    expect(trails.map((t) => `${t.region}/${t.id}`)).toEqual(['us-east-1/org-audit']);
    expect(trails[0]?.data).toMatchObject({ isMultiRegionTrail: true, logFileValidationEnabled: true, s3BucketName: secureBucket, status: { isLogging: true } });
    const group = snapshot.resources.find((r) => r.type === 'aws.ec2.security-group' && r.id === seeded.sshOpen);
    expect(group?.data).toMatchObject({ groupName: 'ssh-open', vpcId: seeded.vpc, ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidr: '0.0.0.0/0' }] }] });
    const subnet = snapshot.resources.find((r) => r.type === 'aws.ec2.subnet' && r.id === seeded.publicSubnet);
    expect(subnet?.errors).toBeUndefined();
    expect(subnet?.data).toMatchObject({ vpcId: seeded.vpc, cidrBlock: '10.20.1.0/24', availabilityZone: 'us-east-1a', mapPublicIpOnLaunch: true, defaultForAz: false, state: 'available' });
    const users = snapshot.resources.filter((r) => r.type === 'aws.iam.user');
    expect(users.map((u) => u.id).sort()).toEqual(['api-only', 'console-no-mfa']);
    expect(users.find((u) => u.id === 'console-no-mfa')?.data).toMatchObject({ mfaDevices: [] });
    expect((users.find((u) => u.id === 'console-no-mfa')?.data as { loginProfile?: unknown }).loginProfile).not.toBeNull();
    expect(users.find((u) => u.id === 'api-only')?.data).toMatchObject({ loginProfile: null });
    const account = snapshot.resources.find((r) => r.type === 'aws.account');
    expect(account?.data).toMatchObject({ passwordPolicy: { minimumPasswordLength: 8 } });
    const regions = snapshot.resources.filter((r) => r.type === 'aws.region');
    expect(regions.map((r) => [r.id, (r.data as { ebsEncryptionByDefault?: boolean }).ebsEncryptionByDefault])).toEqual([['eu-west-1', false], ['us-east-1', true]]);

    // EventBridge: every region's default bus; the seeded bus, rules and targets in us-east-1.
    const buses = snapshot.resources.filter((r) => r.type === 'aws.events.event-bus');
    expect(buses.map((b) => `${b.region}/${b.id}`).sort()).toEqual(['eu-west-1/default', 'us-east-1/default', 'us-east-1/security']);
    expect(buses.every((b) => b.errors === undefined)).toBe(true);
    const bus = (region: string, id: string) => buses.find((b) => b.region === region && b.id === id)?.data;
    expect(bus('us-east-1', 'default')).toMatchObject({ isDefault: true, kmsKeyIdentifier: null, deadLetterArn: null, policy: { Statement: [expect.objectContaining({ Sid: 'partner', Action: 'events:PutEvents', Principal: { AWS: 'arn:aws:iam::210987654321:root' } })] } });
    expect(bus('eu-west-1', 'default')).toMatchObject({ isDefault: true, policy: null });
    expect(bus('us-east-1', 'security')).toMatchObject({ isDefault: false, description: 'security findings', deadLetterArn: dlq, policy: null });
    const rules = snapshot.resources.filter((r) => r.type === 'aws.events.rule');
    expect(rules.map((r) => `${r.region}/${r.id}`).sort()).toEqual(['us-east-1/nightly', 'us-east-1/old-alarm', 'us-east-1/root-sign-in', 'us-east-1/security/root-sign-in', 'us-east-1/trail-tampering']);
    expect(rules.every((r) => r.errors === undefined)).toBe(true);
    const rule = (id: string) => rules.find((r) => r.id === id)?.data;
    const none = { roleArn: null, hasInput: false, hasInputPath: false, inputTransformer: null, deadLetterArn: null, retryPolicy: null };
    expect(rule('root-sign-in')).toMatchObject({ eventBusName: 'default', state: 'ENABLED', scheduleExpression: null, description: 'page on root sign-in', targets: [{ ...none, id: 'alerts', arn: alertsTopic, service: 'sns' }] });
    // The pattern as the text PutRule was given, as AWS returns it.
    expect(rule('root-sign-in')?.eventPattern).toBe(JSON.stringify(rootSignIn));
    expect(rule('trail-tampering')?.eventPattern).toBe(JSON.stringify(trailTampering));
    expect(rule('trail-tampering')).toMatchObject({ targets: [{ ...none, id: 'responder', arn: responder, service: 'lambda', deadLetterArn: dlq, retryPolicy: { maximumRetryAttempts: 5, maximumEventAgeInSeconds: 900 }, inputTransformer: { inputTemplate: '"<event>"' } }] });
    expect(rule('nightly')).toMatchObject({ eventPattern: null, scheduleExpression: 'rate(1 day)', targets: [{ ...none, id: 'report', service: 'lambda', hasInput: true }] });
    expect(rule('old-alarm')).toMatchObject({ state: 'DISABLED', targets: [] });
    expect(rule('security/root-sign-in')).toMatchObject({ eventBusName: 'security', arn: eventsArn('rule/security/root-sign-in'), targets: [] });
    expect(snapshot.coverage.filter((c) => c.type.startsWith('aws.events.')).map((c) => `${c.type} ${c.region}:${c.status}`).sort()).toEqual([
      'aws.events.event-bus eu-west-1:complete', 'aws.events.event-bus us-east-1:complete', 'aws.events.rule eu-west-1:complete', 'aws.events.rule us-east-1:complete',
    ]);
    // GuardDuty: one resource per region, also where there is no detector.
    const detectors = snapshot.resources.filter((r) => r.type === 'aws.guardduty.detector');
    expect(detectors.map((d) => d.id).sort()).toEqual(['eu-west-1', 'us-east-1']);
    const detector = (region: string) => detectors.find((d) => d.id === region);
    expect(detector('us-east-1')?.data).toMatchObject({ status: 'ENABLED', findingPublishingFrequency: 'SIX_HOURS' });
    const features = (detector('us-east-1')?.data as { features?: { name: string; status: string }[] }).features ?? [];
    expect(features.map((f) => `${f.name} ${f.status}`).sort()).toEqual(['RDS_LOGIN_EVENTS DISABLED', 'S3_DATA_EVENTS ENABLED']);
    expect((detector('us-east-1')?.data as { detectorId?: unknown }).detectorId).toEqual(expect.any(String));
    expect(detector('eu-west-1')?.data).toMatchObject({ detectorId: null, status: null, features: [] });
    // moto answers DescribeOrganizationConfiguration "not yet implemented": recorded as unreadable, not as "not the administrator".
    expect(detector('us-east-1')?.errors?.map((e) => e.path)).toEqual(['organization']);
  });

  it('a live assay scan gives the right verdicts', async () => {
    // The seeded account has high-severity failures (SSH open to the world): the default gate exits 1.
    const run = await assay(['scan', '--regions', 'us-east-1,eu-west-1', '--format', 'json', '--quiet'], moto.env);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('gate failed: ');
    const result = JSON.parse(run.stdout) as ScanResult;
    const verdict = (id: string): string | undefined => result.findings.find((f) => f.policy === 'aws-kms-cmk-rotation-enabled' && f.resource.id === id)?.status;
    expect(verdict(seeded.rotating)).toBe('PASS');
    expect(verdict(seeded.stale)).toBe('FAIL');
    expect(verdict(seeded.euKey)).toBe('FAIL');
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(statusOf('aws-s3-bucket-default-encryption', secureBucket)).toBe('PASS');
    expect(statusOf('aws-s3-bucket-default-encryption', openBucket)).toBe('FAIL');
    expect(statusOf('aws-s3-bucket-denies-http', secureBucket)).toBe('PASS');
    expect(statusOf('aws-s3-bucket-denies-http', openBucket)).toBe('FAIL');
    expect(statusOf('aws-s3-bucket-block-public-access', secureBucket)).toBe('PASS');
    expect(statusOf('aws-s3-bucket-block-public-access', openBucket)).not.toBe('PASS');
    expect(statusOf('aws-ec2-security-group-no-admin-ports-from-ipv4-internet', seeded.sshOpen)).toBe('FAIL');
    expect(statusOf('aws-ec2-security-group-no-admin-ports-from-ipv4-internet', seeded.httpsOnly)).toBe('PASS');
    expect(statusOf('aws-cloudtrail-log-file-validation-enabled', 'org-audit')).toBe('PASS');
    expect(statusOf('aws-cloudtrail-kms-encrypted', 'org-audit')).toBe('FAIL');
    expect(statusOf('aws-ec2-vpc-flow-logs-enabled', seeded.vpc)).toBe('FAIL');
    expect(statusOf('aws-ec2-ebs-default-encryption', 'us-east-1')).toBe('PASS');
    expect(statusOf('aws-ec2-ebs-default-encryption', 'eu-west-1')).toBe('FAIL');
    expect(statusOf('aws-iam-user-console-mfa', 'console-no-mfa')).toBe('FAIL');
    expect(statusOf('aws-iam-user-console-mfa', 'api-only')).toBe('NOT_APPLICABLE');
    expect(statusOf('aws-iam-password-policy-min-length', '123456789012')).toBe('FAIL');
    expect(statusOf('aws-guardduty-enabled', 'us-east-1')).toBe('PASS');
    expect(statusOf('aws-guardduty-enabled', 'eu-west-1')).toBe('FAIL');
    expect(statusOf('aws-guardduty-protection-features', 'us-east-1')).toBe('FAIL');
  });

  it('an EventBridge rule passes a monitoring control live where the pack accepts EventBridge, and not under the CIS reading', async () => {
    // The seeded trail-tampering rule misses CreateTrail and StartLogging; this one catches every CloudTrail change.
    const events = new EventBridgeClient({ region: 'us-east-1', endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
    await events.send(new PutRuleCommand({ Name: 'trail-changes', EventPattern: JSON.stringify({ source: ['aws.cloudtrail'], detail: { eventName: ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'] } }), State: 'ENABLED' }));
    await events.send(new PutTargetsCommand({ Rule: 'trail-changes', Targets: [{ Id: 'responder', Arn: responder }] }));
    // --pass-evidence: a PASS names the chain that passed.
    const control = async (pack: string): Promise<ScanResult['findings'][number] | undefined> => {
      const run = await assay(['scan', '--regions', 'us-east-1', '--pack', pack, '--format', 'json', '--fail-on', 'none', '--pass-evidence', '--quiet'], moto.env);
      expect(run.code, run.stderr).toBe(0);
      return (JSON.parse(run.stdout) as ScanResult).findings.find((f) => f.policy === 'aws-cloudwatch-alarm-cloudtrail-changes');
    };
    const accepted = await control('aws-logging-monitoring');
    expect(accepted?.status).toBe('PASS');
    expect(accepted?.evidence).toContainEqual(expect.objectContaining({ op: 'catchesCloudTrailEvents', result: 'pass', resource: 'aws.events.rule trail-changes' }));
    expect((await control('cis-aws-foundations-7.0.0'))?.status).toBe('FAIL');
  });
});
