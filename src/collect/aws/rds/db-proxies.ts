/**
 * aws.rds.db-proxy: the RDS Proxies of the region. One paginated
 * DescribeDBProxies answers every field. Tags would take a
 * ListTagsForResource call per proxy and no policy reads them, so none are
 * read.
 */
import { RDSClient, paginateDescribeDBProxies } from '@aws-sdk/client-rds';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { dbProxyFields } from './map-proxies.js';

export const dbProxyCalls = callTable('RDS', 'rds', {
  DescribeDBProxies: { iam: 'rds:DescribeDBProxies', fills: ['dbProxyName', 'status', 'engineFamily', 'requireTls', 'vpcId', 'vpcSecurityGroupIds', 'debugLogging'] },
});

export const rdsDbProxies = defineCollector({
  type: 'aws.rds.db-proxy',
  scope: 'regional',
  calls: [dbProxyCalls],
  async collect(ctx) {
    const rds = ctx.clients.get(RDSClient, ctx.region);
    const proxies = await listResources(ctx, dbProxyCalls.DescribeDBProxies, () => paginateDescribeDBProxies({ client: rds }, {}), (page) => page.DBProxies);
    for (const proxy of proxies) {
      const name = listedId(ctx, proxy.DBProxyName, dbProxyCalls.DescribeDBProxies, 'a proxy', 'DBProxyName');
      if (name === undefined) continue;
      const draft = ctx.draft({ type: 'aws.rds.db-proxy', id: name, ...(proxy.DBProxyArn === undefined ? {} : { arn: proxy.DBProxyArn }) });
      setFields(draft, dbProxyFields(proxy), dbProxyCalls.DescribeDBProxies.label);
      ctx.emit(draft.build());
    }
  },
});
