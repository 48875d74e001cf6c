/**
 * One recorded Elastic Load Balancing v2 account, shared by the API
 * collector's test and the Config source's: an Application, a Network and a
 * Gateway Load Balancer (two pages), each type's attributes, and listeners
 * (two pages for the Application Load Balancer).
 */
import type { Route } from './recorded-aws.js';
import { byActionWith, elements, members } from './iam-xml.js';
import { elbXml, pagedElb, V2 } from './elb-xml.js';
import { regionsRoute } from './collect.js';

export const ACCOUNT = '123456789012';
export const arn = (kind: string, name: string): string => `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/${kind}/${name}/50dc6c495c0c9188`;
export const cert = `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/12345678-1234-1234-1234-123456789012`;
export const zone = (name: string, subnet: string): string => elements({ ZoneName: name, SubnetId: subnet });
export const lb = (name: string, type: string, extra: string): string =>
  elements({ LoadBalancerArn: arn(type === 'application' ? 'app' : type === 'network' ? 'net' : 'gwy', name), LoadBalancerName: name, Type: type, Scheme: 'internet-facing', VpcId: 'vpc-1', DNSName: `${name}.elb.amazonaws.com`, CreatedTime: '2026-01-01T00:00:00Z' })
  + `<State><Code>active</Code></State>${extra}`;
export const web = lb('web', 'application', `<AvailabilityZones>${members([zone('us-east-1a', 'subnet-a'), zone('us-east-1b', 'subnet-b')])}</AvailabilityZones><SecurityGroups>${members(['sg-1'])}</SecurityGroups>`);
export const edge = lb('edge', 'network', `<AvailabilityZones>${members([zone('us-east-1a', 'subnet-a')])}</AvailabilityZones>`);
export const inspect = lb('inspect', 'gateway', `<AvailabilityZones>${members([zone('us-east-1a', 'subnet-a'), zone('us-east-1c', 'subnet-c')])}</AvailabilityZones>`);

export const attr = (key: string, value: string): string => elements({ Key: key, Value: value });
const attributes: Record<string, string[]> = {
  web: [attr('deletion_protection.enabled', 'true'), attr('access_logs.s3.enabled', 'true'), attr('access_logs.s3.bucket', 'alb-logs'), attr('access_logs.s3.prefix', ''),
    attr('routing.http.drop_invalid_header_fields.enabled', 'false'), attr('routing.http.desync_mitigation_mode', 'defensive'), attr('idle_timeout.timeout_seconds', '60')],
  edge: [attr('deletion_protection.enabled', 'false'), attr('access_logs.s3.enabled', 'false'), attr('access_logs.s3.bucket', ''), attr('access_logs.s3.prefix', ''), attr('load_balancing.cross_zone.enabled', 'false')],
  inspect: [attr('deletion_protection.enabled', 'false'), attr('load_balancing.cross_zone.enabled', 'true')],
};
const nameOf = (lbArn: unknown): string => String(lbArn).split('/')[2] ?? '';

const action = (body: string): string => body;
const listener = (lbName: string, id: string, fields: Record<string, string | number | undefined>, extra: string): string =>
  elements({ ListenerArn: `${arn('app', lbName).replace(':loadbalancer/', ':listener/')}/${id}`, LoadBalancerArn: arn('app', lbName), ...fields }) + extra;
const forward = action(`<member>${elements({ Type: 'forward', TargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/1' })}</member>`);
const redirect = action(`<member><Type>redirect</Type><RedirectConfig>${elements({ Protocol: 'HTTPS', Port: '443', Host: '#{host}', Path: '/#{path}', Query: '#{query}', StatusCode: 'HTTP_301' })}</RedirectConfig></member>`);
const listeners: Record<string, string[][]> = {
  web: [
    [listener('web', 'https', { Port: 443, Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }, `<Certificates>${members([elements({ CertificateArn: cert })])}</Certificates><DefaultActions>${forward}</DefaultActions>`)],
    [listener('web', 'http', { Port: 80, Protocol: 'HTTP' }, `<DefaultActions>${redirect}</DefaultActions>`)],
  ],
  edge: [[listener('edge', 'tcp', { Port: 22, Protocol: 'TCP' }, `<DefaultActions>${forward}</DefaultActions>`)]],
  inspect: [[listener('inspect', 'geneve', {}, `<DefaultActions>${forward}</DefaultActions>`)]],
};

export function elbv2Routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    pagedElb(V2, 'DescribeLoadBalancers', 'LoadBalancers', [[web, edge], [inspect]]),
    {
      name: 'DescribeLoadBalancerAttributes',
      match: byActionWith('DescribeLoadBalancerAttributes'),
      respond: (r) => elbXml(V2, 'DescribeLoadBalancerAttributes', `<Attributes>${members(attributes[nameOf(r.params.LoadBalancerArn)] ?? [])}</Attributes>`),
    },
    ...Object.entries(listeners).map(([name, pages]) => pagedElb(V2, 'DescribeListeners', 'Listeners', pages, { LoadBalancerArn: arn(name === 'web' ? 'app' : name === 'edge' ? 'net' : 'gwy', name) })),
  ];
}
