/** snsTopics through the real SNS client, fed recorded query-protocol (XML) answers. */
import { describe, expect, it } from 'vitest';
import { snsTopics } from './topics.js';
import { byAction, queryError, xml, type RecordedResponse, type Route, type WireRequest } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const topicArn = (name: string): string => `arn:aws:sns:us-east-1:${ACCOUNT}:${name}`;
const kmsKey = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const answer = (action: string, result: string): RecordedResponse =>
  xml(`<${action}Response xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>recorded</RequestId></ResponseMetadata></${action}Response>`);
const nameOf = (r: WireRequest, param: string): string => String(r.params[param]).split(':').pop() ?? '';

const policy = (name: string) => ({
  Version: '2008-10-17', Id: '__default_policy_ID',
  Statement: [{ Sid: '__default_statement_ID', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['SNS:GetTopicAttributes', 'SNS:Publish'], Resource: topicArn(name), Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT } } }],
});
const attributes: Record<string, Record<string, string>> = {
  alerts: { Owner: ACCOUNT, Policy: JSON.stringify(policy('alerts')), TopicArn: topicArn('alerts'), DisplayName: 'Alerts & pages', SubscriptionsConfirmed: '1', SubscriptionsPending: '1', SubscriptionsDeleted: '2', KmsMasterKeyId: kmsKey, EffectiveDeliveryPolicy: '{"http":{}}' },
  'orders.fifo': { Owner: ACCOUNT, Policy: JSON.stringify(policy('orders.fifo')), TopicArn: topicArn('orders.fifo'), DisplayName: '', SubscriptionsConfirmed: '0', SubscriptionsPending: '0', SubscriptionsDeleted: '0', FifoTopic: 'true', ContentBasedDeduplication: 'false' },
};
const entries = (values: Record<string, string>): string => Object.entries(values).map(([k, v]) => `<entry><key>${k}</key><value>${escape(v)}</value></entry>`).join('');
const subscription = (arn: string, protocol: string, endpoint: string): string =>
  `<member><TopicArn>${topicArn('alerts')}</TopicArn><Protocol>${protocol}</Protocol><SubscriptionArn>${arn}</SubscriptionArn><Owner>${ACCOUNT}</Owner><Endpoint>${endpoint}</Endpoint></member>`;

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListTopics',
      match: byAction('ListTopics'),
      respond: (r) => (r.params.NextToken === undefined
        ? answer('ListTopics', `<Topics><member><TopicArn>${topicArn('alerts')}</TopicArn></member><member><TopicArn>${topicArn('gone')}</TopicArn></member></Topics><NextToken>topics-2</NextToken>`)
        : answer('ListTopics', `<Topics><member><TopicArn>${topicArn('orders.fifo')}</TopicArn></member></Topics>`)),
    },
    {
      name: 'GetTopicAttributes',
      match: byAction('GetTopicAttributes'),
      respond: (r) => {
        const values = attributes[nameOf(r, 'TopicArn')];
        return values === undefined ? queryError('NotFound', 'Topic does not exist', 404) : answer('GetTopicAttributes', `<Attributes>${entries(values)}</Attributes>`);
      },
    },
    {
      name: 'ListSubscriptionsByTopic',
      match: byAction('ListSubscriptionsByTopic'),
      respond: (r) => {
        if (nameOf(r, 'TopicArn') !== 'alerts') return answer('ListSubscriptionsByTopic', '<Subscriptions/>');
        return r.params.NextToken === undefined
          ? answer('ListSubscriptionsByTopic', `<Subscriptions>${subscription(`${topicArn('alerts')}:8a21d249-4329-4871-acc6-7be709c6ea7f`, 'email', 'security@example.com')}</Subscriptions><NextToken>subs-2</NextToken>`)
          : answer('ListSubscriptionsByTopic', `<Subscriptions>${subscription('PendingConfirmation', 'https', 'https://hooks.example.com/sns')}${subscription('Deleted', 'sqs', `arn:aws:sqs:us-east-1:${ACCOUNT}:old`)}</Subscriptions>`);
      },
    },
    {
      name: 'ListTagsForResource',
      match: byAction('ListTagsForResource'),
      respond: (r) => answer('ListTagsForResource', nameOf(r, 'ResourceArn') === 'alerts' ? '<Tags><member><Key>team</Key><Value>security</Value></member><member><Key>env</Key><Value>prod</Value></member></Tags>' : '<Tags/>'),
    },
  ];
}

