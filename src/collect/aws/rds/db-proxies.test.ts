/** rdsDbProxies through the real RDS client, fed recorded query-protocol (XML) answers. */
import { describe, expect, it } from 'vitest';
import { rdsDbProxies } from './db-proxies.js';
import { byAction, queryError, xml, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const page = (proxies: string[], marker?: string): RecordedResponse => xml(
  `<DescribeDBProxiesResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><DescribeDBProxiesResult><DBProxies>${proxies.join('')}</DBProxies>${marker === undefined ? '' : `<Marker>${marker}</Marker>`}</DescribeDBProxiesResult><ResponseMetadata><RequestId>recorded</RequestId></ResponseMetadata></DescribeDBProxiesResponse>`,
);
const proxy = (name: string, family: string, rest: string): string => `<member><DBProxyName>${name}</DBProxyName><DBProxyArn>arn:aws:rds:us-east-1:${ACCOUNT}:db-proxy:prx-${name}</DBProxyArn>`
  + `<Status>available</Status><EngineFamily>${family}</EngineFamily><VpcId>vpc-0a1b2c3d4e5f67890</VpcId><VpcSubnetIds><member>subnet-1</member><member>subnet-2</member></VpcSubnetIds>`
  + `<RoleArn>arn:aws:iam::${ACCOUNT}:role/proxy-secrets</RoleArn><Endpoint>${name}.proxy-abc.us-east-1.rds.amazonaws.com</Endpoint><IdleClientTimeout>1800</IdleClientTimeout>`
  + `<CreatedDate>2024-02-01T10:00:00.000Z</CreatedDate>${rest}</member>`;

const orders = proxy('orders-proxy', 'POSTGRESQL', '<RequireTLS>true</RequireTLS><DebugLogging>false</DebugLogging><VpcSecurityGroupIds><member>sg-0123456789abcdef0</member></VpcSecurityGroupIds>');
const legacy = proxy('legacy-proxy', 'MYSQL', '<RequireTLS>false</RequireTLS><DebugLogging>true</DebugLogging>');
const billing = proxy('billing-proxy', 'SQLSERVER', '<RequireTLS>true</RequireTLS><DebugLogging>false</DebugLogging><VpcSecurityGroupIds><member>sg-0fedcba9876543210</member></VpcSecurityGroupIds>');

function routes(overrides: Route[] = [], second = [billing]): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    { name: 'DescribeDBProxies', match: byAction('DescribeDBProxies'), respond: (r) => (r.params.Marker === undefined ? page([orders, legacy], 'proxies-2') : page(second)) },
  ];
}

describe('rdsDbProxies', () => {
  it('follows the Marker and maps every proxy to a valid resource', async () => {
    const run = await collectRecorded([rdsDbProxies], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('DescribeDBProxies')).toBe(2);
    const proxies = run.snapshot.resources.filter((r) => r.type === 'aws.rds.db-proxy');
    expect(proxies.map((p) => p.id)).toEqual(['orders-proxy', 'legacy-proxy', 'billing-proxy']);
    expect(proxies[0]?.arn).toBe(`arn:aws:rds:us-east-1:${ACCOUNT}:db-proxy:prx-orders-proxy`);
    expect(proxies[0]?.data).toEqual({
      dbProxyName: 'orders-proxy', status: 'available', engineFamily: 'POSTGRESQL', requireTls: true, vpcId: 'vpc-0a1b2c3d4e5f67890', vpcSecurityGroupIds: ['sg-0123456789abcdef0'], debugLogging: false,
    });
    expect(proxies[1]?.data).toMatchObject({ engineFamily: 'MYSQL', requireTls: false, debugLogging: true, vpcSecurityGroupIds: [] });
    expect(proxies[2]?.data).toMatchObject({ engineFamily: 'SQLSERVER', requireTls: true });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.rds.db-proxy', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('reads a proxy whose answer lacks RequireTLS as unknown, never as not requiring or requiring TLS', async () => {
    const silent = proxy('silent-proxy', 'POSTGRESQL', '<DebugLogging>false</DebugLogging>');
    const run = await collectRecorded([rdsDbProxies], routes([], [silent]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const found = run.snapshot.resources.find((r) => r.id === 'silent-proxy');
    expect(found?.data).not.toHaveProperty('requireTls');
    expect(found?.errors?.map((e) => `${e.path} ${e.code}`)).toEqual(['requireTls IncompleteResponse']);
  });

  it('keeps the proxies of the first page and marks coverage partial when a later page fails', async () => {
    const broken: Route = { name: 'page-2', match: (r) => r.action === 'DescribeDBProxies' && r.params.Marker === 'proxies-2', respond: queryError('AccessDenied', 'User is not authorized to perform: rds:DescribeDBProxies', 403) };
    const run = await collectRecorded([rdsDbProxies], routes([broken]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['orders-proxy', 'legacy-proxy']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });

  it('marks coverage failed when proxies cannot be listed', async () => {
    const denied: Route = { name: 'denied', match: byAction('DescribeDBProxies'), respond: queryError('AccessDenied', 'no rds:DescribeDBProxies', 403) };
    const run = await collectRecorded([rdsDbProxies], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'rds', operation: 'DescribeDBProxies', code: 'AccessDenied' })]);
  });
});

describe('rdsDbProxies call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(rdsDbProxies)).toEqual([]);
  });
});
