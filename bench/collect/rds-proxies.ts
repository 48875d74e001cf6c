/**
 * RDS Proxies (query protocol) for the fake account: two in every region,
 * the first requiring TLS, the second accepting plain connections with
 * debug logging on. DescribeDBProxies pages by MaxRecords and Marker, as
 * RDS does. Answers only its own operation, beside rds.ts and
 * rds-snapshots.ts.
 */
import { ACCOUNT, ec2Id, type Estate } from './estate.js';
import { elements, offsetOf, page, pageSize, queryAnswer, type Answer, type WireRequest } from './wire.js';

const NS = 'http://rds.amazonaws.com/doc/2014-10-31/';
const PER_REGION = 2;

function proxy(region: string, r: number, i: number): string {
  const name = `bench-${r}-proxy-${i}`;
  const hardened = i % 2 === 0;
  return elements({
    DBProxyName: name, DBProxyArn: `arn:aws:rds:${region}:${ACCOUNT}:db-proxy:prx-${r}x${i}`, Status: 'available', EngineFamily: hardened ? 'POSTGRESQL' : 'MYSQL',
    VpcId: ec2Id('vpc', r, 0), RequireTLS: hardened, DebugLogging: !hardened, IdleClientTimeout: 1800,
  }) + `<VpcSecurityGroupIds><member>${ec2Id('sg', r, 0)}</member></VpcSecurityGroupIds>`;
}

/** The answer to DescribeDBProxies, or undefined for another RDS operation. */
export function answerRdsProxies(estate: Estate, request: WireRequest): Answer | undefined {
  if (request.service !== 'rds' || request.operation !== 'DescribeDBProxies') return undefined;
  const r = estate.regionIndex(request.region);
  const all = r < 0 ? [] : Array.from({ length: PER_REGION }, (_, i) => proxy(request.region, r, i));
  const listed = page(all, offsetOf('m', request.params.Marker), pageSize(request.params.MaxRecords, 100, 100));
  const items = listed.items.map((p) => `<member>${p}</member>`).join('');
  return queryAnswer('DescribeDBProxies', NS, `<DBProxies>${items}</DBProxies>${listed.next === undefined ? '' : `<Marker>m${listed.next}</Marker>`}`);
}
