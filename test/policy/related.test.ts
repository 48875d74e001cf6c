/**
 * Related lookups: `{ related: { type, on?, within?, ifNone? }, <quantifier>: … }`.
 * A trail and the bucket it writes to (a join), the account and its trails
 * (no join), what "not found" means, and how incomplete coverage of the
 * related type turns an answer the found resources do not already decide
 * into ERROR.
 */
import { describe, expect, it } from 'vitest';
import { ACCOUNT, OTHER_ACCOUNT, compileSpec, diagnoseSpec, findingFor, resource, scan, statusOf, type CoverageGap } from './harness.js';
import type { Resource } from '../../src/resources/resource.js';

const TRAIL = 'aws.cloudtrail.trail';
const BUCKET = 'aws.s3.bucket';

const logged = { targetBucket: 'access-logs', targetPrefix: 'trail/' };

function trail(spec: { region?: string; bucket?: string; errors?: { path: string; code: string }[] } = {}): Resource {
  return resource(TRAIL, { id: 'main', region: spec.region ?? 'us-east-1', data: { s3BucketName: spec.bucket ?? 'trail-logs' }, ...(spec.errors === undefined ? {} : { errors: spec.errors }) });
}

function bucket(spec: { id?: string; region?: string; account?: string; logging?: boolean; errors?: { path: string; code: string }[] } = {}): Resource {
  return resource(BUCKET, {
    id: spec.id ?? 'trail-logs',
    region: spec.region ?? 'us-east-1',
    ...(spec.account === undefined ? {} : { account: spec.account }),
    data: { name: spec.id ?? 'trail-logs', logging: spec.logging === false ? null : logged },
    ...(spec.errors === undefined ? {} : { errors: spec.errors }),
  });
}

/** A trail policy: the bucket the trail writes to (joined on its id) must satisfy `inner` by `kind`. */
function bucketPolicy(kind: string, options: { ifNone?: string; within?: string } = {}, inner: unknown = { path: 'logging', exists: true }) {
  return compileSpec({
    resource: TRAIL,
    check: { related: { type: BUCKET, on: { $id: 's3BucketName' }, ...options }, [kind]: inner },
  });
}

