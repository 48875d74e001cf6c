/**
 * Pure mapping from AWS WAF (v2) answers to the aws.wafv2.web-acl and
 * aws.wafv2.rule-group catalog shapes, one reader per field (answers.ts).
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - Rules absent from GetWebACL or GetRuleGroup is unknown: AWS WAF answers
 *   a web ACL without rules as an empty list, so a missing list says nothing.
 * - A rule that references no rule group has null ruleGroupArn and
 *   managedRuleGroup: only rules whose top-level statement is a
 *   RuleGroupReferenceStatement or ManagedRuleGroupStatement reference one
 *   (AWS WAF does not allow them nested).
 * - RedactedFields absent is none: AWS WAF sends it only when set.
 * - A GetLoggingConfiguration answer of WAFNonexistentItemException is "no
 *   logging" (null), decided by the collector before these run.
 * A rule without its name, priority or visibility fails at its own index.
 */
import type { GetLoggingConfigurationResponse, GetRuleGroupResponse, GetWebACLResponse, Rule, VisibilityConfig } from '@aws-sdk/client-wafv2';
import { eachOf, required, UnreadableAnswer, type ReadersOf, type WithGaps } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type WebAcl = CatalogData['aws.wafv2.web-acl'];
type RuleGroup = CatalogData['aws.wafv2.rule-group'];
type Visibility = WebAcl['visibilityConfig'];

export const SCOPES = ['REGIONAL', 'CLOUDFRONT'] as const;
export type WafScope = (typeof SCOPES)[number];

export function visibilityOf(config: VisibilityConfig | undefined, what: string): Visibility {
  const v = required(config, `${what}VisibilityConfig`);
  return {
    cloudWatchMetricsEnabled: required(v.CloudWatchMetricsEnabled, `${what}VisibilityConfig.CloudWatchMetricsEnabled`),
    sampledRequestsEnabled: required(v.SampledRequestsEnabled, `${what}VisibilityConfig.SampledRequestsEnabled`),
    metricName: required(v.MetricName, `${what}VisibilityConfig.MetricName`),
  };
}

function ruleBasics(rule: Rule): { name: string; priority: number; visibilityConfig: Visibility } {
  return {
    name: required(rule.Name, 'Rules[].Name'),
    priority: required(rule.Priority, 'Rules[].Priority'),
    visibilityConfig: visibilityOf(rule.VisibilityConfig, 'Rules[].'),
  };
}

function managedGroupOf(rule: Rule): string | null {
  const managed = rule.Statement?.ManagedRuleGroupStatement;
  if (managed === undefined) return null;
  return `${required(managed.VendorName, 'ManagedRuleGroupStatement.VendorName')}/${required(managed.Name, 'ManagedRuleGroupStatement.Name')}`;
}

export function webAclRules(rules: Rule[] | undefined): WithGaps<WebAcl['rules']> {
  return eachOf(rules, 'Rules', (rule) => ({
    ...ruleBasics(rule),
    ruleGroupArn: rule.Statement?.RuleGroupReferenceStatement === undefined ? null : required(rule.Statement.RuleGroupReferenceStatement.ARN, 'RuleGroupReferenceStatement.ARN'),
    managedRuleGroup: managedGroupOf(rule),
  }));
}

/** Every field GetWebACL fills. */
export function webAclFields(answer: GetWebACLResponse): ReadersOf<WebAcl> {
  const acl = answer.WebACL;
  return {
    defaultAction: () => {
      const action = required(acl?.DefaultAction, 'WebACL.DefaultAction');
      if (action.Allow !== undefined) return 'ALLOW';
      if (action.Block !== undefined) return 'BLOCK';
      throw new UnreadableAnswer('UnexpectedResponse', 'WebACL.DefaultAction is neither Allow nor Block');
    },
    rules: () => webAclRules(required(acl, 'WebACL').Rules),
    visibilityConfig: () => visibilityOf(acl?.VisibilityConfig, 'WebACL.'),
  };
}

export const GET_WEB_ACL_FIELDS = ['defaultAction', 'rules', 'visibilityConfig'] as const;

/** Called only for a web ACL that logs: WAFNonexistentItemException is "not configured" (null) before this. */
export function loggingOf(answer: GetLoggingConfigurationResponse): NonNullable<WebAcl['logging']> {
  const config = required(answer.LoggingConfiguration, 'LoggingConfiguration');
  return {
    logDestinationConfigs: required(config.LogDestinationConfigs, 'LoggingConfiguration.LogDestinationConfigs'),
    redactedFieldCount: config.RedactedFields?.length ?? 0,
  };
}

/** Every field GetRuleGroup fills. */
export function ruleGroupFields(answer: GetRuleGroupResponse): ReadersOf<RuleGroup> {
  const group = answer.RuleGroup;
  return {
    capacity: () => required(group?.Capacity, 'RuleGroup.Capacity'),
    rules: () => eachOf(required(group, 'RuleGroup').Rules, 'Rules', ruleBasics),
    visibilityConfig: () => visibilityOf(group?.VisibilityConfig, 'RuleGroup.'),
  };
}

export const GET_RULE_GROUP_FIELDS = ['capacity', 'rules', 'visibilityConfig'] as const;