// The SDK names modeled query-protocol errors by their shape (AuthorizationErrorException), but
// describeError records the code AWS sent on the wire (AuthorizationError), as AWS documents it.
describe('snsTopics', () => {
  it('follows pagination, normalizes attributes and subscriptions, and maps every topic to a valid resource', async () => {
    const run = await collectRecorded([snsTopics], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const topics = run.snapshot.resources.filter((r) => r.type === 'aws.sns.topic');
    // "gone" was deleted between ListTopics and GetTopicAttributes (NotFound): not emitted.
    expect(topics.map((t) => t.id).sort()).toEqual(['alerts', 'orders.fifo']);
    expect(run.aws.count('ListSubscriptionsByTopic')).toBe(3);
    const alerts = topics.find((t) => t.id === 'alerts');
    expect(alerts?.arn).toBe(topicArn('alerts'));
    expect(alerts?.tags).toEqual({ team: 'security', env: 'prod' });
    expect(alerts?.data).toEqual({
      topicArn: topicArn('alerts'), name: 'alerts', displayName: 'Alerts & pages', kmsMasterKeyId: kmsKey, policy: policy('alerts'), fifoTopic: false,
      subscriptionsConfirmed: 1, subscriptionsPending: 1, subscriptionsDeleted: 2,
      subscriptions: [
        { subscriptionArn: `${topicArn('alerts')}:8a21d249-4329-4871-acc6-7be709c6ea7f`, protocol: 'email', endpoint: 'security@example.com', confirmed: true, owner: ACCOUNT },
        { subscriptionArn: null, protocol: 'https', endpoint: 'https://hooks.example.com/…', confirmed: false, owner: ACCOUNT },
      ],
    });
    expect(topics.find((t) => t.id === 'orders.fifo')?.data).toMatchObject({ kmsMasterKeyId: null, fifoTopic: true, displayName: '', subscriptionsConfirmed: 0, subscriptions: [] });
    expect(topics.find((t) => t.id === 'orders.fifo')?.tags).toEqual({});
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.sns.topic', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('records AuthorizationError on one topic\'s subscriptions on that topic only', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.action === 'ListSubscriptionsByTopic' && nameOf(r, 'TopicArn') === 'orders.fifo', respond: queryError('AuthorizationError', 'User is not authorized to perform: SNS:ListSubscriptionsByTopic', 403) };
    const run = await collectRecorded([snsTopics], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const fifo = run.snapshot.resources.find((r) => r.id === 'orders.fifo');
    expect(fifo?.errors).toEqual([{ path: 'subscriptions', code: 'AuthorizationError', message: 'User is not authorized to perform: SNS:ListSubscriptionsByTopic', operation: 'sns:ListSubscriptionsByTopic' }]);
    expect('subscriptions' in (fifo?.data ?? {})).toBe(false);
    expect(fifo?.data).toMatchObject({ fifoTopic: true, subscriptionsConfirmed: 0 });
    expect(run.snapshot.resources.find((r) => r.id === 'alerts')?.errors).toBeUndefined();
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'sns', operation: 'ListSubscriptionsByTopic', resource: 'orders.fifo', code: 'AuthorizationError' })]);
  });

  it('records failed attributes on every attribute field of that topic', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.action === 'GetTopicAttributes' && nameOf(r, 'TopicArn') === 'alerts', respond: queryError('AuthorizationError', 'not allowed', 403) };
    const run = await collectRecorded([snsTopics], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const alerts = run.snapshot.resources.find((r) => r.id === 'alerts');
    expect(alerts?.errors?.map((e) => e.path)).toEqual(['displayName', 'kmsMasterKeyId', 'policy', 'fifoTopic', 'subscriptionsConfirmed', 'subscriptionsPending', 'subscriptionsDeleted']);
    expect(alerts?.data).toMatchObject({ topicArn: topicArn('alerts'), name: 'alerts', subscriptions: [expect.objectContaining({ confirmed: true }), expect.objectContaining({ confirmed: false })] });
  });

  it('names unread tags on the topic ($tags), never reading them as "no tags" silently', async () => {
    const denied: Route = { name: 'tags-denied', match: (r) => r.action === 'ListTagsForResource' && nameOf(r, 'ResourceArn') === 'alerts', respond: queryError('AuthorizationError', 'no sns:ListTagsForResource', 403) };
    const run = await collectRecorded([snsTopics], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.find((r) => r.id === 'alerts')?.errors).toEqual([{ path: '$tags', code: 'AuthorizationError', message: 'no sns:ListTagsForResource', operation: 'sns:ListTagsForResource' }]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ operation: 'ListTagsForResource', code: 'AuthorizationError', resource: 'alerts' })]);
  });

  it('marks coverage failed when topics cannot be listed', async () => {
    const denied: Route = { name: 'list-denied', match: byAction('ListTopics'), respond: queryError('AuthorizationError', 'no sns:ListTopics', 403) };
    const run = await collectRecorded([snsTopics], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AuthorizationError on sns:ListTopics: no sns:ListTopics' })]);
  });
});

describe('snsTopics call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(snsTopics)).toEqual([]);
  });
});
