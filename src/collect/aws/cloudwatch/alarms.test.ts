/**
 * cloudwatchAlarms through the real CloudWatch client. Recent SDKs speak
 * AWS JSON 1.0 to CloudWatch (X-Amz-Target GraniteServiceVersion20100801.*,
 * x-amzn-query-mode: true) instead of the query protocol; CloudWatch answers
 * JSON, and errors carry their query-protocol code in x-amzn-query-error.
 */
import { describe, expect, it } from 'vitest';
import { cloudwatchAlarms } from './alarms.js';
import { byTarget, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const TARGET = 'GraniteServiceVersion20100801.DescribeAlarms';
const json10 = (value: unknown): RecordedResponse => ({ status: 200, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: JSON.stringify(value) });
const queryCompatibleError = (code: string, type: string, message: string, status = 403): RecordedResponse => ({
  status, headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-query-error': `${code};Sender` }, body: JSON.stringify({ __type: `com.amazon.coral.service#${type}`, message }),
});
const alarmArn = (name: string): string => `arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:${name}`;

const rootUsage = {
  AlarmName: 'root-account-usage', AlarmArn: alarmArn('root-account-usage'), AlarmDescription: 'Root account usage (CIS)', AlarmConfigurationUpdatedTimestamp: 1705311000.5,
  ActionsEnabled: true, OKActions: [], AlarmActions: [`arn:aws:sns:us-east-1:${ACCOUNT}:security-alerts`], InsufficientDataActions: [],
  StateValue: 'OK', StateReason: 'Threshold Crossed', StateUpdatedTimestamp: 1717243500, MetricName: 'RootAccountUsage', Namespace: 'CISBenchmark', Statistic: 'Sum',
  Dimensions: [], Period: 300, EvaluationPeriods: 1, DatapointsToAlarm: 1, Threshold: 1.0, ComparisonOperator: 'GreaterThanOrEqualToThreshold', TreatMissingData: 'notBreaching',
  StateTransitionedTimestamp: 1717243500,
};
const latency = {
  AlarmName: 'api-latency-p99', AlarmArn: alarmArn('api-latency-p99'), ActionsEnabled: false, OKActions: [`arn:aws:sns:us-east-1:${ACCOUNT}:ops`], AlarmActions: [], InsufficientDataActions: [],
  StateValue: 'INSUFFICIENT_DATA', StateUpdatedTimestamp: 1717243500, MetricName: 'Latency', Namespace: 'AWS/ApiGateway', ExtendedStatistic: 'p99',
  Dimensions: [{ Name: 'ApiName', Value: 'orders' }, { Name: 'Stage', Value: 'prod' }], Period: 60, EvaluationPeriods: 5, Threshold: 2.5, ComparisonOperator: 'GreaterThanThreshold',
};
const anomaly = {
  AlarmName: 'errors-anomaly', AlarmArn: alarmArn('errors-anomaly'), ActionsEnabled: true, OKActions: [], AlarmActions: [`arn:aws:sns:us-east-1:${ACCOUNT}:ops`], InsufficientDataActions: [],
  StateValue: 'ALARM', StateUpdatedTimestamp: 1717243500, EvaluationPeriods: 3, DatapointsToAlarm: 2, ComparisonOperator: 'LessThanLowerOrGreaterThanUpperThreshold', TreatMissingData: 'missing',
  ThresholdMetricId: 'band',
  Metrics: [
    { Id: 'errors', MetricStat: { Metric: { Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: 'handler' }] }, Period: 300, Stat: 'Sum' }, ReturnData: true },
    { Id: 'band', Expression: 'ANOMALY_DETECTION_BAND(errors, 2)', Label: 'expected' },
  ],
};

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'DescribeAlarms',
      match: byTarget(TARGET),
      respond: (r) => (r.params.NextToken === undefined
        ? json10({ MetricAlarms: [rootUsage, latency], CompositeAlarms: [], NextToken: 'alarms-2' })
        : json10({ MetricAlarms: [anomaly], CompositeAlarms: [] })),
    },
  ];
}

