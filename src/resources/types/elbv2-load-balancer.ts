import { defineResourceType } from '../define.js';
import { bool, int, list, nullable, obj, oneOf, str } from '../fields.js';

const action = obj({
  type: oneOf(['forward', 'redirect', 'fixed-response', 'authenticate-oidc', 'authenticate-cognito', 'jwt-validation'], 'Action type (Type).'),
  redirectProtocol: nullable(str('Protocol a redirect sends the client to (RedirectConfig.Protocol: HTTP, HTTPS or #{protocol}); null for an action that is not a redirect.')),
  redirectPort: nullable(str('Port a redirect sends the client to (RedirectConfig.Port, a number or #{port}); null for an action that is not a redirect.')),
  redirectStatusCode: nullable(oneOf(['HTTP_301', 'HTTP_302'], 'HTTP status of a redirect (RedirectConfig.StatusCode); null for an action that is not a redirect.')),
}, 'One default action of a listener.');

const listener = obj({
  listenerArn: str('Listener ARN (ListenerArn).'),
  port: nullable(int('Port the listener listens on (Port); null for a Gateway Load Balancer listener, which has none.', { minimum: 1, maximum: 65535 })),
  protocol: nullable(oneOf(['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP', 'GENEVE', 'QUIC', 'TCP_QUIC'], 'Protocol clients connect with (Protocol); null for a Gateway Load Balancer listener, which has none.')),
  sslPolicy: nullable(str('Security policy negotiating TLS with clients (SslPolicy); null for a listener that does not terminate TLS.')),
  certificateArns: list(str('Certificate ARN (ACM or IAM).'), 'Default certificates of the listener (Certificates[].CertificateArn); empty for a listener that does not terminate TLS.'),
  defaultActions: list(action, 'Actions for requests no rule matches (DefaultActions), in AWS\'s order.'),
}, 'One listener (DescribeListeners).');

export const elbv2LoadBalancer = defineResourceType({
  type: 'aws.elbv2.load-balancer',
  service: 'elasticloadbalancing',
  scope: 'regional',
  awsTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancingV2::Listener'],
  description: 'An Application, Network or Gateway Load Balancer with its zones, attributes (deletion protection, access logs, header handling, desync mitigation) and listeners.',
  idDescription: 'the load balancer name (unique per account and region)',
  data: obj({
    loadBalancerArn: str('Load balancer ARN (LoadBalancerArn).'),
    name: str('Load balancer name (LoadBalancerName).'),
    type: oneOf(['application', 'network', 'gateway'], 'Kind of load balancer (Type).'),
    scheme: oneOf(['internet-facing', 'internal'], 'Whether the load balancer has public addresses (Scheme).'),
    vpcId: nullable(str('VPC the load balancer is in (VpcId); null when AWS names none.')),
    state: oneOf(['active', 'provisioning', 'active_impaired', 'failed'], 'Load balancer state (State.Code).'),
    availabilityZones: list(obj({
      zoneName: str('Availability Zone name (ZoneName).'),
      subnetId: nullable(str('Subnet the load balancer has in the zone (SubnetId); null for an Outpost zone AWS answers without one.')),
    }, 'One zone the load balancer is enabled in.'), 'Zones the load balancer is enabled in (AvailabilityZones).'),
    securityGroups: list(str('Security group id (sg-…).'), 'Security groups of the load balancer (SecurityGroups); empty when it has none (a Network Load Balancer created without any, a Gateway Load Balancer).'),
    deletionProtection: bool('Whether deletion protection is on (attribute deletion_protection.enabled, DescribeLoadBalancerAttributes).'),
    accessLogsEnabled: nullable(bool('Whether access logs are written to S3 (attribute access_logs.s3.enabled); null for a Gateway Load Balancer, which has no access logs.')),
    accessLogsBucket: nullable(str('S3 bucket access logs go to (attribute access_logs.s3.bucket); null when none is set or the type has no access logs.')),
    accessLogsPrefix: nullable(str('Key prefix of the access logs (attribute access_logs.s3.prefix); null when none is set or the type has no access logs.')),
    dropInvalidHeaderFields: nullable(bool('Whether HTTP headers with invalid names are removed (attribute routing.http.drop_invalid_header_fields.enabled); null for a Network or Gateway Load Balancer, which do not read HTTP.')),
    desyncMitigationMode: nullable(oneOf(['monitor', 'defensive', 'strictest'], 'How requests that could desynchronise HTTP are handled (attribute routing.http.desync_mitigation_mode); null for a Network or Gateway Load Balancer, which do not read HTTP.')),
    listeners: list(listener, 'Listeners of the load balancer (DescribeListeners); empty when it has none.'),
  }, 'Elastic Load Balancing v2 load balancer settings.'),
  example: {
    loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188',
    name: 'web',
    type: 'application',
    scheme: 'internet-facing',
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    state: 'active',
    availabilityZones: [{ zoneName: 'us-east-1a', subnetId: 'subnet-0a1b2c3d4e5f67890' }, { zoneName: 'us-east-1b', subnetId: 'subnet-0b1c2d3e4f5a67890' }],
    securityGroups: ['sg-0a1b2c3d4e5f67890'],
    deletionProtection: true,
    accessLogsEnabled: true,
    accessLogsBucket: 'example-alb-logs',
    accessLogsPrefix: 'web',
    dropInvalidHeaderFields: true,
    desyncMitigationMode: 'defensive',
    listeners: [{
      listenerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2',
      port: 443,
      protocol: 'HTTPS',
      sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      certificateArns: ['arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012'],
      defaultActions: [{ type: 'forward', redirectProtocol: null, redirectPort: null, redirectStatusCode: null }],
    }, {
      listenerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/50dc6c495c0c9188/0467ef3c8400ae65',
      port: 80,
      protocol: 'HTTP',
      sslPolicy: null,
      certificateArns: [],
      defaultActions: [{ type: 'redirect', redirectProtocol: 'HTTPS', redirectPort: '443', redirectStatusCode: 'HTTP_301' }],
    }],
  },
});
