/**
 * `--source config` for launch configurations against `--source api` on
 * the same recorded account: the launch configurations served both as Auto
 * Scaling's own answers (DescribeLaunchConfigurations in two pages) and as
 * AWS Config's (two advanced query pages of Configuration Items holding
 * what AWS's Config resource schema lists for
 * AWS::AutoScaling::LaunchConfiguration, camelCase, null for what the
 * launch configuration was created without), collected through the real
 * SDK clients each way. The items hold every field, so Auto Scaling is
 * asked nothing; a key an item lacks is never read as "the launch default
 * applies", but from one listing per region.
 */
import { describe, expect, it } from 'vitest';
import { autoscalingLaunchConfigurations } from '../../src/collect/aws/autoscaling/launch-configurations.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { autoscalingLaunchConfigurationFromConfig } from '../../src/collect/config/mappers/autoscaling-launch-configuration.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { pagedAutoScaling } from '../support/autoscaling-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../support/collect.js';
import { members } from '../support/iam-xml.js';
import { byAction, queryError, type Route } from '../support/recorded-aws.js';
import { configRoutes } from '../support/config-recorded.js';

const ACCOUNT = '123456789012';
const arn = (name: string): string => `arn:aws:autoscaling:us-east-1:${ACCOUNT}:launchConfiguration:0000:launchConfigurationName/${name}`;

interface Volume { readonly device: string; readonly encrypted?: boolean; readonly snapshot?: string }
interface Model { readonly name: string; readonly imds?: { tokens?: string; hops?: number; endpoint?: string }; readonly publicIp?: boolean; readonly volumes: Volume[]; readonly instanceStore?: string }
/** Hardened (every option set), created with nothing set (every launch default applies), and partly set. */
const models: Model[] = [
  { name: 'hardened', imds: { tokens: 'required', hops: 1, endpoint: 'enabled' }, publicIp: false, volumes: [{ device: '/dev/xvda', encrypted: true }], instanceStore: '/dev/sdb' },
  { name: 'defaults', volumes: [] },
  { name: 'open', imds: { tokens: 'optional', hops: 3 }, publicIp: true, volumes: [{ device: '/dev/sdf', snapshot: 'snap-1' }] },
];

const element = (name: string, value: string | number | boolean | undefined): string => (value === undefined ? '' : `<${name}>${String(value)}</${name}>`);
/** A launch configuration as DescribeLaunchConfigurations answers it: what it was created without is left out. */
const answer = (m: Model): string =>
  `<LaunchConfigurationName>${m.name}</LaunchConfigurationName><LaunchConfigurationARN>${arn(m.name)}</LaunchConfigurationARN><ImageId>ami-1</ImageId><InstanceType>t3.micro</InstanceType>`
  + '<CreatedTime>2024-03-10T08:15:00.000Z</CreatedTime><SecurityGroups/><ClassicLinkVPCSecurityGroups/><KernelId></KernelId><RamdiskId></RamdiskId><UserData></UserData>'
  + (m.imds === undefined ? '' : `<MetadataOptions>${element('HttpTokens', m.imds.tokens)}${element('HttpPutResponseHopLimit', m.imds.hops)}${element('HttpEndpoint', m.imds.endpoint)}</MetadataOptions>`)
  + element('AssociatePublicIpAddress', m.publicIp)
  + `<BlockDeviceMappings>${members([
    ...m.volumes.map((v) => `<DeviceName>${v.device}</DeviceName><Ebs>${element('SnapshotId', v.snapshot)}<VolumeSize>8</VolumeSize>${element('Encrypted', v.encrypted)}</Ebs>`),
    ...(m.instanceStore === undefined ? [] : [`<VirtualName>ephemeral0</VirtualName><DeviceName>${m.instanceStore}</DeviceName>`]),
  ])}</BlockDeviceMappings>`;

const isList = byAction('DescribeLaunchConfigurations');
const api = (overrides: Route[] = []): Route[] => [
  ...overrides, regionsRoute(['us-east-1']), pagedAutoScaling('DescribeLaunchConfigurations', 'LaunchConfigurations', [models.slice(0, 2).map(answer), models.slice(2).map(answer)]),
];

