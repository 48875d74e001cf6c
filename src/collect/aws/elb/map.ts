/**
 * Pure mapping from Classic Load Balancer answers to the
 * aws.elb.load-balancer catalog shape, one reader per field (answers.ts).
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - VPCId absent is null: an EC2-Classic load balancer has no VPC.
 * - Subnets and SecurityGroups absent are none (EC2-Classic).
 * - A listener's SSLCertificateId absent is null: only HTTPS and SSL listeners have one.
 * - AccessLog.S3BucketName absent or empty is "none set" (null).
 * - AccessLog, ConnectionDraining and CrossZoneLoadBalancing are answered for
 *   every load balancer; one left out is unknown, never "disabled".
 * - elb.http.desyncmitigationmode is answered in AdditionalAttributes for
 *   every load balancer; left out it is unknown.
 * Protocols are upper-cased: Classic Load Balancers accept either case and
 * answer what they were given.
 */
import type { ListenerDescription, LoadBalancerAttributes, LoadBalancerDescription, PolicyDescription } from '@aws-sdk/client-elastic-load-balancing';
import { eachOf, emptyToNull, knownValue, required, text, UnreadableAnswer, type ReadersOf, type WithGaps } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type Elb = CatalogData['aws.elb.load-balancer'];
type ListenerData = Elb['listeners'][number];
type NegotiationData = Elb['sslNegotiation'][number];

const PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'SSL'] as const;
/** Listener protocols that terminate TLS, and so have an SSL negotiation policy. */
export const TLS_PROTOCOLS: readonly string[] = ['HTTPS', 'SSL'];
export const SSL_NEGOTIATION_TYPE = 'SSLNegotiationPolicyType';
export const REFERENCE_SECURITY_POLICY = 'Reference-Security-Policy';

const protocol = (value: string | undefined, what: string): ListenerData['protocol'] => knownValue(value?.toUpperCase(), PROTOCOLS, what);

function listener(description: ListenerDescription): ListenerData {
  const answer = required(description.Listener, 'Listener');
  return {
    protocol: protocol(answer.Protocol, 'Listener.Protocol'),
    loadBalancerPort: required(answer.LoadBalancerPort, 'Listener.LoadBalancerPort'),
    instanceProtocol: protocol(answer.InstanceProtocol, 'Listener.InstanceProtocol'),
    instancePort: required(answer.InstancePort, 'Listener.InstancePort'),
    sslCertificateId: emptyToNull(answer.SSLCertificateId),
    policyNames: [...(description.PolicyNames ?? [])],
  };
}

export function loadBalancerFields(lb: LoadBalancerDescription): ReadersOf<Elb> {
  return {
    name: () => text(lb.LoadBalancerName, 'LoadBalancerName'),
    dnsName: () => text(lb.DNSName, 'DNSName'),
    scheme: () => knownValue(lb.Scheme, ['internet-facing', 'internal'], 'Scheme'),
    vpcId: () => emptyToNull(lb.VPCId),
    availabilityZones: () => [...required(lb.AvailabilityZones, 'AvailabilityZones')],
    subnets: () => [...(lb.Subnets ?? [])],
    securityGroups: () => [...(lb.SecurityGroups ?? [])],
    listeners: () => eachOf(lb.ListenerDescriptions, 'ListenerDescriptions', listener),
  };
}

/** The listeners that terminate TLS; an answer without its listeners has none that can be told apart, and is read as unknown elsewhere. */
export function tlsListeners(lb: LoadBalancerDescription): ListenerDescription[] {
  return (lb.ListenerDescriptions ?? []).filter((d) => TLS_PROTOCOLS.includes(d.Listener?.Protocol?.toUpperCase() ?? ''));
}

/**
 * For each HTTPS or SSL listener, the SSLNegotiationPolicyType policy among
 * its PolicyNames and the predefined policy it references. A policy the
 * listener names but DescribeLoadBalancerPolicies did not answer is unknown.
 */
export function sslNegotiation(lb: LoadBalancerDescription, policies: readonly PolicyDescription[] | undefined): WithGaps<NegotiationData[]> {
  const byName = new Map<string, PolicyDescription>();
  for (const policy of required(policies, 'PolicyDescriptions')) if (policy.PolicyName !== undefined) byName.set(policy.PolicyName, policy);
  return eachOf(tlsListeners(lb), 'ListenerDescriptions', (description) => {
    const port = required(description.Listener?.LoadBalancerPort, 'Listener.LoadBalancerPort');
    let found: PolicyDescription | undefined;
    for (const name of description.PolicyNames ?? []) {
      const policy = byName.get(name);
      if (policy === undefined) throw new UnreadableAnswer('IncompleteResponse', `the listener on port ${port} names policy "${name}", which DescribeLoadBalancerPolicies did not answer`);
      if (policy.PolicyTypeName === SSL_NEGOTIATION_TYPE) found = policy;
    }
    if (found === undefined) return { loadBalancerPort: port, policyName: null, referenceSecurityPolicy: null };
    const reference = (found.PolicyAttributeDescriptions ?? []).find((a) => a.AttributeName === REFERENCE_SECURITY_POLICY);
    return { loadBalancerPort: port, policyName: text(found.PolicyName, 'PolicyName'), referenceSecurityPolicy: emptyToNull(reference?.AttributeValue) };
  });
}

export const attributePaths = ['accessLogEnabled', 'accessLogS3BucketName', 'connectionDrainingEnabled', 'connectionDrainingTimeout', 'crossZoneLoadBalancing', 'desyncMitigationMode'] as const;

export const DESYNC_KEY = 'elb.http.desyncmitigationmode';

export function attributeFields(attributes: LoadBalancerAttributes | undefined): ReadersOf<Elb> {
  return {
    accessLogEnabled: () => required(required(attributes?.AccessLog, 'AccessLog').Enabled, 'AccessLog.Enabled'),
    accessLogS3BucketName: () => emptyToNull(required(attributes?.AccessLog, 'AccessLog').S3BucketName),
    connectionDrainingEnabled: () => required(required(attributes?.ConnectionDraining, 'ConnectionDraining').Enabled, 'ConnectionDraining.Enabled'),
    connectionDrainingTimeout: () => required(attributes?.ConnectionDraining, 'ConnectionDraining').Timeout ?? null,
    crossZoneLoadBalancing: () => required(required(attributes?.CrossZoneLoadBalancing, 'CrossZoneLoadBalancing').Enabled, 'CrossZoneLoadBalancing.Enabled'),
    desyncMitigationMode: () => knownValue((attributes?.AdditionalAttributes ?? []).find((a) => a.Key === DESYNC_KEY)?.Value, ['monitor', 'defensive', 'strictest'], `AdditionalAttributes ${DESYNC_KEY}`),
  };
}
