/**
 * `--source config` for Auto Scaling groups against `--source api` on the
 * same recorded account: the groups served both as Auto Scaling's own
 * answers (DescribeAutoScalingGroups in two pages) and as AWS Config's (two
 * advanced query pages of Configuration Items holding what AWS's Config
 * resource schema lists for AWS::AutoScaling::AutoScalingGroup), collected
 * through the real SDK clients each way. The resources must be equal, with
 * Auto Scaling asked only for what the items lack: the traffic sources,
 * which the schema does not list, from one listing per region.
 */
import { describe, expect, it } from 'vitest';
import { autoscalingGroups } from '../../src/collect/aws/autoscaling/groups.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { autoscalingGroupFromConfig } from '../../src/collect/config/mappers/autoscaling-group.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { pagedAutoScaling } from '../support/autoscaling-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../support/collect.js';
import { members } from '../support/iam-xml.js';
import { byAction, queryError, type Route } from '../support/recorded-aws.js';
import { configRoutes } from '../support/config-recorded.js';

const ACCOUNT = '123456789012';
const arn = (name: string): string => `arn:aws:autoscaling:us-east-1:${ACCOUNT}:autoScalingGroup:0000:autoScalingGroupName/${name}`;
const TG = `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/web/0123456789abcdef`;

interface Group {
  readonly name: string; readonly zones: string[]; readonly subnets?: string; readonly health: string; readonly grace: number;
  readonly elbs: string[]; readonly tgs: string[]; readonly sources: [string, string][]; readonly template?: [string, string, string];
  readonly lc?: string; readonly mixed?: { template?: [string, string, string]; types: string[]; attributes?: boolean }; readonly tags: Record<string, string>;
}

/** A mixed instances group behind a target group; a launch configuration group behind a Classic Load Balancer; a launch template group picking types by attributes. */
const groups: Group[] = [
  { name: 'web', zones: ['us-east-1a', 'us-east-1b'], subnets: 'subnet-a,subnet-b', health: 'ELB', grace: 300, elbs: [], tgs: [TG], sources: [[TG, 'elbv2']], mixed: { template: ['lt-1', 'web', '$Default'], types: ['m7g.large', 'm6g.large'] }, tags: { team: 'web' } },
  { name: 'legacy', zones: ['us-east-1a'], health: 'EC2', grace: 0, elbs: ['classic'], tgs: [], sources: [['classic', 'elb']], lc: 'legacy-lc', tags: {} },
  { name: 'batch', zones: ['us-east-1a', 'us-east-1b', 'us-east-1c'], health: 'EC2,EBS', grace: 60, elbs: [], tgs: [], sources: [], template: ['lt-2', 'batch', '3'], mixed: { types: [], attributes: true }, tags: { team: 'batch' } },
];

const spec = ([id, name, version]: [string, string, string]): string => `<LaunchTemplateId>${id}</LaunchTemplateId><LaunchTemplateName>${name}</LaunchTemplateName><Version>${version}</Version>`;

