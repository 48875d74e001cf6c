/**
 * Collection across accounts, through the real SDK: each account's calls
 * answered by its own recorded AWS, each member role assumed with the SDK's
 * own AssumeRole (recorded STS answers, one of them AccessDenied). A failed
 * account is recorded and never stops the others; accounts at once are
 * bounded; the merged snapshot is valid and a scan says ERROR for the
 * account that could not be entered.
 */
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { describe, expect, it } from 'vitest';
import { collectAccounts, type AccountEvent } from '../../src/collect/accounts.js';
import { iamServerCertificates } from '../../src/collect/aws/iam/server-certificates.js';
import { snsTopics } from '../../src/collect/aws/sns/topics.js';
import { ClientPool } from '../../src/collect/clients.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { idFromFile } from '../../src/policy/load.js';
import { compileBundled } from '../support/bundled-policies.js';
import { createLocator } from '../../src/snapshot/locate.js';
import { validateSnapshot } from '../../src/snapshot/validate.js';
import { credentials, regionsRoute } from '../support/collect.js';
import { byAction, queryError, RecordedAws, xml, type Route } from '../support/recorded-aws.js';

const MANAGEMENT = '123456789012';
const PROD = '111111111111';
const DENIED = '222222222222';
const STAGING = '333333333333';

function accountRoutes(account: string, topics: readonly string[]): Route[] {
  return [
    regionsRoute(['us-east-1', 'eu-west-1']),
    { name: 'GetCallerIdentity', match: byAction('GetCallerIdentity'), respond: xml(`<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:sts::${account}:assumed-role/AssayAudit/assay</Arn><UserId>AROA:assay</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>`) },
    { name: 'ListServerCertificates', match: byAction('ListServerCertificates'), respond: xml('<ListServerCertificatesResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListServerCertificatesResult><IsTruncated>false</IsTruncated><ServerCertificateMetadataList/></ListServerCertificatesResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListServerCertificatesResponse>') },
    {
      name: 'ListTopics',
      match: byAction('ListTopics'),
      respond: (r) => xml(`<ListTopicsResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><ListTopicsResult><Topics>${topics.map((t) => `<member><TopicArn>arn:aws:sns:${r.hostname.split('.')[1] ?? ''}:${account}:${t}</TopicArn></member>`).join('')}</Topics></ListTopicsResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListTopicsResponse>`),
    },
    { name: 'GetTopicAttributes', match: byAction('GetTopicAttributes'), respond: (r) => xml(`<GetTopicAttributesResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><GetTopicAttributesResult><Attributes><entry><key>TopicArn</key><value>${String(r.params.TopicArn)}</value></entry><entry><key>KmsMasterKeyId</key><value>alias/aws/sns</value></entry><entry><key>Policy</key><value>{}</value></entry><entry><key>SubscriptionsConfirmed</key><value>0</value></entry><entry><key>SubscriptionsPending</key><value>0</value></entry><entry><key>SubscriptionsDeleted</key><value>0</value></entry></Attributes></GetTopicAttributesResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetTopicAttributesResponse>`) },
    { name: 'ListSubscriptionsByTopic', match: byAction('ListSubscriptionsByTopic'), respond: xml('<ListSubscriptionsByTopicResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><ListSubscriptionsByTopicResult><Subscriptions/></ListSubscriptionsByTopicResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListSubscriptionsByTopicResponse>') },
    { name: 'ListTagsForResource', match: byAction('ListTagsForResource'), respond: xml('<ListTagsForResourceResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><ListTagsForResourceResult><Tags/></ListTagsForResourceResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListTagsForResourceResponse>') },
  ];
}

/** STS in the management account: AssumeRole answers credentials for every member role but one. */
const managementSts = new RecordedAws([{
  name: 'AssumeRole',
  match: byAction('AssumeRole'),
  respond: (r) => (String(r.params.RoleArn).includes(`::${DENIED}:`)
    ? queryError('AccessDenied', `User: arn:aws:iam::${MANAGEMENT}:user/ci is not authorized to perform: sts:AssumeRole on resource: ${String(r.params.RoleArn)}`, 403)
    : xml(`<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>ASIA${String(r.params.RoleArn).slice(13, 25)}</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROA:assay</AssumedRoleId><Arn>arn:aws:sts::1:assumed-role/AssayAudit/assay</Arn></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>`)),
}]);

const topicsOf: Record<string, readonly string[]> = { [MANAGEMENT]: [], [PROD]: ['alerts', 'orders'], [STAGING]: ['alerts'] };

