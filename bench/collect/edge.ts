/**
 * AWS WAF (JSON) and Route 53 (REST-XML) for the fake account. Every region
 * has two REGIONAL web ACLs — one with a managed rule group, metrics and
 * logging, one empty, unlogged and without metrics — and one rule group
 * whose second rule sends no metrics; us-east-1 also answers one CLOUDFRONT
 * web ACL. Route 53 holds a public zone that logs its queries, a public one
 * that does not, and a private one. Listings page one item at a time (by
 * NextMarker, and for Route 53 by marker and nexttoken), so paging runs.
 */
import { ACCOUNT, type Estate } from './estate.js';
import { escapeXml, json, jsonError, offsetOf, tokenOf, type Answer, type WireRequest } from './wire.js';

export interface WafItem { readonly name: string; readonly id: string; readonly arn: string; readonly logged: boolean; readonly metrics: boolean; readonly capacity: number; readonly rules: number }

const vis = (name: string, on: boolean) => ({ CloudWatchMetricsEnabled: on, SampledRequestsEnabled: true, MetricName: name });
const wafId = (r: number, k: number): string => `00000000-0000-4000-8000-${r.toString(16).padStart(6, '0')}${k.toString(16).padStart(6, '0')}`;

/** The web ACLs AWS WAF answers in `region` under `scope` (config.ts renders the same as Configuration Items). */
export function webAcls(region: string, r: number, scope: string): WafItem[] {
  const arn = (name: string, id: string, kind: string): string => `arn:aws:wafv2:${region}:${ACCOUNT}:${kind}/webacl/${name}/${id}`;
  if (scope === 'CLOUDFRONT') return region === 'us-east-1' ? [{ name: 'bench-cdn', id: wafId(r, 9), arn: arn('bench-cdn', wafId(r, 9), 'global'), logged: false, metrics: false, capacity: 700, rules: 1 }] : [];
  return [
    { name: 'bench-web', id: wafId(r, 1), arn: arn('bench-web', wafId(r, 1), 'regional'), logged: true, metrics: true, capacity: 700, rules: 1 },
    { name: 'bench-empty', id: wafId(r, 2), arn: arn('bench-empty', wafId(r, 2), 'regional'), logged: false, metrics: false, capacity: 700, rules: 0 },
  ];
}

/** The rule groups AWS WAF answers in `region` under `scope`. */
export function ruleGroups(region: string, r: number, scope: string): WafItem[] {
  if (scope !== 'REGIONAL') return [];
  return [{ name: 'bench-group', id: wafId(r, 3), arn: `arn:aws:wafv2:${region}:${ACCOUNT}:regional/rulegroup/bench-group/${wafId(r, 3)}`, logged: false, metrics: true, capacity: 20, rules: 2 }];
}

function listed(items: readonly WafItem[], marker: unknown, key: string): Answer {
  const at = offsetOf('m', marker);
  const one = items.slice(at, at + 1);
  return json({ [key]: one.map((i) => ({ Name: i.name, Id: i.id, ARN: i.arn, LockToken: 'lock', Description: '' })), ...(at + 1 < items.length ? { NextMarker: tokenOf('m', at + 1) } : {}) });
}

