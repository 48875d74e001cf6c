/**
 * Load balancers: Application, Network and Gateway Load Balancers with and
 * without deletion protection, access logs, header dropping and a strict
 * desync mode, in one zone or several, with HTTP listeners that redirect or
 * forward and TLS listeners on recommended and legacy policies; Classic Load
 * Balancers with HTTP, HTTPS and SSL listeners, ACM and IAM certificates,
 * predefined and custom SSL negotiation policies, and every attribute on and off.
 */
import { elbLoadBalancer } from '../../src/resources/types/elb-load-balancer.js';
import { elbv2LoadBalancer } from '../../src/resources/types/elbv2-load-balancer.js';
import { defineRecipe, denied, refsOr, type Recipe, type Variation } from './recipe.js';
import type { Rng } from './rng.js';

const ZONES = ['a', 'b', 'c'] as const;
const acm = 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012';
const iamCert = 'arn:aws:iam::123456789012:server-certificate/legacy';
const noRedirect = { redirectProtocol: null, redirectPort: null, redirectStatusCode: null };

function v2Listeners(rng: Rng, type: 'application' | 'network' | 'gateway'): Static2Listener[] {
  const arn = (k: number): string => `arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/variant/50dc6c495c0c9188/${k}`;
  if (type === 'gateway') return [{ listenerArn: arn(0), port: null, protocol: null, sslPolicy: null, certificateArns: [], defaultActions: [{ type: 'forward', ...noRedirect }] }];
  const secure = type === 'application' ? 'HTTPS' : 'TLS';
  const plain = type === 'application' ? 'HTTP' : 'TCP';
  const out: Static2Listener[] = [];
  if (rng.chance(0.8)) out.push({ listenerArn: arn(1), port: 443, protocol: secure, sslPolicy: rng.pick(['ELBSecurityPolicy-TLS13-1-2-2021-06', 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06', 'ELBSecurityPolicy-2016-08', 'ELBSecurityPolicy-TLS-1-0-2015-04']), certificateArns: [acm], defaultActions: [{ type: 'forward', ...noRedirect }] });
  if (rng.chance(0.6)) {
    const redirects = type === 'application' && rng.chance(0.6);
    out.push({ listenerArn: arn(2), port: 80, protocol: plain, sslPolicy: null, certificateArns: [], defaultActions: [redirects ? { type: 'redirect', redirectProtocol: 'HTTPS', redirectPort: '443', redirectStatusCode: 'HTTP_301' } : { type: 'forward', ...noRedirect }] });
  }
  return out;
}
type Static2Listener = (typeof elbv2LoadBalancer.example.listeners)[number];

export const elbv2Recipe: Recipe = defineRecipe({
  definition: elbv2LoadBalancer,
  weight: 10,
  vary(rng): Variation<typeof elbv2LoadBalancer.data> {
    const type = rng.pick(['application', 'application', 'network', 'gateway'] as const);
    const zones = rng.int(1, 3);
    const http = type === 'application';
    const logs = type !== 'gateway';
    return {
      data: {
        type,
        scheme: rng.pick(['internet-facing', 'internal'] as const),
        availabilityZones: ZONES.slice(0, zones).map((z) => ({ zoneName: `us-east-1${z}`, subnetId: `subnet-0${z}1b2c3d4e5f67890` })),
        securityGroups: type === 'gateway' ? [] : ['sg-0a1b2c3d4e5f67890'],
        deletionProtection: rng.chance(0.5),
        accessLogsEnabled: logs ? rng.chance(0.5) : null,
        accessLogsBucket: logs ? 'example-alb-logs' : null,
        accessLogsPrefix: null,
        dropInvalidHeaderFields: http ? rng.chance(0.5) : null,
        desyncMitigationMode: http ? rng.pick(['monitor', 'defensive', 'strictest'] as const) : null,
        listeners: v2Listeners(rng, type),
      },
      ...(rng.chance(0.03) ? { errors: [denied('listeners', 'elasticloadbalancing:DescribeListeners')] } : {}),
    };
  },
  identify(seq, place, template) {
    const name = `lb-${seq}`;
    const kind = template.data.type === 'network' ? 'net' : template.data.type === 'gateway' ? 'gwy' : 'app';
    const arn = `arn:aws:elasticloadbalancing:${place.region}:${place.account}:loadbalancer/${kind}/${name}/50dc6c495c0c9188`;
    return { id: name, arn, name, data: { name, loadBalancerArn: arn } };
  },
});

export const elbRecipe: Recipe = defineRecipe({
  definition: elbLoadBalancer,
  weight: 5,
  vary(rng): Variation<typeof elbLoadBalancer.data> {
    const zones = rng.int(1, 3);
    const tls = rng.chance(0.6);
    const predefined = rng.pick(['ELBSecurityPolicy-TLS-1-2-2017-01', 'ELBSecurityPolicy-2016-08', null] as const);
    return {
      data: {
        availabilityZones: ZONES.slice(0, zones).map((z) => `us-east-1${z}`),
        subnets: ZONES.slice(0, zones).map((z) => `subnet-0${z}1b2c3d4e5f67890`),
        listeners: [
          ...(tls ? [{ protocol: rng.pick(['HTTPS', 'SSL'] as const), loadBalancerPort: 443, instanceProtocol: 'HTTP' as const, instancePort: 80, sslCertificateId: rng.chance(0.7) ? acm : iamCert, policyNames: [predefined ?? 'custom-ssl'] }] : []),
          ...(!tls || rng.chance(0.3) ? [{ protocol: 'HTTP' as const, loadBalancerPort: 80, instanceProtocol: 'HTTP' as const, instancePort: 80, sslCertificateId: null, policyNames: [] }] : []),
        ],
        sslNegotiation: tls ? [{ loadBalancerPort: 443, policyName: predefined ?? 'custom-ssl', referenceSecurityPolicy: predefined }] : [],
        accessLogEnabled: rng.chance(0.5),
        connectionDrainingEnabled: rng.chance(0.6),
        crossZoneLoadBalancing: rng.chance(0.7),
        desyncMitigationMode: rng.pick(['monitor', 'defensive', 'strictest'] as const),
      },
      ...(rng.chance(0.03) ? { errors: [denied('desyncMitigationMode', 'elasticloadbalancing:DescribeLoadBalancerAttributes')] } : {}),
    };
  },
  identify(seq, place, _template, refs, rng) {
    const name = `clb-${seq}`;
    return {
      id: name,
      arn: `arn:aws:elasticloadbalancing:${place.region}:${place.account}:loadbalancer/${name}`,
      name,
      data: { name, dnsName: `${name}-1234567890.${place.region}.elb.amazonaws.com`, securityGroups: refsOr(refs.ids('aws.ec2.security-group', place.account, place.region), rng, 1, ['sg-0123456789abcdef0']) },
    };
  },
});
