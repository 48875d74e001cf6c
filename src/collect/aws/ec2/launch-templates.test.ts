/** ec2LaunchTemplates through the real EC2 client, fed recorded EC2 query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ec2LaunchTemplates } from './launch-templates.js';
import { ec2Error, type Route } from '../../../../test/support/recorded-aws.js';
import { items, pagedEc2, tagSet } from '../../../../test/support/ec2-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const template = (id: string, name: string, versions: [number, number], tags: Record<string, string> = {}): string =>
  `<launchTemplateId>${id}</launchTemplateId><launchTemplateName>${name}</launchTemplateName><createTime>2026-09-01T10:00:00.000Z</createTime>`
  + `<createdBy>arn:aws:iam::123456789012:root</createdBy><defaultVersionNumber>${versions[0]}</defaultVersionNumber><latestVersionNumber>${versions[1]}</latestVersionNumber>${tagSet(tags)}`;
const templates = pagedEc2('DescribeLaunchTemplates', 'launchTemplates', [
  [template('lt-web', 'web', [2, 3], { team: 'web' }), template('lt-bare', 'bare', [1, 1])],
  [template('lt-open', 'open', [1, 1])],
]);

const version = (id: string, number: number, data: string): string =>
  `<launchTemplateId>${id}</launchTemplateId><launchTemplateName>${id}</launchTemplateName><versionNumber>${number}</versionNumber><defaultVersion>true</defaultVersion>`
  + `<createTime>2026-09-02T10:00:00.000Z</createTime>${data}`;
const web = version('lt-web', 2, '<launchTemplateData>'
  + '<metadataOptions><state>applied</state><httpTokens>required</httpTokens><httpPutResponseHopLimit>1</httpPutResponseHopLimit><httpEndpoint>enabled</httpEndpoint></metadataOptions>'
  + `<networkInterfaceSet>${items(['<associatePublicIpAddress>false</associatePublicIpAddress><deviceIndex>0</deviceIndex><subnetId>subnet-a</subnetId>'])}</networkInterfaceSet>`
  + `<blockDeviceMappingSet>${items([
    '<deviceName>/dev/xvda</deviceName><ebs><encrypted>true</encrypted><kmsKeyId>arn:aws:kms:us-east-1:123456789012:key/k1</kmsKeyId><volumeSize>20</volumeSize></ebs>',
    // An instance store volume has no EBS settings.
    '<deviceName>/dev/sdb</deviceName><virtualName>ephemeral0</virtualName>',
  ])}</blockDeviceMappingSet></launchTemplateData>`);
// A version that sets nothing but the AMI: every setting the judged fields read is left to the launch.
const bare = version('lt-bare', 1, '<launchTemplateData><imageId>ami-1</imageId></launchTemplateData>');
const open = version('lt-open', 1, '<launchTemplateData>'
  + '<metadataOptions><httpTokens>optional</httpTokens></metadataOptions>'
  + `<networkInterfaceSet>${items(['<associatePublicIpAddress>true</associatePublicIpAddress><deviceIndex>0</deviceIndex>', '<deviceIndex>1</deviceIndex><networkInterfaceId>eni-1</networkInterfaceId>'])}</networkInterfaceSet>`
  + `<blockDeviceMappingSet>${items(['<deviceName>/dev/xvda</deviceName><ebs><encrypted>false</encrypted></ebs>', '<deviceName>/dev/sdc</deviceName><ebs><snapshotId>snap-1</snapshotId></ebs>'])}</blockDeviceMappingSet></launchTemplateData>`);
const versions = pagedEc2('DescribeLaunchTemplateVersions', 'launchTemplateVersionSet', [[web, bare], [open]]);

const routes = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), templates, versions];
const denied = (action: string): Route => ({ name: `${action}-denied`, match: (r) => r.action === action, respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403) });

describe('ec2LaunchTemplates', () => {
  it('reads every template across pages with the settings of its default version', async () => {
    const run = await collectRecorded([ec2LaunchTemplates], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['lt-bare', 'lt-open', 'lt-web']);
    const found = run.snapshot.resources.find((r) => r.id === 'lt-web');
    expect(found).toMatchObject({ type: 'aws.ec2.launch-template', arn: 'arn:aws:ec2:us-east-1:123456789012:launch-template/lt-web', name: 'web', tags: { team: 'web' } });
    expect(found?.data).toEqual({
      launchTemplateId: 'lt-web', launchTemplateName: 'web', createTime: '2026-09-01T10:00:00.000Z', defaultVersionNumber: 2, latestVersionNumber: 3,
      metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 },
      networkInterfaces: [{ deviceIndex: 0, networkInterfaceId: null, subnetId: 'subnet-a', associatePublicIpAddress: false }],
      blockDeviceMappings: [
        { deviceName: '/dev/xvda', ebs: { encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1', snapshotId: null } },
        { deviceName: '/dev/sdb', ebs: null },
      ],
    });
    expect(run.snapshot.resources.find((r) => r.id === 'lt-bare')?.data).toMatchObject({
      metadataOptions: { httpTokens: null, httpEndpoint: null, httpPutResponseHopLimit: null }, networkInterfaces: [], blockDeviceMappings: [],
    });
    expect(run.snapshot.resources.find((r) => r.id === 'lt-open')?.data).toMatchObject({
      metadataOptions: { httpTokens: 'optional', httpEndpoint: null, httpPutResponseHopLimit: null },
      networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: true }, { deviceIndex: 1, networkInterfaceId: 'eni-1', associatePublicIpAddress: null }],
      blockDeviceMappings: [{ ebs: { encrypted: false } }, { ebs: { encrypted: null, snapshotId: 'snap-1' } }],
    });
    for (const r of run.snapshot.resources) expect(r.errors).toBeUndefined();
    // One region-wide listing of default versions, paged, never one call per template.
    expect(run.aws.requests.filter((r) => r.action === 'DescribeLaunchTemplateVersions').map((r) => [r.params.NextToken, r.params['LaunchTemplateVersion.1'], r.params.LaunchTemplateId])).toEqual([[undefined, '$Default', undefined], ['page-1', '$Default', undefined]]);
    expect(run.aws.count('DescribeLaunchTemplates')).toBe(2);
  });

  it('records a failed version listing on every template, never empty settings', async () => {
    const run = await collectRecorded([ec2LaunchTemplates], routes([denied('DescribeLaunchTemplateVersions')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toHaveLength(3);
    for (const r of run.snapshot.resources) {
      expect(Object.keys(r.data).sort()).toEqual(['createTime', 'defaultVersionNumber', 'latestVersionNumber', 'launchTemplateId', 'launchTemplateName']);
      expect(r.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([
        ['metadataOptions', 'UnauthorizedOperation', 'ec2:DescribeLaunchTemplateVersions'],
        ['networkInterfaces', 'UnauthorizedOperation', 'ec2:DescribeLaunchTemplateVersions'],
        ['blockDeviceMappings', 'UnauthorizedOperation', 'ec2:DescribeLaunchTemplateVersions'],
      ]);
    }
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.launch-template', status: 'complete' })]);
  });

  it('fails the settings of a template whose default version the listing did not answer, and an unknown token setting alone', async () => {
    const odd = version('lt-web', 2, '<launchTemplateData><metadataOptions><httpTokens>sometimes</httpTokens><httpEndpoint>enabled</httpEndpoint></metadataOptions></launchTemplateData>');
    const partial = pagedEc2('DescribeLaunchTemplateVersions', 'launchTemplateVersionSet', [[odd, bare]]);
    const run = await collectRecorded([ec2LaunchTemplates], routes([partial]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const missing = run.snapshot.resources.find((r) => r.id === 'lt-open');
    expect(missing?.errors?.map((e) => [e.path, e.code])).toEqual([['metadataOptions', 'IncompleteResponse'], ['networkInterfaces', 'IncompleteResponse'], ['blockDeviceMappings', 'IncompleteResponse']]);
    const webTemplate = run.snapshot.resources.find((r) => r.id === 'lt-web');
    expect(webTemplate?.errors?.map((e) => e.path)).toEqual(['metadataOptions.httpTokens']);
    expect(webTemplate?.data).toMatchObject({ metadataOptions: { httpEndpoint: 'enabled', httpPutResponseHopLimit: null }, networkInterfaces: [] });
  });

  it('marks coverage failed when the templates cannot be listed', async () => {
    const run = await collectRecorded([ec2LaunchTemplates], routes([denied('DescribeLaunchTemplates')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.launch-template', status: 'failed' })]);
  });
});

describe('ec2LaunchTemplates call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ec2LaunchTemplates)).toEqual([]);
  });
});
