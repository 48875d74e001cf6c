/** eventsRules through the real EventBridge client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { eventsRules } from './rules.js';
import { byTarget, json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import { ACCOUNT, busArn, centralBusArn, chatopsArn, dlqArn, eventRoutes, responderArn, ROOT_PATTERN, ruleArn, stateMachineArn, topicArn, TRAIL_PATTERN } from '../../../../test/support/eventbridge.js';

const routes = (overrides: Route[] = []): Route[] => [regionsRoute(['us-east-1']), ...eventRoutes(overrides)];
const plain = { roleArn: null, hasInput: false, hasInputPath: false, inputTransformer: null, deadLetterArn: null, retryPolicy: null };

describe('eventsRules', () => {
  it('lists every bus\'s rules and every rule\'s targets across pages, and maps each rule to a valid resource', async () => {
    const run = await collectRecorded([eventsRules], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('ListEventBuses')).toBe(2);
    // Two pages of the default bus's rules, one of the security bus's.
    expect(run.aws.requests.filter((r) => r.target === 'AWSEvents.ListRules').map((r) => [r.params.EventBusName, r.params.NextToken ?? null]))
      .toEqual(expect.arrayContaining([['default', null], ['default', 'rules-default#1'], ['security', null]]));
    expect(run.aws.count('ListRules')).toBe(3);
    const rules = run.snapshot.resources.filter((r) => r.type === 'aws.events.rule');
    expect(rules.map((r) => r.id).sort()).toEqual(['AutoScalingManagedRule', 'nightly-report', 'old-alarm', 'root-sign-in', 'security/root-sign-in', 'trail-tampering']);
    const byId = (id: string) => rules.find((r) => r.id === id);

    expect(byId('root-sign-in')?.arn).toBe(ruleArn('root-sign-in'));
    expect(byId('root-sign-in')?.data).toEqual({
      name: 'root-sign-in', arn: ruleArn('root-sign-in'), eventBusName: 'default', state: 'ENABLED', eventPattern: ROOT_PATTERN, scheduleExpression: null, managedBy: null,
      description: 'Page on root sign-in', roleArn: null,
      targets: [
        { ...plain, id: 'page-security', arn: topicArn, service: 'sns', deadLetterArn: dlqArn, retryPolicy: { maximumRetryAttempts: 10, maximumEventAgeInSeconds: 3600 } },
        { ...plain, id: 'chatops', arn: chatopsArn, service: 'lambda', inputTransformer: { inputTemplate: '"Root sign-in: <who>"' } },
      ],
    });
    expect(byId('trail-tampering')?.data).toMatchObject({
      state: 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS', eventPattern: TRAIL_PATTERN, description: null,
      targets: [
        { ...plain, id: 'responder', arn: responderArn, service: 'lambda' },
        { ...plain, id: 'contain', arn: stateMachineArn, service: 'states', roleArn: `arn:aws:iam::${ACCOUNT}:role/events-invoke-sfn`, hasInputPath: true, retryPolicy: { maximumRetryAttempts: 0, maximumEventAgeInSeconds: null } },
      ],
    });
    // A scheduled rule has no pattern; a disabled rule keeps its pattern and says DISABLED.
    expect(byId('nightly-report')?.data).toMatchObject({ state: 'ENABLED', eventPattern: null, scheduleExpression: 'cron(0 2 * * ? *)', targets: [{ ...plain, id: 'report', arn: responderArn, service: 'lambda', hasInput: true }] });
    expect(byId('old-alarm')?.data).toMatchObject({ state: 'DISABLED', eventPattern: '{"source":["aws.guardduty"]}', scheduleExpression: null, targets: [] });
    expect(byId('AutoScalingManagedRule')?.data).toMatchObject({ managedBy: 'autoscaling.amazonaws.com', targets: [expect.objectContaining({ service: 'autoscaling' })] });
    // Same name on another bus: told apart by the bus in its id.
    expect(byId('security/root-sign-in')?.data).toMatchObject({
      eventBusName: 'security', arn: ruleArn('security/root-sign-in'), roleArn: `arn:aws:iam::${ACCOUNT}:role/forward-to-central`,
      targets: [{ ...plain, id: 'central', arn: centralBusArn, service: 'events', roleArn: `arn:aws:iam::${ACCOUNT}:role/forward-to-central` }],
    });
    // Each rule's targets asked of its own bus.
    expect(run.aws.requests.filter((r) => r.target === 'AWSEvents.ListTargetsByRule' && r.params.Rule === 'root-sign-in').map((r) => [r.params.EventBusName, r.params.NextToken ?? null]).sort())
      .toEqual([['default', null], ['default', 'targets-root-sign-in#1'], ['security', null]]);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.events.rule', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('records AccessDenied on one rule\'s targets on that rule\'s targets only, never as "no targets"', async () => {
    const denied: Route = { name: 'targets-denied', match: (r) => r.target === 'AWSEvents.ListTargetsByRule' && r.params.Rule === 'trail-tampering', respond: jsonError('AccessDeniedException', 'not authorized to perform: events:ListTargetsByRule') };
    const run = await collectRecorded([eventsRules], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const rule = run.snapshot.resources.find((r) => r.id === 'trail-tampering');
    expect(rule?.errors).toEqual([{ path: 'targets', code: 'AccessDeniedException', message: 'not authorized to perform: events:ListTargetsByRule', operation: 'events:ListTargetsByRule' }]);
    expect('targets' in (rule?.data ?? {})).toBe(false);
    expect(rule?.data).toMatchObject({ state: 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS', eventPattern: TRAIL_PATTERN });
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id)).toEqual(['trail-tampering']);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'events', operation: 'ListTargetsByRule', resource: 'trail-tampering', code: 'AccessDeniedException' })]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('fails a rule\'s targets as a whole when a later page of them fails', async () => {
    const later: Route = { name: 'targets-page-2', match: (r) => r.target === 'AWSEvents.ListTargetsByRule' && r.params.NextToken !== undefined, respond: jsonError('AccessDeniedException', 'no more targets') };
    const run = await collectRecorded([eventsRules], routes([later]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const rule = run.snapshot.resources.find((r) => r.id === 'root-sign-in');
    expect(rule?.errors).toEqual([expect.objectContaining({ path: 'targets', code: 'AccessDeniedException', message: 'no more targets' })]);
    expect('targets' in (rule?.data ?? {})).toBe(false);
  });

  it('keeps the default bus\'s rules and marks coverage partial when another bus\'s rules cannot be listed', async () => {
    const denied: Route = { name: 'security-denied', match: (r) => r.target === 'AWSEvents.ListRules' && r.params.EventBusName === 'security', respond: jsonError('AccessDeniedException', 'no rules of security') };
    const run = await collectRecorded([eventsRules], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['AutoScalingManagedRule', 'nightly-report', 'old-alarm', 'root-sign-in', 'trail-tampering']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial', reason: 'AccessDeniedException on events:ListRules: no rules of security' })]);
  });

  it('marks coverage failed when no bus can be listed, or none of their rules', async () => {
    const noBuses: Route = { name: 'buses-denied', match: byTarget('AWSEvents.ListEventBuses'), respond: jsonError('AccessDeniedException', 'no events:ListEventBuses') };
    const first = await collectRecorded([eventsRules], routes([noBuses]), { regions: ['us-east-1'] });
    expect(first.problems).toEqual([]);
    expect(first.snapshot.resources).toEqual([]);
    expect(first.aws.count('ListRules')).toBe(0);
    expect(first.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AccessDeniedException on events:ListEventBuses: no events:ListEventBuses' })]);

    const noRules: Route = { name: 'rules-denied', match: byTarget('AWSEvents.ListRules'), respond: jsonError('AccessDeniedException', 'no events:ListRules') };
    const second = await collectRecorded([eventsRules], routes([noRules]), { regions: ['us-east-1'] });
    expect(second.snapshot.resources).toEqual([]);
    expect(second.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AccessDeniedException on events:ListRules: no events:ListRules' })]);
  });

  it('reads an empty account (its default bus without rules) as complete, with no target calls', async () => {
    const only: Route = { name: 'only-default', match: byTarget('AWSEvents.ListEventBuses'), respond: json({ EventBuses: [{ Name: 'default', Arn: busArn('default') }] }) };
    const none: Route = { name: 'no-rules', match: byTarget('AWSEvents.ListRules'), respond: json({ Rules: [] }) };
    const run = await collectRecorded([eventsRules], routes([only, none]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.aws.count('ListTargetsByRule')).toBe(0);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.events.rule', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('leaves out a rule deleted before its targets were read, and a bus deleted before its rules were', async () => {
    const ruleGone: Route = { name: 'rule-gone', match: (r) => r.target === 'AWSEvents.ListTargetsByRule' && r.params.Rule === 'old-alarm', respond: jsonError('ResourceNotFoundException', 'Rule old-alarm does not exist.') };
    const busGone: Route = { name: 'bus-gone', match: (r) => r.target === 'AWSEvents.ListRules' && r.params.EventBusName === 'security', respond: jsonError('ResourceNotFoundException', 'Event bus security does not exist.') };
    const run = await collectRecorded([eventsRules], routes([ruleGone, busGone]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['AutoScalingManagedRule', 'nightly-report', 'root-sign-in', 'trail-tampering']);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('names what an answer left out on its own path: an unknown state, a target without its ARN', async () => {
    const odd: Route = { name: 'odd', match: byTarget('AWSEvents.ListRules'), respond: json({ Rules: [{ Name: 'future', Arn: ruleArn('future'), EventPattern: '{}', State: 'PAUSED' }] }) };
    const noArn: Route = { name: 'no-arn', match: byTarget('AWSEvents.ListTargetsByRule'), respond: json({ Targets: [{ Id: 'ok', Arn: topicArn }, { Id: 'broken' }] }) };
    const run = await collectRecorded([eventsRules], routes([odd, noArn]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const rule = run.snapshot.resources.find((r) => r.id === 'future');
    expect(rule?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([
      ['state', 'IncompleteResponse', 'events:ListRules'],
      ['targets[1]', 'IncompleteResponse', 'events:ListTargetsByRule'],
    ]);
    expect(rule?.data).toMatchObject({ targets: [{ ...plain, id: 'ok', arn: topicArn, service: 'sns' }, {}] });
    expect('state' in (rule?.data ?? {})).toBe(false);
  });
});

describe('eventsRules call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(eventsRules)).toEqual([]);
  });
});
