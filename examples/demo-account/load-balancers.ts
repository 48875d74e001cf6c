/**
 * Load balancers: a compliant public Application Load Balancer, an internal
 * one that breaks most ELB controls, a Network Load Balancer in eu-west-1,
 * and two Classic Load Balancers — one still on an IAM certificate and a
 * custom SSL policy, one fully configured.
 */
import { elbLoadBalancer } from '../../src/resources/types/elb-load-balancer.js';
import { elbv2LoadBalancer } from '../../src/resources/types/elbv2-load-balancer.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, buckets, make, securityGroups as sg, subnets, vpcs, type DemoRegion, type Overrides } from './demo.js';

const acmCert = (region: DemoRegion, id: string): string => arn.in('acm', region, `certificate/${id}`);
const forward = { type: 'forward', redirectProtocol: null, redirectPort: null, redirectStatusCode: null } as const;

function v2(region: DemoRegion, name: string, kind: 'app' | 'net', data: Overrides<typeof elbv2LoadBalancer>): Resource {
  const lbArn = arn.in('elasticloadbalancing', region, `loadbalancer/${kind}/${name}/${kind === 'app' ? '5d1b2a3c4e6f7a8b' : '9e8d7c6b5a4f3e2d'}`);
  return make(elbv2LoadBalancer, { id: name, region, arn: lbArn, name, data: { loadBalancerArn: lbArn, name, ...data } });
}
const listenerArn = (lb: string, id: string): string => `${lb.replace(':loadbalancer/', ':listener/')}/${id}`;

function classic(region: DemoRegion, name: string, data: Overrides<typeof elbLoadBalancer>): Resource {
  return make(elbLoadBalancer, { id: name, region, arn: arn.in('elasticloadbalancing', region, `loadbalancer/${name}`), name, data: { name, dnsName: `${name}-1234567890.${region}.elb.amazonaws.com`, ...data } });
}

export function elbv2LoadBalancers(): Resource[] {
  const web = arn.in('elasticloadbalancing', 'us-east-1', 'loadbalancer/app/web-prod/5d1b2a3c4e6f7a8b');
  const tools = arn.in('elasticloadbalancing', 'us-east-1', 'loadbalancer/app/internal-tools/5d1b2a3c4e6f7a8b');
  const orders = arn.in('elasticloadbalancing', 'eu-west-1', 'loadbalancer/net/orders-eu/9e8d7c6b5a4f3e2d');
  return [
    // Compliant: two zones, protected, logged, invalid headers dropped, HTTP redirected to HTTPS on a TLS 1.3 policy.
    v2('us-east-1', 'web-prod', 'app', {
      vpcId: vpcs.prodUsEast1, securityGroups: [sg.webAlb],
      availabilityZones: [{ zoneName: 'us-east-1a', subnetId: subnets.prodUsEast1Public }, { zoneName: 'us-east-1b', subnetId: subnets.prodUsEast1Private }],
      accessLogsBucket: buckets.accessLogs, accessLogsPrefix: 'alb/web-prod',
      listeners: [
        { listenerArn: listenerArn(web, 'a1b2c3d4e5f60718'), port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', certificateArns: [acmCert('us-east-1', '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0')], defaultActions: [forward] },
        { listenerArn: listenerArn(web, '0718a1b2c3d4e5f6'), port: 80, protocol: 'HTTP', sslPolicy: null, certificateArns: [], defaultActions: [{ type: 'redirect', redirectProtocol: 'HTTPS', redirectPort: '443', redirectStatusCode: 'HTTP_301' }] },
      ],
    }),
    // Internal tools: one zone, no deletion protection or logs, invalid headers passed on, desync in monitor
    // mode, plain HTTP forwarded, and an HTTPS listener on the 2016 policy that still allows TLS 1.0.
    v2('us-east-1', 'internal-tools', 'app', {
      scheme: 'internal', vpcId: vpcs.prodUsEast1, securityGroups: [sg.appTier],
      availabilityZones: [{ zoneName: 'us-east-1a', subnetId: subnets.prodUsEast1Private }],
      deletionProtection: false, accessLogsEnabled: false, accessLogsBucket: null, accessLogsPrefix: null,
      dropInvalidHeaderFields: false, desyncMitigationMode: 'monitor',
      listeners: [
        { listenerArn: listenerArn(tools, 'b2c3d4e5f6071829'), port: 80, protocol: 'HTTP', sslPolicy: null, certificateArns: [], defaultActions: [forward] },
        { listenerArn: listenerArn(tools, 'c3d4e5f607182930'), port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-2016-08', certificateArns: [arn.iam('server-certificate/www-acme-example-2024')], defaultActions: [forward] },
      ],
    }),
    // Network Load Balancer: TLS on a recommended policy across two zones, but no deletion protection.
    v2('eu-west-1', 'orders-eu', 'net', {
      type: 'network', scheme: 'internal', vpcId: vpcs.prodEuWest1, securityGroups: [],
      availabilityZones: [{ zoneName: 'eu-west-1a', subnetId: subnets.prodEuWest1Private }, { zoneName: 'eu-west-1b', subnetId: 'subnet-0d5e6f7a8b9c0d1e2' }],
      deletionProtection: false, accessLogsEnabled: true, accessLogsBucket: buckets.euDataLake, accessLogsPrefix: 'nlb',
      dropInvalidHeaderFields: null, desyncMitigationMode: null,
      listeners: [{ listenerArn: listenerArn(orders, 'd4e5f60718293a4b'), port: 443, protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06', certificateArns: [acmCert('eu-west-1', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d')], defaultActions: [forward] }],
    }),
  ];
}

