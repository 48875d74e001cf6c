/**
 * AWS::AutoScaling::AutoScalingGroup → aws.autoscaling.group. AWS's Config
 * resource schema for the type (awslabs/aws-config-resource-schema) records
 * the group as DescribeAutoScalingGroups answers it, camelCase:
 * autoScalingGroupName, autoScalingGroupARN, createdTime,
 * availabilityZones, vpczoneIdentifier (so spelled), healthCheckType,
 * healthCheckGracePeriod, loadBalancerNames, targetGroupARNs,
 * launchTemplate, launchConfigurationName and mixedInstancesPolicy (its
 * launch template and overrides), with the group's tags on the item. It
 * lists no trafficSources. What the item holds is read back into the SDK's
 * AutoScalingGroup and mapped by the API collector's own functions: one
 * mapping, two sources. Config spells "none" as null: a null launch
 * template, launch configuration, mixed instances policy or
 * vpczoneIdentifier is none, as the API's absent member is; a key the item
 * lacks is not (the API mapping would read its absence as none). The
 * traffic sources, and any field the item lacks or holds in a form the API
 * does not answer, are read in the same run from one
 * DescribeAutoScalingGroups listing per region with the API collector's
 * row (not with an aggregator, where they are errors on the group); a
 * group deleted since Config recorded it is not listed, an error on those
 * fields, never "none".
 */
import { AutoScalingClient, paginateDescribeAutoScalingGroups, type AutoScalingGroup, type LaunchTemplateOverrides, type LaunchTemplateSpecification } from '@aws-sdk/client-auto-scaling';
import { readFields } from '../../answers.js';
import { groupCalls } from '../../aws/autoscaling/groups.js';
import { GROUP_FIELDS, groupFields } from '../../aws/autoscaling/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import { listFetch } from '../../listing.js';
import { fieldFromListing, goneFrom, oncePerRun } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { defineConfigMapper, numberOf, stringOf } from '../mapper.js';
import { fromItem, isRecord, timeOf, type Unreadable } from '../read.js';

/** The group's name: the item's configuration.autoScalingGroupName, else its own name (Config's id for a group is its ARN). */
const nameOf = (item: ConfigurationItem): string =>
  stringOf(item.configuration?.autoScalingGroupName) ?? item.resourceName ?? /autoScalingGroupName\/(.+)$/.exec(item.resourceId)?.[1] ?? item.resourceId;

/** A list of strings, or of the schema's {value} wrappers; undefined for anything else. */
function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const values = value.map((v) => (typeof v === 'string' ? v : isRecord(v) ? stringOf(v.value) : undefined));
  return values.every((v): v is string => v !== undefined) ? values : undefined;
}

/** A launch template specification as the SDK's; null is none, a malformed one is not a value. */
function specOf(value: unknown): { spec: LaunchTemplateSpecification | undefined } | undefined {
  if (value === null) return { spec: undefined };
  if (!isRecord(value)) return undefined;
  return { spec: { LaunchTemplateId: stringOf(value.launchTemplateId), LaunchTemplateName: stringOf(value.launchTemplateName), Version: stringOf(value.version) } };
}

/** The mixed instances policy as the SDK's: null is none; overrides null are none; anything malformed is not a value. */
function mixedOf(value: unknown): { policy: AutoScalingGroup['MixedInstancesPolicy'] } | undefined {
  if (value === null) return { policy: undefined };
  if (!isRecord(value) || !isRecord(value.launchTemplate)) return undefined;
  const template = value.launchTemplate;
  const spec = Object.hasOwn(template, 'launchTemplateSpecification') ? specOf(template.launchTemplateSpecification) : undefined;
  const raw = template.overrides;
  if (spec === undefined || !(raw === null || Array.isArray(raw))) return undefined;
  const overrides: LaunchTemplateOverrides[] = [];
  for (const o of raw ?? []) {
    if (!isRecord(o) || !(o.instanceType === null || o.instanceType === undefined || typeof o.instanceType === 'string')) return undefined;
    // Only whether requirements are set matters to the mapping; Config's null is "not set".
    const requirements = isRecord(o.instanceRequirements) ? {} : undefined;
    overrides.push({ InstanceType: stringOf(o.instanceType), ...(requirements === undefined ? {} : { InstanceRequirements: requirements as LaunchTemplateOverrides['InstanceRequirements'] }) });
  }
  return { policy: { LaunchTemplate: { LaunchTemplateSpecification: spec.spec, Overrides: overrides } } };
}

