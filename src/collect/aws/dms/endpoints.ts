/**
 * aws.dms.endpoint: the DMS source and target endpoints of the region, each
 * mapped from its DescribeEndpoints entry alone. Passwords and secrets in
 * the entry's engine settings are never read (map.ts).
 */
import { DatabaseMigrationServiceClient, paginateDescribeEndpoints } from '@aws-sdk/client-database-migration-service';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { endpointFields } from './map.js';
import { noneFoundIsEmpty } from './none-found.js';

export const endpointCalls = callTable('DatabaseMigrationService', 'dms', {
  DescribeEndpoints: {
    iam: 'dms:DescribeEndpoints', absentOn: ['ResourceNotFoundFault'],
    fills: ['endpointIdentifier', 'endpointType', 'engineName', 'status', 'sslMode', 'certificateArn', 'neptuneIamAuthEnabled', 'mongoDbAuthType', 'mongoDbAuthMechanism', 'redisSslSecurityProtocol'],
  },
});

export const dmsEndpoints = defineCollector({
  type: 'aws.dms.endpoint',
  scope: 'regional',
  calls: [endpointCalls],
  async collect(ctx) {
    const dms = ctx.clients.get(DatabaseMigrationServiceClient, ctx.region);
    const call = endpointCalls.DescribeEndpoints;
    const endpoints = await listResources(ctx, call, () => noneFoundIsEmpty(paginateDescribeEndpoints({ client: dms, pageSize: 100 }, {}), { $metadata: {}, Endpoints: [] }), (page) => page.Endpoints);
    for (const endpoint of endpoints) {
      const id = listedId(ctx, endpoint.EndpointIdentifier, call, 'an endpoint', 'EndpointIdentifier');
      if (id === undefined) continue;
      const arn = endpoint.EndpointArn;
      const draft = ctx.draft({ type: 'aws.dms.endpoint', id, ...(arn === undefined || arn === '' ? {} : { arn }) });
      setFields(draft, endpointFields(endpoint), call.label);
      ctx.emit(draft.build());
    }
  },
});
