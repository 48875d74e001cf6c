/**
 * SNS (query protocol) for the fake account: topics with attributes,
 * subscriptions and tags. ListTopics and ListSubscriptionsByTopic page by
 * 100, as SNS does.
 */
import { ACCOUNT, parseTopic, topicName, type Estate } from './estate.js';
import { elements, offsetOf, page, queryAnswer, queryError, tokenOf, type Answer, type WireRequest } from './wire.js';

const NS = 'http://sns.amazonaws.com/doc/2010-03-31/';
const arnOf = (region: string, i: number): string => `arn:aws:sns:${region}:${ACCOUNT}:${topicName(i)}`;
const members = (list: readonly string[]): string => list.map((m) => `<member>${m}</member>`).join('');
const next = (token: number | undefined): string => (token === undefined ? '' : `<NextToken>${tokenOf('n', token)}</NextToken>`);

function attributes(region: string, i: number): Record<string, string> {
  const arn = arnOf(region, i);
  const policy = { Version: '2008-10-17', Id: '__default_policy_ID', Statement: [{ Sid: '__default_statement_ID', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['SNS:GetTopicAttributes', 'SNS:Publish'], Resource: arn, Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT } } }] };
  return {
    Owner: ACCOUNT, Policy: JSON.stringify(policy), TopicArn: arn, DisplayName: `bench topic ${i}`, SubscriptionsConfirmed: String(i % 3), SubscriptionsPending: '0', SubscriptionsDeleted: '0',
    EffectiveDeliveryPolicy: '{"http":{"defaultHealthyRetryPolicy":{"numRetries":3}}}', ...(i % 2 === 0 ? { KmsMasterKeyId: 'alias/aws/sns' } : {}),
  };
}

export function answerSns(estate: Estate, request: WireRequest): Answer {
  const { operation, params, region } = request;
  if (operation === 'ListTopics') {
    const all = estate.regionIndex(region) < 0 ? [] : Array.from({ length: estate.size.topics }, (_, i) => arnOf(region, i));
    const listed = page(all, offsetOf('n', params.NextToken), 100);
    return queryAnswer(operation, NS, `<Topics>${members(listed.items.map((arn) => elements({ TopicArn: arn })))}</Topics>${next(listed.next)}`);
  }
  const i = parseTopic(estate, region, params.TopicArn ?? params.ResourceArn);
  if (i === undefined) return queryError('NotFound', 'Topic does not exist', 404);
  if (operation === 'GetTopicAttributes') {
    return queryAnswer(operation, NS, `<Attributes>${Object.entries(attributes(region, i)).map(([k, v]) => `<entry>${elements({ key: k, value: v })}</entry>`).join('')}</Attributes>`);
  }
  if (operation === 'ListSubscriptionsByTopic') {
    const all = Array.from({ length: i % 3 }, (_, s) => elements({
      TopicArn: arnOf(region, i), Protocol: 'email', SubscriptionArn: `${arnOf(region, i)}:0000000${s}-0000-4000-8000-000000000000`, Owner: ACCOUNT, Endpoint: `team${s}@example.com`,
    }));
    const listed = page(all, offsetOf('n', params.NextToken), 100);
    return queryAnswer(operation, NS, `<Subscriptions>${members(listed.items)}</Subscriptions>${next(listed.next)}`);
  }
  if (operation === 'ListTagsForResource') return queryAnswer(operation, NS, `<Tags>${i % 2 === 0 ? members([elements({ Key: 'team', Value: 'alerts' })]) : ''}</Tags>`);
  return queryAnswer(operation, NS, '');
}