export function elbLoadBalancers(): Resource[] {
  return [
    // Legacy shop: one zone, plain HTTP beside HTTPS on an IAM certificate with a custom SSL policy,
    // no access log, no connection draining, no cross-zone balancing, desync in monitor mode.
    classic('us-east-1', 'legacy-shop', {
      vpcId: vpcs.defaultUsEast1, availabilityZones: ['us-east-1a'], subnets: [subnets.defaultUsEast1a], securityGroups: [sg.defaultVpcDefaultUsEast1],
      listeners: [
        { protocol: 'HTTP', loadBalancerPort: 80, instanceProtocol: 'HTTP', instancePort: 80, sslCertificateId: null, policyNames: [] },
        { protocol: 'HTTPS', loadBalancerPort: 443, instanceProtocol: 'HTTP', instancePort: 80, sslCertificateId: arn.iam('server-certificate/www-acme-example-2024'), policyNames: ['legacy-shop-ssl'] },
      ],
      sslNegotiation: [{ loadBalancerPort: 443, policyName: 'legacy-shop-ssl', referenceSecurityPolicy: null }],
      accessLogEnabled: false, accessLogS3BucketName: null, connectionDrainingEnabled: false, connectionDrainingTimeout: 300, crossZoneLoadBalancing: false, desyncMitigationMode: 'monitor',
    }),
    // Compliant: SSL only, an ACM certificate on the predefined TLS 1.2 policy, two zones, every attribute on.
    classic('eu-west-1', 'partner-api-eu', {
      vpcId: vpcs.prodEuWest1, availabilityZones: ['eu-west-1a', 'eu-west-1b'], subnets: [subnets.prodEuWest1Private, 'subnet-0d5e6f7a8b9c0d1e2'], securityGroups: [sg.appTierEu],
      listeners: [{ protocol: 'SSL', loadBalancerPort: 443, instanceProtocol: 'TCP', instancePort: 8443, sslCertificateId: acmCert('eu-west-1', '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e'), policyNames: ['ELBSecurityPolicy-TLS-1-2-2017-01'] }],
      accessLogS3BucketName: buckets.euDataLake, desyncMitigationMode: 'strictest',
    }),
  ];
}