/** A group as DescribeAutoScalingGroups answers it. */
const answer = (g: Group): string =>
  `<AutoScalingGroupName>${g.name}</AutoScalingGroupName><AutoScalingGroupARN>${arn(g.name)}</AutoScalingGroupARN><MinSize>1</MinSize><MaxSize>4</MaxSize><DesiredCapacity>2</DesiredCapacity>`
  + `<DefaultCooldown>300</DefaultCooldown><CreatedTime>2026-10-01T08:00:00.000Z</CreatedTime><Instances/><AvailabilityZones>${members(g.zones)}</AvailabilityZones>`
  + (g.subnets === undefined ? '' : `<VPCZoneIdentifier>${g.subnets}</VPCZoneIdentifier>`) + `<HealthCheckType>${g.health}</HealthCheckType><HealthCheckGracePeriod>${g.grace}</HealthCheckGracePeriod>`
  + `<LoadBalancerNames>${members(g.elbs)}</LoadBalancerNames><TargetGroupARNs>${members(g.tgs)}</TargetGroupARNs>`
  + `<TrafficSources>${members(g.sources.map(([id, type]) => `<Identifier>${id}</Identifier><Type>${type}</Type>`))}</TrafficSources>`
  + (g.template === undefined ? '' : `<LaunchTemplate>${spec(g.template)}</LaunchTemplate>`) + (g.lc === undefined ? '' : `<LaunchConfigurationName>${g.lc}</LaunchConfigurationName>`)
  + (g.mixed === undefined ? '' : `<MixedInstancesPolicy><LaunchTemplate>${g.mixed.template === undefined ? '' : `<LaunchTemplateSpecification>${spec(g.mixed.template)}</LaunchTemplateSpecification>`}`
    + `<Overrides>${members([...g.mixed.types.map((t) => `<InstanceType>${t}</InstanceType>`), ...(g.mixed.attributes === true ? ['<InstanceRequirements><VCpuCount><Min>2</Min></VCpuCount><MemoryMiB><Min>4096</Min></MemoryMiB></InstanceRequirements>'] : [])])}</Overrides></LaunchTemplate></MixedInstancesPolicy>`)
  + `<Tags>${members(Object.entries(g.tags).map(([k, v]) => `<ResourceId>${g.name}</ResourceId><ResourceType>auto-scaling-group</ResourceType><Key>${k}</Key><Value>${v}</Value><PropagateAtLaunch>true</PropagateAtLaunch>`))}</Tags>`;

const listing = (): Route => pagedAutoScaling('DescribeAutoScalingGroups', 'AutoScalingGroups', [groups.slice(0, 2).map(answer), groups.slice(2).map(answer)]);
const api = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), listing()];

const templateItem = (t: [string, string, string] | undefined): Record<string, unknown> | null => (t === undefined ? null : { launchTemplateId: t[0], launchTemplateName: t[1], version: t[2] });

/** A group as Config records it: DescribeAutoScalingGroups' answer in camelCase, null for what is not set, no traffic sources. */
const configuration = (g: Group): Record<string, unknown> => ({
  autoScalingGroupName: g.name, autoScalingGroupARN: arn(g.name), minSize: 1, maxSize: 4, desiredCapacity: 2, defaultCooldown: 300, createdTime: '2026-10-01T08:00:00.000Z',
  availabilityZones: g.zones, vpczoneIdentifier: g.subnets ?? null, healthCheckType: g.health, healthCheckGracePeriod: g.grace, loadBalancerNames: g.elbs, targetGroupARNs: g.tgs,
  instances: [], suspendedProcesses: [], enabledMetrics: [], terminationPolicies: ['Default'], newInstancesProtectedFromScaleIn: false, placementGroup: null, status: null,
  launchTemplate: templateItem(g.template), launchConfigurationName: g.lc ?? null,
  mixedInstancesPolicy: g.mixed === undefined ? null : {
    launchTemplate: {
      launchTemplateSpecification: templateItem(g.mixed.template),
      overrides: [...g.mixed.types.map((t) => ({ instanceType: t, weightedCapacity: null, instanceRequirements: null })), ...(g.mixed.attributes === true ? [{ instanceType: null, weightedCapacity: null, instanceRequirements: { vcpuCount: { min: 2, max: null }, memoryMiB: { min: 4096, max: null } } }] : [])],
    },
    instancesDistribution: null,
  },
});
const item = (g: Group, change: Record<string, unknown> | 'without configuration' = {}): string => JSON.stringify({
  resourceId: arn(g.name), resourceType: 'AWS::AutoScaling::AutoScalingGroup', resourceName: g.name, arn: arn(g.name), accountId: ACCOUNT, awsRegion: 'us-east-1',
  configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z', ...(change === 'without configuration' ? {} : { configuration: { ...configuration(g), ...change } }),
  supplementaryConfiguration: { LifeCycleHooks: [] }, tags: Object.entries(g.tags).map(([key, value]) => ({ key, value })), relationships: [],
});