async function collect(accountConcurrency: number) {
  const events: AccountEvent[] = [];
  let open = 0;
  let mostOpen = 0;
  const result = await collectAccounts({
    targets: [{ id: MANAGEMENT, name: 'management' }, { id: PROD, name: 'prod' }, { id: DENIED, name: 'sandbox' }, { id: STAGING }],
    partition: 'aws',
    poolFor: (account) => {
      mostOpen = Math.max(mostOpen, ++open);
      const pool = new ClientPool({
        requestHandler: new RecordedAws(accountRoutes(account, topicsOf[account] ?? [])),
        maxAttempts: 2,
        credentials: account === MANAGEMENT ? credentials : fromTemporaryCredentials({
          masterCredentials: credentials,
          params: { RoleArn: `arn:aws:iam::${account}:role/AssayAudit`, RoleSessionName: 'assay' },
          clientConfig: { region: 'us-east-1', requestHandler: managementSts },
        }),
      });
      const destroy = pool.destroy.bind(pool);
      pool.destroy = () => { open--; destroy(); };
      return pool;
    },
    describeAccess: (account) => `arn:aws:iam::${account}:role/AssayAudit`,
    collectors: [iamServerCertificates, snsTopics],
    accountConcurrency,
    concurrency: 4,
    generator: { name: 'assay', version: 'test' },
    now: () => new Date('2026-11-01T12:00:00Z'),
    onAccount: (event) => { events.push(event); },
  });
  return { ...result, events, mostOpen };
}

describe('collectAccounts', () => {
  it('collects every account it can enter and records the one it cannot, without stopping', async () => {
    const { snapshot, failed, events } = await collect(2);
    expect(validateSnapshot(snapshot, createLocator('merged', undefined))).toMatchObject({ ok: true });
    expect(snapshot.scope.accounts).toEqual([PROD, MANAGEMENT, DENIED, STAGING].sort());
    expect(snapshot.scope.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(snapshot.resources.map((r) => `${r.account} ${r.region} ${r.id}`).sort()).toEqual([
      `${PROD} eu-west-1 alerts`, `${PROD} eu-west-1 orders`,
      `${PROD} us-east-1 alerts`, `${PROD} us-east-1 orders`,
      `${STAGING} eu-west-1 alerts`, `${STAGING} us-east-1 alerts`,
    ]);
    expect(failed).toEqual([{ account: DENIED, code: 'AccessDenied', message: expect.stringMatching(new RegExp(`^cannot enter the account as arn:aws:iam::${DENIED}:role/AssayAudit: User: .* is not authorized to perform: sts:AssumeRole`)) as string }]);
    // The failed account: every type failed in every region the others were collected in, with the reason.
    expect(snapshot.coverage.filter((c) => c.account === DENIED).map((c) => `${c.type} ${c.region} ${c.status}`).sort()).toEqual([
      'aws.iam.server-certificate global failed', 'aws.sns.topic eu-west-1 failed', 'aws.sns.topic us-east-1 failed',
    ]);
    expect(snapshot.coverage.filter((c) => c.account !== DENIED).every((c) => c.status === 'complete')).toBe(true);
    expect(snapshot.errors).toEqual([expect.objectContaining({ service: 'sts', operation: 'AssumeRole', account: DENIED, code: 'AccessDenied' })]);
    expect(events.map((e) => [e.done, e.total])).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
    expect(events.find((e) => e.account.id === DENIED)?.outcome).toMatchObject({ kind: 'failed', code: 'AccessDenied' });
    expect(events.find((e) => e.account.id === PROD)?.outcome).toMatchObject({ kind: 'collected', resources: 4, errors: 0 });
  });

  it('a scan of the result says ERROR for the account it could not enter, and judges the others', async () => {
    const { snapshot } = await collect(4);
    const file = 'policies/aws/sns/aws-sns-topic-not-public.yaml';
    const policy = compileBundled(idFromFile(file));
    const findings = evaluate(snapshot, [policy], { snapshotDigest: 'merged', generator: { name: 'assay', version: 'test' }, selection: { policyIds: undefined, controls: [], overrides: new Map(), packs: [] } }).findings;
    expect(findings.filter((f) => f.resource.account === DENIED).map((f) => `${f.status} ${f.resource.region}`).sort()).toEqual(['ERROR eu-west-1', 'ERROR us-east-1']);
    expect(findings.filter((f) => f.resource.account === PROD).map((f) => f.status)).toEqual(['PASS', 'PASS', 'PASS', 'PASS']);
  });

  it('keeps no more accounts open at once than asked', async () => {
    expect((await collect(1)).mostOpen).toBe(1);
    const three = (await collect(3)).mostOpen;
    expect(three).toBeLessThanOrEqual(3);
    expect(three, 'accounts are collected in parallel').toBeGreaterThan(1);
  });
});