describe('cloudwatchAlarms', () => {
  it('follows pagination over the JSON protocol and maps every metric alarm to a valid resource', async () => {
    const run = await collectRecorded([cloudwatchAlarms], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const sent = run.aws.requests.filter((r) => r.target === TARGET);
    expect(sent.map((r) => [r.headers['content-type'], r.headers['x-amzn-query-mode'], r.params.AlarmTypes])).toEqual([
      ['application/x-amz-json-1.0', 'true', ['MetricAlarm']],
      ['application/x-amz-json-1.0', 'true', ['MetricAlarm']],
    ]);
    const alarms = run.snapshot.resources.filter((r) => r.type === 'aws.cloudwatch.alarm');
    expect(alarms.map((a) => a.id)).toEqual(['root-account-usage', 'api-latency-p99', 'errors-anomaly']);
    expect(alarms[0]?.arn).toBe(alarmArn('root-account-usage'));
    expect(alarms[0]?.data).toEqual({
      alarmName: 'root-account-usage', alarmDescription: 'Root account usage (CIS)', namespace: 'CISBenchmark', metricName: 'RootAccountUsage', statistic: 'Sum', extendedStatistic: null,
      dimensions: [], period: 300, evaluationPeriods: 1, datapointsToAlarm: 1, threshold: 1, comparisonOperator: 'GreaterThanOrEqualToThreshold', treatMissingData: 'notBreaching',
      actionsEnabled: true, alarmActions: [`arn:aws:sns:us-east-1:${ACCOUNT}:security-alerts`], okActions: [], insufficientDataActions: [], stateValue: 'OK', metrics: [],
    });
    expect(alarms[1]?.data).toMatchObject({
      alarmDescription: null, statistic: null, extendedStatistic: 'p99', dimensions: [{ name: 'ApiName', value: 'orders' }, { name: 'Stage', value: 'prod' }],
      datapointsToAlarm: null, threshold: 2.5, treatMissingData: null, actionsEnabled: false, okActions: [`arn:aws:sns:us-east-1:${ACCOUNT}:ops`],
    });
    expect(alarms[2]?.data).toMatchObject({
      namespace: null, metricName: null, statistic: null, period: null, threshold: null, stateValue: 'ALARM',
      metrics: [
        { id: 'errors', expression: null, returnData: true, metricStat: { namespace: 'AWS/Lambda', metricName: 'Errors' } },
        { id: 'band', expression: 'ANOMALY_DETECTION_BAND(errors, 2)', returnData: true, metricStat: null },
      ],
    });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.cloudwatch.alarm', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('marks coverage failed with the query-compatible error code when alarms cannot be listed', async () => {
    const denied: Route = { name: 'denied', match: byTarget(TARGET), respond: queryCompatibleError('AccessDenied', 'AccessDeniedException', 'User is not authorized to perform: cloudwatch:DescribeAlarms') };
    const run = await collectRecorded([cloudwatchAlarms], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AccessDenied on cloudwatch:DescribeAlarms: User is not authorized to perform: cloudwatch:DescribeAlarms' })]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'cloudwatch', operation: 'DescribeAlarms', code: 'AccessDenied' })]);
  });

  it('keeps the alarms of the first page and marks coverage partial when a later page fails', async () => {
    const broken: Route = { name: 'page-2', match: (r) => r.target === TARGET && r.params.NextToken === 'alarms-2', respond: queryCompatibleError('InvalidNextToken', 'InvalidNextToken', 'The service returned an invalid token', 400) };
    const run = await collectRecorded([cloudwatchAlarms], routes([broken]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['root-account-usage', 'api-latency-p99']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });
});

describe('cloudwatchAlarms call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(cloudwatchAlarms)).toEqual([]);
  });
});
