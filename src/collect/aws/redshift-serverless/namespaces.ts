/**
 * aws.redshift-serverless.namespace: the Redshift Serverless namespaces of
 * the region, each mapped from its ListNamespaces entry alone.
 */
import { RedshiftServerlessClient, paginateListNamespaces } from '@aws-sdk/client-redshift-serverless';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { namespaceFields } from './map.js';

export const namespaceCalls = callTable('RedshiftServerless', 'redshift-serverless', {
  ListNamespaces: {
    iam: 'redshift-serverless:ListNamespaces',
    fills: ['namespaceName', 'namespaceId', 'status', 'creationDate', 'adminUsername', 'dbName', 'kmsKeyId', 'logExports'],
  },
});

export const redshiftServerlessNamespaces = defineCollector({
  type: 'aws.redshift-serverless.namespace',
  scope: 'regional',
  calls: [namespaceCalls],
  async collect(ctx) {
    const client = ctx.clients.get(RedshiftServerlessClient, ctx.region);
    const call = namespaceCalls.ListNamespaces;
    const namespaces = await listResources(ctx, call, () => paginateListNamespaces({ client, pageSize: 100 }, {}), (page) => page.namespaces);
    for (const namespace of namespaces) {
      const id = listedId(ctx, namespace.namespaceName, call, 'a namespace', 'namespaceName');
      if (id === undefined) continue;
      const arn = namespace.namespaceArn;
      const draft = ctx.draft({ type: 'aws.redshift-serverless.namespace', id, ...(arn === undefined || arn === '' ? {} : { arn }) });
      setFields(draft, namespaceFields(namespace), call.label);
      ctx.emit(draft.build());
    }
  },
});
