/** rdsEventSubscriptions through the real RDS client, fed recorded query-protocol (XML) answers. */
import { describe, expect, it } from 'vitest';
import { rdsEventSubscriptions } from './event-subscriptions.js';
import { byAction, queryError, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { rdsMarker, rdsXml } from '../../../../test/support/rds-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const page = (subscriptions: string[], marker?: string): RecordedResponse => rdsXml('DescribeEventSubscriptions', `<EventSubscriptionsList>${subscriptions.join('')}</EventSubscriptionsList>${rdsMarker(marker)}`);
const subscription = (name: string, body: string): string =>
  `<EventSubscription><CustomerAwsId>${ACCOUNT}</CustomerAwsId><CustSubscriptionId>${name}</CustSubscriptionId><SnsTopicArn>arn:aws:sns:us-east-1:${ACCOUNT}:rds-events</SnsTopicArn>`
  + `<SubscriptionCreationTime>2024-06-01 02:00:00.000</SubscriptionCreationTime><EventSubscriptionArn>arn:aws:rds:us-east-1:${ACCOUNT}:es:${name}</EventSubscriptionArn>${body}</EventSubscription>`;
const instances = subscription('instance-events', '<Status>active</Status><Enabled>true</Enabled><SourceType>db-instance</SourceType>'
  + '<EventCategoriesList><EventCategory>maintenance</EventCategory><EventCategory>configuration change</EventCategory><EventCategory>failure</EventCategory></EventCategoriesList>');
const onlyOrders = subscription('orders-only', '<Status>no-permission</Status><Enabled>false</Enabled><SourceType>db-cluster</SourceType><SourceIdsList><SourceId>orders</SourceId></SourceIdsList>');
// Made without source type, sources or categories: every RDS event of the account.
const everything = subscription('everything', '<Status>active</Status><Enabled>true</Enabled>');

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    { name: 'DescribeEventSubscriptions', match: byAction('DescribeEventSubscriptions'), respond: (r) => (r.params.Marker === undefined ? page([instances, onlyOrders], 'subscriptions-2') : page([everything])) },
  ];
}

describe('rdsEventSubscriptions', () => {
  it('follows the Marker and maps every subscription, reading what it leaves out as "every"', async () => {
    const run = await collectRecorded([rdsEventSubscriptions], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter((r) => r.action === 'DescribeEventSubscriptions').map((r) => [r.params.MaxRecords, r.params.Marker])).toEqual([['100', undefined], ['100', 'subscriptions-2']]);
    const found = run.snapshot.resources;
    expect(found.map((r) => r.id)).toEqual(['instance-events', 'orders-only', 'everything']);
    expect(found[0]).toMatchObject({ type: 'aws.rds.event-subscription', arn: `arn:aws:rds:us-east-1:${ACCOUNT}:es:instance-events`, tags: {} });
    expect(found[0]?.data).toEqual({
      subscriptionName: 'instance-events', snsTopicArn: `arn:aws:sns:us-east-1:${ACCOUNT}:rds-events`, status: 'active', enabled: true, sourceType: 'db-instance', sourceIds: [],
      eventCategories: ['maintenance', 'configuration change', 'failure'],
    });
    expect(found[1]?.data).toMatchObject({ status: 'no-permission', enabled: false, sourceType: 'db-cluster', sourceIds: ['orders'], eventCategories: [] });
    expect(found[2]?.data).toMatchObject({ sourceType: null, sourceIds: [], eventCategories: [] });
    for (const r of found) expect(r.errors).toBeUndefined();
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.rds.event-subscription', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('fails a subscription whose Enabled or Status AWS left out on those fields alone', async () => {
    const odd: Route = { name: 'odd', match: byAction('DescribeEventSubscriptions'), respond: page([subscription('odd', '<SourceType>db-instance</SourceType>')]) };
    const run = await collectRecorded([rdsEventSubscriptions], routes([odd]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources[0]?.errors?.map((e) => [e.path, e.code])).toEqual([['status', 'IncompleteResponse'], ['enabled', 'IncompleteResponse']]);
    expect(run.snapshot.resources[0]?.data).toMatchObject({ sourceType: 'db-instance' });
  });

  it('marks coverage partial when a later page fails, and failed when none can be listed', async () => {
    const broken: Route = { name: 'page-2', match: (r) => r.action === 'DescribeEventSubscriptions' && r.params.Marker === 'subscriptions-2', respond: queryError('AccessDenied', 'no', 403) };
    const partial = await collectRecorded([rdsEventSubscriptions], routes([broken]), { regions: ['us-east-1'] });
    expect(partial.problems).toEqual([]);
    expect(partial.snapshot.resources.map((r) => r.id)).toEqual(['instance-events', 'orders-only']);
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
    const denied: Route = { name: 'denied', match: byAction('DescribeEventSubscriptions'), respond: queryError('AccessDenied', 'User is not authorized to perform: rds:DescribeEventSubscriptions', 403) };
    const run = await collectRecorded([rdsEventSubscriptions], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'rds', operation: 'DescribeEventSubscriptions', code: 'AccessDenied' })]);
  });
});

describe('rdsEventSubscriptions call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(rdsEventSubscriptions)).toEqual([]);
  });
});
