import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { alarmFields } from './map.js';

const lists = { Dimensions: [], AlarmActions: [], OKActions: [], InsufficientDataActions: [] };

describe('cloudwatch mapping', () => {
  it('spells what a metric-math alarm lacks as null and empty lists', () => {
    const read = readFields(alarmFields({
      AlarmName: 'math', EvaluationPeriods: 2, ComparisonOperator: 'GreaterThanThreshold', Threshold: 0, StateValue: 'OK', ActionsEnabled: true, ...lists,
      Metrics: [{ Id: 'e1', Expression: 'm1 + m2', ReturnData: true }, { Id: 'm1', MetricStat: { Metric: { Namespace: 'AWS/EC2', MetricName: 'CPUUtilization' }, Period: 60, Stat: 'Average' }, ReturnData: false }],
    }));
    expect(read).toEqual({
      fields: {
        alarmName: 'math', alarmDescription: null, namespace: null, metricName: null, statistic: null, extendedStatistic: null, dimensions: [], period: null,
        evaluationPeriods: 2, datapointsToAlarm: null, threshold: 0, comparisonOperator: 'GreaterThanThreshold', treatMissingData: null, actionsEnabled: true,
        alarmActions: [], okActions: [], insufficientDataActions: [], stateValue: 'OK',
        metrics: [
          { id: 'e1', expression: 'm1 + m2', returnData: true, metricStat: null },
          { id: 'm1', expression: null, returnData: false, metricStat: { namespace: 'AWS/EC2', metricName: 'CPUUtilization' } },
        ],
      },
      unreadable: [],
    });
  });

  it('treats an omitted ReturnData as true, as AWS does, and an omitted Metrics as a single-metric alarm', () => {
    expect(readFields(alarmFields({ Metrics: [{ Id: 'q' }] })).fields.metrics).toEqual([{ id: 'q', expression: null, returnData: true, metricStat: null }]);
    expect(readFields(alarmFields({})).fields.metrics).toEqual([]);
  });

  it('reads whether actions are enabled, the actions and the comparison as unknown when DescribeAlarms left them out, never as off, none or >=', () => {
    const read = readFields(alarmFields({ AlarmName: 'a', EvaluationPeriods: 1, StateValue: 'OK', Dimensions: [] }));
    expect(read.unreadable.map((u) => u.path)).toEqual(['comparisonOperator', 'actionsEnabled', 'alarmActions', 'okActions', 'insufficientDataActions']);
  });
});
