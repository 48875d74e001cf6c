/** ec2ClientVpnEndpoints through the real EC2 client, fed recorded EC2 query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ec2ClientVpnEndpoints } from './client-vpn-endpoints.js';
import { byAction, ec2Error, type Route } from '../../../../test/support/recorded-aws.js';
import { items, pagedEc2, tagSet } from '../../../../test/support/ec2-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const auth = (type: string): string => `<type>${type}</type>`;
const endpoint = (id: string, log: string, extra = ''): string =>
  `<clientVpnEndpointId>${id}</clientVpnEndpointId><status><code>available</code></status><vpcId>vpc-1</vpcId><splitTunnel>true</splitTunnel><transportProtocol>udp</transportProtocol>`
  + `<authenticationOptions>${items([auth('certificate-authentication'), auth('federated-authentication')])}</authenticationOptions>${log}${extra}`;
const logging = endpoint('cvpn-endpoint-logged', '<connectionLogOptions><Enabled>true</Enabled><CloudwatchLogGroup>/vpn/clients</CloudwatchLogGroup><CloudwatchLogStream>cvpn</CloudwatchLogStream></connectionLogOptions>', tagSet({ Name: 'staff' }));
const silent = endpoint('cvpn-endpoint-silent', '<connectionLogOptions><Enabled>false</Enabled></connectionLogOptions>');
// Logging options AWS left out: unknown, never "off".
const partial = endpoint('cvpn-endpoint-partial', '');

const listing = pagedEc2('DescribeClientVpnEndpoints', 'clientVpnEndpoint', [[logging], [silent, partial]]);
const routes = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), listing];

describe('ec2ClientVpnEndpoints', () => {
  it('reads every endpoint of both pages with its connection logging', async () => {
    const run = await collectRecorded([ec2ClientVpnEndpoints], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('DescribeClientVpnEndpoints')).toBe(2);
    const logged = run.snapshot.resources.find((r) => r.id === 'cvpn-endpoint-logged');
    expect(logged).toMatchObject({ type: 'aws.ec2.client-vpn-endpoint', arn: 'arn:aws:ec2:us-east-1:123456789012:client-vpn-endpoint/cvpn-endpoint-logged', name: 'staff' });
    expect(logged?.errors).toBeUndefined();
    expect(logged?.data).toEqual({
      clientVpnEndpointId: 'cvpn-endpoint-logged', status: 'available', vpcId: 'vpc-1',
      connectionLog: { enabled: true, cloudwatchLogGroup: '/vpn/clients', cloudwatchLogStream: 'cvpn' },
      authentication: [{ type: 'certificate-authentication' }, { type: 'federated-authentication' }],
      splitTunnel: true, transportProtocol: 'udp',
    });
    expect(run.snapshot.resources.find((r) => r.id === 'cvpn-endpoint-silent')?.data).toMatchObject({ connectionLog: { enabled: false, cloudwatchLogGroup: null, cloudwatchLogStream: null } });
  });

  it('fails the logging options AWS left out, not the endpoint', async () => {
    const run = await collectRecorded([ec2ClientVpnEndpoints], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const found = run.snapshot.resources.find((r) => r.id === 'cvpn-endpoint-partial');
    expect(found?.errors?.map((e) => [e.path, e.code])).toEqual([['connectionLog', 'IncompleteResponse']]);
    expect(found?.data).toMatchObject({ splitTunnel: true });
    expect(found?.data).not.toHaveProperty('connectionLog');
  });

  it('marks coverage failed when endpoints cannot be listed', async () => {
    const denied: Route = { name: 'denied', match: byAction('DescribeClientVpnEndpoints'), respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403) };
    const run = await collectRecorded([ec2ClientVpnEndpoints], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.client-vpn-endpoint', status: 'failed' })]);
  });

  it('reads a region without endpoints as none', async () => {
    const run = await collectRecorded([ec2ClientVpnEndpoints], [pagedEc2('DescribeClientVpnEndpoints', 'clientVpnEndpoint', [[]]), regionsRoute(['us-east-1'])], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.client-vpn-endpoint', status: 'complete' })]);
  });
});

describe('ec2ClientVpnEndpoints call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ec2ClientVpnEndpoints)).toEqual([]);
  });
});
