/**
 * Pure mapping from Elastic Load Balancing v2 answers to the
 * aws.elbv2.load-balancer catalog shape, one reader per field (answers.ts).
 *
 * Attributes arrive as key/value strings, and which keys AWS answers depends
 * on the load balancer's type: a key that belongs to the type but is missing
 * is unknown (IncompleteResponse), never a default; a key that does not
 * belong to the type is null ("does not apply"), whatever the answer holds.
 * - deletion_protection.enabled: every type.
 * - access_logs.s3.*: application and network (a Gateway Load Balancer has no access logs).
 * - routing.http.drop_invalid_header_fields.enabled, routing.http.desync_mitigation_mode: application only.
 * An empty access_logs.s3.bucket or prefix is "none set" (null).
 *
 * What absence in a listing is read as: SecurityGroups absent is none (AWS
 * leaves the member out for a load balancer without security groups);
 * a listener's Port and Protocol absent is null (a Gateway Load Balancer's
 * listeners have neither); SslPolicy absent is null (a listener that does
 * not terminate TLS); Certificates absent is none.
 */
import type { Action, AvailabilityZone, Listener, LoadBalancer, LoadBalancerAttribute } from '@aws-sdk/client-elastic-load-balancing-v2';
import { eachOf, emptyToNull, knownValue, required, text, UnreadableAnswer, type ReadersOf, type WithGaps } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type Elbv2 = CatalogData['aws.elbv2.load-balancer'];
type LbType = Elbv2['type'];
type ListenerData = Elbv2['listeners'][number];
type ActionData = ListenerData['defaultActions'][number];

const TYPES = ['application', 'network', 'gateway'] as const;
const PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP', 'GENEVE', 'QUIC', 'TCP_QUIC'] as const;
const ACTIONS = ['forward', 'redirect', 'fixed-response', 'authenticate-oidc', 'authenticate-cognito', 'jwt-validation'] as const;

/** The type of a listed load balancer, needed before its attributes can be read. */
export function loadBalancerType(lb: LoadBalancer): LbType {
  return knownValue(lb.Type, TYPES, 'Type');
}

export function loadBalancerFields(lb: LoadBalancer): ReadersOf<Elbv2> {
  return {
    loadBalancerArn: () => text(lb.LoadBalancerArn, 'LoadBalancerArn'),
    name: () => text(lb.LoadBalancerName, 'LoadBalancerName'),
    type: () => loadBalancerType(lb),
    scheme: () => knownValue(lb.Scheme, ['internet-facing', 'internal'], 'Scheme'),
    vpcId: () => emptyToNull(lb.VpcId),
    state: () => knownValue(lb.State?.Code, ['active', 'provisioning', 'active_impaired', 'failed'], 'State.Code'),
    availabilityZones: () => eachOf(lb.AvailabilityZones, 'AvailabilityZones', (zone: AvailabilityZone) => ({ zoneName: text(zone.ZoneName, 'ZoneName'), subnetId: emptyToNull(zone.SubnetId) })),
    securityGroups: () => [...(lb.SecurityGroups ?? [])],
  };
}

export const attributePaths = ['deletionProtection', 'accessLogsEnabled', 'accessLogsBucket', 'accessLogsPrefix', 'dropInvalidHeaderFields', 'desyncMitigationMode'] as const;

/** The types each attribute key belongs to. */
const KEYS = {
  deletion: { key: 'deletion_protection.enabled', types: ['application', 'network', 'gateway'] },
  logs: { key: 'access_logs.s3.enabled', types: ['application', 'network'] },
  bucket: { key: 'access_logs.s3.bucket', types: ['application', 'network'] },
  prefix: { key: 'access_logs.s3.prefix', types: ['application', 'network'] },
  headers: { key: 'routing.http.drop_invalid_header_fields.enabled', types: ['application'] },
  desync: { key: 'routing.http.desync_mitigation_mode', types: ['application'] },
} as const satisfies Record<string, { key: string; types: readonly LbType[] }>;

/** The fields DescribeLoadBalancerAttributes answers, for a load balancer of type `type`. */
export function attributeFields(type: LbType, attributes: readonly LoadBalancerAttribute[] | undefined): ReadersOf<Elbv2> {
  const values = new Map<string, string>();
  for (const attribute of attributes ?? []) if (attribute.Key !== undefined) values.set(attribute.Key, attribute.Value ?? '');
  /** The key's value; undefined when it does not belong to the type; unreadable when it does but AWS left it out. */
  const value = (entry: { key: string; types: readonly LbType[] }): string | undefined => {
    if (!entry.types.includes(type)) return undefined;
    if (attributes === undefined) throw new UnreadableAnswer('IncompleteResponse', 'the answer has no Attributes');
    const found = values.get(entry.key);
    if (found === undefined) throw new UnreadableAnswer('IncompleteResponse', `the answer has no attribute ${entry.key}, which a load balancer of type ${type} has`);
    return found;
  };
  const flag = (entry: { key: string; types: readonly LbType[] }): boolean | null => {
    const found = value(entry);
    if (found === undefined) return null;
    if (found !== 'true' && found !== 'false') throw new UnreadableAnswer('IncompleteResponse', `the attribute ${entry.key} is "${found}", not true or false`);
    return found === 'true';
  };
  return {
    deletionProtection: () => required(flag(KEYS.deletion), KEYS.deletion.key),
    accessLogsEnabled: () => flag(KEYS.logs),
    accessLogsBucket: () => emptyToNull(value(KEYS.bucket)),
    accessLogsPrefix: () => emptyToNull(value(KEYS.prefix)),
    dropInvalidHeaderFields: () => flag(KEYS.headers),
    desyncMitigationMode: () => {
      const found = value(KEYS.desync);
      return found === undefined ? null : knownValue(found, ['monitor', 'defensive', 'strictest'], `attribute ${KEYS.desync.key}`);
    },
  };
}

function action(answer: Action): ActionData {
  const type = knownValue(answer.Type, ACTIONS, 'DefaultActions[].Type');
  if (type !== 'redirect') return { type, redirectProtocol: null, redirectPort: null, redirectStatusCode: null };
  const redirect = required(answer.RedirectConfig, 'RedirectConfig of a redirect action');
  return {
    type,
    // Protocol and Port default to the request's own (#{protocol}, #{port}) when AWS leaves them out of a redirect.
    redirectProtocol: redirect.Protocol ?? '#{protocol}',
    redirectPort: redirect.Port ?? '#{port}',
    redirectStatusCode: knownValue(redirect.StatusCode, ['HTTP_301', 'HTTP_302'], 'RedirectConfig.StatusCode'),
  };
}

function listener(answer: Listener): ListenerData {
  return {
    listenerArn: text(answer.ListenerArn, 'ListenerArn'),
    port: answer.Port ?? null,
    protocol: answer.Protocol === undefined ? null : knownValue(answer.Protocol, PROTOCOLS, 'Protocol'),
    sslPolicy: emptyToNull(answer.SslPolicy),
    certificateArns: (answer.Certificates ?? []).map((certificate) => text(certificate.CertificateArn, 'Certificates[].CertificateArn')),
    defaultActions: required(answer.DefaultActions, 'DefaultActions').map(action),
  };
}

/** Every listener of the load balancer; one AWS answered incompletely fails at its index. */
export function listeners(answers: readonly Listener[]): WithGaps<ListenerData[]> {
  return eachOf(answers, 'Listeners', listener);
}