/** The region's groups, listed once per collector run (a run is one account and region), however many items lack fields. */
const groupsOf = oncePerRun((ctx): Promise<Fetch<AutoScalingGroup[]>> => {
  const client = ctx.clients.get(AutoScalingClient, ctx.region);
  return listFetch(groupCalls.DescribeAutoScalingGroups, () => paginateDescribeAutoScalingGroups({ client, pageSize: 100 }, {}), (page) => page.AutoScalingGroups);
});

/** Auto Scaling answers a group it does not have with an empty listing; for a named group its calls answer ValidationError. */
const gone = (operation: string): Fetch<never> => goneFrom('ValidationError', 'Auto Scaling no longer has the group AWS Config recorded', operation);

async function listedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  return fieldFromListing(await groupsOf(ctx), (groups) => groups.find((g) => g.AutoScalingGroupName === nameOf(item)), groupFields, path, groupCalls.DescribeAutoScalingGroups.label, gone);
}

const isListed = (path: string): boolean => (GROUP_FIELDS as readonly string[]).includes(path);

/** A member the API answers only when set: null in the item is none, a key the item lacks is unknown. */
const lacks = (c: Readonly<Record<string, unknown>>, key: string, path: string): Unreadable[] =>
  (Object.hasOwn(c, key) ? [] : [{ path, reason: `the Configuration Item has no configuration.${key}` }]);

export const autoscalingGroupFromConfig = defineConfigMapper({
  configType: 'AWS::AutoScaling::AutoScalingGroup',
  catalogType: 'aws.autoscaling.group',
  fill: {
    calls: [groupCalls],
    read(ctx, item, path) {
      return isListed(path) ? () => listedField(ctx, item, path) : undefined;
    },
  },
  map(item) {
    const c = item.configuration ?? {};
    const template = Object.hasOwn(c, 'launchTemplate') ? specOf(c.launchTemplate) : undefined;
    const mixed = Object.hasOwn(c, 'mixedInstancesPolicy') ? mixedOf(c.mixedInstancesPolicy) : undefined;
    const subnets = c.vpczoneIdentifier;
    const group: AutoScalingGroup = {
      AutoScalingGroupName: stringOf(c.autoScalingGroupName), AutoScalingGroupARN: stringOf(c.autoScalingGroupARN), CreatedTime: timeOf(c.createdTime),
      AvailabilityZones: stringList(c.availabilityZones), VPCZoneIdentifier: stringOf(subnets), HealthCheckType: stringOf(c.healthCheckType),
      HealthCheckGracePeriod: numberOf(c.healthCheckGracePeriod), LoadBalancerNames: stringList(c.loadBalancerNames), TargetGroupARNs: stringList(c.targetGroupARNs),
      LaunchTemplate: template?.spec, LaunchConfigurationName: stringOf(c.launchConfigurationName), MixedInstancesPolicy: mixed?.policy,
    } as AutoScalingGroup;
    const own: Unreadable[] = [
      ...(subnets === null || typeof subnets === 'string' ? [] : [{ path: 'subnetIds', reason: 'the Configuration Item has no configuration.vpczoneIdentifier as text or null' }]),
      { path: 'trafficSources', reason: 'AWS Config\'s resource schema for AWS::AutoScaling::AutoScalingGroup lists no trafficSources' },
      ...(template === undefined ? [{ path: 'launchTemplate', reason: 'configuration.launchTemplate in the Configuration Item is missing or not a launch template specification' }] : []),
      ...lacks(c, 'launchConfigurationName', 'launchConfigurationName'),
      ...(c.launchConfigurationName === null || c.launchConfigurationName === undefined || typeof c.launchConfigurationName === 'string' ? [] : [{ path: 'launchConfigurationName', reason: 'configuration.launchConfigurationName in the Configuration Item is not text' }]),
      ...(mixed === undefined ? [{ path: 'mixedInstancesPolicy', reason: 'configuration.mixedInstancesPolicy in the Configuration Item is missing or not a mixed instances policy Auto Scaling documents' }] : []),
    ];
    const read = fromItem(readFields(groupFields(group)), own);
    const name = nameOf(item);
    // Config's id for a group is its ARN, which holds an id Assay cannot build.
    const arn = group.AutoScalingGroupARN ?? item.arn ?? item.resourceId;
    return {
      envelope: { type: 'aws.autoscaling.group', id: name, arn, tags: { ...item.tags } },
      fields: read.fields,
      ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}),
    };
  },
});
