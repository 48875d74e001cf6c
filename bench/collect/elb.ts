/**
 * Elastic Load Balancing (query protocol, both APIs) for the fake account:
 * one v2 load balancer and one Classic Load Balancer per VPC. The v2 type
 * cycles application, network, gateway, each answering the attribute keys
 * AWS gives its type; settings policies judge vary with the index (every
 * other one protected and logged, HTTP listeners that redirect or forward,
 * legacy and recommended TLS policies, one zone or two). Both APIs sign as
 * elasticloadbalancing; the API version tells them apart.
 */
import { ACCOUNT, ec2Id, type Estate } from './estate.js';
import { elements, offsetOf, page, pageSize, queryAnswer, queryError, tokenOf, type Answer, type WireRequest } from './wire.js';

export const V2_VERSION = '2015-12-01';
const NS_V2 = `http://elasticloadbalancing.amazonaws.com/doc/${V2_VERSION}/`;
const NS_CLASSIC = 'http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/';
export const TYPES = ['application', 'network', 'gateway'] as const;
const KINDS = { application: 'app', network: 'net', gateway: 'gwy' } as const;

const members = (list: readonly string[]): string => list.map((m) => `<member>${m}</member>`).join('');
const next = (offset: number | undefined): string => (offset === undefined ? '' : `<NextMarker>${tokenOf('m', offset)}</NextMarker>`);
export const v2Name = (i: number): string => `bench-lb-${String(i).padStart(4, '0')}`;
export const classicName = (i: number): string => `bench-clb-${String(i).padStart(4, '0')}`;
export const v2Arn = (region: string, i: number): string => `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:loadbalancer/${KINDS[TYPES[i % 3] ?? 'application']}/${v2Name(i)}/0123456789abcdef`;
export const zones = (region: string, r: number, i: number): { zone: string; subnet: string }[] =>
  Array.from({ length: i % 2 === 0 ? 2 : 1 }, (_, k) => ({ zone: `${region}${'ab'.charAt(k)}`, subnet: ec2Id('subnet', r, i + k) }));

/** The index of a v2 load balancer named by ARN, or of a Classic one by name; undefined for none of this estate. */
function indexOf(estate: Estate, region: string, value: unknown, v2: boolean): number | undefined {
  const count = estate.regionIndex(region) < 0 ? 0 : estate.size.vpcs;
  for (let i = 0; i < count; i++) if (value === (v2 ? v2Arn(region, i) : classicName(i))) return i;
  return undefined;
}

function v2LoadBalancer(region: string, r: number, i: number): string {
  const type = TYPES[i % 3] ?? 'application';
  return elements({ LoadBalancerArn: v2Arn(region, i), LoadBalancerName: v2Name(i), Type: type, Scheme: i % 2 === 0 ? 'internet-facing' : 'internal', VpcId: ec2Id('vpc', r, i), DNSName: `${v2Name(i)}.elb.${region}.amazonaws.com`, CreatedTime: '2025-01-01T00:00:00Z' })
    + `<State><Code>active</Code></State><AvailabilityZones>${members(zones(region, r, i).map((z) => elements({ ZoneName: z.zone, SubnetId: z.subnet })))}</AvailabilityZones>`
    + (type === 'gateway' ? '' : `<SecurityGroups>${members([ec2Id('sg', r, 0)])}</SecurityGroups>`);
}

function v2Attributes(i: number): Record<string, string> {
  const type = TYPES[i % 3] ?? 'application';
  const on = String(i % 2 === 0);
  return {
    'deletion_protection.enabled': on,
    ...(type === 'gateway' ? {} : { 'access_logs.s3.enabled': on, 'access_logs.s3.bucket': i % 2 === 0 ? 'bench-lb-logs' : '', 'access_logs.s3.prefix': '' }),
    ...(type === 'application' ? { 'routing.http.drop_invalid_header_fields.enabled': on, 'routing.http.desync_mitigation_mode': i % 2 === 0 ? 'defensive' : 'monitor' } : {}),
    ...(type === 'application' ? {} : { 'load_balancing.cross_zone.enabled': 'false' }),
  };
}

