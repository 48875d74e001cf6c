/** ec2TransitGateways through the real EC2 client, fed recorded EC2 query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ec2TransitGateways } from './transit-gateways.js';
import { ec2Error, type Route } from '../../../../test/support/recorded-aws.js';
import { pagedEc2, tagSet } from '../../../../test/support/ec2-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const options = (autoAccept: string, extra = '<multicastSupport>disable</multicastSupport>'): string =>
  `<options><amazonSideAsn>64512</amazonSideAsn><autoAcceptSharedAttachments>${autoAccept}</autoAcceptSharedAttachments><defaultRouteTableAssociation>enable</defaultRouteTableAssociation>`
  + `<defaultRouteTablePropagation>disable</defaultRouteTablePropagation><dnsSupport>enable</dnsSupport><vpnEcmpSupport>enable</vpnEcmpSupport>${extra}</options>`;
const gateway = (id: string, state: string, body: string): string =>
  `<transitGatewayId>${id}</transitGatewayId><transitGatewayArn>arn:aws:ec2:us-east-1:123456789012:transit-gateway/${id}</transitGatewayArn><state>${state}</state>`
  + `<ownerId>123456789012</ownerId><creationTime>2026-09-01T10:00:00.000Z</creationTime>${body}`;
const gateways = pagedEc2('DescribeTransitGateways', 'transitGatewaySet', [
  [gateway('tgw-hub', 'available', `<description>hub</description>${options('disable')}${tagSet({ Name: 'hub' })}`)],
  [gateway('tgw-open', 'available', options('enable')), gateway('tgw-gone', 'deleted', options('enable', ''))],
]);

const routes = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), gateways];

describe('ec2TransitGateways', () => {
  it('reads every transit gateway across pages with its options', async () => {
    const run = await collectRecorded([ec2TransitGateways], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['tgw-gone', 'tgw-hub', 'tgw-open']);
    const hub = run.snapshot.resources.find((r) => r.id === 'tgw-hub');
    expect(hub).toMatchObject({ type: 'aws.ec2.transit-gateway', arn: 'arn:aws:ec2:us-east-1:123456789012:transit-gateway/tgw-hub', name: 'hub' });
    expect(hub?.data).toEqual({
      transitGatewayId: 'tgw-hub', state: 'available', ownerId: '123456789012', description: 'hub', creationTime: '2026-09-01T10:00:00.000Z',
      options: { amazonSideAsn: 64512, autoAcceptSharedAttachments: 'disable', defaultRouteTableAssociation: 'enable', defaultRouteTablePropagation: 'disable', dnsSupport: 'enable', vpnEcmpSupport: 'enable', multicastSupport: 'disable' },
    });
    expect(run.snapshot.resources.find((r) => r.id === 'tgw-open')?.data).toMatchObject({ description: null, options: { autoAcceptSharedAttachments: 'enable' } });
    expect(run.aws.requests.filter((r) => r.action === 'DescribeTransitGateways').map((r) => r.params.NextToken)).toEqual([undefined, 'page-1']);
  });

  it('fails only the option AWS left out, never reading it as off', async () => {
    const run = await collectRecorded([ec2TransitGateways], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const gone = run.snapshot.resources.find((r) => r.id === 'tgw-gone');
    expect(gone?.errors?.map((e) => [e.path, e.code])).toEqual([['options.multicastSupport', 'IncompleteResponse']]);
    expect(gone?.data).toMatchObject({ state: 'deleted', options: { autoAcceptSharedAttachments: 'enable' } });
  });

  it('marks coverage failed when transit gateways cannot be listed', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.action === 'DescribeTransitGateways', respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403) };
    const run = await collectRecorded([ec2TransitGateways], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.transit-gateway', status: 'failed' })]);
  });
});

describe('ec2TransitGateways call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ec2TransitGateways)).toEqual([]);
  });
});
