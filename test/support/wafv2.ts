/** Recorded AWS WAF (v2) answers shared by the web ACL and rule group tests: two regions, REGIONAL and CLOUDFRONT scopes, NextMarker pages. */
import { json, jsonError, type RecordedResponse, type Route, type WireRequest } from './recorded-aws.js';
import { ACCOUNT } from './collect.js';

export const regionOf = (r: WireRequest): string => r.hostname.split('.')[1] ?? '';
export const isOp = (op: string) => (r: WireRequest): boolean => r.target === `AWSWAF_20190729.${op}`;
export const wafArn = (region: string, scope: string, kind: string, name: string, id: string): string =>
  `arn:aws:wafv2:${region}:${ACCOUNT}:${scope === 'CLOUDFRONT' ? 'global' : 'regional'}/${kind}/${name}/${id}`;
export const notFound = (what: string): RecordedResponse => jsonError('WAFNonexistentItemException', `AWS WAF couldn’t perform the operation because your resource doesn’t exist. ${what}`);
export const vis = (metricName: string, metrics = true) => ({ CloudWatchMetricsEnabled: metrics, SampledRequestsEnabled: true, MetricName: metricName });

interface Item { Name: string; Id: string; scope: string; region: string }
export const summary = (kind: string) => (i: Item) => ({ Name: i.Name, Id: i.Id, ARN: wafArn(i.region, i.scope, kind, i.Name, i.Id), LockToken: 'lock', Description: '' });

/** ListWebACLs / ListRuleGroups over `items`, one item per page (pages by NextMarker = the next item's Id), a marker on the last page as AWS WAF may send. */
export function listRoute(op: string, key: string, kind: string, items: readonly Item[]): Route {
  return {
    name: op, match: isOp(op),
    respond: (r) => {
      const mine = items.filter((i) => i.region === regionOf(r) && i.scope === r.params.Scope);
      const at = r.params.NextMarker === undefined ? 0 : mine.findIndex((i) => i.Id === r.params.NextMarker);
      const page = mine.slice(at, at + 1);
      return json({ [key]: page.map(summary(kind)), NextMarker: mine[at + 1]?.Id ?? 'end-of-list' });
    },
  };
}
