/**
 * AWS::EC2::Volume items mapped to aws.ec2.volume: the same data as the API
 * collector, Config's own spellings (the wrapped state, its date strings),
 * and what an item cannot tell named unreadable instead of defaulted.
 */
import type { Volume } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { volumeEnvelope, volumeFields } from '../../aws/ec2/map.js';
import { ec2Volume } from '../../../resources/types/ec2-volume.js';
import { validateData } from '../../../resources/validate-data.js';
import { parseItem } from '../item.js';
import { ec2VolumeFromConfig } from './ec2-volume.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

function mapItem(result: string): ReturnType<typeof ec2VolumeFromConfig.map> {
  const parsed = parseItem(result);
  if (parsed.kind !== 'item') throw new Error(`the test item did not parse: ${parsed.kind === 'invalid' ? parsed.reason : parsed.kind}`);
  return ec2VolumeFromConfig.map(parsed.item, place);
}

/** One advanced-query result as Config answers it, with `configuration` replaced. */
const result = (configuration: Record<string, unknown>, tags: { key: string; value: string }[] = []): string => JSON.stringify({
  resourceId: 'vol-0c1d2e3f4a5b6c7d8', resourceType: 'AWS::EC2::Volume', accountId: '123456789012', awsRegion: 'us-east-1',
  configurationItemStatus: 'OK', configuration, supplementaryConfiguration: {}, tags, relationships: [],
});

// Field names as awslabs/aws-config-resource-schema lists them for AWS::EC2::Volume; the state wrapped as {"value": …}.
const CURRENT = `{
  "resourceId": "vol-0a1b2c3d4e5f67890",
  "resourceType": "AWS::EC2::Volume",
  "resourceName": "vol-0a1b2c3d4e5f67890",
  "arn": "arn:aws:ec2:us-east-1:123456789012:volume/vol-0a1b2c3d4e5f67890",
  "accountId": "123456789012",
  "awsRegion": "us-east-1",
  "configurationItemStatus": "OK",
  "configurationItemCaptureTime": "2024-03-10T08:16:40.118Z",
  "configuration": {
    "attachments": [{
      "attachTime": "2024-03-10T08:15:09.000Z", "device": "/dev/xvda", "instanceId": "i-0a1b2c3d4e5f67890",
      "state": "attached", "volumeId": "vol-0a1b2c3d4e5f67890", "deleteOnTermination": true
    }],
    "availabilityZone": "us-east-1a",
    "createTime": "2024-03-10T08:15:02.618Z",
    "encrypted": true,
    "kmsKeyId": "${KEY}",
    "outpostArn": null,
    "size": 20,
    "snapshotId": "snap-0123456789abcdef0",
    "state": { "value": "in-use" },
    "volumeId": "vol-0a1b2c3d4e5f67890",
    "iops": 3000,
    "tags": [{ "key": "Name", "value": "web-root" }],
    "volumeType": "gp3",
    "fastRestored": null,
    "multiAttachEnabled": false,
    "throughput": 125
  },
  "supplementaryConfiguration": {},
  "tags": [{ "key": "Name", "value": "web-root" }, { "key": "team", "value": "payments" }],
  "relationships": [{ "resourceType": "AWS::EC2::Instance", "resourceId": "i-0a1b2c3d4e5f67890", "relationshipName": "Is attached to Instance" }]
}`;

/** The same volume as DescribeVolumes answers it through the SDK. */
const SDK_VOLUME: Volume = {
  VolumeId: 'vol-0a1b2c3d4e5f67890', Size: 20, VolumeType: 'gp3', Iops: 3000, Throughput: 125, Encrypted: true, KmsKeyId: KEY,
  State: 'in-use', CreateTime: new Date('2024-03-10T08:15:02.618Z'), AvailabilityZone: 'us-east-1a', SnapshotId: 'snap-0123456789abcdef0',
  MultiAttachEnabled: false, FastRestored: false,
  Attachments: [{ AttachTime: new Date('2024-03-10T08:15:09.000Z'), Device: '/dev/xvda', InstanceId: 'i-0a1b2c3d4e5f67890', State: 'attached', VolumeId: 'vol-0a1b2c3d4e5f67890', DeleteOnTermination: true }],
  Tags: [{ Key: 'Name', Value: 'web-root' }, { Key: 'team', Value: 'payments' }],
};

