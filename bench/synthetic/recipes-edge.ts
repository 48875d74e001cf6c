/**
 * The edge: AWS WAF web ACLs of both scopes with and without rules,
 * logging and metrics (on the web ACL and on single rules), rule groups
 * whose own or rules' metrics are off, and Route 53 hosted zones, public
 * and private, with and without query logging.
 */
import { route53HostedZone } from '../../src/resources/types/route53-hosted-zone.js';
import { wafv2RuleGroup } from '../../src/resources/types/wafv2-rule-group.js';
import { wafv2WebAcl } from '../../src/resources/types/wafv2-web-acl.js';
import { defineRecipe, denied, type Recipe, type Variation } from './recipe.js';
import type { Rng } from './rng.js';

const metrics = (rng: Rng, name: string, on = 0.85) => ({ cloudWatchMetricsEnabled: rng.chance(on), sampledRequestsEnabled: rng.chance(0.8), metricName: name });
const uuid = (seq: number): string => `00000000-0000-4000-8000-${seq.toString(16).padStart(12, '0')}`;

export const webAclRecipe: Recipe = defineRecipe({
  definition: wafv2WebAcl,
  weight: 3,
  vary(rng): Variation<typeof wafv2WebAcl.data> {
    const count = rng.pick([0, 1, 2, 3] as const);
    const rules = Array.from({ length: count }, (_, k) => {
      const kind = rng.pick(['managed', 'group', 'own'] as const);
      return {
        name: `rule-${k}`, priority: k,
        ruleGroupArn: kind === 'group' ? 'arn:aws:wafv2:us-east-1:123456789012:regional/rulegroup/variant/00000000-0000-4000-8000-000000000001' : null,
        managedRuleGroup: kind === 'managed' ? rng.pick(['AWS/AWSManagedRulesCommonRuleSet', 'AWS/AWSManagedRulesKnownBadInputsRuleSet']) : null,
        visibilityConfig: metrics(rng, `rule-${k}`, 0.9),
      };
    });
    return {
      data: {
        scope: rng.pick(['REGIONAL', 'REGIONAL', 'CLOUDFRONT'] as const),
        defaultAction: rng.pick(['ALLOW', 'ALLOW', 'BLOCK'] as const),
        rules,
        visibilityConfig: metrics(rng, 'acl'),
        logging: rng.chance(0.5) ? { logDestinationConfigs: ['arn:aws:logs:us-east-1:123456789012:log-group:aws-waf-logs-variant'], redactedFieldCount: rng.int(0, 2) } : null,
      },
      ...(rng.chance(0.03) ? { errors: [denied('logging', 'wafv2:GetLoggingConfiguration', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place, template) {
    const id = uuid(seq);
    const name = `acl-${seq}`;
    const kind = template.data.scope === 'CLOUDFRONT' ? 'global' : 'regional';
    return { id, name, arn: `arn:aws:wafv2:${place.region}:${place.account}:${kind}/webacl/${name}/${id}`, data: { webAclId: id } };
  },
});

export const ruleGroupRecipe: Recipe = defineRecipe({
  definition: wafv2RuleGroup,
  weight: 2,
  vary(rng): Variation<typeof wafv2RuleGroup.data> {
    const count = rng.int(0, 3);
    return {
      data: {
        scope: rng.pick(['REGIONAL', 'REGIONAL', 'CLOUDFRONT'] as const),
        capacity: rng.int(1, 100),
        rules: Array.from({ length: count }, (_, k) => ({ name: `rule-${k}`, priority: k, visibilityConfig: metrics(rng, `rule-${k}`, 0.9) })),
        visibilityConfig: metrics(rng, 'group'),
      },
      ...(rng.chance(0.03) ? { errors: [denied('rules', 'wafv2:GetRuleGroup', 'AccessDeniedException'), denied('visibilityConfig', 'wafv2:GetRuleGroup', 'AccessDeniedException'), denied('capacity', 'wafv2:GetRuleGroup', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place, template) {
    const id = uuid(seq);
    const name = `group-${seq}`;
    const kind = template.data.scope === 'CLOUDFRONT' ? 'global' : 'regional';
    return { id, name, arn: `arn:aws:wafv2:${place.region}:${place.account}:${kind}/rulegroup/${name}/${id}`, data: { ruleGroupId: id } };
  },
});

export const hostedZoneRecipe: Recipe = defineRecipe({
  definition: route53HostedZone,
  weight: 2,
  vary(rng): Variation<typeof route53HostedZone.data> {
    return {
      data: {
        privateZone: rng.chance(0.3),
        resourceRecordSetCount: rng.int(2, 200),
        queryLoggingConfigs: rng.chance(0.5) ? [{ id: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE33333', cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/route53/variant' }] : [],
      },
      ...(rng.chance(0.03) ? { errors: [denied('queryLoggingConfigs', 'route53:ListQueryLoggingConfigs')] } : {}),
    };
  },
  identify(seq) {
    const id = `Z${seq.toString(36).toUpperCase().padStart(20, '0')}`;
    const zoneName = `zone-${seq}.example.`;
    return { id, name: zoneName, arn: `arn:aws:route53:::hostedzone/${id}`, data: { hostedZoneId: id, zoneName } };
  },
});
