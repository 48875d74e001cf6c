/**
 * AWS::WAFv2::WebACL → aws.wafv2.web-acl. AWS's Config resource schema for
 * the type (awslabs/aws-config-resource-schema) lists the item's arn and a
 * camelCase configuration: name, id, capacity, description,
 * visibilityConfig (cloudWatchMetricsEnabled, sampledRequestsEnabled,
 * metricName), and defaultAction typed as a string, not the Allow/Block
 * action GetWebACL answers. It lists no rules, and Config records a web
 * ACL's logging as its own type (AWS::WAFv2::LoggingConfiguration). So the
 * item gives the envelope, id and scope (from its ARN, wafv2-item.ts) and
 * the metrics, read back into the SDK's WebACL and mapped by the API
 * collector's own readers: one mapping, two sources. The default action and
 * rules (and metrics the item lacks) are read in the same run with the API
 * collector's GetWebACL row, the logging with its GetLoggingConfiguration
 * row, one call of each per web ACL as the API path makes them (its
 * ListWebACLs is not needed); not with an aggregator, where they are errors
 * on the web ACL. A web ACL deleted since Config recorded it answers
 * WAFNonexistentItemException to both: an error on GetWebACL's fields, and
 * GetLoggingConfiguration's "no logging" is believed only once GetWebACL
 * found the web ACL, so it is an error on logging too, never "none".
 * CLOUDFRONT web ACLs are recorded in us-east-1, the region the API
 * collector reads them from (scopes.ts). The API collector reads no tags,
 * so neither does this mapping.
 */
import {
  GetLoggingConfigurationCommand, GetWebACLCommand, WAFV2Client, type GetLoggingConfigurationCommandOutput, type GetWebACLCommandOutput,
} from '@aws-sdk/client-wafv2';
import { mapped, readFields } from '../../answers.js';
import { GET_WEB_ACL_FIELDS, loggingOf, webAclFields } from '../../aws/wafv2/map.js';
import { webAclCalls } from '../../aws/wafv2/web-acls.js';
import type { CollectContext, Fetch } from '../../context.js';
import { fieldOf, goneFrom, oncePerItem } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { defineConfigMapper, stringOf } from '../mapper.js';
import { fromItem, type Unreadable } from '../read.js';
import { noTarget, visibilityOfItem, wafTarget } from './wafv2-item.js';

const CONFIG_TYPE = 'AWS::WAFv2::WebACL';
const GONE = 'WAFNonexistentItemException';

/** One GetWebACL per web ACL, however many of its fields the item lacked. */
const getWebAcl = oncePerItem((ctx, item): Promise<Fetch<GetWebACLCommandOutput>> => {
  const target = wafTarget(item, 'webacl');
  if (target === undefined) return Promise.resolve(noTarget(CONFIG_TYPE, webAclCalls.GetWebACL.label));
  const waf = ctx.clients.get(WAFV2Client, ctx.region);
  return ctx.call(webAclCalls.GetWebACL, () => waf.send(new GetWebACLCommand({ Name: target.name, Scope: target.scope, Id: target.id })));
});

const getLogging = oncePerItem((ctx, item): Promise<Fetch<GetLoggingConfigurationCommandOutput>> => {
  const target = wafTarget(item, 'webacl');
  if (target === undefined) return Promise.resolve(noTarget(CONFIG_TYPE, webAclCalls.GetLoggingConfiguration.label));
  const waf = ctx.clients.get(WAFV2Client, ctx.region);
  return ctx.call(webAclCalls.GetLoggingConfiguration, () => waf.send(new GetLoggingConfigurationCommand({ ResourceArn: target.arn })));
});

/** GetWebACL's answer, or why there is none; a web ACL AWS WAF no longer has is named gone. */
async function existing(ctx: CollectContext, item: ConfigurationItem): Promise<Fetch<GetWebACLCommandOutput>> {
  const label = webAclCalls.GetWebACL.label;
  const answer = await getWebAcl(ctx, item);
  if (answer.kind === 'ok') return answer;
  if (answer.kind === 'absent' || answer.failure.code === GONE) return goneFrom(GONE, 'AWS WAF no longer has the web ACL AWS Config recorded', label);
  return answer;
}

async function describedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const answer = await existing(ctx, item);
  return answer.kind === 'ok' ? fieldOf(webAclFields(answer.value), path, webAclCalls.GetWebACL.label) : answer;
}

async function loggingField(ctx: CollectContext, item: ConfigurationItem): Promise<Fetch<unknown>> {
  const answer = await getLogging(ctx, item);
  if (answer.kind !== 'absent') return mapped(answer, loggingOf, webAclCalls.GetLoggingConfiguration.label);
  // AWS WAF answers a deleted web ACL's logging as it answers no logging: "none" only for a web ACL it still has.
  const acl = await existing(ctx, item);
  return acl.kind === 'ok' ? { kind: 'ok', value: null } : acl;
}

export const wafv2WebAclFromConfig = defineConfigMapper({
  configType: CONFIG_TYPE,
  catalogType: 'aws.wafv2.web-acl',
  fill: {
    calls: [webAclCalls],
    read(ctx, item, path) {
      if (path === 'logging') return () => loggingField(ctx, item);
      return (GET_WEB_ACL_FIELDS as readonly string[]).includes(path) ? () => describedField(ctx, item, path) : undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const target = wafTarget(item, 'webacl');
    const id = target?.id ?? stringOf(c.id) ?? item.resourceId;
    const name = target?.name ?? stringOf(c.name) ?? item.resourceName;
    const own: Unreadable[] = [
      { path: 'defaultAction', reason: `AWS Config's resource schema for ${CONFIG_TYPE} lists configuration.defaultAction as a string, not the action GetWebACL answers` },
      { path: 'rules', reason: `AWS Config's resource schema for ${CONFIG_TYPE} lists no rules` },
      { path: 'logging', reason: `AWS Config records a web ACL's logging as its own type (AWS::WAFv2::LoggingConfiguration), not in ${CONFIG_TYPE}` },
      ...(target === undefined ? [{ path: 'scope', reason: 'the Configuration Item holds no AWS WAF web ACL ARN, which names its scope' }] : []),
    ];
    const read = fromItem(readFields(webAclFields({ WebACL: { Name: name, Id: id, ARN: item.arn, DefaultAction: undefined, VisibilityConfig: visibilityOfItem(c) } })), own);
    // Without its ARN the scope is unknown; the REGIONAL spelling only gives the resource an ARN, and every field needing the scope is an error.
    const arn = target?.arn ?? item.arn ?? `arn:${place.partition}:wafv2:${place.region}:${place.account}:regional/webacl/${name ?? id}/${id}`;
    return {
      envelope: { type: 'aws.wafv2.web-acl', id, arn, tags: {}, ...(name === undefined ? {} : { name }) },
      fields: { webAclId: id, ...(target === undefined ? {} : { scope: target.scope }), ...read.fields },
      unreadable: read.unreadable,
    };
  },
});