function v2Listeners(region: string, i: number): string[] {
  const type = TYPES[i % 3] ?? 'application';
  const arn = (port: number): string => `${v2Arn(region, i).replace(':loadbalancer/', ':listener/')}/${String(port).padStart(16, '0')}`;
  const forward = `<DefaultActions>${members([elements({ Type: 'forward', TargetGroupArn: `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:targetgroup/bench/0123456789abcdef` })])}</DefaultActions>`;
  if (type === 'gateway') return [elements({ ListenerArn: arn(0), LoadBalancerArn: v2Arn(region, i) }) + forward];
  const secure = type === 'application' ? 'HTTPS' : 'TLS';
  const tls = elements({ ListenerArn: arn(443), LoadBalancerArn: v2Arn(region, i), Port: 443, Protocol: secure, SslPolicy: i % 2 === 0 ? 'ELBSecurityPolicy-TLS13-1-2-2021-06' : 'ELBSecurityPolicy-2016-08' })
    + `<Certificates>${members([elements({ CertificateArn: `arn:aws:acm:${region}:${ACCOUNT}:certificate/00000000-0000-4000-8000-000000000000` })])}</Certificates>${forward}`;
  if (type === 'network') return [tls];
  const redirect = `<DefaultActions>${members([`<Type>redirect</Type><RedirectConfig>${elements({ Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' })}</RedirectConfig>`])}</DefaultActions>`;
  return [tls, elements({ ListenerArn: arn(80), LoadBalancerArn: v2Arn(region, i), Port: 80, Protocol: 'HTTP' }) + (i % 2 === 0 ? redirect : forward)];
}

/** The HTTPS listener's certificate of Classic Load Balancer i: ACM or IAM by turns. */
export const classicCertificate = (region: string, i: number): string => (i % 2 === 0 ? `arn:aws:acm:${region}:${ACCOUNT}:certificate/00000000-0000-4000-8000-000000000000` : `arn:aws:iam::${ACCOUNT}:server-certificate/bench`);
/** The predefined policy the listener's negotiation policy "bench-ssl" references: recommended or legacy by turns. */
export const classicReference = (i: number): string => (i % 2 === 0 ? 'ELBSecurityPolicy-TLS-1-2-2017-01' : 'ELBSecurityPolicy-2016-08');

function classicLoadBalancer(region: string, r: number, i: number): string {
  const z = zones(region, r, i);
  const https = `<member><Listener>${elements({ Protocol: 'HTTPS', LoadBalancerPort: 443, InstanceProtocol: 'HTTP', InstancePort: 80, SSLCertificateId: classicCertificate(region, i) })}</Listener><PolicyNames>${members(['bench-ssl'])}</PolicyNames></member>`;
  const http = `<member><Listener>${elements({ Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 })}</Listener><PolicyNames/></member>`;
  return elements({ LoadBalancerName: classicName(i), DNSName: `${classicName(i)}-1.${region}.elb.amazonaws.com`, Scheme: 'internet-facing', VPCId: ec2Id('vpc', r, i), CreatedTime: '2020-01-01T00:00:00Z' })
    + `<ListenerDescriptions>${https}${i % 2 === 0 ? '' : http}</ListenerDescriptions><AvailabilityZones>${members(z.map((x) => x.zone))}</AvailabilityZones>`
    + `<Subnets>${members(z.map((x) => x.subnet))}</Subnets><SecurityGroups>${members([ec2Id('sg', r, 0)])}</SecurityGroups>`;
}

function classicAttributes(i: number): string {
  const on = i % 2 === 0;
  return `<LoadBalancerAttributes><CrossZoneLoadBalancing><Enabled>${on}</Enabled></CrossZoneLoadBalancing><AccessLog><Enabled>${on}</Enabled>${on ? '<S3BucketName>bench-lb-logs</S3BucketName>' : ''}</AccessLog>`
    + `<ConnectionDraining><Enabled>${on}</Enabled><Timeout>300</Timeout></ConnectionDraining><ConnectionSettings><IdleTimeout>60</IdleTimeout></ConnectionSettings>`
    + `<AdditionalAttributes>${members([elements({ Key: 'elb.http.desyncmitigationmode', Value: on ? 'defensive' : 'monitor' })])}</AdditionalAttributes></LoadBalancerAttributes>`;
}

function classicPolicies(i: number): string {
  const reference = classicReference(i);
  return `<PolicyDescriptions>${members([elements({ PolicyName: 'bench-ssl', PolicyTypeName: 'SSLNegotiationPolicyType' })
    + `<PolicyAttributeDescriptions>${members([elements({ AttributeName: 'Reference-Security-Policy', AttributeValue: reference })])}</PolicyAttributeDescriptions>`])}</PolicyDescriptions>`;
}

export function answerElb(estate: Estate, request: WireRequest): Answer {
  const { operation, params, region } = request;
  const v2 = params.Version === V2_VERSION;
  const ns = v2 ? NS_V2 : NS_CLASSIC;
  const r = estate.regionIndex(region);
  if (operation === 'DescribeLoadBalancers') {
    const all = r < 0 ? [] : Array.from({ length: estate.size.vpcs }, (_, i) => i);
    const listed = page(all, offsetOf('m', params.Marker), pageSize(params.PageSize, 400, 400));
    const body = listed.items.map((i) => (v2 ? v2LoadBalancer(region, r, i) : classicLoadBalancer(region, r, i)));
    return queryAnswer(operation, ns, `<${v2 ? 'LoadBalancers' : 'LoadBalancerDescriptions'}>${members(body)}</${v2 ? 'LoadBalancers' : 'LoadBalancerDescriptions'}>${next(listed.next)}`);
  }
  const i = indexOf(estate, region, v2 ? params.LoadBalancerArn : params.LoadBalancerName, v2);
  if (i === undefined) return queryError('LoadBalancerNotFound', 'One or more load balancers not found');
  if (v2 && operation === 'DescribeLoadBalancerAttributes') return queryAnswer(operation, ns, `<Attributes>${members(Object.entries(v2Attributes(i)).map(([k, v]) => elements({ Key: k, Value: v })))}</Attributes>`);
  if (v2 && operation === 'DescribeListeners') return queryAnswer(operation, ns, `<Listeners>${members(v2Listeners(region, i))}</Listeners>`);
  if (operation === 'DescribeLoadBalancerAttributes') return queryAnswer(operation, ns, classicAttributes(i));
  if (operation === 'DescribeLoadBalancerPolicies') return queryAnswer(operation, ns, classicPolicies(i));
  return queryAnswer(operation, ns, '');
}
