import { defineResourceType } from '../define.js';
import { bool, int, list, nullable, obj, oneOf, str } from '../fields.js';

const listener = obj({
  protocol: oneOf(['HTTP', 'HTTPS', 'TCP', 'SSL'], 'Protocol clients connect with (Listener.Protocol, upper-cased as AWS accepts either case).'),
  loadBalancerPort: int('Port the load balancer listens on (Listener.LoadBalancerPort).', { minimum: 1, maximum: 65535 }),
  instanceProtocol: oneOf(['HTTP', 'HTTPS', 'TCP', 'SSL'], 'Protocol to the instances (Listener.InstanceProtocol, upper-cased).'),
  instancePort: int('Port on the instances (Listener.InstancePort).', { minimum: 1, maximum: 65535 }),
  sslCertificateId: nullable(str('ARN of the server certificate, ACM or IAM (Listener.SSLCertificateId); null for an HTTP or TCP listener.')),
  policyNames: list(str('Policy name.'), 'Policies in effect for the listener (PolicyNames); empty when none.'),
}, 'One listener (ListenerDescriptions).');

const sslNegotiation = obj({
  loadBalancerPort: int('Port of the HTTPS or SSL listener the policy is in effect for.', { minimum: 1, maximum: 65535 }),
  policyName: nullable(str('Name of the listener\'s SSLNegotiationPolicyType policy; null when none of its policies is one.')),
  referenceSecurityPolicy: nullable(str('Predefined security policy the negotiation policy was made from (attribute Reference-Security-Policy, e.g. ELBSecurityPolicy-TLS-1-2-2017-01); null for a custom policy or when the listener has none.')),
}, 'The SSL negotiation configuration of one HTTPS or SSL listener.');

export const elbLoadBalancer = defineResourceType({
  type: 'aws.elb.load-balancer',
  service: 'elasticloadbalancing',
  scope: 'regional',
  awsTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  description: 'A Classic Load Balancer with its zones, listeners, the SSL negotiation policy of each HTTPS/SSL listener and its attributes (access log, connection draining, cross-zone balancing, desync mitigation).',
  idDescription: 'the load balancer name (unique per account and region)',
  data: obj({
    name: str('Load balancer name (LoadBalancerName).'),
    dnsName: str('DNS name of the load balancer (DNSName).'),
    scheme: oneOf(['internet-facing', 'internal'], 'Whether the load balancer has public addresses (Scheme).'),
    vpcId: nullable(str('VPC the load balancer is in (VPCId); null for an EC2-Classic load balancer.')),
    availabilityZones: list(str('Availability Zone name.'), 'Zones the load balancer is enabled in (AvailabilityZones).'),
    subnets: list(str('Subnet id.'), 'Subnets of the load balancer (Subnets); empty outside a VPC.'),
    securityGroups: list(str('Security group id (sg-…).'), 'Security groups of the load balancer (SecurityGroups); empty outside a VPC.'),
    listeners: list(listener, 'Listeners (ListenerDescriptions); empty when it has none.'),
    sslNegotiation: list(sslNegotiation, 'For each HTTPS or SSL listener, its SSL negotiation policy (DescribeLoadBalancerPolicies); empty when the load balancer has no such listener.'),
    accessLogEnabled: bool('Whether access logs are written to S3 (AccessLog.Enabled, DescribeLoadBalancerAttributes).'),
    accessLogS3BucketName: nullable(str('S3 bucket access logs go to (AccessLog.S3BucketName); null when none is set.')),
    connectionDrainingEnabled: bool('Whether in-flight requests finish before an instance is deregistered (ConnectionDraining.Enabled).'),
    connectionDrainingTimeout: nullable(int('Seconds connections are kept open while draining (ConnectionDraining.Timeout); null when AWS answers none.', { minimum: 0 })),
    crossZoneLoadBalancing: bool('Whether traffic is spread across all zones\' instances (CrossZoneLoadBalancing.Enabled).'),
    desyncMitigationMode: oneOf(['monitor', 'defensive', 'strictest'], 'How requests that could desynchronise HTTP are handled (AdditionalAttributes elb.http.desyncmitigationmode).'),
  }, 'Classic Load Balancer settings.'),
  example: {
    name: 'legacy-web',
    dnsName: 'legacy-web-1234567890.us-east-1.elb.amazonaws.com',
    scheme: 'internet-facing',
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    subnets: ['subnet-0a1b2c3d4e5f67890', 'subnet-0b1c2d3e4f5a67890'],
    securityGroups: ['sg-0a1b2c3d4e5f67890'],
    listeners: [{
      protocol: 'HTTPS',
      loadBalancerPort: 443,
      instanceProtocol: 'HTTP',
      instancePort: 80,
      sslCertificateId: 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012',
      policyNames: ['ELBSecurityPolicy-TLS-1-2-2017-01'],
    }],
    sslNegotiation: [{ loadBalancerPort: 443, policyName: 'ELBSecurityPolicy-TLS-1-2-2017-01', referenceSecurityPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' }],
    accessLogEnabled: true,
    accessLogS3BucketName: 'example-elb-logs',
    connectionDrainingEnabled: true,
    connectionDrainingTimeout: 300,
    crossZoneLoadBalancing: true,
    desyncMitigationMode: 'defensive',
  },
});