describe('related with a join (on)', () => {
  it('found and satisfied: PASS, with evidence read from the related resource', () => {
    const finding = findingFor(bucketPolicy('some'), trail(), [bucket()]);
    expect(finding.status).toBe('PASS');
    expect(finding.evidence).toEqual([{ path: 'logging', actual: logged, op: 'exists', expected: true, result: 'pass', resource: 'aws.s3.bucket trail-logs' }]);
  });

  it('found and not satisfied: FAIL', () => {
    const finding = findingFor(bucketPolicy('some'), trail(), [bucket({ logging: false })]);
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence).toEqual([{ path: 'logging', actual: null, op: 'exists', expected: true, result: 'fail', resource: 'aws.s3.bucket trail-logs' }]);
  });

  it('joins on the value, not on any bucket: another bucket does not count', () => {
    expect(findingFor(bucketPolicy('some'), trail(), [bucket({ id: 'other-bucket' })]).status).toBe('ERROR');
  });

  it('not found: ERROR by default, saying what was looked for', () => {
    const finding = findingFor(bucketPolicy('some'), trail(), [bucket({ id: 'other-bucket' })]);
    expect(finding.reasons).toEqual([{ path: '$id', code: 'RelatedNotFound', message: 'no aws.s3.bucket with $id = "trail-logs" in this account in the snapshot' }]);
    expect(finding.evidence).toEqual([{ path: 'aws.s3.bucket.$id', actual: null, op: 'related', expected: 'trail-logs', result: 'unknown' }]);
  });

  it.each([
    // quantifier, ifNone, expected when nothing is found
    ['some', 'error', 'ERROR'],
    ['every', 'error', 'ERROR'],
    ['some', 'fail', 'FAIL'],
    ['every', 'fail', 'FAIL'],
    ['some', 'pass', 'PASS'],
    ['none', 'pass', 'PASS'],
    ['some', 'evaluate', 'FAIL'],
    ['every', 'evaluate', 'PASS'],
    ['none', 'evaluate', 'PASS'],
  ])('nothing found, %s with ifNone: %s is %s', (kind, ifNone, expected) => {
    expect(findingFor(bucketPolicy(kind, { ifNone }), trail(), []).status).toBe(expected);
  });

  it('ifNone does not apply when something is found', () => {
    expect(findingFor(bucketPolicy('some', { ifNone: 'pass' }), trail(), [bucket({ logging: false })]).status).toBe('FAIL');
    expect(findingFor(bucketPolicy('some', { ifNone: 'fail' }), trail(), [bucket()]).status).toBe('PASS');
  });

  it('count with ifNone: evaluate counts zero', () => {
    const policy = compileSpec({ resource: TRAIL, check: { related: { type: BUCKET, on: { $id: 's3BucketName' }, ifNone: 'evaluate' }, count: { equals: 0 } } });
    expect(findingFor(policy, trail(), []).status).toBe('PASS');
    expect(findingFor(policy, trail(), [bucket()]).status).toBe('FAIL');
  });

  it('within: account (the default) finds the bucket in another region', () => {
    expect(findingFor(bucketPolicy('some'), trail(), [bucket({ region: 'eu-west-1' })]).status).toBe('PASS');
    expect(findingFor(bucketPolicy('some', { within: 'account' }), trail(), [bucket({ region: 'eu-west-1' })]).status).toBe('PASS');
  });

  it('within: region does not', () => {
    const finding = findingFor(bucketPolicy('some', { within: 'region' }), trail(), [bucket({ region: 'eu-west-1' })]);
    expect(finding.status).toBe('ERROR');
    expect(finding.reasons?.[0]?.message).toBe('no aws.s3.bucket with $id = "trail-logs" in this region in the snapshot');
    expect(findingFor(bucketPolicy('some', { within: 'region' }), trail(), [bucket({ region: 'us-east-1' })]).status).toBe('PASS');
  });

  it('never crosses accounts', () => {
    expect(findingFor(bucketPolicy('some'), trail(), [bucket({ account: OTHER_ACCOUNT })]).status).toBe('ERROR');
  });

  it('an unreadable join value is ERROR', () => {
    const finding = findingFor(bucketPolicy('some', { ifNone: 'pass' }), trail({ errors: [{ path: 's3BucketName', code: 'AccessDenied' }] }), [bucket()]);
    expect(finding.status).toBe('ERROR');
    expect(finding.reasons).toEqual([{ path: 's3BucketName', code: 'AccessDenied', message: 'AccessDenied: AccessDenied (test)' }]);
  });

  it('an unreadable field of the related resource is ERROR, and the reason names that resource', () => {
    const finding = findingFor(bucketPolicy('some'), trail(), [bucket({ errors: [{ path: 'logging', code: 'AccessDenied' }] })]);
    expect(finding.status).toBe('ERROR');
    expect(finding.reasons).toEqual([{ path: 'logging', code: 'AccessDenied', message: 'AccessDenied: AccessDenied (test)', resource: 'aws.s3.bucket trail-logs' }]);
  });

  it('a null join value finds nothing (ifNone decides)', () => {
    const policy = compileSpec({ resource: TRAIL, check: { related: { type: 'aws.kms.key', on: { $arn: 'kmsKeyId' } }, some: { path: 'rotationEnabled', equals: true } } });
    const key = resource('aws.kms.key', { id: 'k', arn: 'arn:aws:kms:us-east-1:123456789012:key/k' });
    const noKey = resource(TRAIL, { id: 'main', data: { kmsKeyId: null } });
    expect(findingFor(policy, noKey, [key]).status).toBe('ERROR');
    const withKey = resource(TRAIL, { id: 'main', data: { kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k' } });
    expect(findingFor(policy, withKey, [key]).status).toBe('PASS');
  });
});

describe('related without a join: every resource of the type in scope', () => {
  const multiRegionLogging = { all: [{ path: 'isMultiRegionTrail', equals: true }, { path: 'status.isLogging', equals: true }] };
  const accountPolicy = (within?: string) => compileSpec({
    resource: 'aws.account',
    check: { related: { type: TRAIL, ...(within === undefined ? {} : { within }) }, some: multiRegionLogging },
  });
  const account = () => resource('aws.account', { id: ACCOUNT });
  const trailIn = (region: string, multi: boolean, account = ACCOUNT) => resource(TRAIL, { id: `t-${region}-${String(multi)}`, region, account, data: { isMultiRegionTrail: multi } });

  it('one good trail anywhere in the account: PASS', () => {
    expect(findingFor(accountPolicy(), account(), [trailIn('eu-west-1', false), trailIn('us-east-1', true)]).status).toBe('PASS');
  });

  it('no trails at all: FAIL (the quantifier runs over the empty set)', () => {
    expect(findingFor(accountPolicy(), account(), []).status).toBe('FAIL');
  });

  it('a good trail in another account does not count', () => {
    expect(findingFor(accountPolicy(), account(), [trailIn('us-east-1', true, OTHER_ACCOUNT)]).status).toBe('FAIL');
  });

  it('within: region from a global resource still looks at the whole account', () => {
    expect(findingFor(accountPolicy('region'), account(), [trailIn('eu-west-1', true)]).status).toBe('PASS');
  });
});

describe('coverage: a related type that was not collected completely', () => {
  const failedEu: CoverageGap[] = [{ type: BUCKET, status: 'failed', region: 'eu-west-1', reason: 'AccessDenied on s3:ListAllMyBuckets' }];
  const sure = { path: 'logging', exists: true };

  /** All buckets of the account (no join): the quantifier over them, with `gaps`. */
  function allBuckets(kind: string, buckets: readonly Resource[], gaps: readonly CoverageGap[] = failedEu, within?: string, count?: Record<string, number>) {
    const policy = compileSpec({
      resource: TRAIL,
      check: { related: { type: BUCKET, ...(within === undefined ? {} : { within }) }, [kind]: kind === 'count' ? { where: sure, ...count } : sure },
    });
    return findingFor(policy, trail(), buckets, { gaps });
  }
  const good = (id: string) => bucket({ id });
  const bad = (id: string) => bucket({ id, logging: false });

  const found = (kinds: readonly string[]): Resource[] => kinds.map((k, i) => (k === 'good' ? good(`b${i}`) : bad(`b${i}`)));

  it.each([
    // quantifier, found buckets, expected: only an answer the found resources already decide survives
    ['some', ['good'], 'PASS'],
    ['some', ['bad'], 'ERROR'],
    ['some', [], 'ERROR'],
    ['every', ['bad', 'good'], 'FAIL'],
    ['every', ['good', 'good'], 'ERROR'],
    ['every', [], 'ERROR'],
    ['none', ['good'], 'FAIL'],
    ['none', ['bad'], 'ERROR'],
  ] as const)('%s over found %j is %s', (kind, kinds, expected) => {
    expect(allBuckets(kind, found(kinds)).status).toBe(expected);
  });

  it('the same lookups are decided when coverage is complete', () => {
    expect(allBuckets('some', [bad('a')], []).status).toBe('FAIL');
    expect(allBuckets('every', [good('a'), good('b')], []).status).toBe('PASS');
    expect(allBuckets('none', [bad('a')], []).status).toBe('PASS');
  });

  it('ERROR says which coverage is missing', () => {
    const finding = allBuckets('some', [bad('a')]);
    expect(finding.reasons).toEqual([{ path: BUCKET, code: 'IncompleteCoverage', message: 'aws.s3.bucket collection failed in 123456789012/eu-west-1: AccessDenied on s3:ListAllMyBuckets' }]);
  });

  it.each([
    [{ gte: 1 }, ['good'], 'PASS'],
    [{ equals: 1 }, ['good'], 'ERROR'],
    [{ lt: 2 }, ['good', 'good'], 'FAIL'],
    [{ lte: 5 }, ['good'], 'ERROR'],
    [{ equals: 0 }, [], 'ERROR'],
    [{ gte: 1 }, ['bad'], 'ERROR'],
  ] as const)('count %j over found %j of a partial list is %s', (count, kinds, expected) => {
    expect(allBuckets('count', found(kinds), failedEu, undefined, count).status).toBe(expected);
  });

  it('partial coverage counts as incomplete too', () => {
    expect(allBuckets('some', [bad('a')], [{ type: BUCKET, status: 'partial', region: 'us-east-1' }]).status).toBe('ERROR');
  });

  it('within: region only needs coverage of its own region', () => {
    expect(allBuckets('some', [bad('a')], failedEu, 'region').status).toBe('FAIL');
    expect(allBuckets('some', [bad('a')], [{ type: BUCKET, status: 'failed', region: 'us-east-1' }], 'region').status).toBe('ERROR');
  });

  it.each([
    ['error', 'ERROR'],
    ['pass', 'ERROR'],
    ['fail', 'ERROR'],
    ['evaluate', 'ERROR'],
  ])('a join that finds nothing where coverage failed is ERROR whatever ifNone says (ifNone: %s)', (ifNone, expected) => {
    const finding = findingFor(bucketPolicy('some', { ifNone }), trail(), [], { gaps: failedEu });
    expect(finding.status).toBe(expected);
    expect(finding.reasons?.map((r) => r.message).join('; ')).toContain('aws.s3.bucket collection failed in 123456789012/eu-west-1');
  });

  it('a join that finds the bucket is decided even when coverage elsewhere failed, if the bucket decides it', () => {
    expect(findingFor(bucketPolicy('some'), trail(), [bucket()], { gaps: failedEu }).status).toBe('PASS');
    expect(findingFor(bucketPolicy('every'), trail(), [bucket({ logging: false })], { gaps: failedEu }).status).toBe('FAIL');
  });
});

describe('related is checked at load', () => {
  it.each([
    [{ related: { type: 'aws.s3.buckets' }, some: { path: 'name', exists: true } }, 'unknown resource type "aws.s3.buckets"; did you mean "aws.s3.bucket"?'],
    [{ related: { type: BUCKET, whithin: 'region' }, some: { path: 'name', exists: true } }, 'unknown field "whithin" in related; did you mean "within"?'],
    [{ related: { type: BUCKET, within: 'global' }, some: { path: 'name', exists: true } }, 'within must be "account" or "region"'],
    [{ related: { type: BUCKET, ifNone: 'skip' }, some: { path: 'name', exists: true } }, 'ifNone must be one of error, fail, pass, evaluate'],
    [{ related: { type: BUCKET, on: { $id: 's3BuckeName' } }, some: { path: 'name', exists: true } }, 'unknown field "s3BuckeName"; did you mean "s3BucketName"?'],
    [{ related: { type: BUCKET, on: { nam: 's3BucketName' } }, some: { path: 'name', exists: true } }, 'aws.s3.bucket: unknown field "nam"; did you mean "name"?'],
    [{ related: { type: BUCKET }, some: { path: 'logginng', exists: true } }, 'unknown field "logginng"; did you mean "logging"?'],
    [{ related: { type: BUCKET }, some: { path: 'name', exists: true }, every: { path: 'name', exists: true } }, 'related needs exactly one quantifier: every, some, none, count'],
  ])('%j', (check, message) => {
    expect(diagnoseSpec({ resource: TRAIL, check }).map((e) => e.message)).toEqual([message]);
  });
});

describe('related lookups: join types', () => {
  it('refuses to join fields of different types', async () => {
    const { parsePolicy } = await import('../../src/policy/load.js');
    const { compilePolicy } = await import('../../src/policy/compile.js');
    const text = [
      'id: join-types', 'title: t', 'severity: low', 'resource: aws.cloudtrail.trail', 'description: d', 'rationale: r',
      'check:', '  related: { type: aws.s3.bucket, on: { $id: isMultiRegionTrail } }', '  some: { path: name, exists: true }',
      'messages: { fail: f }', 'remediation: { text: r }', 'tests: [{ name: n, resource: {}, expect: PASS }]',
    ].join('\n');
    const loaded = parsePolicy({ file: 'x/join-types.yaml', text, origin: 'user' });
    if (Array.isArray(loaded)) throw new Error(loaded.map((e) => e.message).join('; '));
    const compiled = compilePolicy(loaded);
    expect(Array.isArray(compiled) ? compiled.map((e) => [e.message, e.location?.line]) : []).toEqual([
      ['on joins aws.s3.bucket $id (string) with isMultiRegionTrail (boolean): the values can never be equal', 8],
    ]);
  });
});

describe('related lookups chain: trail → log group → metric filter → alarm', () => {
  // CIS monitoring shape: the trail's log group has a filter for root use, and an alarm watches its metric.
  const check = {
    related: { type: 'aws.logs.log-group', on: { $id: 'cloudWatchLogsLogGroupName' }, within: 'region' },
    some: {
      path: 'metricFilters',
      some: {
        all: [
          { path: 'filterPattern', contains: 'Root' },
          { path: 'metricTransformations', some: { related: { type: 'aws.cloudwatch.alarm', on: { metricName: 'metricName' }, within: 'region', ifNone: 'fail' }, some: { path: 'actionsEnabled', equals: true } } },
        ],
      },
    },
  };
  const policy = compileSpec({ resource: 'aws.cloudtrail.trail', check });
  const subject = resource('aws.cloudtrail.trail', { id: 'main', region: 'us-east-1', data: { cloudWatchLogsLogGroupName: 'trail-group' } });
  const group = (metricName: string, region = 'us-east-1'): Resource => resource('aws.logs.log-group', {
    id: 'trail-group', region,
    data: { logGroupName: 'trail-group', metricFilters: [{ filterName: 'root', filterPattern: '{ $.userIdentity.type = "Root" }', metricTransformations: [{ metricName, metricNamespace: 'CIS', metricValue: '1', defaultValue: null, unit: null }] }] },
  });
  const alarm = (metricName: string, actionsEnabled = true): Resource => resource('aws.cloudwatch.alarm', { id: 'root-alarm', region: 'us-east-1', data: { alarmName: 'root-alarm', metricName, actionsEnabled } });

  it('passes when every link is there', () => {
    expect(findingFor(policy, subject, [group('RootUsage'), alarm('RootUsage')]).status).toBe('PASS');
  });

  it('fails when no alarm watches the metric, naming the missing alarm', () => {
    const finding = findingFor(policy, subject, [group('RootUsage'), alarm('SomethingElse')]);
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence.some((e) => e.path.startsWith('aws.cloudwatch.alarm') && e.result === 'fail')).toBe(true);
  });

  it('fails on a disabled alarm, reading the alarm as evidence', () => {
    const finding = findingFor(policy, subject, [group('RootUsage'), alarm('RootUsage', false)]);
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence).toContainEqual(expect.objectContaining({ path: 'actionsEnabled', actual: false, resource: 'aws.cloudwatch.alarm root-alarm' }));
  });

  it('is ERROR when the log group is in the snapshot only in another region (a dangling reference)', () => {
    expect(findingFor(policy, subject, [group('RootUsage', 'eu-west-1'), alarm('RootUsage')]).status).toBe('ERROR');
  });
});

