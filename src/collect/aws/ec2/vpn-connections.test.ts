/** ec2VpnConnections through the real EC2 client, fed recorded EC2 query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ec2VpnConnections } from './vpn-connections.js';
import { byAction, ec2Error, type Route } from '../../../../test/support/recorded-aws.js';
import { ec2Xml, items, tagSet } from '../../../../test/support/ec2-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const telemetry = (ip: string, status: string, extra = ''): string =>
  `<outsideIpAddress>${ip}</outsideIpAddress><status>${status}</status><lastStatusChange>2026-10-01T08:00:00.000Z</lastStatusChange><acceptedRouteCount>2</acceptedRouteCount>${extra}`;
const tunnel = (ip: string, logging: string): string => `<outsideIpAddress>${ip}</outsideIpAddress><tunnelInsideCidr>169.254.10.0/30</tunnelInsideCidr>${logging}`;
const cloudWatch = (enabled: boolean, group = ''): string => `<logOptions><cloudWatchLogOptions><logEnabled>${enabled}</logEnabled>${group}<logOutputFormat>json</logOutputFormat></cloudWatchLogOptions></logOptions>`;
const connection = (id: string, state: string, tunnels: string[], options: string[], extra = ''): string =>
  `<vpnConnectionId>${id}</vpnConnectionId><state>${state}</state><customerGatewayId>cgw-1</customerGatewayId><type>ipsec.1</type>${extra}`
  + `<vgwTelemetry>${items(tunnels)}</vgwTelemetry><options><staticRoutesOnly>false</staticRoutesOnly><tunnelOptionSet>${items(options)}</tunnelOptionSet></options>`;

const group = '<logGroupArn>arn:aws:logs:us-east-1:123456789012:log-group:/vpn</logGroupArn>';
const healthy = connection('vpn-ok', 'available',
  [telemetry('198.51.100.1', 'UP'), telemetry('198.51.100.2', 'UP')],
  [tunnel('198.51.100.1', cloudWatch(true, group)), tunnel('198.51.100.2', cloudWatch(true, group))],
  `<vpnGatewayId>vgw-1</vpnGatewayId>${tagSet({ Name: 'office' })}`);
const degraded = connection('vpn-half', 'available',
  [telemetry('198.51.100.3', 'UP'), telemetry('198.51.100.4', 'DOWN', '<statusMessage>IPSEC IS DOWN</statusMessage>')],
  [tunnel('198.51.100.3', cloudWatch(true, group)), tunnel('198.51.100.4', cloudWatch(false))],
  '<transitGatewayId>tgw-1</transitGatewayId>');
// A tunnel whose answer lacks its log options: unknown, not "not logging".
const partial = connection('vpn-partial', 'available', [telemetry('198.51.100.5', 'UP'), '<outsideIpAddress>198.51.100.6</outsideIpAddress>'], [tunnel('198.51.100.5', cloudWatch(true, group)), tunnel('198.51.100.6', '')]);

const listing = (connections: string[]): Route => ({ name: 'DescribeVpnConnections', match: byAction('DescribeVpnConnections'), respond: () => ec2Xml('DescribeVpnConnections', `<vpnConnectionSet>${items(connections)}</vpnConnectionSet>`) });
const routes = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), listing([healthy, degraded, partial])];

describe('ec2VpnConnections', () => {
  it('reads every connection with its tunnels\' status and logging', async () => {
    const run = await collectRecorded([ec2VpnConnections], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['vpn-half', 'vpn-ok', 'vpn-partial']);
    const ok = run.snapshot.resources.find((r) => r.id === 'vpn-ok');
    expect(ok).toMatchObject({ type: 'aws.ec2.vpn-connection', arn: 'arn:aws:ec2:us-east-1:123456789012:vpn-connection/vpn-ok', name: 'office' });
    expect(ok?.errors).toBeUndefined();
    expect(ok?.data).toEqual({
      vpnConnectionId: 'vpn-ok', state: 'available', customerGatewayId: 'cgw-1', vpnGatewayId: 'vgw-1', transitGatewayId: null,
      tunnels: [
        { outsideIpAddress: '198.51.100.1', status: 'UP', statusMessage: null, lastStatusChange: '2026-10-01T08:00:00.000Z' },
        { outsideIpAddress: '198.51.100.2', status: 'UP', statusMessage: null, lastStatusChange: '2026-10-01T08:00:00.000Z' },
      ],
      tunnelLogging: [
        { outsideIpAddress: '198.51.100.1', cloudWatchLogEnabled: true, logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/vpn' },
        { outsideIpAddress: '198.51.100.2', cloudWatchLogEnabled: true, logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/vpn' },
      ],
    });
    expect(run.snapshot.resources.find((r) => r.id === 'vpn-half')?.data).toMatchObject({
      vpnGatewayId: null, transitGatewayId: 'tgw-1',
      tunnels: [{ status: 'UP' }, { status: 'DOWN', statusMessage: 'IPSEC IS DOWN' }],
      tunnelLogging: [{ cloudWatchLogEnabled: true }, { cloudWatchLogEnabled: false, logGroupArn: null }],
    });
  });

  it('fails the one tunnel whose status or log options AWS left out', async () => {
    const run = await collectRecorded([ec2VpnConnections], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const found = run.snapshot.resources.find((r) => r.id === 'vpn-partial');
    expect(found?.errors?.map((e) => [e.path, e.code])).toEqual([['tunnels[1]', 'IncompleteResponse'], ['tunnelLogging[1]', 'IncompleteResponse']]);
    expect(found?.data).toMatchObject({ tunnels: [{ status: 'UP' }, {}], tunnelLogging: [{ cloudWatchLogEnabled: true }, {}] });
  });

  it('marks coverage failed when connections cannot be listed', async () => {
    const denied: Route = { name: 'denied', match: byAction('DescribeVpnConnections'), respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403) };
    const run = await collectRecorded([ec2VpnConnections], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.vpn-connection', status: 'failed' })]);
  });

  it('reads a region without connections as none', async () => {
    const run = await collectRecorded([ec2VpnConnections], [listing([]), regionsRoute(['us-east-1'])], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.vpn-connection', status: 'complete' })]);
  });
});

describe('ec2VpnConnections call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ec2VpnConnections)).toEqual([]);
  });
});
