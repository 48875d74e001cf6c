/**
 * AWS::AutoScaling::LaunchConfiguration → aws.autoscaling.launch-configuration.
 * AWS's Config resource schema for the type
 * (awslabs/aws-config-resource-schema) records the launch configuration as
 * DescribeLaunchConfigurations answers it, camelCase:
 * launchConfigurationName, launchConfigurationARN, createdTime, imageId,
 * instanceType, metadataOptions (httpTokens, httpPutResponseHopLimit,
 * httpEndpoint), associatePublicIpAddress and blockDeviceMappings
 * (deviceName, ebs.encrypted, ebs.snapshotId, noDevice). What the item holds
 * is read back into the SDK's LaunchConfiguration and mapped by the API
 * collector's own functions: one mapping, two sources.
 *
 * The API leaves out MetadataOptions, each of its members,
 * AssociatePublicIpAddress and an EBS mapping's Encrypted when the launch
 * configuration was created without them, which the catalog reads as "the
 * launch default applies". Config spells what an answer left out as null
 * (recorded EC2 items of the same recorder spell every unset member so), so
 * only a null is read as "not set"; a key the item lacks is unknown, never
 * "not set", and so is a member of a metadataOptions object the item lacks
 * (no recorded launch configuration item was found to show which spelling
 * Config uses for options a launch configuration was created without, so
 * neither is taken on trust). Such a field, and any the item holds in a form
 * Auto Scaling does not answer (a creation time that is not a time with a
 * zone), is read in the same run from one DescribeLaunchConfigurations
 * listing per region with the API collector's row (not with an aggregator,
 * where it is an error on the launch configuration); one deleted since
 * Config recorded it is not listed, an error on those fields, never "none".
 * Launch configurations carry no tags, and the API collector reads none, so
 * neither does this mapping.
 */
import { AutoScalingClient, paginateDescribeLaunchConfigurations, type BlockDeviceMapping, type LaunchConfiguration } from '@aws-sdk/client-auto-scaling';
import { readFields } from '../../answers.js';
import { launchConfigurationCalls } from '../../aws/autoscaling/launch-configurations.js';
import { LAUNCH_CONFIGURATION_FIELDS, launchConfigurationFields } from '../../aws/autoscaling/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import { listFetch } from '../../listing.js';
import { fieldFromListing, goneFrom, oncePerRun } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { defineConfigMapper, numberOf, records, stringOf } from '../mapper.js';
import { fromItem, isRecord, timeOf, type Unreadable } from '../read.js';

type Read<T> = { value: T } | 'unreadable';
type MetadataOptions = NonNullable<LaunchConfiguration['MetadataOptions']>;

/** The name: the item's configuration.launchConfigurationName, else its own name, else the name an ARN id ends with. */
const nameOf = (item: ConfigurationItem): string =>
  stringOf(item.configuration?.launchConfigurationName) ?? item.resourceName ?? /launchConfigurationName\/(.+)$/.exec(item.resourceId)?.[1] ?? item.resourceId;

/** A member that must be in the item, as null ("not set") or a value `valid` accepts. */
const nullOr = (raw: Readonly<Record<string, unknown>>, key: string, valid: (value: unknown) => boolean): boolean => Object.hasOwn(raw, key) && (raw[key] === null || valid(raw[key]));

const oneOf = (values: readonly string[]) => (value: unknown): boolean => typeof value === 'string' && values.includes(value);
const hopLimit = (value: unknown): boolean => { const n = numberOf(value); return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 64; };

/** metadataOptions as the SDK's: null is "none set"; an object must hold each member, null when not set. */
function metadataOf(value: unknown): Read<MetadataOptions | undefined> {
  if (value === null) return { value: undefined };
  if (!isRecord(value) || !nullOr(value, 'httpTokens', oneOf(['optional', 'required'])) || !nullOr(value, 'httpPutResponseHopLimit', hopLimit) || !nullOr(value, 'httpEndpoint', oneOf(['enabled', 'disabled']))) return 'unreadable';
  return { value: {
    HttpTokens: stringOf(value.httpTokens) as MetadataOptions['HttpTokens'], HttpPutResponseHopLimit: numberOf(value.httpPutResponseHopLimit), HttpEndpoint: stringOf(value.httpEndpoint) as MetadataOptions['HttpEndpoint'],
  } };
}

