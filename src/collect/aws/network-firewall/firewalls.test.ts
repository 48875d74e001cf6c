/** networkFirewallFirewalls through the real Network Firewall client, fed recorded JSON-protocol answers (NetworkFirewall_20201112 targets). */
import { describe, expect, it } from 'vitest';
import { networkFirewallFirewalls } from './firewalls.js';
import { byTarget, json, jsonError, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const LIST = 'NetworkFirewall_20201112.ListFirewalls';
const DESCRIBE = 'NetworkFirewall_20201112.DescribeFirewall';
const LOGGING = 'NetworkFirewall_20201112.DescribeLoggingConfiguration';
const arn = (name: string): string => `arn:aws:network-firewall:us-east-1:${ACCOUNT}:firewall/${name}`;
const POLICY = `arn:aws:network-firewall:us-east-1:${ACCOUNT}:firewall-policy/egress`;

const firewall = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  FirewallName: name, FirewallArn: arn(name), FirewallId: `id-${name}`, FirewallPolicyArn: POLICY, VpcId: 'vpc-0123456789abcdef0',
  SubnetMappings: [{ SubnetId: 'subnet-0aaaaaaaaaaaaaaa1', IPAddressType: 'IPV4' }, { SubnetId: 'subnet-0bbbbbbbbbbbbbbb2', IPAddressType: 'IPV4' }],
  DeleteProtection: true, SubnetChangeProtection: true, FirewallPolicyChangeProtection: true, Tags: [{ Key: 'team', Value: 'network' }], ...extra,
});

const FIREWALLS: Record<string, Record<string, unknown>> = {
  egress: firewall('egress'),
  // Created with the console's defaults of the time: no protections.
  lab: firewall('lab', { DeleteProtection: false, SubnetChangeProtection: false, FirewallPolicyChangeProtection: false, Tags: [] }),
  // On a transit gateway: no subnets of its own.
  transit: firewall('transit', { SubnetMappings: [], TransitGatewayId: 'tgw-0123456789abcdef0' }),
};

const LOGS: Record<string, unknown> = {
  egress: { LogDestinationConfigs: [
    { LogType: 'ALERT', LogDestinationType: 'CloudWatchLogs', LogDestination: { logGroup: '/nfw/egress/alert' } },
    { LogType: 'FLOW', LogDestinationType: 'S3', LogDestination: { bucketName: 'nfw-logs', prefix: 'flow' } },
  ] },
  transit: { LogDestinationConfigs: [{ LogType: 'FLOW', LogDestinationType: 'KinesisDataFirehose', LogDestination: { deliveryStream: 'nfw-flow' } }] },
};

function routes(overrides: Route[] = [], firewalls = FIREWALLS): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListFirewalls', match: byTarget(LIST),
      respond: (r) => (r.params.NextToken === undefined
        ? json({ Firewalls: [{ FirewallName: 'egress', FirewallArn: arn('egress') }, { FirewallName: 'lab', FirewallArn: arn('lab') }], NextToken: 'page-2' })
        : json({ Firewalls: [{ FirewallName: 'transit', FirewallArn: arn('transit') }] })),
    },
    {
      name: 'DescribeFirewall', match: byTarget(DESCRIBE),
      respond: (r): RecordedResponse => {
        const found = firewalls[String(r.params.FirewallName)];
        return found === undefined ? jsonError('ResourceNotFoundException', 'firewall not found') : json({ UpdateToken: 'token', Firewall: found, FirewallStatus: { Status: 'READY', ConfigurationSyncStateSummary: 'IN_SYNC' } });
      },
    },
    {
      name: 'DescribeLoggingConfiguration', match: byTarget(LOGGING),
      respond: (r): RecordedResponse => {
        const name = String(r.params.FirewallName);
        // A firewall never given logging: AWS leaves LoggingConfiguration out.
        return json({ FirewallArn: arn(name), ...(LOGS[name] === undefined ? {} : { LoggingConfiguration: LOGS[name] }) });
      },
    },
  ];
}

const firewallsOf = (run: Awaited<ReturnType<typeof collectRecorded>>) => run.snapshot.resources.filter((r) => r.type === 'aws.network-firewall.firewall');

