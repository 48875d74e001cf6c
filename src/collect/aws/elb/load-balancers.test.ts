/** elbLoadBalancers through the real Classic ELB client, fed recorded query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { elbLoadBalancers } from './load-balancers.js';
import type { Route } from '../../../../test/support/recorded-aws.js';
import { byActionWith, elements, members } from '../../../../test/support/iam-xml.js';
import { CLASSIC, elbError, elbXml, pagedElb } from '../../../../test/support/elb-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const cert = `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/12345678-1234-1234-1234-123456789012`;
const iamCert = `arn:aws:iam::${ACCOUNT}:server-certificate/legacy`;
const listener = (fields: Record<string, string | number>, policies: string[]): string =>
  `<member><Listener>${elements(fields)}</Listener><PolicyNames>${members(policies)}</PolicyNames></member>`;
const lb = (name: string, extra: string, listeners: string[]): string =>
  elements({ LoadBalancerName: name, DNSName: `${name}-1.us-east-1.elb.amazonaws.com`, Scheme: 'internet-facing', CreatedTime: '2026-01-01T00:00:00Z' })
  + `<ListenerDescriptions>${listeners.join('')}</ListenerDescriptions>${extra}`;
const shop = lb('shop', `<VPCId>vpc-1</VPCId><AvailabilityZones>${members(['us-east-1a', 'us-east-1b'])}</AvailabilityZones><Subnets>${members(['subnet-a', 'subnet-b'])}</Subnets><SecurityGroups>${members(['sg-1'])}</SecurityGroups>`, [
  listener({ Protocol: 'HTTPS', LoadBalancerPort: 443, InstanceProtocol: 'HTTP', InstancePort: 80, SSLCertificateId: cert }, ['ELBSecurityPolicy-TLS-1-2-2017-01']),
  listener({ Protocol: 'ssl', LoadBalancerPort: 8443, InstanceProtocol: 'tcp', InstancePort: 8443, SSLCertificateId: iamCert }, ['custom-ssl', 'stickiness']),
]);
const old = lb('old', `<VPCId>vpc-1</VPCId><AvailabilityZones>${members(['us-east-1a'])}</AvailabilityZones><Subnets>${members(['subnet-a'])}</Subnets>`, [
  listener({ Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 }, []),
]);

const attributes = (logs: boolean, draining: boolean, crossZone: boolean, desync: string | undefined): string =>
  `<LoadBalancerAttributes><CrossZoneLoadBalancing><Enabled>${crossZone}</Enabled></CrossZoneLoadBalancing>`
  + `<AccessLog><Enabled>${logs}</Enabled>${logs ? '<S3BucketName>elb-logs</S3BucketName><EmitInterval>60</EmitInterval>' : ''}</AccessLog>`
  + `<ConnectionDraining><Enabled>${draining}</Enabled><Timeout>300</Timeout></ConnectionDraining><ConnectionSettings><IdleTimeout>60</IdleTimeout></ConnectionSettings>`
  + `<AdditionalAttributes>${desync === undefined ? '' : members([elements({ Key: 'elb.http.desyncmitigationmode', Value: desync })])}</AdditionalAttributes></LoadBalancerAttributes>`;
const policy = (name: string, type: string, attrs: Record<string, string>): string =>
  `<member>${elements({ PolicyName: name, PolicyTypeName: type })}<PolicyAttributeDescriptions>${Object.entries(attrs).map(([k, v]) => `<member>${elements({ AttributeName: k, AttributeValue: v })}</member>`).join('')}</PolicyAttributeDescriptions></member>`;
const shopPolicies = [
  policy('ELBSecurityPolicy-TLS-1-2-2017-01', 'SSLNegotiationPolicyType', { 'Reference-Security-Policy': 'ELBSecurityPolicy-TLS-1-2-2017-01', 'Protocol-TLSv1.2': 'true' }),
  policy('custom-ssl', 'SSLNegotiationPolicyType', { 'Protocol-TLSv1': 'true', 'Protocol-TLSv1.2': 'true' }),
  policy('stickiness', 'LBCookieStickinessPolicyType', { CookieExpirationPeriod: '60' }),
].join('');

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    pagedElb(CLASSIC, 'DescribeLoadBalancers', 'LoadBalancerDescriptions', [[shop], [old]]),
    { name: 'attributes shop', match: byActionWith('DescribeLoadBalancerAttributes', { LoadBalancerName: 'shop' }), respond: elbXml(CLASSIC, 'DescribeLoadBalancerAttributes', attributes(true, true, true, 'defensive')) },
    { name: 'attributes old', match: byActionWith('DescribeLoadBalancerAttributes', { LoadBalancerName: 'old' }), respond: elbXml(CLASSIC, 'DescribeLoadBalancerAttributes', attributes(false, false, false, 'monitor')) },
    { name: 'policies shop', match: byActionWith('DescribeLoadBalancerPolicies', { LoadBalancerName: 'shop' }), respond: elbXml(CLASSIC, 'DescribeLoadBalancerPolicies', `<PolicyDescriptions>${shopPolicies}</PolicyDescriptions>`) },
  ];
}

describe('elbLoadBalancers', () => {
  it('follows NextMarker, reads attributes and the SSL negotiation policy of each HTTPS/SSL listener', async () => {
    const run = await collectRecorded([elbLoadBalancers], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter((r) => r.action === 'DescribeLoadBalancers').map((r) => r.params.Marker)).toEqual([undefined, 'page-1']);
    const shopLb = run.snapshot.resources.find((r) => r.id === 'shop');
    expect(shopLb).toMatchObject({ type: 'aws.elb.load-balancer', arn: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/shop`, name: 'shop' });
    expect(shopLb?.errors).toBeUndefined();
    expect(shopLb?.data).toEqual({
      name: 'shop', dnsName: 'shop-1.us-east-1.elb.amazonaws.com', scheme: 'internet-facing', vpcId: 'vpc-1', availabilityZones: ['us-east-1a', 'us-east-1b'], subnets: ['subnet-a', 'subnet-b'], securityGroups: ['sg-1'],
      listeners: [
        { protocol: 'HTTPS', loadBalancerPort: 443, instanceProtocol: 'HTTP', instancePort: 80, sslCertificateId: cert, policyNames: ['ELBSecurityPolicy-TLS-1-2-2017-01'] },
        { protocol: 'SSL', loadBalancerPort: 8443, instanceProtocol: 'TCP', instancePort: 8443, sslCertificateId: iamCert, policyNames: ['custom-ssl', 'stickiness'] },
      ],
      sslNegotiation: [
        { loadBalancerPort: 443, policyName: 'ELBSecurityPolicy-TLS-1-2-2017-01', referenceSecurityPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' },
        { loadBalancerPort: 8443, policyName: 'custom-ssl', referenceSecurityPolicy: null },
      ],
      accessLogEnabled: true, accessLogS3BucketName: 'elb-logs', connectionDrainingEnabled: true, connectionDrainingTimeout: 300, crossZoneLoadBalancing: true, desyncMitigationMode: 'defensive',
    });
    // Without an HTTPS or SSL listener there is no negotiation policy to ask for.
    expect(run.snapshot.resources.find((r) => r.id === 'old')?.data).toMatchObject({ subnets: ['subnet-a'], securityGroups: [], sslNegotiation: [], accessLogEnabled: false, accessLogS3BucketName: null, crossZoneLoadBalancing: false, desyncMitigationMode: 'monitor' });
    expect(run.aws.requests.filter((r) => r.action === 'DescribeLoadBalancerPolicies').map((r) => r.params.LoadBalancerName)).toEqual(['shop']);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.elb.load-balancer', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('records a desync mode AWS left out as unknown, never a default', async () => {
    const bare: Route = { name: 'bare', match: byActionWith('DescribeLoadBalancerAttributes', { LoadBalancerName: 'old' }), respond: elbXml(CLASSIC, 'DescribeLoadBalancerAttributes', attributes(false, false, false, undefined)) };
    const run = await collectRecorded([elbLoadBalancers], routes([bare]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const oldLb = run.snapshot.resources.find((r) => r.id === 'old');
    expect(oldLb?.errors).toEqual([expect.objectContaining({ path: 'desyncMitigationMode', code: 'IncompleteResponse' })]);
    expect(oldLb?.data).toMatchObject({ connectionDrainingEnabled: false });
  });

  it('records AccessDenied on attributes and policies on that load balancer only', async () => {
    const denied: Route[] = [
      { name: 'attrs-denied', match: byActionWith('DescribeLoadBalancerAttributes', { LoadBalancerName: 'shop' }), respond: elbError('AccessDenied', 'not authorized to perform: elasticloadbalancing:DescribeLoadBalancerAttributes', 403) },
      { name: 'policies-denied', match: byActionWith('DescribeLoadBalancerPolicies', { LoadBalancerName: 'shop' }), respond: elbError('AccessDenied', 'not authorized to perform: elasticloadbalancing:DescribeLoadBalancerPolicies', 403) },
    ];
    const run = await collectRecorded([elbLoadBalancers], routes(denied), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const shopLb = run.snapshot.resources.find((r) => r.id === 'shop');
    expect(shopLb?.errors?.map((e) => [e.path, e.code])).toEqual([
      ...['accessLogEnabled', 'accessLogS3BucketName', 'connectionDrainingEnabled', 'connectionDrainingTimeout', 'crossZoneLoadBalancing', 'desyncMitigationMode'].map((p) => [p, 'AccessDenied']),
      ['sslNegotiation', 'AccessDenied'],
    ]);
    expect(shopLb?.data.listeners).toHaveLength(2);
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id)).toEqual(['shop']);
  });

  it('does not emit a load balancer deleted while it is read', async () => {
    const gone: Route = { name: 'gone', match: byActionWith('DescribeLoadBalancerPolicies', { LoadBalancerName: 'shop' }), respond: elbError('LoadBalancerNotFound', 'There is no ACTIVE Load Balancer named \'shop\'') };
    const run = await collectRecorded([elbLoadBalancers], routes([gone]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['old']);
  });

  it('marks coverage failed when load balancers cannot be listed', async () => {
    const denied: Route = { name: 'list-denied', match: byActionWith('DescribeLoadBalancers'), respond: elbError('AccessDenied', 'no elasticloadbalancing:DescribeLoadBalancers', 403) };
    const run = await collectRecorded([elbLoadBalancers], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
  });
});

describe('elbLoadBalancers call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(elbLoadBalancers)).toEqual([]);
  });
});
