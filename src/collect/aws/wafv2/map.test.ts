import { describe, expect, it } from 'vitest';
import { readFields, UnreadableAnswer } from '../../answers.js';
import { loggingOf, ruleGroupFields, webAclFields } from './map.js';

const vis = { CloudWatchMetricsEnabled: true, SampledRequestsEnabled: false, MetricName: 'm' };

describe('wafv2 mapping', () => {
  it('reads the default action, rule references and metrics of a web ACL', () => {
    const acl = {
      Name: 'a', Id: 'i', ARN: 'arn', DefaultAction: { Block: {} }, VisibilityConfig: vis,
      Rules: [
        { Name: 'g', Priority: 0, Statement: { RuleGroupReferenceStatement: { ARN: 'arn:group' } }, VisibilityConfig: vis },
        { Name: 'rate', Priority: 1, Statement: { RateBasedStatement: { Limit: 100, AggregateKeyType: 'IP' as const } }, VisibilityConfig: vis },
      ],
    };
    const metrics = { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: false, metricName: 'm' };
    expect(readFields(webAclFields({ WebACL: acl }))).toEqual({
      fields: {
        defaultAction: 'BLOCK', visibilityConfig: metrics,
        rules: [
          { name: 'g', priority: 0, ruleGroupArn: 'arn:group', managedRuleGroup: null, visibilityConfig: metrics },
          { name: 'rate', priority: 1, ruleGroupArn: null, managedRuleGroup: null, visibilityConfig: metrics },
        ],
      },
      unreadable: [],
    });
  });

  it('reads rules, a default action or metrics AWS left out as unknown, never as none or off', () => {
    const read = readFields(webAclFields({ WebACL: { Name: 'a', Id: 'i', ARN: 'arn', DefaultAction: {}, VisibilityConfig: { ...vis, CloudWatchMetricsEnabled: undefined } } }));
    expect(read.unreadable.map((u) => u.path).sort()).toEqual(['defaultAction', 'rules', 'visibilityConfig']);
    expect(readFields(ruleGroupFields({ RuleGroup: { Name: 'g', Id: 'i', ARN: 'arn', Capacity: 3, VisibilityConfig: vis } })).unreadable.map((u) => u.path)).toEqual(['rules']);
  });

  it('reads a logging configuration, counting redacted fields; one without destinations is unreadable', () => {
    expect(loggingOf({ LoggingConfiguration: { ResourceArn: 'arn', LogDestinationConfigs: ['arn:logs'] } })).toEqual({ logDestinationConfigs: ['arn:logs'], redactedFieldCount: 0 });
    expect(() => loggingOf({ LoggingConfiguration: { ResourceArn: 'arn' } as never })).toThrow(UnreadableAnswer);
  });
});
