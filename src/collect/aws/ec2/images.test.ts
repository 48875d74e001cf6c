/** ec2Images through the real EC2 client, fed recorded EC2 query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ec2Images } from './images.js';
import { ec2Error, type Route } from '../../../../test/support/recorded-aws.js';
import { ec2Xml, items, pagedEc2, tagSet } from '../../../../test/support/ec2-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const image = (id: string, body: string, tags: Record<string, string> = {}): string =>
  `<imageId>${id}</imageId><name>${id}-name</name><imageState>available</imageState><imageOwnerId>123456789012</imageOwnerId><isPublic>false</isPublic>`
  + `<creationDate>2026-09-01T10:00:00.000Z</creationDate><rootDeviceType>ebs</rootDeviceType><virtualizationType>hvm</virtualizationType>${body}${tagSet(tags)}`;
const ebs = (device: string, encrypted: string, extra = ''): string => `<deviceName>${device}</deviceName><ebs><snapshotId>snap-${device.slice(-1)}</snapshotId><volumeSize>8</volumeSize>${encrypted}${extra}</ebs>`;
const images = pagedEc2('DescribeImages', 'imagesSet', [
  [image('ami-golden', `<deprecationTime>2027-09-01T10:00:00.000Z</deprecationTime><blockDeviceMapping>${items([
    ebs('/dev/xvda', '<encrypted>true</encrypted>', '<kmsKeyId>arn:aws:kms:us-east-1:123456789012:key/k1</kmsKeyId>'),
    '<deviceName>/dev/sdb</deviceName><virtualName>ephemeral0</virtualName>',
  ])}</blockDeviceMapping>`, { Name: 'golden' }),
  image('ami-shared', `<blockDeviceMapping>${items([ebs('/dev/xvda', '<encrypted>false</encrypted>')])}</blockDeviceMapping>`)],
  [image('ami-public', `<blockDeviceMapping>${items([ebs('/dev/xvda', '<encrypted>false</encrypted>')])}</blockDeviceMapping>`)],
]);

const permissions: Record<string, string[]> = {
  'ami-golden': [],
  'ami-shared': ['<userId>210987654321</userId>', '<organizationArn>arn:aws:organizations::123456789012:organization/o-abc</organizationArn>'],
  'ami-public': ['<group>all</group>'],
};
const attribute = (answers: Record<string, string[]>): Route => ({
  name: 'DescribeImageAttribute',
  match: (r) => r.action === 'DescribeImageAttribute',
  respond: (r) => {
    const id = String(r.params.ImageId);
    const list = answers[id] ?? [];
    // AWS sends no launchPermission element at all for an image shared with no one.
    return ec2Xml('DescribeImageAttribute', `<imageId>${id}</imageId>${list.length === 0 ? '' : `<launchPermission>${items(list)}</launchPermission>`}`);
  },
});
const routes = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), images, attribute(permissions)];
const denied = (action: string): Route => ({ name: `${action}-denied`, match: (r) => r.action === action, respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403) });

describe('ec2Images', () => {
  it('lists the account\'s own images across pages, each with who may launch it', async () => {
    const run = await collectRecorded([ec2Images], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['ami-golden', 'ami-public', 'ami-shared']);
    const found = run.snapshot.resources.find((r) => r.id === 'ami-golden');
    expect(found).toMatchObject({ type: 'aws.ec2.image', arn: 'arn:aws:ec2:us-east-1::image/ami-golden', name: 'golden', tags: { Name: 'golden' } });
    expect(found?.data).toEqual({
      imageId: 'ami-golden', imageName: 'ami-golden-name', state: 'available', ownerId: '123456789012', creationDate: '2026-09-01T10:00:00.000Z',
      deprecationTime: '2027-09-01T10:00:00.000Z', rootDeviceType: 'ebs', virtualizationType: 'hvm',
      blockDeviceMappings: [
        { deviceName: '/dev/xvda', ebs: { encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1', snapshotId: 'snap-a' } },
        { deviceName: '/dev/sdb', ebs: null },
      ],
      launchPermissions: [],
    });
    expect(run.snapshot.resources.find((r) => r.id === 'ami-shared')?.data).toMatchObject({
      deprecationTime: null,
      blockDeviceMappings: [{ ebs: { encrypted: false, kmsKeyId: null } }],
      launchPermissions: [
        { group: null, userId: '210987654321', organizationArn: null, organizationalUnitArn: null },
        { group: null, userId: null, organizationArn: 'arn:aws:organizations::123456789012:organization/o-abc', organizationalUnitArn: null },
      ],
    });
    expect(run.snapshot.resources.find((r) => r.id === 'ami-public')?.data).toMatchObject({ launchPermissions: [{ group: 'all', userId: null }] });
    for (const r of run.snapshot.resources) expect(r.errors).toBeUndefined();
    expect(run.aws.requests.filter((r) => r.action === 'DescribeImages').map((r) => [r.params['Owner.1'], r.params.IncludeDeprecated, r.params.NextToken])).toEqual([['self', 'true', undefined], ['self', 'true', 'page-1']]);
    expect(run.aws.requests.filter((r) => r.action === 'DescribeImageAttribute').map((r) => [r.params.ImageId, r.params.Attribute]).sort()).toEqual([
      ['ami-golden', 'launchPermission'], ['ami-public', 'launchPermission'], ['ami-shared', 'launchPermission'],
    ]);
  });

  it('records a denied attribute call on the permissions alone, never an empty list', async () => {
    const run = await collectRecorded([ec2Images], routes([denied('DescribeImageAttribute')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toHaveLength(3);
    for (const r of run.snapshot.resources) {
      expect(r.data.launchPermissions).toBeUndefined();
      expect(r.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['launchPermissions', 'UnauthorizedOperation', 'ec2:DescribeImageAttribute']]);
    }
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.image', status: 'complete' })]);
  });

  it('fails an EBS mapping without Encrypted and a permission entry that names no one, each alone', async () => {
    const odd = pagedEc2('DescribeImages', 'imagesSet', [[image('ami-golden', `<blockDeviceMapping>${items([ebs('/dev/xvda', ''), ebs('/dev/xvdb', '<encrypted>true</encrypted>')])}</blockDeviceMapping>`), image('ami-shared', '')]]);
    const run = await collectRecorded([ec2Images], routes([odd, attribute({ 'ami-golden': [], 'ami-shared': ['<group>everyone</group>', '<userId>210987654321</userId>'] })]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const golden = run.snapshot.resources.find((r) => r.id === 'ami-golden');
    expect(golden?.errors?.map((e) => [e.path, e.code])).toEqual([['blockDeviceMappings[0]', 'IncompleteResponse']]);
    expect(golden?.data).toMatchObject({ blockDeviceMappings: [{}, { ebs: { encrypted: true } }], launchPermissions: [] });
    // An image answered without its block device mappings: unknown, not "no EBS volumes".
    const shared = run.snapshot.resources.find((r) => r.id === 'ami-shared');
    expect(shared?.errors?.map((e) => [e.path, e.code])).toEqual([['blockDeviceMappings', 'IncompleteResponse'], ['launchPermissions[0]', 'IncompleteResponse']]);
  });

  it('marks coverage failed when the images cannot be listed', async () => {
    const run = await collectRecorded([ec2Images], routes([denied('DescribeImages')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.image', status: 'failed' })]);
  });
});

describe('ec2Images call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ec2Images)).toEqual([]);
  });
});
