/**
 * aws.redshift-serverless.workgroup: the Redshift Serverless workgroups of
 * the region, each mapped from its ListWorkgroups entry alone (it carries
 * the configuration parameters, require_ssl among them).
 */
import { RedshiftServerlessClient, paginateListWorkgroups } from '@aws-sdk/client-redshift-serverless';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { workgroupFields } from './map.js';

export const workgroupCalls = callTable('RedshiftServerless', 'redshift-serverless', {
  ListWorkgroups: {
    iam: 'redshift-serverless:ListWorkgroups',
    fills: ['workgroupName', 'workgroupId', 'namespaceName', 'status', 'creationDate', 'publiclyAccessible', 'enhancedVpcRouting', 'requireSsl', 'securityGroupIds'],
  },
});

export const redshiftServerlessWorkgroups = defineCollector({
  type: 'aws.redshift-serverless.workgroup',
  scope: 'regional',
  calls: [workgroupCalls],
  async collect(ctx) {
    const client = ctx.clients.get(RedshiftServerlessClient, ctx.region);
    const call = workgroupCalls.ListWorkgroups;
    const workgroups = await listResources(ctx, call, () => paginateListWorkgroups({ client, pageSize: 100 }, {}), (page) => page.workgroups);
    for (const workgroup of workgroups) {
      const id = listedId(ctx, workgroup.workgroupName, call, 'a workgroup', 'workgroupName');
      if (id === undefined) continue;
      const arn = workgroup.workgroupArn;
      const draft = ctx.draft({ type: 'aws.redshift-serverless.workgroup', id, ...(arn === undefined || arn === '' ? {} : { arn }) });
      setFields(draft, workgroupFields(workgroup), call.label);
      ctx.emit(draft.build());
    }
  },
});