describe('networkFirewallFirewalls', () => {
  it('follows NextToken and maps each firewall, logging that was never configured as none', async () => {
    const run = await collectRecorded([networkFirewallFirewalls], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(LIST)).map((r) => [r.params.MaxResults, r.params.NextToken])).toEqual([[100, undefined], [100, 'page-2']]);
    const found = firewallsOf(run);
    expect(found.map((f) => f.id).sort()).toEqual(['egress', 'lab', 'transit']);
    expect(found.every((f) => f.errors === undefined)).toBe(true);
    expect(found.find((f) => f.id === 'egress')).toMatchObject({ arn: arn('egress'), tags: { team: 'network' } });
    expect(found.find((f) => f.id === 'egress')?.data).toEqual({
      firewallName: 'egress', firewallId: 'id-egress', vpcId: 'vpc-0123456789abcdef0', firewallPolicyArn: POLICY,
      subnetIds: ['subnet-0aaaaaaaaaaaaaaa1', 'subnet-0bbbbbbbbbbbbbbb2'], deleteProtection: true, subnetChangeProtection: true, firewallPolicyChangeProtection: true, status: 'READY',
      logDestinations: [
        { logType: 'ALERT', destinationType: 'CloudWatchLogs', destination: { logGroup: '/nfw/egress/alert' } },
        { logType: 'FLOW', destinationType: 'S3', destination: { bucketName: 'nfw-logs', prefix: 'flow' } },
      ],
    });
    expect(found.find((f) => f.id === 'lab')?.data).toMatchObject({ deleteProtection: false, subnetChangeProtection: false, firewallPolicyChangeProtection: false, logDestinations: [] });
    expect(found.find((f) => f.id === 'transit')?.data).toMatchObject({ subnetIds: [], logDestinations: [{ logType: 'FLOW', destinationType: 'KinesisDataFirehose' }] });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.network-firewall.firewall', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('leaves out a firewall deleted between listing and describing', async () => {
    const { lab: _gone, ...rest } = FIREWALLS;
    const run = await collectRecorded([networkFirewallFirewalls], routes([], rest), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(firewallsOf(run).map((f) => f.id).sort()).toEqual(['egress', 'transit']);
    expect(run.snapshot.errors).toEqual([]);
  });

  it('reads protections AWS left out, and a logging configuration without its destinations, as unknown', async () => {
    const partial = { ...FIREWALLS, lab: firewall('lab', { DeleteProtection: undefined, SubnetChangeProtection: undefined }) };
    const noList: Route = { name: 'no-destinations', match: (r) => r.target === LOGGING && r.params.FirewallName === 'lab', respond: json({ FirewallArn: arn('lab'), LoggingConfiguration: {} }) };
    const run = await collectRecorded([networkFirewallFirewalls], routes([noList], partial), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const lab = firewallsOf(run).find((f) => f.id === 'lab');
    expect(lab?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([
      ['deleteProtection', 'IncompleteResponse', 'network-firewall:DescribeFirewall'],
      ['subnetChangeProtection', 'IncompleteResponse', 'network-firewall:DescribeFirewall'],
      ['logDestinations', 'IncompleteResponse', 'network-firewall:DescribeLoggingConfiguration'],
    ]);
    expect(lab?.data).not.toHaveProperty('deleteProtection');
    expect(lab?.data).not.toHaveProperty('logDestinations');
  });

  it('records AccessDenied on DescribeFirewall on every field it fills and the tags, never an unprotected firewall', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.target === DESCRIBE && r.params.FirewallName === 'egress', respond: jsonError('AccessDeniedException', 'not authorized to perform: network-firewall:DescribeFirewall') };
    const run = await collectRecorded([networkFirewallFirewalls], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const egress = firewallsOf(run).find((f) => f.id === 'egress');
    expect(egress?.arn).toBe(arn('egress'));
    expect(Object.keys(egress?.data ?? {}).sort()).toEqual(['firewallName', 'logDestinations']);
    expect(egress?.errors?.map((e) => [e.path, e.code])).toEqual(
      ['firewallId', 'vpcId', 'firewallPolicyArn', 'subnetIds', 'deleteProtection', 'subnetChangeProtection', 'firewallPolicyChangeProtection', 'status', '$tags'].map((p) => [p, 'AccessDeniedException']));
  });

  it('records AccessDenied on DescribeLoggingConfiguration on the log destinations only, never "no logging"', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.target === LOGGING && r.params.FirewallName === 'lab', respond: jsonError('AccessDeniedException', 'not authorized to perform: network-firewall:DescribeLoggingConfiguration') };
    const run = await collectRecorded([networkFirewallFirewalls], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const lab = firewallsOf(run).find((f) => f.id === 'lab');
    expect(lab?.errors).toEqual([{ path: 'logDestinations', code: 'AccessDeniedException', message: 'not authorized to perform: network-firewall:DescribeLoggingConfiguration', operation: 'network-firewall:DescribeLoggingConfiguration' }]);
    expect(lab?.data).toMatchObject({ deleteProtection: false });
  });

  it('marks coverage failed when ListFirewalls is denied, and partial when a later page fails', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget(LIST), respond: jsonError('AccessDeniedException', 'not authorized to perform: network-firewall:ListFirewalls') };
    const run = await collectRecorded([networkFirewallFirewalls], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AccessDeniedException on network-firewall:ListFirewalls: not authorized to perform: network-firewall:ListFirewalls' })]);

    const secondPage: Route = { name: 'page-2-denied', match: (r) => r.target === LIST && r.params.NextToken !== undefined, respond: jsonError('AccessDeniedException', 'denied on page 2') };
    const partial = await collectRecorded([networkFirewallFirewalls], routes([secondPage]), { regions: ['us-east-1'] });
    expect(partial.problems).toEqual([]);
    expect(firewallsOf(partial).map((f) => f.id).sort()).toEqual(['egress', 'lab']);
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });
});

describe('networkFirewallFirewalls call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(networkFirewallFirewalls)).toEqual([]);
  });
});