/** The block device mappings as the SDK's: a null ebs is an instance-store or suppressed device; an EBS mapping must hold encrypted and snapshotId, null when not set. */
function mappingsOf(value: unknown): Read<BlockDeviceMapping[]> {
  if (!Array.isArray(value) || records(value).length !== value.length) return 'unreadable';
  const mappings: BlockDeviceMapping[] = [];
  for (const raw of records(value)) {
    if (!Object.hasOwn(raw, 'ebs')) return 'unreadable';
    const ebs = raw.ebs;
    if (ebs !== null && (!isRecord(ebs) || !nullOr(ebs, 'encrypted', (v) => typeof v === 'boolean') || !nullOr(ebs, 'snapshotId', (v) => typeof v === 'string'))) return 'unreadable';
    mappings.push({ DeviceName: stringOf(raw.deviceName), ...(isRecord(ebs) ? { Ebs: { Encrypted: ebs.encrypted === null ? undefined : ebs.encrypted as boolean, SnapshotId: stringOf(ebs.snapshotId) } } : {}) });
  }
  return { value: mappings };
}

/** The region's launch configurations, listed once per collector run, however many items lack fields. */
const configurationsOf = oncePerRun((ctx): Promise<Fetch<LaunchConfiguration[]>> => {
  const client = ctx.clients.get(AutoScalingClient, ctx.region);
  return listFetch(launchConfigurationCalls.DescribeLaunchConfigurations, () => paginateDescribeLaunchConfigurations({ client, pageSize: 100 }, {}), (page) => page.LaunchConfigurations);
});

/** Auto Scaling answers a launch configuration it does not have with an empty listing; for a named one its calls answer ValidationError. */
const gone = (operation: string): Fetch<never> => goneFrom('ValidationError', 'Auto Scaling no longer has the launch configuration AWS Config recorded', operation);

async function listedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  return fieldFromListing(await configurationsOf(ctx), (configs) => configs.find((lc) => lc.LaunchConfigurationName === nameOf(item)), launchConfigurationFields, path, launchConfigurationCalls.DescribeLaunchConfigurations.label, gone);
}

const isListed = (path: string): boolean => (LAUNCH_CONFIGURATION_FIELDS as readonly string[]).includes(path);

export const autoscalingLaunchConfigurationFromConfig = defineConfigMapper({
  configType: 'AWS::AutoScaling::LaunchConfiguration',
  catalogType: 'aws.autoscaling.launch-configuration',
  fill: {
    calls: [launchConfigurationCalls],
    read(ctx, item, path) {
      return isListed(path) ? () => listedField(ctx, item, path) : undefined;
    },
  },
  map(item) {
    const c = item.configuration ?? {};
    const metadata = Object.hasOwn(c, 'metadataOptions') ? metadataOf(c.metadataOptions) : 'unreadable';
    const mappings = mappingsOf(c.blockDeviceMappings);
    const publicIp = nullOr(c, 'associatePublicIpAddress', (v) => typeof v === 'boolean');
    const config: LaunchConfiguration = {
      LaunchConfigurationName: stringOf(c.launchConfigurationName), LaunchConfigurationARN: stringOf(c.launchConfigurationARN), CreatedTime: timeOf(c.createdTime),
      ImageId: stringOf(c.imageId), InstanceType: stringOf(c.instanceType), MetadataOptions: metadata === 'unreadable' ? undefined : metadata.value,
      AssociatePublicIpAddress: publicIp && typeof c.associatePublicIpAddress === 'boolean' ? c.associatePublicIpAddress : undefined,
      BlockDeviceMappings: mappings === 'unreadable' ? undefined : mappings.value,
    };
    const own: Unreadable[] = [
      ...(metadata === 'unreadable' ? [{ path: 'metadataOptions', reason: 'configuration.metadataOptions in the Configuration Item is missing, or lacks a member (null when not set), or holds a value Auto Scaling does not document' }] : []),
      ...(publicIp ? [] : [{ path: 'associatePublicIpAddress', reason: 'the Configuration Item has no configuration.associatePublicIpAddress as true, false or null' }]),
      ...(mappings === 'unreadable' ? [{ path: 'ebsVolumes', reason: 'configuration.blockDeviceMappings in the Configuration Item is missing, or a mapping lacks ebs, ebs.encrypted or ebs.snapshotId (null when not set)' }] : []),
    ];
    const read = fromItem(readFields(launchConfigurationFields(config)), own);
    // Config's id may be the ARN, which holds an id Assay cannot build.
    const arn = config.LaunchConfigurationARN ?? item.arn ?? item.resourceId;
    return {
      envelope: { type: 'aws.autoscaling.launch-configuration', id: nameOf(item), arn, tags: {} },
      fields: read.fields,
      ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}),
    };
  },
});
