/**
 * What the two AWS WAF (v2) mappings read alike from a Configuration Item.
 * AWS's Config resource schemas for AWS::WAFv2::WebACL and
 * AWS::WAFv2::RuleGroup list the item's ARN and a camelCase configuration
 * (name, id, capacity, visibilityConfig with cloudWatchMetricsEnabled,
 * sampledRequestsEnabled and metricName), but no scope: the ARN says it
 * (".../regional/..." or ".../global/...", AWS WAF's spelling of REGIONAL
 * and CLOUDFRONT), and with the name and id it is what AWS WAF's Get calls
 * take, so the ARN is read for all three rather than trusting Config's
 * resourceId or resourceName, whose form the schema does not document.
 */
import type { VisibilityConfig } from '@aws-sdk/client-wafv2';
import type { WafScope } from '../../aws/wafv2/map.js';
import type { Fetch } from '../../context.js';
import type { ConfigurationItem } from '../item.js';
import { booleanOf, notInItem, stringOf } from '../mapper.js';
import { isRecord } from '../read.js';

/** Which AWS WAF resource an item is, as its ARN names it. */
export interface WafTarget { readonly arn: string; readonly scope: WafScope; readonly name: string; readonly id: string }

const ARN = /^arn:[^:]+:wafv2:[^:]+:\d{12}:(regional|global)\/(webacl|rulegroup)\/([^/]+)\/([^/]+)$/;

export function wafTarget(item: ConfigurationItem, kind: 'webacl' | 'rulegroup'): WafTarget | undefined {
  const match = item.arn === undefined ? null : ARN.exec(item.arn);
  if (match === null || match[2] !== kind || item.arn === undefined) return undefined;
  return { arn: item.arn, scope: match[1] === 'global' ? 'CLOUDFRONT' : 'REGIONAL', name: match[3] ?? '', id: match[4] ?? '' };
}

/** Why an item without a readable ARN cannot be read further. */
export const noTarget = (configType: string, operation: string): Fetch<never> => ({
  kind: 'failed', failure: notInItem(`the ${configType} Configuration Item holds no AWS WAF ARN naming its scope, name and id, which ${operation} needs`, operation),
});

/** configuration.visibilityConfig as the SDK's VisibilityConfig; a member it lacks stays undefined, for the API collector's readers to refuse. */
export function visibilityOfItem(configuration: Readonly<Record<string, unknown>>): VisibilityConfig | undefined {
  const v = configuration.visibilityConfig;
  if (!isRecord(v)) return undefined;
  return { CloudWatchMetricsEnabled: booleanOf(v.cloudWatchMetricsEnabled), SampledRequestsEnabled: booleanOf(v.sampledRequestsEnabled), MetricName: stringOf(v.metricName) };
}
