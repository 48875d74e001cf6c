/**
 * AWS::EC2::Volume → aws.ec2.volume. The item's configuration is
 * DescribeVolumes' answer in camelCase (names as AWS's Config resource schema
 * lists them, awslabs/aws-config-resource-schema), read back into the SDK's
 * Volume and mapped by the API collector's own functions: one mapping, two
 * sources. Config spells two things unlike the SDK. The volume state is
 * `{"value": "in-use"}` in current items but a bare string in older ones
 * (AWS Config Developer Guide's example snapshot). Dates are strings: ISO 8601
 * with "Z" now (seen in recorded items' other configuration dates; no current
 * volume item showing createTime was found, so any offset is accepted too),
 * Java's `2014-02-27T21:43:53.0885+0000` in older items, whose four fraction
 * digits are milliseconds zero-padded, not a decimal fraction: the same
 * documented item gives resourceCreationTime `…53.885Z`.
 * A value DescribeVolumes always answers that the item lacks, or holds in a
 * form or value AWS does not document, is unreadable: the API mapping's
 * default (unencrypted, state "error", epoch 0) would read as a real setting.
 */
import { VolumeAttachmentState, VolumeState, VolumeType, type Volume, type VolumeAttachment } from '@aws-sdk/client-ec2';
import { volumeEnvelope, volumeFields } from '../../aws/ec2/map.js';
import { booleanOf, defineConfigMapper, known, numberOf, records, stateOf, stringOf } from '../mapper.js';
import { readFields } from '../../answers.js';
import { fromItem, timeOf } from '../read.js';

const textOf = (value: unknown): string | undefined => (stringOf(value) === '' ? undefined : stringOf(value));

function attachment(raw: Record<string, unknown>): VolumeAttachment {
  return {
    VolumeId: stringOf(raw.volumeId),
    InstanceId: textOf(raw.instanceId),
    Device: textOf(raw.device),
    // The schema documents only the bare string here; the wrapper is read the same way should an item carry it.
    State: known(VolumeAttachmentState, stateOf(raw.state)),
    AttachTime: timeOf(raw.attachTime),
    DeleteOnTermination: booleanOf(raw.deleteOnTermination),
  };
}

const complete = (a: VolumeAttachment): boolean => a.InstanceId !== undefined && a.Device !== undefined && a.State !== undefined && a.DeleteOnTermination !== undefined;

export const ec2VolumeFromConfig = defineConfigMapper({
  configType: 'AWS::EC2::Volume',
  catalogType: 'aws.ec2.volume',
  map(item, place) {
    const c = item.configuration ?? {};
    const attachments = Array.isArray(c.attachments) ? records(c.attachments).map(attachment) : undefined;
    const volume: Volume = {
      VolumeId: stringOf(c.volumeId) ?? item.resourceId,
      Size: numberOf(c.size),
      VolumeType: known(VolumeType, c.volumeType),
      Iops: numberOf(c.iops),
      Throughput: numberOf(c.throughput),
      Encrypted: booleanOf(c.encrypted),
      KmsKeyId: stringOf(c.kmsKeyId),
      State: known(VolumeState, stateOf(c.state)),
      CreateTime: timeOf(c.createTime),
      AvailabilityZone: textOf(c.availabilityZone),
      SnapshotId: stringOf(c.snapshotId),
      MultiAttachEnabled: booleanOf(c.multiAttachEnabled),
      Attachments: attachments ?? [],
      Tags: Object.entries(item.tags).map(([Key, Value]) => ({ Key, Value })),
    };
    const unread = (path: string, key: string, lacking: boolean): { path: string; reason: string }[] =>
      lacking ? [{ path, reason: `the Configuration Item's configuration.${key} is missing or not a value DescribeVolumes documents` }] : [];
    const unreadable = [
      ...unread('size', 'size', volume.Size === undefined),
      ...unread('volumeType', 'volumeType', volume.VolumeType === undefined),
      ...unread('encrypted', 'encrypted', volume.Encrypted === undefined),
      // The API mapping reports the key only for an encrypted volume: without `encrypted` the key cannot be placed either.
      ...unread('kmsKeyId', 'encrypted', volume.Encrypted === undefined),
      ...unread('state', 'state', volume.State === undefined),
      ...unread('createTime', 'createTime', volume.CreateTime === undefined),
      ...unread('availabilityZone', 'availabilityZone', volume.AvailabilityZone === undefined),
      ...unread('multiAttachEnabled', 'multiAttachEnabled', volume.MultiAttachEnabled === undefined),
      ...unread('attachments', 'attachments', attachments === undefined || !attachments.every(complete)),
    ];
    const read = fromItem(readFields(volumeFields(volume)), unreadable);
    return { envelope: volumeEnvelope(volume, place), fields: read.fields, ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}) };
  },
});
