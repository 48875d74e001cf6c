/**
 * aws.redshift.cluster: the provisioned clusters of the region, each with
 * its audit logging status (DescribeLoggingStatus) and the require_ssl
 * parameter of its parameter group (DescribeClusterParameters, read once per
 * group however many clusters share it). A call that fails records the
 * fields it fills on the cluster's errors; a cluster deleted while it is
 * read (ClusterNotFound) is not emitted.
 */
import { DescribeLoggingStatusCommand, RedshiftClient, paginateDescribeClusterParameters, paginateDescribeClusters, type Parameter } from '@aws-sdk/client-redshift';
import { asIs, mapped, setFields, UnreadableAnswer } from '../../answers.js';
import { callTable } from '../../calls.js';
import type { Fetch } from '../../context.js';
import { defineCollector } from '../../define.js';
import { listFetch, listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { clusterFields, clusterTags, loggingFields, loggingPaths, parameterGroupOf, requireSsl } from './map.js';

export const clusterCalls = callTable('Redshift', 'redshift', {
  DescribeClusters: { iam: 'redshift:DescribeClusters', fills: ['clusterIdentifier', 'nodeType', 'clusterStatus', 'numberOfNodes', 'clusterCreateTime', 'publiclyAccessible', 'encrypted', 'kmsKeyId', 'enhancedVpcRouting', 'allowVersionUpgrade', 'automatedSnapshotRetentionPeriod', 'multiAz', 'masterUsername', 'dbName', 'port', 'vpcId', 'vpcSecurityGroupIds', 'parameterGroupName', 'parameterApplyStatus'] },
  DescribeLoggingStatus: { iam: 'redshift:DescribeLoggingStatus', absentOn: ['ClusterNotFound'], fills: [...loggingPaths] },
  DescribeClusterParameters: { iam: 'redshift:DescribeClusterParameters', fills: ['requireSsl'] },
});

export const redshiftClusters = defineCollector({
  type: 'aws.redshift.cluster',
  scope: 'regional',
  calls: [clusterCalls],
  async collect(ctx) {
    const redshift = ctx.clients.get(RedshiftClient, ctx.region);
    // Clusters often share a parameter group: its parameters are read once per run.
    const parameters = new Map<string, Promise<Fetch<Parameter[]>>>();
    const parametersOf = (group: string): Promise<Fetch<Parameter[]>> => {
      let fetch = parameters.get(group);
      if (fetch === undefined) {
        fetch = listFetch(clusterCalls.DescribeClusterParameters, () => paginateDescribeClusterParameters({ client: redshift }, { ParameterGroupName: group }), (page) => page.Parameters);
        parameters.set(group, fetch);
      }
      return fetch;
    };
    const clusters = await listResources(ctx, clusterCalls.DescribeClusters, () => paginateDescribeClusters({ client: redshift }, {}), (page) => page.Clusters);
    await inWindow(clusters, async (cluster) => {
      const id = listedId(ctx, cluster.ClusterIdentifier, clusterCalls.DescribeClusters, 'a cluster', 'ClusterIdentifier');
      if (id === undefined) return;
      let group: string | undefined;
      try {
        group = parameterGroupOf(cluster).name;
      } catch (error) {
        if (!(error instanceof UnreadableAnswer)) throw error;
      }
      const [logging, groupParameters] = await Promise.all([
        ctx.call(clusterCalls.DescribeLoggingStatus, () => redshift.send(new DescribeLoggingStatusCommand({ ClusterIdentifier: id }))),
        group === undefined ? undefined : parametersOf(group),
      ]);
      // Deleted since it was listed: there is nothing left to judge.
      if (logging.kind === 'absent') return;
      const draft = ctx.draft({ type: 'aws.redshift.cluster', id, arn: `arn:${ctx.partition}:redshift:${ctx.region}:${ctx.account}:cluster:${id}`, tags: clusterTags(cluster) });
      setFields(draft, clusterFields(cluster), clusterCalls.DescribeClusters.label);
      if (logging.kind === 'ok') setFields(draft, loggingFields(logging.value), clusterCalls.DescribeLoggingStatus.label);
      else for (const path of loggingPaths) draft.fail(path, logging.failure);
      if (groupParameters === undefined) {
        // Which group applies is unknown, so its require_ssl is too.
        draft.fail('requireSsl', { code: 'IncompleteResponse', message: 'the cluster\'s parameter group is unknown, so its require_ssl is too', operation: clusterCalls.DescribeClusters.label });
      } else {
        draft.field('requireSsl', mapped(groupParameters, requireSsl, clusterCalls.DescribeClusterParameters.label), asIs);
      }
      ctx.emit(draft.build());
    });
  },
});