describe('joins on several keys, and on a list element ($value)', () => {
  const FILTERS = 'aws.logs.log-group';
  const ALARM = 'aws.cloudwatch.alarm';
  const TOPIC = 'aws.sns.topic';
  const alarm = (id: string, data: Record<string, unknown>) => resource(ALARM, { id, data: { alarmName: id, ...data } });
  const topic = (id: string, confirmed: number) => resource(TOPIC, { id: `arn:aws:sns:us-east-1:${ACCOUNT}:${id}`, data: { topicArn: `arn:aws:sns:us-east-1:${ACCOUNT}:${id}`, name: id, subscriptionsConfirmed: confirmed } });
  const group = resource(FILTERS, {
    id: 'trail-group',
    data: {
      logGroupName: 'trail-group',
      metricFilters: [{ filterName: 'root', filterPattern: '{ $.userIdentity.type = "Root" }', metricTransformations: [{ metricName: 'RootUsage', metricNamespace: 'CIS', metricValue: '1', defaultValue: null, unit: null }] }],
    },
  });
  // Every transformation's metric has an alarm (matched on name and namespace) that notifies a topic with a confirmed subscriber.
  const policy = compileSpec({
    resource: FILTERS,
    check: {
      path: 'metricFilters',
      every: {
        path: 'metricTransformations',
        every: {
          related: { type: ALARM, on: { metricName: 'metricName', namespace: 'metricNamespace' }, within: 'region' },
          some: { path: 'alarmActions', some: { related: { type: TOPIC, on: { topicArn: '$value' } }, some: { path: 'subscriptionsConfirmed', gte: 1 } } },
        },
      },
    },
  });

  it('both keys must match: an alarm on the same metric name in another namespace does not count', () => {
    const wrongNamespace = alarm('root-alarm', { metricName: 'RootUsage', namespace: 'Other', alarmActions: [`arn:aws:sns:us-east-1:${ACCOUNT}:alerts`] });
    const finding = findingFor(policy, group, [wrongNamespace, topic('alerts', 1)]);
    expect(finding.status).toBe('ERROR');
    expect(finding.reasons).toEqual([{ path: 'metricName+namespace', code: 'RelatedNotFound', message: 'no aws.cloudwatch.alarm with metricName = "RootUsage" and namespace = "CIS" in this region in the snapshot' }]);
  });

  it('an alarm on the metric whose action topic has a confirmed subscriber passes, joined through the action ARN', () => {
    const good = alarm('root-alarm', { metricName: 'RootUsage', namespace: 'CIS', alarmActions: [`arn:aws:sns:us-east-1:${ACCOUNT}:quiet`, `arn:aws:sns:us-east-1:${ACCOUNT}:alerts`] });
    expect(findingFor(policy, group, [good, topic('quiet', 0), topic('alerts', 1)]).status).toBe('PASS');
  });

  it('an action topic without confirmed subscribers fails, with evidence from that topic', () => {
    const quiet = alarm('root-alarm', { metricName: 'RootUsage', namespace: 'CIS', alarmActions: [`arn:aws:sns:us-east-1:${ACCOUNT}:quiet`] });
    const finding = findingFor(policy, group, [quiet, topic('quiet', 0)]);
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence).toContainEqual({ path: 'subscriptionsConfirmed', actual: 0, op: 'gte', expected: 1, result: 'fail', resource: `aws.sns.topic arn:aws:sns:us-east-1:${ACCOUNT}:quiet` });
  });

  it('an unreadable list of actions makes $value unknown: ERROR, not FAIL', () => {
    const unreadable = resource(ALARM, { id: 'root-alarm', data: { alarmName: 'root-alarm', metricName: 'RootUsage', namespace: 'CIS' }, errors: [{ path: 'alarmActions', code: 'AccessDenied' }] });
    expect(findingFor(policy, group, [unreadable, topic('alerts', 1)]).status).toBe('ERROR');
  });

  it('evidence of a $value comparison names the concrete element', () => {
    const policy = compileSpec({ resource: ALARM, check: { path: 'alarmActions', every: { path: '$value', startsWith: 'arn:aws:sns:' } } });
    const finding = findingFor(policy, resource(ALARM, { data: { alarmActions: ['arn:aws:sns:us-east-1:1:a', 'arn:aws:automate:us-east-1:ec2:stop'] } }));
    expect(finding.evidence).toContainEqual({ path: 'alarmActions[1]', actual: 'arn:aws:automate:us-east-1:ec2:stop', op: 'startsWith', expected: 'arn:aws:sns:', result: 'fail' });
  });

  it('$value compares like any path', () => {
    expect(statusOf(ALARM, { path: 'alarmActions', every: { path: '$value', startsWith: 'arn:aws:sns:' } }, { data: { alarmActions: ['arn:aws:sns:us-east-1:1:a'] } })).toBe('PASS');
    expect(statusOf(ALARM, { path: 'alarmActions', every: { path: '$value', startsWith: 'arn:aws:sns:' } }, { data: { alarmActions: ['arn:aws:automate:us-east-1:ec2:stop'] } })).toBe('FAIL');
  });
});

