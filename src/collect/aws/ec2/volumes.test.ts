/** ec2Volumes through the real EC2 client, fed recorded EC2 query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ec2Volumes } from './volumes.js';
import { items, pagedEc2 } from '../../../../test/support/ec2-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const volume = (id: string, body: string): string => `<volumeId>${id}</volumeId><availabilityZone>us-east-1a</availabilityZone><createTime>2026-10-01T08:00:02.000Z</createTime>${body}`;
const volumes = pagedEc2('DescribeVolumes', 'volumeSet', [
  [volume('vol-root', '<size>8</size><volumeType>gp3</volumeType><iops>3000</iops><throughput>125</throughput><encrypted>true</encrypted>'
    + '<kmsKeyId>arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab</kmsKeyId><snapshotId>snap-1</snapshotId><status>in-use</status><multiAttachEnabled>false</multiAttachEnabled>'
    + `<attachmentSet>${items(['<volumeId>vol-root</volumeId><instanceId>i-web</instanceId><device>/dev/xvda</device><status>attached</status><attachTime>2026-10-01T08:00:05.000Z</attachTime><deleteOnTermination>true</deleteOnTermination>'])}</attachmentSet>`)],
  // AWS answers an empty snapshotId for a volume not created from a snapshot; magnetic volumes have no IOPS.
  [volume('vol-old', '<size>100</size><volumeType>standard</volumeType><encrypted>false</encrypted><snapshotId></snapshotId><status>available</status><multiAttachEnabled>false</multiAttachEnabled><attachmentSet/>')],
]);

describe('ec2Volumes', () => {
  it('follows pagination and maps volumes: empty snapshot ids and missing IOPS become null', async () => {
    const run = await collectRecorded([ec2Volumes], [regionsRoute(['us-east-1']), volumes], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const root = run.snapshot.resources.find((r) => r.id === 'vol-root');
    expect(root).toMatchObject({ type: 'aws.ec2.volume', arn: 'arn:aws:ec2:us-east-1:123456789012:volume/vol-root', tags: {} });
    expect(root?.data).toEqual({
      volumeId: 'vol-root', size: 8, volumeType: 'gp3', iops: 3000, throughput: 125, encrypted: true,
      kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', state: 'in-use', createTime: '2026-10-01T08:00:02.000Z',
      availabilityZone: 'us-east-1a', snapshotId: 'snap-1', multiAttachEnabled: false,
      attachments: [{ instanceId: 'i-web', device: '/dev/xvda', state: 'attached', deleteOnTermination: true }],
    });
    expect(run.snapshot.resources.find((r) => r.id === 'vol-old')?.data).toMatchObject({ snapshotId: null, iops: null, throughput: null, encrypted: false, kmsKeyId: null, state: 'available', attachments: [] });
    expect(run.aws.requests.filter((r) => r.action === 'DescribeVolumes').map((r) => [r.params.MaxResults, r.params.NextToken])).toEqual([['500', undefined], ['500', 'page-1']]);
  });
});

describe('ec2Volumes call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ec2Volumes)).toEqual([]);
  });
});
