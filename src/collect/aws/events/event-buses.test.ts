/** eventsEventBuses through the real EventBridge client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { eventsEventBuses } from './event-buses.js';
import { byTarget, json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import { ACCOUNT, busArn, busPolicy, dlqArn, eventRoutes, keyArn } from '../../../../test/support/eventbridge.js';

const routes = (overrides: Route[] = []): Route[] => [regionsRoute(['us-east-1']), ...eventRoutes(overrides)];

describe('eventsEventBuses', () => {
  it('follows ListEventBuses\' pages and reads each bus\'s policy, key and dead-letter queue from DescribeEventBus', async () => {
    const run = await collectRecorded([eventsEventBuses], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('ListEventBuses')).toBe(2);
    const buses = run.snapshot.resources.filter((r) => r.type === 'aws.events.event-bus');
    expect(buses.map((b) => b.id).sort()).toEqual(['default', 'security']);
    const byId = (id: string) => buses.find((b) => b.id === id);
    expect(byId('default')?.arn).toBe(busArn('default'));
    expect(byId('default')?.data).toEqual({ name: 'default', arn: busArn('default'), isDefault: true, description: null, policy: busPolicy, kmsKeyIdentifier: null, deadLetterArn: null });
    expect(byId('security')?.data).toEqual({ name: 'security', arn: busArn('security'), isDefault: false, description: 'Security findings', policy: null, kmsKeyIdentifier: keyArn, deadLetterArn: dlqArn });
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.events.event-bus', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('records AccessDenied on DescribeEventBus on that bus\'s described fields only, never as "no policy"', async () => {
    const denied: Route = { name: 'describe-denied', match: (r) => r.target === 'AWSEvents.DescribeEventBus' && r.params.Name === 'default', respond: jsonError('AccessDeniedException', 'not authorized to perform: events:DescribeEventBus') };
    const run = await collectRecorded([eventsEventBuses], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const bus = run.snapshot.resources.find((r) => r.id === 'default');
    expect(bus?.data).toEqual({ name: 'default', arn: busArn('default'), isDefault: true });
    expect(bus?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual(['description', 'policy', 'kmsKeyIdentifier', 'deadLetterArn'].map((path) => [path, 'AccessDeniedException', 'events:DescribeEventBus']));
    expect(run.snapshot.resources.find((r) => r.id === 'security')?.errors).toBeUndefined();
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('names a policy that is not JSON unreadable on the policy field alone', async () => {
    const broken: Route = { name: 'bad-policy', match: (r) => r.target === 'AWSEvents.DescribeEventBus' && r.params.Name === 'default', respond: json({ Name: 'default', Arn: busArn('default'), Policy: '{"Version":' }) };
    const run = await collectRecorded([eventsEventBuses], routes([broken]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const bus = run.snapshot.resources.find((r) => r.id === 'default');
    expect(bus?.errors).toEqual([{ path: 'policy', code: 'InvalidPolicyDocument', message: 'Policy is not JSON', operation: 'events:DescribeEventBus' }]);
    expect(bus?.data).toMatchObject({ description: null, kmsKeyIdentifier: null, deadLetterArn: null });
  });

  it('leaves out a bus deleted between listing and describing', async () => {
    const gone: Route = { name: 'gone', match: (r) => r.target === 'AWSEvents.DescribeEventBus' && r.params.Name === 'security', respond: jsonError('ResourceNotFoundException', 'Event bus security does not exist.') };
    const run = await collectRecorded([eventsEventBuses], routes([gone]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['default']);
    expect(run.snapshot.errors).toEqual([]);
  });

  it('reads an account with only its default bus, no policy set, as complete', async () => {
    const only: Route = { name: 'only-default', match: byTarget('AWSEvents.ListEventBuses'), respond: json({ EventBuses: [{ Name: 'default', Arn: busArn('default') }] }) };
    const bare: Route = { name: 'bare', match: byTarget('AWSEvents.DescribeEventBus'), respond: json({ Name: 'default', Arn: busArn('default') }) };
    const run = await collectRecorded([eventsEventBuses], routes([only, bare]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.data)).toEqual([{ name: 'default', arn: busArn('default'), isDefault: true, description: null, policy: null, kmsKeyIdentifier: null, deadLetterArn: null }]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('marks coverage failed when buses cannot be listed, and partial when a later page fails', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget('AWSEvents.ListEventBuses'), respond: jsonError('AccessDeniedException', 'no events:ListEventBuses') };
    const failed = await collectRecorded([eventsEventBuses], routes([denied]), { regions: ['us-east-1'] });
    expect(failed.problems).toEqual([]);
    expect(failed.snapshot.resources).toEqual([]);
    expect(failed.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AccessDeniedException on events:ListEventBuses: no events:ListEventBuses' })]);

    const later: Route = { name: 'page-2-denied', match: (r) => r.target === 'AWSEvents.ListEventBuses' && r.params.NextToken !== undefined, respond: jsonError('AccessDeniedException', 'no more') };
    const partial = await collectRecorded([eventsEventBuses], routes([later]), { regions: ['us-east-1'] });
    expect(partial.snapshot.resources.map((r) => r.id)).toEqual(['default']);
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });

  it('stops at a page that answers the token it was asked with, instead of paging forever', async () => {
    const loop: Route = { name: 'loop', match: byTarget('AWSEvents.ListEventBuses'), respond: (r) => json({ EventBuses: r.params.NextToken === undefined ? [{ Name: 'default', Arn: busArn('default') }] : [], NextToken: 'again' }) };
    const run = await collectRecorded([eventsEventBuses], routes([loop]), { regions: ['us-east-1'] });
    expect(run.aws.count('loop')).toBe(2);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial', reason: expect.stringMatching(/^UnexpectedResponse on events:ListEventBuses: / ) as unknown })]);
  });
});

describe('eventsEventBuses call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(eventsEventBuses)).toEqual([]);
  });
});
