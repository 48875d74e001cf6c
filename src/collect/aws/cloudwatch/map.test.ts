import { describe, expect, it } from 'vitest';
import { alarmFields } from './map.js';

describe('cloudwatch mapping', () => {
  it('spells what a metric-math alarm lacks as null and empty lists', () => {
    const data = alarmFields({
      AlarmName: 'math', EvaluationPeriods: 2, ComparisonOperator: 'GreaterThanThreshold', Threshold: 0, StateValue: 'OK', ActionsEnabled: true,
      Metrics: [{ Id: 'e1', Expression: 'm1 + m2', ReturnData: true }, { Id: 'm1', MetricStat: { Metric: { Namespace: 'AWS/EC2', MetricName: 'CPUUtilization' }, Period: 60, Stat: 'Average' }, ReturnData: false }],
    });
    expect(data).toEqual({
      alarmName: 'math', alarmDescription: null, namespace: null, metricName: null, statistic: null, extendedStatistic: null, dimensions: [], period: null,
      evaluationPeriods: 2, datapointsToAlarm: null, threshold: 0, comparisonOperator: 'GreaterThanThreshold', treatMissingData: null, actionsEnabled: true,
      alarmActions: [], okActions: [], insufficientDataActions: [], stateValue: 'OK',
      metrics: [
        { id: 'e1', expression: 'm1 + m2', returnData: true, metricStat: null },
        { id: 'm1', expression: null, returnData: false, metricStat: { namespace: 'AWS/EC2', metricName: 'CPUUtilization' } },
      ],
    });
  });

  it('treats an omitted ReturnData as true, as AWS does', () => {
    expect(alarmFields({ Metrics: [{ Id: 'q' }] }).metrics).toEqual([{ id: 'q', expression: null, returnData: true, metricStat: null }]);
  });

  it('never reads missing actionsEnabled as on', () => {
    expect(alarmFields({}).actionsEnabled).toBe(false);
  });
});