const config = (items: string[], overrides: Route[] = []): Route[] => [
  ...configRoutes(items, { resourceType: 'AWS::AutoScaling::AutoScalingGroup', completes: (id) => configuration(groups.find((g) => arn(g.name) === id) as Group) }),
  ...api(overrides),
];

const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const fromConfig = configCollectors([autoscalingGroupFromConfig]);
const listed = (run: Awaited<ReturnType<typeof collectRecorded>>): unknown[] => run.aws.requests.filter((r) => r.action === 'DescribeAutoScalingGroups').map((r) => r.params.NextToken);

describe('--source config for Auto Scaling groups', () => {
  it('gives the same groups as --source api, asking Auto Scaling once for the traffic sources the items lack', async () => {
    const fromApi = await collectRecorded([autoscalingGroups], api(), { regions: ['us-east-1'] });
    // batch's item comes without its configuration, completed through BatchGetResourceConfig.
    const run = await collectRecorded(fromConfig, config(groups.map((g) => item(g, g.name === 'batch' ? 'without configuration' : {}))), { regions: ['us-east-1'] });
    expect(fromApi.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(fromApi.snapshot));
    expect(run.snapshot.resources).toHaveLength(3);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(fromApi.snapshot.coverage);
    expect(run.aws.requests.filter((r) => r.target === 'StarlingDoveService.SelectResourceConfig').map((r) => r.params.NextToken)).toEqual([undefined, 'page-2']);
    expect(run.aws.requests.filter((r) => r.target === 'StarlingDoveService.BatchGetResourceConfig').map((r) => r.params.resourceKeys)).toEqual([[{ resourceType: 'AWS::AutoScaling::AutoScalingGroup', resourceId: arn('batch') }]]);
    // One listing (two pages) for the region, however many groups lack fields.
    expect(listed(run)).toEqual([undefined, 'page-1']);
  });

  it('reads a field the item lacks or spells otherwise from the same listing, never the API mapping\'s default', async () => {
    const lacking = groups.map((g) => item(g, { vpczoneIdentifier: undefined, launchConfigurationName: undefined, healthCheckType: g.health.toLowerCase() }));
    const fromApi = await collectRecorded([autoscalingGroups], api(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(lacking), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(fromApi.snapshot));
    expect(listed(run)).toEqual([undefined, 'page-1']);
  });

  it('names a group deleted since Config recorded it as gone on the fields it must read, never "none"', async () => {
    const retired: Group = { name: 'retired', zones: ['us-east-1a'], health: 'EC2', grace: 0, elbs: [], tgs: [], sources: [], lc: 'old', tags: {} };
    const run = await collectRecorded(fromConfig, config([...groups.map((g) => item(g)), item(retired, { vpczoneIdentifier: undefined })]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const gone = run.snapshot.resources.find((r) => r.id === 'retired');
    expect(gone?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([
      ['subnetIds', 'ValidationError', 'autoscaling:DescribeAutoScalingGroups'], ['trafficSources', 'ValidationError', 'autoscaling:DescribeAutoScalingGroups'],
    ]);
    expect(gone?.data).not.toHaveProperty('trafficSources');
    expect(gone?.data).toMatchObject({ launchConfigurationName: 'old', healthCheckTypes: ['EC2'] });
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id)).toEqual(['retired']);
  });

  it('records a denied listing on the fields it would have filled, leaving what the items hold', async () => {
    const denied: Route = { name: 'denied', match: byAction('DescribeAutoScalingGroups'), respond: queryError('AccessDenied', 'User is not authorized to perform: autoscaling:DescribeAutoScalingGroups', 403) };
    const run = await collectRecorded(fromConfig, config(groups.map((g) => item(g)), [denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.errors?.map((e) => [e.path, e.code]))).toEqual(groups.map(() => [['trafficSources', 'AccessDenied']]));
    expect(run.snapshot.resources.find((r) => r.id === 'web')?.data).toMatchObject({ targetGroupArns: [TG], healthCheckTypes: ['ELB'] });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.autoscaling.group', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
    // The listing is tried once for the region, not once per group.
    expect(listed(run)).toEqual([undefined]);
  });
});

describe('the Config collector for Auto Scaling groups', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});
