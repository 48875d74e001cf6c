/** ec2Instances through the real EC2 client, fed recorded EC2 query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ec2Instances } from './instances.js';
import { items, pagedEc2, tagSet } from '../../../../test/support/ec2-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const instance = (id: string, state: string, extra: string): string =>
  `<instanceId>${id}</instanceId><imageId>ami-1</imageId><instanceState><code>16</code><name>${state}</name></instanceState><instanceType>t3.micro</instanceType>`
  + `<launchTime>2026-10-01T08:00:00.000Z</launchTime><monitoring><state>disabled</state></monitoring><rootDeviceType>ebs</rootDeviceType><ebsOptimized>false</ebsOptimized><virtualizationType>hvm</virtualizationType>${extra}`;
const running = instance('i-web', 'running',
  '<subnetId>subnet-a</subnetId><vpcId>vpc-1</vpcId><privateIpAddress>10.0.1.4</privateIpAddress><ipAddress>54.1.2.3</ipAddress>'
  + '<iamInstanceProfile><arn>arn:aws:iam::123456789012:instance-profile/web</arn><id>AIPA1</id></iamInstanceProfile>'
  + `<groupSet>${items(['<groupId>sg-web</groupId><groupName>web</groupName>'])}</groupSet>`
  + `<blockDeviceMapping>${items(['<deviceName>/dev/xvda</deviceName><ebs><volumeId>vol-root</volumeId><status>attached</status><deleteOnTermination>true</deleteOnTermination></ebs>', '<deviceName>/dev/sdb</deviceName><ebs><volumeId>vol-data</volumeId><status>attached</status><deleteOnTermination>false</deleteOnTermination></ebs>'])}</blockDeviceMapping>`
  + '<metadataOptions><state>applied</state><httpTokens>required</httpTokens><httpPutResponseHopLimit>2</httpPutResponseHopLimit><httpEndpoint>enabled</httpEndpoint><httpProtocolIpv6>disabled</httpProtocolIpv6><instanceMetadataTags>disabled</instanceMetadataTags></metadataOptions>'
  + `<networkInterfaceSet>${items(['<networkInterfaceId>eni-1</networkInterfaceId>', '<networkInterfaceId>eni-2</networkInterfaceId>'])}</networkInterfaceSet><reason></reason>`
  + tagSet({ Name: 'web-1' }));
// Terminated instances linger without network placement or volumes.
const terminated = instance('i-gone', 'terminated', '<groupSet/><blockDeviceMapping/><networkInterfaceSet/><reason>User initiated (2026-10-02 09:00:00 GMT)</reason><metadataOptions><state>pending</state><httpTokens>optional</httpTokens><httpPutResponseHopLimit>1</httpPutResponseHopLimit><httpEndpoint>enabled</httpEndpoint><instanceMetadataTags>disabled</instanceMetadataTags></metadataOptions>');
const batch = instance('i-batch', 'stopped', '<subnetId>subnet-b</subnetId><vpcId>vpc-1</vpcId><privateIpAddress>10.0.2.9</privateIpAddress><groupSet/><networkInterfaceSet><item><networkInterfaceId>eni-3</networkInterfaceId></item></networkInterfaceSet><reason>User initiated (2026-10-03 17:45:12 GMT)</reason><metadataOptions><state>applied</state><httpTokens>optional</httpTokens><httpPutResponseHopLimit>1</httpPutResponseHopLimit><httpEndpoint>disabled</httpEndpoint><instanceMetadataTags>enabled</instanceMetadataTags></metadataOptions>');
const reservation = (id: string, instances: string[]): string => `<reservationId>${id}</reservationId><ownerId>123456789012</ownerId><groupSet/><instancesSet>${items(instances)}</instancesSet>`;

const reservations = pagedEc2('DescribeInstances', 'reservationSet', [[reservation('r-1', [running, terminated])], [reservation('r-2', [batch])]]);

describe('ec2Instances', () => {
  it('flattens reservations across pages and maps each instance', async () => {
    const run = await collectRecorded([ec2Instances], [regionsRoute(['us-east-1']), reservations], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['i-batch', 'i-gone', 'i-web']);
    const web = run.snapshot.resources.find((r) => r.id === 'i-web');
    expect(web).toMatchObject({ type: 'aws.ec2.instance', arn: 'arn:aws:ec2:us-east-1:123456789012:instance/i-web', name: 'web-1', tags: { Name: 'web-1' } });
    expect(web?.data).toEqual({
      instanceId: 'i-web', instanceType: 't3.micro', imageId: 'ami-1', state: 'running', launchTime: '2026-10-01T08:00:00.000Z',
      vpcId: 'vpc-1', subnetId: 'subnet-a', privateIpAddress: '10.0.1.4', publicIpAddress: '54.1.2.3',
      iamInstanceProfileArn: 'arn:aws:iam::123456789012:instance-profile/web', securityGroupIds: ['sg-web'],
      metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 2, instanceMetadataTags: 'disabled', state: 'applied' },
      monitoringState: 'disabled', ebsOptimized: false, rootDeviceType: 'ebs', blockDeviceVolumeIds: ['vol-root', 'vol-data'],
      networkInterfaceCount: 2, virtualizationType: 'hvm', stoppedAt: null,
    });
    expect(run.snapshot.resources.find((r) => r.id === 'i-gone')?.data).toMatchObject({ state: 'terminated', vpcId: null, subnetId: null, privateIpAddress: null, publicIpAddress: null, iamInstanceProfileArn: null, securityGroupIds: [], blockDeviceVolumeIds: [], networkInterfaceCount: 0, stoppedAt: null });
    expect(run.snapshot.resources.find((r) => r.id === 'i-batch')?.data).toMatchObject({ state: 'stopped', publicIpAddress: null, metadataOptions: { httpEndpoint: 'disabled', instanceMetadataTags: 'enabled' }, networkInterfaceCount: 1, stoppedAt: '2026-10-03T17:45:12.000Z' });
    for (const r of run.snapshot.resources) expect((r.errors ?? []).filter((e) => ['networkInterfaceCount', 'virtualizationType', 'stoppedAt'].includes(e.path))).toEqual([]);
    expect(run.aws.requests.filter((r) => r.action === 'DescribeInstances').map((r) => r.params.NextToken)).toEqual([undefined, 'page-1']);
  });
});

describe('ec2Instances stop time', () => {
  it('reads a stopped instance whose reason holds no stop time as unknown, never as stopped just now', async () => {
    const retired = instance('i-old', 'stopped', '<groupSet/><blockDeviceMapping/><networkInterfaceSet/><reason>Server.ScheduledStop: Stopped due to scheduled retirement</reason>'
      + '<metadataOptions><state>applied</state><httpTokens>required</httpTokens><httpPutResponseHopLimit>1</httpPutResponseHopLimit><httpEndpoint>enabled</httpEndpoint><instanceMetadataTags>disabled</instanceMetadataTags></metadataOptions>');
    const run = await collectRecorded([ec2Instances], [regionsRoute(['us-east-1']), pagedEc2('DescribeInstances', 'reservationSet', [[reservation('r-3', [retired])]])], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const [old] = run.snapshot.resources;
    expect(old?.errors?.map((e) => [e.path, e.code])).toEqual([['stoppedAt', 'IncompleteResponse']]);
    expect(old?.data).toMatchObject({ state: 'stopped', networkInterfaceCount: 0, virtualizationType: 'hvm' });
  });
});

describe('ec2Instances call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ec2Instances)).toEqual([]);
  });
});