describe('ec2VolumeFromConfig', () => {
  it('maps a current item: the wrapped state, an ISO date, tags from the item', () => {
    const mapping = mapItem(CURRENT);
    expect(mapping.envelope).toEqual({
      type: 'aws.ec2.volume', id: 'vol-0a1b2c3d4e5f67890', arn: 'arn:aws:ec2:us-east-1:123456789012:volume/vol-0a1b2c3d4e5f67890',
      tags: { Name: 'web-root', team: 'payments' }, name: 'web-root',
    });
    expect(mapping.fields).toEqual({
      volumeId: 'vol-0a1b2c3d4e5f67890', size: 20, volumeType: 'gp3', iops: 3000, throughput: 125, encrypted: true, kmsKeyId: KEY,
      state: 'in-use', createTime: '2024-03-10T08:15:02.618Z', availabilityZone: 'us-east-1a', snapshotId: 'snap-0123456789abcdef0',
      multiAttachEnabled: false, attachments: [{ instanceId: 'i-0a1b2c3d4e5f67890', device: '/dev/xvda', state: 'attached', deleteOnTermination: true }],
    });
    expect(mapping.unreadable).toBeUndefined();
    expect(validateData(ec2Volume, mapping.fields)).toEqual([]);
  });

  it('gives exactly what the API collector gives for the same volume', () => {
    const mapping = mapItem(CURRENT);
    expect({ envelope: mapping.envelope, fields: mapping.fields }).toEqual({ envelope: volumeEnvelope(SDK_VOLUME, place), fields: readFields(volumeFields(SDK_VOLUME)).fields });
  });

  it('maps an unencrypted magnetic volume like the API does: no key, no IOPS, an empty snapshot id as null', () => {
    const configuration = {
      attachments: [], availabilityZone: 'us-east-1b', createTime: '2023-11-02T17:40:00.000Z', encrypted: false, kmsKeyId: null,
      size: 100, snapshotId: '', state: { value: 'available' }, volumeId: 'vol-0c1d2e3f4a5b6c7d8', iops: null, volumeType: 'standard',
      multiAttachEnabled: false, throughput: null,
    };
    const mapping = mapItem(result(configuration));
    const sdk: Volume = {
      VolumeId: 'vol-0c1d2e3f4a5b6c7d8', Size: 100, VolumeType: 'standard', Encrypted: false, State: 'available', CreateTime: new Date('2023-11-02T17:40:00.000Z'),
      AvailabilityZone: 'us-east-1b', SnapshotId: '', MultiAttachEnabled: false, Attachments: [], Tags: [],
    };
    expect(mapping.fields).toEqual({
      volumeId: 'vol-0c1d2e3f4a5b6c7d8', size: 100, volumeType: 'standard', iops: null, throughput: null, encrypted: false, kmsKeyId: null,
      state: 'available', createTime: '2023-11-02T17:40:00.000Z', availabilityZone: 'us-east-1b', snapshotId: null, multiAttachEnabled: false, attachments: [],
    });
    expect(mapping.fields).toEqual(readFields(volumeFields(sdk)).fields);
    expect(mapping.envelope).toEqual({ type: 'aws.ec2.volume', id: 'vol-0c1d2e3f4a5b6c7d8', arn: 'arn:aws:ec2:us-east-1:123456789012:volume/vol-0c1d2e3f4a5b6c7d8', tags: {} });
    expect(mapping.unreadable).toBeUndefined();
  });

  it('reports a key only for an encrypted volume, as the API mapping does', () => {
    const configuration = JSON.parse(CURRENT) as { configuration: Record<string, unknown> };
    const mapping = mapItem(result({ ...configuration.configuration, encrypted: false }));
    expect(mapping.fields).toMatchObject({ encrypted: false, kmsKeyId: null });
  });

  it('reads the older item the AWS Config Developer Guide documents: bare state, Java dates whose four fraction digits are milliseconds', () => {
    // Its example snapshot, with the awsRegion every advanced-query result carries (history files leave it out).
    const older = `{
      "configurationItemVersion": "1.0", "resourceId": "vol-ce676ccc", "arn": "arn:aws:us-west-2b:123456789012:volume/vol-ce676ccc",
      "accountId": "12345678910", "awsRegion": "us-west-2", "configurationItemCaptureTime": "2014-03-07T23:47:08.918Z", "configurationItemStatus": "OK",
      "availibilityZone": "us-west-2b", "resourceType": "AWS::EC2::Volume", "resourceCreationTime": "2014-02-27T21:43:53.885Z", "tags": {},
      "relationships": [{ "resourceId": "i-344c463d", "resourceType": "AWS::EC2::Instance", "name": "Attached to Instance" }],
      "configuration": {
        "volumeId": "vol-ce676ccc", "size": 1, "snapshotId": "", "availabilityZone": "us-west-2b", "state": "in-use",
        "createTime": "2014-02-27T21:43:53.0885+0000",
        "attachments": [{ "volumeId": "vol-ce676ccc", "instanceId": "i-344c463d", "device": "/dev/sdf", "state": "attached", "attachTime": "2014-03-07T23:46:28.0000+0000", "deleteOnTermination": false }],
        "tags": [{ "tagName": "environment", "tagValue": "PROD" }, { "tagName": "name", "tagValue": "DataVolume1" }],
        "volumeType": "standard"
      }
    }`;
    const mapping = mapItem(older);
    // resourceCreationTime is the same instant: 53.0885 is 885 ms, not 88.5.
    expect(mapping.fields).toEqual({
      volumeId: 'vol-ce676ccc', size: 1, volumeType: 'standard', iops: null, throughput: null, state: 'in-use', createTime: '2014-02-27T21:43:53.885Z',
      availabilityZone: 'us-west-2b', snapshotId: null,
      attachments: [{ instanceId: 'i-344c463d', device: '/dev/sdf', state: 'attached', deleteOnTermination: false }],
    });
    // Fields the item predates are unknown, not "unencrypted" or "single-attach".
    expect(mapping.unreadable?.map((u) => u.path)).toEqual(['encrypted', 'kmsKeyId', 'multiAttachEnabled']);
    expect(mapping.unreadable?.[0]?.reason).toBe("the Configuration Item's configuration.encrypted is missing or not a value DescribeVolumes documents");
  });

  it.each([
    ['an offset', '2024-03-10T10:15:02.618+02:00', '2024-03-10T08:15:02.618Z'],
    ['no fraction', '2024-03-10T08:15:02Z', '2024-03-10T08:15:02.000Z'],
    ['microseconds, truncated', '2024-03-10T08:15:02.618999Z', '2024-03-10T08:15:02.618Z'],
    ['a Java offset west of UTC', '2024-03-10T03:15:02.0618-0500', '2024-03-10T08:15:02.618Z'],
  ])('reads a creation time with %s', (_what, createTime, expected) => {
    const configuration = JSON.parse(CURRENT) as { configuration: Record<string, unknown> };
    expect(mapItem(result({ ...configuration.configuration, createTime })).fields.createTime).toBe(expected);
  });

  it.each([
    ['a day the month lacks', '2024-02-30T08:15:02.000Z'],
    ['no zone', '2024-03-10T08:15:02.618'],
    ['epoch milliseconds', 1710058502618],
    ['more milliseconds than a second holds', '2024-03-10T08:15:02.1000+0000'],
  ])('names a creation time with %s unreadable instead of epoch 0', (_what, createTime) => {
    const configuration = JSON.parse(CURRENT) as { configuration: Record<string, unknown> };
    const mapping = mapItem(result({ ...configuration.configuration, createTime }));
    expect(mapping.fields).not.toHaveProperty('createTime');
    expect(mapping.unreadable?.map((u) => u.path)).toEqual(['createTime']);
  });

  it('names values it cannot read unreadable and leaves them out, never the API defaults', () => {
    const mapping = mapItem(result({
      volumeId: 'vol-0c1d2e3f4a5b6c7d8', availabilityZone: '', createTime: '2023-11-02T17:40:00.000Z', size: '8', volumeType: 'gp9',
      state: { value: 'failed' }, encrypted: true, kmsKeyId: KEY, multiAttachEnabled: false,
      attachments: [{ instanceId: 'i-0a1b2c3d4e5f67890', device: '/dev/sdf', state: 'attached' }],
    }));
    expect(mapping.unreadable?.map((u) => u.path)).toEqual(['size', 'volumeType', 'state', 'availabilityZone', 'attachments']);
    expect(mapping.fields).toEqual({
      volumeId: 'vol-0c1d2e3f4a5b6c7d8', iops: null, throughput: null, encrypted: true, kmsKeyId: KEY, createTime: '2023-11-02T17:40:00.000Z',
      snapshotId: null, multiAttachEnabled: false,
    });
  });

  it('still names the volume when the item carries no configuration at all', () => {
    const mapping = mapItem(JSON.stringify({ resourceId: 'vol-0c1d2e3f4a5b6c7d8', resourceType: 'AWS::EC2::Volume', accountId: '123456789012', awsRegion: 'us-east-1' }));
    expect(mapping.envelope).toMatchObject({ id: 'vol-0c1d2e3f4a5b6c7d8', arn: 'arn:aws:ec2:us-east-1:123456789012:volume/vol-0c1d2e3f4a5b6c7d8' });
    expect(mapping.fields).toEqual({ volumeId: 'vol-0c1d2e3f4a5b6c7d8', iops: null, throughput: null, snapshotId: null });
    expect(mapping.unreadable?.map((u) => u.path)).toEqual(['size', 'volumeType', 'encrypted', 'kmsKeyId', 'state', 'createTime', 'availabilityZone', 'multiAttachEnabled', 'attachments']);
  });
});
