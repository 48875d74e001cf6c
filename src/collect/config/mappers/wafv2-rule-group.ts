/**
 * AWS::WAFv2::RuleGroup → aws.wafv2.rule-group. AWS's Config resource
 * schema for the type (awslabs/aws-config-resource-schema) lists the item's
 * arn and a camelCase configuration: name, id, capacity, description and
 * visibilityConfig (cloudWatchMetricsEnabled, sampledRequestsEnabled,
 * metricName); it lists no rules. So the item gives the envelope, id and
 * scope (from its ARN, wafv2-item.ts), the capacity and the metrics, read
 * back into the SDK's RuleGroup and mapped by the API collector's own
 * readers: one mapping, two sources. The rules (and anything the item lacks
 * or holds in a form AWS WAF does not answer) are read in the same run with
 * the API collector's GetRuleGroup row, one call per rule group as the API
 * path makes it (its ListRuleGroups is not needed); not with an aggregator,
 * where they are errors on the rule group. A rule group deleted since
 * Config recorded it answers WAFNonexistentItemException there: an error on
 * those fields, never "none". CLOUDFRONT rule groups are recorded in
 * us-east-1, the region the API collector reads them from (scopes.ts). The
 * API collector reads no tags, so neither does this mapping.
 */
import { GetRuleGroupCommand, WAFV2Client, type GetRuleGroupCommandOutput } from '@aws-sdk/client-wafv2';
import { readFields } from '../../answers.js';
import { GET_RULE_GROUP_FIELDS, ruleGroupFields } from '../../aws/wafv2/map.js';
import { ruleGroupCalls } from '../../aws/wafv2/rule-groups.js';
import type { CollectContext, Fetch } from '../../context.js';
import { fieldOf, goneFrom, oncePerItem } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { defineConfigMapper, numberOf, stringOf } from '../mapper.js';
import { fromItem, type Unreadable } from '../read.js';
import { noTarget, visibilityOfItem, wafTarget } from './wafv2-item.js';

const CONFIG_TYPE = 'AWS::WAFv2::RuleGroup';

/** One GetRuleGroup per rule group, however many of its fields the item lacked. */
const getRuleGroup = oncePerItem((ctx, item): Promise<Fetch<GetRuleGroupCommandOutput>> => {
  const target = wafTarget(item, 'rulegroup');
  if (target === undefined) return Promise.resolve(noTarget(CONFIG_TYPE, ruleGroupCalls.GetRuleGroup.label));
  const waf = ctx.clients.get(WAFV2Client, ctx.region);
  return ctx.call(ruleGroupCalls.GetRuleGroup, () => waf.send(new GetRuleGroupCommand({ Name: target.name, Scope: target.scope, Id: target.id })));
});

async function describedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const label = ruleGroupCalls.GetRuleGroup.label;
  const answer = await getRuleGroup(ctx, item);
  if (answer.kind === 'absent' || (answer.kind === 'failed' && answer.failure.code === 'WAFNonexistentItemException')) {
    return goneFrom('WAFNonexistentItemException', 'AWS WAF no longer has the rule group AWS Config recorded', label);
  }
  return answer.kind === 'ok' ? fieldOf(ruleGroupFields(answer.value), path, label) : answer;
}

export const wafv2RuleGroupFromConfig = defineConfigMapper({
  configType: CONFIG_TYPE,
  catalogType: 'aws.wafv2.rule-group',
  fill: {
    calls: [ruleGroupCalls],
    read(ctx, item, path) {
      return (GET_RULE_GROUP_FIELDS as readonly string[]).includes(path) ? () => describedField(ctx, item, path) : undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const target = wafTarget(item, 'rulegroup');
    const id = target?.id ?? stringOf(c.id) ?? item.resourceId;
    const name = target?.name ?? stringOf(c.name) ?? item.resourceName;
    const own: Unreadable[] = [
      { path: 'rules', reason: `AWS Config's resource schema for ${CONFIG_TYPE} lists no rules` },
      ...(target === undefined ? [{ path: 'scope', reason: 'the Configuration Item holds no AWS WAF rule group ARN, which names its scope' }] : []),
    ];
    const read = fromItem(readFields(ruleGroupFields({ RuleGroup: { Name: name, Id: id, ARN: item.arn, Capacity: numberOf(c.capacity), VisibilityConfig: visibilityOfItem(c) } })), own);
    // Without its ARN the scope is unknown; the REGIONAL spelling only gives the resource an ARN, and every field needing the scope is an error.
    const arn = target?.arn ?? item.arn ?? `arn:${place.partition}:wafv2:${place.region}:${place.account}:regional/rulegroup/${name ?? id}/${id}`;
    return {
      envelope: { type: 'aws.wafv2.rule-group', id, arn, tags: {}, ...(name === undefined ? {} : { name }) },
      fields: { ruleGroupId: id, ...(target === undefined ? {} : { scope: target.scope }), ...read.fields },
      unreadable: read.unreadable,
    };
  },
});