/** A launch configuration as Config records it: the answer in camelCase, null for every member it was created without. */
const configuration = (m: Model, change: Record<string, unknown> = {}): Record<string, unknown> => ({
  launchConfigurationName: m.name, launchConfigurationARN: arn(m.name), imageId: 'ami-1', keyName: null, securityGroups: [], classicLinkVPCId: null, classicLinkVPCSecurityGroups: [],
  userData: '', instanceType: 't3.micro', kernelId: '', ramdiskId: '', createdTime: '2024-03-10T08:15:00.000Z', instanceMonitoring: null, spotPrice: null, iamInstanceProfile: null,
  ebsOptimized: null, placementTenancy: null,
  metadataOptions: m.imds === undefined ? null : { httpTokens: m.imds.tokens ?? null, httpPutResponseHopLimit: m.imds.hops ?? null, httpEndpoint: m.imds.endpoint ?? null },
  associatePublicIpAddress: m.publicIp ?? null,
  blockDeviceMappings: [
    ...m.volumes.map((v) => ({ virtualName: null, deviceName: v.device, noDevice: null, ebs: { snapshotId: v.snapshot ?? null, volumeSize: 8, volumeType: null, deleteOnTermination: null, iops: null, encrypted: v.encrypted ?? null, throughput: null } })),
    ...(m.instanceStore === undefined ? [] : [{ virtualName: 'ephemeral0', deviceName: m.instanceStore, noDevice: null, ebs: null }]),
  ],
  ...change,
});
const item = (m: Model, change: Record<string, unknown> | 'without configuration' = {}): string => JSON.stringify({
  resourceId: arn(m.name), resourceType: 'AWS::AutoScaling::LaunchConfiguration', resourceName: m.name, arn: arn(m.name), accountId: ACCOUNT, awsRegion: 'us-east-1',
  configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z', ...(change === 'without configuration' ? {} : { configuration: configuration(m, change) }),
  supplementaryConfiguration: {}, tags: [], relationships: [],
});

const config = (items: string[], overrides: Route[] = []): Route[] => [
  ...configRoutes(items, { resourceType: 'AWS::AutoScaling::LaunchConfiguration', completes: (id) => configuration(models.find((m) => arn(m.name) === id) as Model) }),
  ...api(overrides),
];
const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const fromConfig = configCollectors([autoscalingLaunchConfigurationFromConfig]);
const listed = (run: Awaited<ReturnType<typeof collectRecorded>>): unknown[] => run.aws.requests.filter(isList).map((r) => r.params.NextToken);

describe('--source config for launch configurations', () => {
  it('gives the same launch configurations as --source api, asking Auto Scaling nothing when the items hold every field', async () => {
    const fromApi = await collectRecorded([autoscalingLaunchConfigurations], api(), { regions: ['us-east-1'] });
    // open's item comes without its configuration, completed through BatchGetResourceConfig.
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m, m.name === 'open' ? 'without configuration' : {}))), { regions: ['us-east-1'] });
    expect(fromApi.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(fromApi.snapshot));
    expect(run.snapshot.resources).toHaveLength(3);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(fromApi.snapshot.coverage);
    expect(run.snapshot.resources.find((r) => r.id === 'defaults')?.data).toMatchObject({ metadataOptions: { httpTokens: null, httpPutResponseHopLimit: null, httpEndpoint: null }, associatePublicIpAddress: null });
    expect(run.aws.requests.filter((r) => r.target === 'StarlingDoveService.SelectResourceConfig').map((r) => r.params.NextToken)).toEqual([undefined, 'page-2']);
    expect(run.aws.requests.filter((r) => r.target === 'StarlingDoveService.BatchGetResourceConfig').map((r) => r.params.resourceKeys)).toEqual([[{ resourceType: 'AWS::AutoScaling::LaunchConfiguration', resourceId: arn('open') }]]);
    expect(listed(run)).toEqual([]);
  });

  it('reads a key the items lack from one listing, never as "the launch default applies"', async () => {
    const lacking = models.map((m) => item(m, { metadataOptions: undefined, associatePublicIpAddress: undefined, createdTime: 1710058500000 }));
    const fromApi = await collectRecorded([autoscalingLaunchConfigurations], api(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(lacking), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(fromApi.snapshot));
    expect(listed(run)).toEqual([undefined, 'page-1']);
  });

  it('names a launch configuration deleted since Config recorded it as gone on the fields it must read, never "not set"', async () => {
    const retired: Model = { name: 'retired', volumes: [] };
    const run = await collectRecorded(fromConfig, config([...models.map((m) => item(m)), item(retired, { metadataOptions: undefined })]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const gone = run.snapshot.resources.find((r) => r.id === 'retired');
    expect(gone?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['metadataOptions', 'ValidationError', 'autoscaling:DescribeLaunchConfigurations']]);
    expect(gone?.data).not.toHaveProperty('metadataOptions');
    expect(gone?.data).toMatchObject({ associatePublicIpAddress: null, ebsVolumes: [] });
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id)).toEqual(['retired']);
  });

  it('records a denied listing on the fields it would have filled only, leaving what the items hold', async () => {
    const denied: Route = { name: 'denied', match: isList, respond: queryError('AccessDenied', 'User is not authorized to perform: autoscaling:DescribeLaunchConfigurations', 403) };
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m, m.name === 'hardened' ? { metadataOptions: undefined } : {})), [denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => [r.id, r.errors?.map((e) => [e.path, e.code])])).toEqual([['hardened', [['metadataOptions', 'AccessDenied']]]]);
    expect(run.snapshot.resources.find((r) => r.id === 'hardened')?.data).toMatchObject({ associatePublicIpAddress: false, ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: true }] });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.autoscaling.launch-configuration', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
    expect(listed(run)).toEqual([undefined]);
  });
});

describe('the Config collector for launch configurations', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});
