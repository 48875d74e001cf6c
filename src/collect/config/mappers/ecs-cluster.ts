/**
 * AWS::ECS::Cluster → aws.ecs.cluster. AWS's Config resource schema for the
 * type (awslabs/aws-config-resource-schema) records the cluster as
 * CloudFormation describes it, PascalCase: ClusterName, Arn, ClusterSettings
 * (Name, Value), CapacityProviders, DefaultCapacityProviderStrategy and the
 * execute command configuration, with the cluster's tags on the item. What
 * it holds is read back into the SDK's Cluster and mapped by the API
 * collector's own functions: one mapping, two sources. Container Insights
 * is read from a ClusterSettings entry named containerInsights; a list
 * without that entry is not read as "no entry" (null), because that an
 * item spells a cluster without the setting the way DescribeClusters does
 * is not verified. The schema lists no cluster status, so the status — and
 * Container Insights when the item has no entry for it, or any field it
 * holds in a form ECS does not answer — is read in the same run with the
 * API collector's rows, one ListClusters listing and DescribeClusters per
 * hundred listed clusters per region, as the API path reads them (not with
 * an aggregator, where they are errors on the cluster). A cluster deleted
 * since Config recorded it is not listed, or named MISSING: an error on
 * those fields, never "none". The API collector reads the tags
 * DescribeClusters answers, which are the cluster's tags the item carries.
 */
import { ECSClient, paginateListClusters, type Cluster } from '@aws-sdk/client-ecs';
import { readFields } from '../../answers.js';
import type { Place } from '../../aws/ec2/map.js';
import { clusterCalls, describeClusters, type DescribedCluster } from '../../aws/ecs/clusters.js';
import { arnName, clusterFields, DESCRIBE_CLUSTERS_FIELDS } from '../../aws/ecs/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import { listFetch } from '../../listing.js';
import { fieldOf, goneFrom, oncePerRun } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { defineConfigMapper, records, stringOf } from '../mapper.js';
import { fromItem, type Unreadable } from '../read.js';

/** The cluster's ARN: the item's configuration.Arn, else the item's own; ECS builds a cluster's ARN from its name, so a name alone gives it too. */
function arnOf(item: ConfigurationItem, place: Place): string {
  const name = stringOf(item.configuration?.ClusterName) ?? item.resourceName ?? item.resourceId;
  return stringOf(item.configuration?.Arn) ?? item.arn ?? `arn:${place.partition}:ecs:${place.region}:${place.account}:cluster/${name}`;
}

/** ClusterSettings as DescribeClusters' settings, but only when it names containerInsights: anything else is not read as "no entry". */
function settingsOf(value: unknown): Cluster['settings'] | undefined {
  if (!Array.isArray(value)) return undefined;
  const entry = records(value).find((s) => s.Name === 'containerInsights');
  const insights = stringOf(entry?.Value);
  return insights === undefined ? undefined : [{ name: 'containerInsights', value: insights }];
}

interface Region { readonly listed: Fetch<string[]>; readonly described: Map<string, DescribedCluster> }

/** The region's clusters, listed and described once per collector run however many items lack a field. */
const regionOf = oncePerRun(async (ctx: CollectContext): Promise<Region> => {
  const ecs = ctx.clients.get(ECSClient, ctx.region);
  const listed = await listFetch(clusterCalls.ListClusters, () => paginateListClusters({ client: ecs, pageSize: 100 }, {}), (page) => page.clusterArns);
  return { listed, described: listed.kind === 'ok' ? await describeClusters(ctx, ecs, listed.value) : new Map<string, DescribedCluster>() };
});

const gone = (operation: string): Fetch<never> => goneFrom('ClusterNotFoundException', 'ECS no longer has the cluster AWS Config recorded', operation);

async function describedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const { listed, described } = await regionOf(ctx);
  if (listed.kind !== 'ok') return listed.kind === 'failed' ? listed : gone(clusterCalls.ListClusters.label);
  const answer = described.get(arnOf(item, ctx));
  if (answer === undefined) return gone(clusterCalls.ListClusters.label);
  if (answer === 'gone') return gone(clusterCalls.DescribeClusters.label);
  return answer.kind === 'ok' ? fieldOf(clusterFields(answer.value), path, clusterCalls.DescribeClusters.label) : answer;
}

export const ecsClusterFromConfig = defineConfigMapper({
  configType: 'AWS::ECS::Cluster',
  catalogType: 'aws.ecs.cluster',
  fill: {
    calls: [clusterCalls],
    read(ctx, item, path) {
      return (DESCRIBE_CLUSTERS_FIELDS as readonly string[]).includes(path) ? () => describedField(ctx, item, path) : undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const settings = settingsOf(c.ClusterSettings);
    const cluster: Cluster = { clusterName: stringOf(c.ClusterName), settings };
    const own: Unreadable[] = [
      { path: 'status', reason: 'AWS Config\'s resource schema for AWS::ECS::Cluster lists no status' },
      ...(settings === undefined ? [{ path: 'containerInsights', reason: 'configuration.ClusterSettings in the Configuration Item has no containerInsights entry, and an item is not verified to spell "not set" as DescribeClusters does' }] : []),
    ];
    const read = fromItem(readFields(clusterFields(cluster)), own);
    const arn = arnOf(item, place);
    return {
      envelope: { type: 'aws.ecs.cluster', id: arnName(arn), arn, tags: { ...item.tags } },
      fields: { clusterArn: arn, ...read.fields },
      unreadable: read.unreadable,
    };
  },
});
