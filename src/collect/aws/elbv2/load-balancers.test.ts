/** elbv2LoadBalancers through the real ELBv2 client, fed recorded query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { elbv2LoadBalancers } from './load-balancers.js';
import type { Route } from '../../../../test/support/recorded-aws.js';
import { byActionWith, members } from '../../../../test/support/iam-xml.js';
import { elbError, elbXml, V2 } from '../../../../test/support/elb-xml.js';
import { ACCOUNT, arn, attr, cert, elbv2Routes as routes } from '../../../../test/support/elbv2.js';
import { collectRecorded, unsentCalls } from '../../../../test/support/collect.js';

describe('elbv2LoadBalancers', () => {
  it('follows NextMarker for load balancers and listeners, and reads each type\'s attributes', async () => {
    const run = await collectRecorded([elbv2LoadBalancers], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter((r) => r.action === 'DescribeLoadBalancers').map((r) => r.params.Marker)).toEqual([undefined, 'page-1']);
    const found = run.snapshot.resources.filter((r) => r.type === 'aws.elbv2.load-balancer');
    expect(found.map((r) => r.id).sort()).toEqual(['edge', 'inspect', 'web']);
    const alb = found.find((r) => r.id === 'web');
    expect(alb).toMatchObject({ arn: arn('app', 'web'), name: 'web' });
    expect(alb?.errors).toBeUndefined();
    expect(alb?.data).toEqual({
      loadBalancerArn: arn('app', 'web'), name: 'web', type: 'application', scheme: 'internet-facing', vpcId: 'vpc-1', state: 'active',
      availabilityZones: [{ zoneName: 'us-east-1a', subnetId: 'subnet-a' }, { zoneName: 'us-east-1b', subnetId: 'subnet-b' }], securityGroups: ['sg-1'],
      deletionProtection: true, accessLogsEnabled: true, accessLogsBucket: 'alb-logs', accessLogsPrefix: null, dropInvalidHeaderFields: false, desyncMitigationMode: 'defensive',
      listeners: [
        { listenerArn: `${arn('app', 'web').replace(':loadbalancer/', ':listener/')}/https`, port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', certificateArns: [cert], defaultActions: [{ type: 'forward', redirectProtocol: null, redirectPort: null, redirectStatusCode: null }] },
        { listenerArn: `${arn('app', 'web').replace(':loadbalancer/', ':listener/')}/http`, port: 80, protocol: 'HTTP', sslPolicy: null, certificateArns: [], defaultActions: [{ type: 'redirect', redirectProtocol: 'HTTPS', redirectPort: '443', redirectStatusCode: 'HTTP_301' }] },
      ],
    });
    // Keys that do not belong to a type are null, not errors.
    expect(found.find((r) => r.id === 'edge')?.data).toMatchObject({ type: 'network', securityGroups: [], deletionProtection: false, accessLogsEnabled: false, accessLogsBucket: null, dropInvalidHeaderFields: null, desyncMitigationMode: null });
    const gwlb = found.find((r) => r.id === 'inspect');
    expect(gwlb?.errors).toBeUndefined();
    expect(gwlb?.data).toMatchObject({ type: 'gateway', accessLogsEnabled: null, accessLogsBucket: null, accessLogsPrefix: null, dropInvalidHeaderFields: null, desyncMitigationMode: null });
    expect(gwlb?.data.listeners).toEqual([expect.objectContaining({ port: null, protocol: null, sslPolicy: null })]);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.elbv2.load-balancer', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('records an attribute a type has but AWS left out as unknown, never a default', async () => {
    const short: Route = {
      name: 'short', match: byActionWith('DescribeLoadBalancerAttributes', { LoadBalancerArn: arn('app', 'web') }),
      respond: elbXml(V2, 'DescribeLoadBalancerAttributes', `<Attributes>${members([attr('deletion_protection.enabled', 'true'), attr('access_logs.s3.enabled', 'true'), attr('access_logs.s3.bucket', 'b'), attr('access_logs.s3.prefix', ''), attr('routing.http.desync_mitigation_mode', 'monitor')])}</Attributes>`),
    };
    const run = await collectRecorded([elbv2LoadBalancers], routes([short]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const alb = run.snapshot.resources.find((r) => r.id === 'web');
    expect(alb?.errors).toEqual([expect.objectContaining({ path: 'dropInvalidHeaderFields', code: 'IncompleteResponse', operation: 'elasticloadbalancing:DescribeLoadBalancerAttributes' })]);
    expect('dropInvalidHeaderFields' in (alb?.data ?? {})).toBe(false);
    expect(alb?.data).toMatchObject({ desyncMitigationMode: 'monitor', deletionProtection: true });
  });

  it('records AccessDenied on attributes and listeners on that load balancer only', async () => {
    const denied: Route[] = [
      { name: 'attrs-denied', match: byActionWith('DescribeLoadBalancerAttributes', { LoadBalancerArn: arn('net', 'edge') }), respond: elbError('AccessDenied', 'not authorized to perform: elasticloadbalancing:DescribeLoadBalancerAttributes', 403) },
      { name: 'listeners-denied', match: byActionWith('DescribeListeners', { LoadBalancerArn: arn('net', 'edge') }), respond: elbError('AccessDenied', 'not authorized to perform: elasticloadbalancing:DescribeListeners', 403) },
    ];
    const run = await collectRecorded([elbv2LoadBalancers], routes(denied), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const edge = run.snapshot.resources.find((r) => r.id === 'edge');
    expect(edge?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([
      ...['deletionProtection', 'accessLogsEnabled', 'accessLogsBucket', 'accessLogsPrefix', 'dropInvalidHeaderFields', 'desyncMitigationMode'].map((p) => [p, 'AccessDenied', 'elasticloadbalancing:DescribeLoadBalancerAttributes']),
      ['listeners', 'AccessDenied', 'elasticloadbalancing:DescribeListeners'],
    ]);
    expect(edge?.data).toMatchObject({ type: 'network', availabilityZones: [{ zoneName: 'us-east-1a', subnetId: 'subnet-a' }] });
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id)).toEqual(['edge']);
  });

  it('does not emit a load balancer deleted while it is read', async () => {
    const gone: Route = { name: 'gone', match: byActionWith('DescribeLoadBalancerAttributes', { LoadBalancerArn: arn('gwy', 'inspect') }), respond: elbError('LoadBalancerNotFound', 'One or more load balancers not found') };
    const run = await collectRecorded([elbv2LoadBalancers], routes([gone]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['edge', 'web']);
    expect(run.snapshot.errors).toEqual([]);
  });

  it('marks coverage failed when load balancers cannot be listed', async () => {
    const denied: Route = { name: 'list-denied', match: byActionWith('DescribeLoadBalancers'), respond: elbError('AccessDenied', 'no elasticloadbalancing:DescribeLoadBalancers', 403) };
    const run = await collectRecorded([elbv2LoadBalancers], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AccessDenied on elasticloadbalancing:DescribeLoadBalancers: no elasticloadbalancing:DescribeLoadBalancers' })]);
  });
});

describe('elbv2LoadBalancers call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(elbv2LoadBalancers)).toEqual([]);
  });
});