describe('a question many resources ask', () => {
  /** Buckets whose `logging` field counts its reads: what the engine does with each related resource, seen from outside. */
  function countedBuckets(n: number, logging: boolean): { buckets: Resource[]; reads: () => number } {
    let reads = 0;
    const buckets = Array.from({ length: n }, (_, i) => {
      const plain = bucket({ id: `log-archive-${String(i).padStart(3, '0')}`, logging });
      const data = new Proxy(plain.data, {
        get(target, key, receiver) {
          if (key === 'logging') reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      return { ...plain, data };
    });
    return { buckets, reads: () => reads };
  }

  const trails = (n: number): Resource[] => Array.from({ length: n }, (_, i) => resource(TRAIL, { id: `trail-${String(i).padStart(3, '0')}`, region: 'us-east-1', data: { s3BucketName: 'trail-logs' } }));
  // Every trail asks "every bucket of my account": one question, one answer, judged once — with and without a trace.
  const everyBucketLogged = (): ReturnType<typeof compileSpec> => compileSpec({ resource: TRAIL, check: { related: { type: BUCKET }, every: { path: 'logging', exists: true } } });

  it('judges the related resources once per distinct answer, not once per asking resource (FAIL: the evidence re-run included)', () => {
    const { buckets, reads } = countedBuckets(40, false);
    const findings = scan(everyBucketLogged(), [...trails(30), ...buckets]);
    expect(findings.map((f) => f.status)).toEqual(Array.from({ length: 30 }, () => 'FAIL'));
    // 40 buckets: one read each deciding alone (every stops at the first failure: 1), one read each explaining (40).
    expect(reads()).toBe(41);
  });

  it('gives every asking resource the same verdict and evidence as if it had asked alone', () => {
    const { buckets } = countedBuckets(3, false);
    const together = scan(everyBucketLogged(), [...trails(4), ...buckets]);
    const alone = findingFor(everyBucketLogged(), trails(1)[0] as Resource, buckets);
    for (const finding of together) {
      expect(finding.status).toBe(alone.status);
      expect(finding.evidence).toEqual(alone.evidence);
    }
    expect(alone.evidence).toHaveLength(3);
  });
});

describe('the types a policy reads', () => {
  it('are its own type and every type its conditions look up, so a live scan collects exactly those', () => {
    expect(bucketPolicy('some').readsTypes).toEqual([TRAIL, BUCKET]);
    const withAccount = compileSpec({ resource: BUCKET, check: { any: [{ path: 'logging', exists: true }, { account: { path: 's3PublicAccessBlock', exists: true } }] } });
    expect(withAccount.readsTypes).toEqual(['aws.account', BUCKET]);
    expect(compileSpec({ resource: BUCKET, check: { path: 'logging', exists: true } }).readsTypes).toEqual([BUCKET]);
  });
});