export function answerWaf(estate: Estate, request: WireRequest): Answer {
  const r = estate.regionIndex(request.region);
  const scope = typeof request.params.Scope === 'string' ? request.params.Scope : 'REGIONAL';
  const op = request.operation;
  if (op === 'ListWebACLs') return listed(webAcls(request.region, r, scope), request.params.NextMarker, 'WebACLs');
  if (op === 'ListRuleGroups') return listed(ruleGroups(request.region, r, scope), request.params.NextMarker, 'RuleGroups');
  const missing = jsonError('WAFNonexistentItemException', 'AWS WAF couldn’t perform the operation because your resource doesn’t exist.');
  if (op === 'GetWebACL') {
    const acl = webAcls(request.region, r, scope).find((a) => a.id === request.params.Id);
    if (acl === undefined) return missing;
    const rules = acl.rules === 0 ? [] : [{ Name: 'common', Priority: 0, Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } }, OverrideAction: { None: {} }, VisibilityConfig: vis('common', true) }];
    return json({ WebACL: { Name: acl.name, Id: acl.id, ARN: acl.arn, DefaultAction: { Allow: {} }, Rules: rules, VisibilityConfig: vis(acl.name, acl.metrics), Capacity: acl.capacity }, LockToken: 'lock' });
  }
  if (op === 'GetLoggingConfiguration') {
    const acl = [...webAcls(request.region, r, 'REGIONAL'), ...webAcls(request.region, r, 'CLOUDFRONT')].find((a) => a.arn === request.params.ResourceArn);
    if (acl === undefined || !acl.logged) return missing;
    return json({ LoggingConfiguration: { ResourceArn: acl.arn, LogDestinationConfigs: [`arn:aws:logs:${request.region}:${ACCOUNT}:log-group:aws-waf-logs-bench`] } });
  }
  if (op === 'GetRuleGroup') {
    const group = ruleGroups(request.region, r, scope).find((g) => g.id === request.params.Id);
    if (group === undefined) return missing;
    const rules = [0, 1].map((k) => ({ Name: `rule-${k}`, Priority: k, Statement: { ByteMatchStatement: {} }, Action: { Block: {} }, VisibilityConfig: vis(`rule-${k}`, k === 0) }));
    return json({ RuleGroup: { Name: group.name, Id: group.id, ARN: group.arn, Capacity: group.capacity, Rules: rules, VisibilityConfig: vis(group.name, group.metrics) }, LockToken: 'lock' });
  }
  return json({});
}

const NS = 'https://route53.amazonaws.com/doc/2013-04-01/';
export const ZONES = [
  { id: 'ZBENCHPUBLICLOGGED01', name: 'bench.example.com.', private: false, logged: true },
  { id: 'ZBENCHPUBLICQUIET002', name: 'bench.example.net.', private: false, logged: false },
  { id: 'ZBENCHPRIVATEZONE003', name: 'bench.internal.', private: true, logged: false },
] as const;
const xml = (body: string): Answer => ({ status: 200, contentType: 'text/xml', body: `<?xml version="1.0"?>${body}` });

export function route53Operation(request: WireRequest): string {
  if (request.method === 'GET' && request.path === '/2013-04-01/hostedzone') return 'ListHostedZones';
  if (request.method === 'GET' && request.path === '/2013-04-01/queryloggingconfig') return 'ListQueryLoggingConfigs';
  return `${request.method} ${request.path}`;
}

export function answerRoute53(request: WireRequest, operation: string): Answer {
  if (operation === 'ListHostedZones') {
    const at = Math.max(0, ZONES.findIndex((z) => z.id === request.query.get('marker')));
    const zone = ZONES[at];
    const next = ZONES[at + 1];
    const body = zone === undefined ? '' : `<HostedZone><Id>/hostedzone/${zone.id}</Id><Name>${escapeXml(zone.name)}</Name><CallerReference>bench-${zone.id}</CallerReference><Config><PrivateZone>${String(zone.private)}</PrivateZone></Config><ResourceRecordSetCount>4</ResourceRecordSetCount></HostedZone>`;
    return xml(`<ListHostedZonesResponse xmlns="${NS}"><HostedZones>${body}</HostedZones><IsTruncated>${String(next !== undefined)}</IsTruncated>${next === undefined ? '' : `<NextMarker>${next.id}</NextMarker>`}<MaxItems>1</MaxItems></ListHostedZonesResponse>`);
  }
  if (operation === 'ListQueryLoggingConfigs') {
    const logged = ZONES.filter((z) => z.logged);
    const at = offsetOf('q', request.query.get('nexttoken'));
    const zone = logged[at];
    const body = zone === undefined ? '' : `<QueryLoggingConfig><Id>bench-qlc-${String(at)}</Id><HostedZoneId>${zone.id}</HostedZoneId><CloudWatchLogsLogGroupArn>arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/route53/${escapeXml(zone.name)}</CloudWatchLogsLogGroupArn></QueryLoggingConfig>`;
    return xml(`<ListQueryLoggingConfigsResponse xmlns="${NS}"><QueryLoggingConfigs>${body}</QueryLoggingConfigs>${at + 1 < logged.length ? `<NextToken>${tokenOf('q', at + 1)}</NextToken>` : ''}</ListQueryLoggingConfigsResponse>`);
  }
  return xml(`<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>InvalidInput</Code><Message>fake: ${escapeXml(operation)}</Message></Error></ErrorResponse>`);
}
