/**
 * regionSettings through the real EC2 (query), Config and Systems Manager
 * (JSON), Access Analyzer, Security Hub, Inspector and Macie (REST-JSON)
 * clients, fed recorded answers.
 */
import { describe, expect, it } from 'vitest';
import { regionSettings } from './settings.js';
import { byAction, byTarget, ec2Error, json, jsonError, xml, type Route, type WireRequest } from '../../../../test/support/recorded-aws.js';
import { ec2Xml, items } from '../../../../test/support/ec2-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const kmsKey = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const cis = 'arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/3.0.0';
const fsbp = 'arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0';
const analyzer = (name: string, type: string, status: string) => ({ arn: `arn:aws:access-analyzer:us-east-1:123456789012:analyzer/${name}`, name, type, status, createdAt: '2026-01-01T00:00:00Z' });

const rest = (host: string, method: string, path: string) => (r: WireRequest): boolean => r.hostname.startsWith(`${host}.`) && r.method === method && r.path === path;
const bpa = (mode: string, state: string, extra = ''): string =>
  `<vpcBlockPublicAccessOptions><awsAccountId>123456789012</awsAccountId><awsRegion>us-east-1</awsRegion><state>${state}</state><internetGatewayBlockMode>${mode}</internetGatewayBlockMode>${extra}</vpcBlockPublicAccessOptions>`;
const ec2 = (action: string, body: string): Route => ({ name: action, match: byAction(action), respond: ec2Xml(action, body) });
const LOG_DESTINATION = '/ssm/automation/customer-script-log-destination';
const PUBLIC_SHARING = '/ssm/documents/console/public-sharing-permission';
const isSetting = byTarget('AmazonSSM.GetServiceSetting');
/** GetServiceSetting answering each SettingId asked from `values` ([SettingValue, Status]). */
const serviceSettings = (values: Record<string, [string, string]>): Route => ({
  name: 'GetServiceSetting', match: isSetting,
  respond: (r) => {
    const id = String(r.params.SettingId);
    const [value, status] = values[id] ?? ['', ''];
    return json({ ServiceSetting: { SettingId: id, SettingValue: value, Status: status, ARN: `arn:aws:ssm:us-east-1:123456789012:servicesetting${id}`, LastModifiedDate: 1790000000, LastModifiedUser: 'System' } });
  },
});
const scans = (ec2Scan: string, ecr: string, lambda: string, lambdaCode: string) => ({
  ec2: { status: ec2Scan }, ecr: { status: ecr }, lambda: { status: lambda }, lambdaCode: { status: lambdaCode },
});
const inspectorRoute = (resourceState: Record<string, unknown>): Route => ({
  name: 'BatchGetAccountStatus', match: rest('inspector2', 'POST', '/status/batch/get'),
  respond: json({ accounts: [{ accountId: '123456789012', state: { status: 'ENABLED' }, resourceState }], failedAccounts: [] }),
});
const macieNotEnabled: Route = { name: 'GetMacieSession', match: rest('macie2', 'GET', '/macie'), respond: jsonError('AccessDeniedException', 'Macie is not enabled.', 403) };

const EMR_BPA = 'ElasticMapReduce.GetBlockPublicAccessConfiguration';
const emrAccess = (config: Record<string, unknown>): Route => ({ name: 'GetBlockPublicAccessConfiguration', match: byTarget(EMR_BPA), respond: json({ BlockPublicAccessConfiguration: config, BlockPublicAccessConfigurationMetadata: { CreationDateTime: 1790000000, CreatedByArn: 'arn:aws:iam::123456789012:root' } }) });

/** Every setting configured: a recorder with its status, a channel, analyzers and standards on two pages each. */
function configured(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    ec2('GetEbsEncryptionByDefault', '<ebsEncryptionByDefault>true</ebsEncryptionByDefault>'),
    ec2('GetEbsDefaultKmsKeyId', `<kmsKeyId>${kmsKey}</kmsKeyId>`),
    ec2('DescribeVpcBlockPublicAccessOptions', bpa('block-ingress', 'update-complete', '<exclusionsAllowed>allowed</exclusionsAllowed><managedBy>declarative-policy</managedBy>')),
    { name: 'DescribeConfigurationRecorders', match: byTarget('StarlingDoveService.DescribeConfigurationRecorders'), respond: json({ ConfigurationRecorders: [
      { name: 'default', roleARN: 'arn:aws:iam::123456789012:role/config', recordingGroup: { allSupported: false, includeGlobalResourceTypes: false, resourceTypes: [], exclusionByResourceTypes: { resourceTypes: ['AWS::EC2::Volume'] }, recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' } }, recordingMode: { recordingFrequency: 'DAILY' } },
      // A service-linked recorder (Security Hub's) is not the customer's.
      { name: 'AWSConfigurationRecorderForSecurityHub', arn: 'arn:aws:config:us-east-1:123456789012:configuration-recorder/x', servicePrincipal: 'securityhub.amazonaws.com', roleARN: 'arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig', recordingGroup: { allSupported: true } },
    ] }) },
    { name: 'DescribeConfigurationRecorderStatus', match: byTarget('StarlingDoveService.DescribeConfigurationRecorderStatus'), respond: json({ ConfigurationRecordersStatus: [
      { name: 'AWSConfigurationRecorderForSecurityHub', recording: true, lastStatus: 'Success' },
      { name: 'default', recording: true, lastStatus: 'Failure', lastStartTime: 1790000000, lastErrorCode: 'AccessDenied', lastErrorMessage: 'role cannot write' },
    ] }) },
    { name: 'DescribeDeliveryChannels', match: byTarget('StarlingDoveService.DescribeDeliveryChannels'), respond: json({ DeliveryChannels: [
      { name: 'default', s3BucketName: 'config-bucket', s3KeyPrefix: 'cfg', snsTopicARN: 'arn:aws:sns:us-east-1:123456789012:config', configSnapshotDeliveryProperties: { deliveryFrequency: 'Six_Hours' } },
    ] }) },
    { name: 'DescribeDeliveryChannelStatus', match: byTarget('StarlingDoveService.DescribeDeliveryChannelStatus'), respond: json({ DeliveryChannelsStatus: [
      // Spelled as the CLI documentation's example shows it; Config's model says Success.
      { name: 'default', configSnapshotDeliveryInfo: { lastStatus: 'SUCCESS', lastAttemptTime: 1790000000, lastSuccessfulTime: 1790000000 },
        configHistoryDeliveryInfo: { lastStatus: 'Failure', lastErrorCode: 'AccessDenied', lastErrorMessage: 'bucket policy', lastAttemptTime: 1790003600, lastSuccessfulTime: 1789900000 } },
    ] }) },
    { name: 'ListAnalyzers', match: rest('access-analyzer', 'GET', '/analyzer'), respond: (r) => (r.query.nextToken === undefined
      ? json({ analyzers: [analyzer('account', 'ACCOUNT', 'ACTIVE')], nextToken: 'page-2' })
      : json({ analyzers: [analyzer('unused', 'ACCOUNT_UNUSED_ACCESS', 'CREATING')] })) },
    { name: 'DescribeHub', match: rest('securityhub', 'GET', '/accounts'), respond: json({ HubArn: 'arn:aws:securityhub:us-east-1:123456789012:hub/default', SubscribedAt: '2026-01-10T09:05:00.123456Z', AutoEnableControls: false, ControlFindingGenerator: 'SECURITY_CONTROL' }) },
    { name: 'GetEnabledStandards', match: rest('securityhub', 'POST', '/standards/get'), respond: (r) => (r.params.NextToken === undefined
      ? json({ StandardsSubscriptions: [{ StandardsSubscriptionArn: 'arn:aws:securityhub:us-east-1:123456789012:subscription/cis', StandardsArn: cis, StandardsInput: {}, StandardsStatus: 'READY' }], NextToken: 'page-2' })
      : json({ StandardsSubscriptions: [{ StandardsSubscriptionArn: 'arn:aws:securityhub:us-east-1:123456789012:subscription/fsbp', StandardsArn: fsbp, StandardsInput: {}, StandardsStatus: 'INCOMPLETE' }] })) },
    serviceSettings({ [LOG_DESTINATION]: ['CloudWatch', 'Customized'], [PUBLIC_SHARING]: ['Disable', 'PendingUpdate'] }),
    inspectorRoute(scans('ENABLED', 'ENABLING', 'SUSPENDED', 'DISABLED')),
    { name: 'GetMacieSession', match: rest('macie2', 'GET', '/macie'), respond: json({ status: 'ENABLED', findingPublishingFrequency: 'FIFTEEN_MINUTES', createdAt: '2026-01-10T09:00:00Z', updatedAt: '2026-01-10T09:00:00Z', serviceRole: 'arn:aws:iam::123456789012:role/aws-service-role/macie.amazonaws.com/AWSServiceRoleForAmazonMacie' }) },
    { name: 'GetAutomatedDiscoveryConfiguration', match: rest('macie2', 'GET', '/automated-discovery/configuration'), respond: json({ status: 'DISABLED', autoEnableOrganizationMembers: 'NONE', disabledAt: '2026-02-01T00:00:00Z' }) },
    emrAccess({ BlockPublicSecurityGroupRules: true, PermittedPublicSecurityGroupRuleRanges: [{ MinRange: 22, MaxRange: 22 }, { MinRange: 8000, MaxRange: 8080 }] }),
  ];
}

const notConfigured: Route[] = [
  ec2('GetEbsEncryptionByDefault', '<ebsEncryptionByDefault>false</ebsEncryptionByDefault>'),
  // A region where Block Public Access was never set: off, in its default state, nothing else named.
  ec2('DescribeVpcBlockPublicAccessOptions', bpa('off', 'default-state')),
  // What moto answers for the operation it does not implement.
  { name: 'GetEbsDefaultKmsKeyId', match: byAction('GetEbsDefaultKmsKeyId'), respond: { status: 500, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n' } },
  { name: 'DescribeConfigurationRecorders', match: byTarget('StarlingDoveService.DescribeConfigurationRecorders'), respond: json({ ConfigurationRecorders: [] }) },
  { name: 'DescribeDeliveryChannels', match: byTarget('StarlingDoveService.DescribeDeliveryChannels'), respond: json({ DeliveryChannels: [] }) },
  { name: 'ListAnalyzers', match: rest('access-analyzer', 'GET', '/analyzer'), respond: json({ analyzers: [] }) },
  { name: 'DescribeHub', match: rest('securityhub', 'GET', '/accounts'), respond: jsonError('InvalidAccessException', 'Account 123456789012 is not subscribed to AWS Security Hub', 401) },
  // Settings never changed answer their defaults: public sharing allowed, Automation output not sent to CloudWatch.
  serviceSettings({ [LOG_DESTINATION]: ['None', 'Default'], [PUBLIC_SHARING]: ['Enable', 'Default'] }),
  // An account that never enabled Inspector: every scan type DISABLED.
  inspectorRoute(scans('DISABLED', 'DISABLED', 'DISABLED', 'DISABLED')),
  macieNotEnabled,
  // Switched off, with no port named as an exception.
  emrAccess({ BlockPublicSecurityGroupRules: false }),
];

const region = (run: Awaited<ReturnType<typeof collectRecorded>>, name = 'us-east-1') => run.snapshot.resources.find((r) => r.type === 'aws.region' && r.id === name);

describe('regionSettings', () => {
  it('reads every setting of a configured region, joining recorders with their status and following pages', async () => {
    const run = await collectRecorded([regionSettings], configured(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const settings = region(run);
    expect(settings).toMatchObject({ type: 'aws.region', id: 'us-east-1', region: 'us-east-1', tags: {} });
    expect(settings?.errors).toBeUndefined();
    expect(settings?.data).toEqual({
      regionName: 'us-east-1',
      optInStatus: 'opt-in-not-required',
      ebsEncryptionByDefault: true,
      ebsDefaultKmsKeyId: kmsKey,
      vpcBlockPublicAccess: { internetGatewayBlockMode: 'block-ingress', state: 'update-complete', exclusionsAllowed: 'allowed', managedBy: 'declarative-policy' },
      configRecorders: [{
        name: 'default', roleArn: 'arn:aws:iam::123456789012:role/config',
        recordingGroup: { allSupported: false, includeGlobalResourceTypes: false, resourceTypes: [], exclusionResourceTypes: ['AWS::EC2::Volume'], recordingStrategy: 'EXCLUSION_BY_RESOURCE_TYPES' },
        recordingFrequency: 'DAILY',
        status: { recording: true, lastStatus: 'Failure', lastStartTime: '2026-09-21T14:13:20.000Z', lastStopTime: null, lastErrorCode: 'AccessDenied', lastErrorMessage: 'role cannot write' },
      }],
      deliveryChannels: [{
        name: 'default', s3BucketName: 'config-bucket', s3KeyPrefix: 'cfg', s3KmsKeyArn: null, snsTopicArn: 'arn:aws:sns:us-east-1:123456789012:config', deliveryFrequency: 'Six_Hours',
        status: {
          lastSnapshotDeliveryStatus: 'Success', lastSnapshotErrorCode: null, lastSnapshotSuccessfulTime: '2026-09-21T14:13:20.000Z',
          lastHistoryDeliveryStatus: 'Failure', lastHistoryErrorCode: 'AccessDenied', lastHistorySuccessfulTime: '2026-09-20T10:26:40.000Z',
        },
      }],
      accessAnalyzers: [
        { name: 'account', arn: 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/account', type: 'ACCOUNT', status: 'ACTIVE' },
        { name: 'unused', arn: 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/unused', type: 'ACCOUNT_UNUSED_ACCESS', status: 'CREATING' },
      ],
      securityHub: {
        enabled: true, hubArn: 'arn:aws:securityhub:us-east-1:123456789012:hub/default', subscribedAt: '2026-01-10T09:05:00.123Z', autoEnableControls: false,
        standards: [{ standardsArn: cis, status: 'READY' }, { standardsArn: fsbp, status: 'INCOMPLETE' }],
      },
      ssmAutomationLogDestination: { settingValue: 'CloudWatch', status: 'Customized' },
      ssmDocumentPublicSharing: { settingValue: 'Disable', status: 'PendingUpdate' },
      inspector: { ec2: 'ENABLED', ecr: 'ENABLING', lambda: 'SUSPENDED', lambdaCode: 'DISABLED' },
      macie: { status: 'ENABLED', automatedDiscovery: 'DISABLED' },
      emrBlockPublicAccess: { blockPublicSecurityGroupRules: true, permittedPublicPortRanges: [{ minRange: 22, maxRange: 22 }, { minRange: 8000, maxRange: 8080 }] },
    });
    expect(run.aws.requests.filter(isSetting).map((r) => r.params.SettingId).sort()).toEqual([LOG_DESTINATION, PUBLIC_SHARING]);
    expect(run.aws.count('ListAnalyzers')).toBe(2);
    expect(run.aws.count('GetEnabledStandards')).toBe(2);
    // One DescribeRegions across all regions serves the run's region plan and the region's opt-in status.
    expect(run.aws.requests.filter((r) => r.action === 'DescribeRegions').map((r) => r.params)).toEqual([{ Action: 'DescribeRegions', Version: '2016-11-15', AllRegions: 'true' }]);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.region', account: '123456789012', region: 'us-east-1', status: 'complete' }]);
  });

  it('asks DescribeRegions once for the run, however many regions it collects', async () => {
    const run = await collectRecorded([regionSettings], [...notConfigured, regionsRoute(['us-east-1', 'eu-west-1'])], { regions: ['us-east-1', 'eu-west-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('DescribeRegions')).toBe(1);
    expect(['us-east-1', 'eu-west-1'].map((name) => region(run, name)?.data.optInStatus)).toEqual(['opt-in-not-required', 'opt-in-not-required']);
  });

  it('reads "not configured" answers as data, and records the unimplemented default-key call on its field only', async () => {
    const run = await collectRecorded([regionSettings], [...notConfigured, regionsRoute(['us-east-1'])], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const settings = region(run);
    expect(settings?.data).toEqual({
      regionName: 'us-east-1', optInStatus: 'opt-in-not-required', ebsEncryptionByDefault: false,
      vpcBlockPublicAccess: { internetGatewayBlockMode: 'off', state: 'default-state', exclusionsAllowed: null, managedBy: null },
      configRecorders: [], deliveryChannels: [], accessAnalyzers: [],
      securityHub: { enabled: false, hubArn: null, subscribedAt: null, autoEnableControls: null, standards: [] },
      ssmAutomationLogDestination: { settingValue: 'None', status: 'Default' },
      ssmDocumentPublicSharing: { settingValue: 'Enable', status: 'Default' },
      inspector: { ec2: 'DISABLED', ecr: 'DISABLED', lambda: 'DISABLED', lambdaCode: 'DISABLED' },
      macie: { status: null, automatedDiscovery: null },
      emrBlockPublicAccess: { blockPublicSecurityGroupRules: false, permittedPublicPortRanges: [] },
    });
    expect(settings?.errors).toEqual([expect.objectContaining({ path: 'ebsDefaultKmsKeyId', operation: 'ec2:GetEbsDefaultKmsKeyId' })]);
    expect(run.aws.count('GetAutomatedDiscoveryConfiguration')).toBe(0);
    // Nothing to ask about when there is no recorder or no hub.
    expect(run.aws.count('DescribeConfigurationRecorderStatus')).toBe(0);
    expect(run.aws.count('DescribeDeliveryChannelStatus')).toBe(0);
    expect(run.aws.count('GetEnabledStandards')).toBe(0);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('reads a hub that does not exist (ResourceNotFoundException) as Security Hub not enabled', async () => {
    const missing: Route = { name: 'hub-missing', match: rest('securityhub', 'GET', '/accounts'), respond: jsonError('ResourceNotFoundException', 'Hub not found', 404) };
    const run = await collectRecorded([regionSettings], configured([missing]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(region(run)?.data.securityHub).toEqual({ enabled: false, hubArn: null, subscribedAt: null, autoEnableControls: null, standards: [] });
    expect(region(run)?.errors).toBeUndefined();
  });

  it('records a denied or silent DescribeDeliveryChannelStatus on the channel status, never as delivering', async () => {
    const deniedStatus: Route = { name: 'channel-status-denied', match: byTarget('StarlingDoveService.DescribeDeliveryChannelStatus'), respond: jsonError('AccessDeniedException', 'not allowed', 403) };
    const denied = await collectRecorded([regionSettings], configured([deniedStatus]), { regions: ['us-east-1'] });
    expect(denied.problems).toEqual([]);
    expect(region(denied)?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['deliveryChannels[].status', 'AccessDeniedException', 'config:DescribeDeliveryChannelStatus']]);
    const channels = region(denied)?.data.deliveryChannels as Record<string, unknown>[];
    expect(channels.map((c) => c.name)).toEqual(['default']);
    expect('status' in (channels[0] ?? {})).toBe(false);

    const silent: Route = { name: 'channel-status-silent', match: byTarget('StarlingDoveService.DescribeDeliveryChannelStatus'), respond: json({ DeliveryChannelsStatus: [{ name: 'other' }] }) };
    const unnamed = await collectRecorded([regionSettings], configured([silent]), { regions: ['us-east-1'] });
    expect(region(unnamed)?.errors?.map((e) => [e.path, e.code])).toEqual([['deliveryChannels[0].status', 'IncompleteResponse']]);
    expect('status' in ((region(unnamed)?.data.deliveryChannels as Record<string, unknown>[])[0] ?? {})).toBe(false);
  });

  it('records each denied call on the field it feeds and keeps the rest', async () => {
    const denied = (name: string, match: (r: WireRequest) => boolean): Route => ({ name, match, respond: jsonError('AccessDeniedException', `not allowed: ${name}`, 403) });
    const run = await collectRecorded([regionSettings], configured([
      denied('recorder-status', byTarget('StarlingDoveService.DescribeConfigurationRecorderStatus')),
      denied('channels', byTarget('StarlingDoveService.DescribeDeliveryChannels')),
      denied('analyzers', rest('access-analyzer', 'GET', '/analyzer')),
      denied('standards', rest('securityhub', 'POST', '/standards/get')),
    ]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const settings = region(run);
    expect(settings?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([
      ['configRecorders[].status', 'AccessDeniedException', 'config:DescribeConfigurationRecorderStatus'],
      ['deliveryChannels', 'AccessDeniedException', 'config:DescribeDeliveryChannels'],
      ['accessAnalyzers', 'AccessDeniedException', 'access-analyzer:ListAnalyzers'],
      ['securityHub.standards', 'AccessDeniedException', 'securityhub:GetEnabledStandards'],
    ]);
    const recorders = settings?.data.configRecorders as Record<string, unknown>[];
    expect(recorders.map((r) => r.name)).toEqual(['default']);
    expect('status' in (recorders[0] ?? {})).toBe(false);
    expect('deliveryChannels' in (settings?.data ?? {})).toBe(false);
    expect('accessAnalyzers' in (settings?.data ?? {})).toBe(false);
    expect(settings?.data.securityHub).toEqual({ enabled: true, hubArn: 'arn:aws:securityhub:us-east-1:123456789012:hub/default', subscribedAt: '2026-01-10T09:05:00.123Z', autoEnableControls: false });
    expect(settings?.data).toMatchObject({ ebsEncryptionByDefault: true, ebsDefaultKmsKeyId: kmsKey });
    expect(run.snapshot.errors).toContainEqual(expect.objectContaining({ operation: 'ListAnalyzers', resource: 'us-east-1', code: 'AccessDeniedException' }));
  });

  it('records a denied or incomplete Block Public Access answer on its field, never as off', async () => {
    const denied = await collectRecorded([regionSettings], configured([{ name: 'bpa-denied', match: byAction('DescribeVpcBlockPublicAccessOptions'), respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403) }]), { regions: ['us-east-1'] });
    expect(denied.problems).toEqual([]);
    expect('vpcBlockPublicAccess' in (region(denied)?.data ?? {})).toBe(false);
    expect(region(denied)?.errors).toEqual([{ path: 'vpcBlockPublicAccess', code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', operation: 'ec2:DescribeVpcBlockPublicAccessOptions' }]);
    const silent = await collectRecorded([regionSettings], configured([ec2('DescribeVpcBlockPublicAccessOptions', '<vpcBlockPublicAccessOptions><state>update-complete</state></vpcBlockPublicAccessOptions>')]), { regions: ['us-east-1'] });
    expect(silent.problems).toEqual([]);
    expect(region(silent)?.errors?.map((e) => [e.path, e.code])).toEqual([['vpcBlockPublicAccess', 'IncompleteResponse']]);
  });

  it('reads a port range named by MinRange alone as that one port, and records a denied or incomplete EMR answer on its field, never as off', async () => {
    const single = await collectRecorded([regionSettings], configured([emrAccess({ BlockPublicSecurityGroupRules: true, PermittedPublicSecurityGroupRuleRanges: [{ MinRange: 22 }] })]), { regions: ['us-east-1'] });
    expect(single.problems).toEqual([]);
    expect(region(single)?.data.emrBlockPublicAccess).toEqual({ blockPublicSecurityGroupRules: true, permittedPublicPortRanges: [{ minRange: 22, maxRange: 22 }] });
    const denied = await collectRecorded([regionSettings], configured([{ name: 'emr-denied', match: byTarget(EMR_BPA), respond: jsonError('AccessDeniedException', 'not authorized to perform: elasticmapreduce:GetBlockPublicAccessConfiguration') }]), { regions: ['us-east-1'] });
    expect(denied.problems).toEqual([]);
    expect('emrBlockPublicAccess' in (region(denied)?.data ?? {})).toBe(false);
    expect(region(denied)?.errors).toEqual([{ path: 'emrBlockPublicAccess', code: 'AccessDeniedException', message: 'not authorized to perform: elasticmapreduce:GetBlockPublicAccessConfiguration', operation: 'elasticmapreduce:GetBlockPublicAccessConfiguration' }]);
    const silent = await collectRecorded([regionSettings], configured([emrAccess({ PermittedPublicSecurityGroupRuleRanges: [] })]), { regions: ['us-east-1'] });
    expect(silent.problems).toEqual([]);
    expect(region(silent)?.errors?.map((e) => [e.path, e.code])).toEqual([['emrBlockPublicAccess', 'IncompleteResponse']]);
  });

  it('records a denied DescribeHub on the whole securityHub field, never as "not enabled"', async () => {
    const run = await collectRecorded([regionSettings], configured([{ name: 'hub-denied', match: rest('securityhub', 'GET', '/accounts'), respond: jsonError('AccessDeniedException', 'no securityhub:DescribeHub', 403) }]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect('securityHub' in (region(run)?.data ?? {})).toBe(false);
    expect(region(run)?.errors).toEqual([{ path: 'securityHub', code: 'AccessDeniedException', message: 'no securityhub:DescribeHub', operation: 'securityhub:DescribeHub' }]);
    expect(run.aws.count('GetEnabledStandards')).toBe(0);
  });

  it('records a denied, unknown or incomplete Systems Manager setting on its own field, never as its default', async () => {
    const denied: Route = { name: 'sharing-denied', match: (r) => isSetting(r) && r.params.SettingId === PUBLIC_SHARING, respond: jsonError('AccessDeniedException', 'no ssm:GetServiceSetting', 400) };
    const run = await collectRecorded([regionSettings], configured([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect('ssmDocumentPublicSharing' in (region(run)?.data ?? {})).toBe(false);
    expect(region(run)?.data.ssmAutomationLogDestination).toEqual({ settingValue: 'CloudWatch', status: 'Customized' });
    expect(region(run)?.errors).toEqual([{ path: 'ssmDocumentPublicSharing', code: 'AccessDeniedException', message: 'no ssm:GetServiceSetting', operation: 'ssm:GetServiceSetting' }]);

    // A sharing value Assay does not know, and a log destination answered without its status.
    const odd = serviceSettings({ [LOG_DESTINATION]: ['CloudWatch', ''], [PUBLIC_SHARING]: ['Maybe', 'Customized'] });
    const unreadable = await collectRecorded([regionSettings], configured([odd]), { regions: ['us-east-1'] });
    expect(unreadable.problems).toEqual([]);
    expect(region(unreadable)?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([
      ['ssmAutomationLogDestination', 'IncompleteResponse', 'ssm:GetServiceSetting'],
      ['ssmDocumentPublicSharing', 'IncompleteResponse', 'ssm:GetServiceSetting'],
    ]);
  });

  it('reports opted-in regions and skips the ones not opted in', async () => {
    const regions: Route = {
      name: 'DescribeRegions', match: byAction('DescribeRegions'),
      respond: xml(`<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><regionInfo>${items([
        '<regionName>us-east-1</regionName><regionEndpoint>ec2.us-east-1.amazonaws.com</regionEndpoint><optInStatus>opt-in-not-required</optInStatus>',
        '<regionName>ap-east-1</regionName><regionEndpoint>ec2.ap-east-1.amazonaws.com</regionEndpoint><optInStatus>opted-in</optInStatus>',
        '<regionName>me-south-1</regionName><regionEndpoint>ec2.me-south-1.amazonaws.com</regionEndpoint><optInStatus>not-opted-in</optInStatus>',
      ])}</regionInfo></DescribeRegionsResponse>`),
    };
    const run = await collectRecorded([regionSettings], [...notConfigured, regions], { regions: ['us-east-1', 'ap-east-1', 'me-south-1'] });
    expect(run.problems).toEqual([]);
    expect(region(run, 'ap-east-1')?.data.optInStatus).toBe('opted-in');
    expect(region(run, 'me-south-1')).toBeUndefined();
    expect(run.snapshot.coverage).toContainEqual({ type: 'aws.region', account: '123456789012', region: 'me-south-1', status: 'skipped', reason: 'region not opted in for this account' });
    expect(run.aws.requests.some((r) => r.hostname.includes('me-south-1'))).toBe(false);
    expect(run.snapshot.scope.regions).toEqual(['ap-east-1', 'me-south-1', 'us-east-1']);
  });
});

describe('regionSettings: Inspector and Macie', () => {
  const deniedRoute = (name: string, match: (r: WireRequest) => boolean, message: string): Route => ({ name, match, respond: jsonError('AccessDeniedException', message, 403) });

  it('asks BatchGetAccountStatus about the collected account only', async () => {
    const run = await collectRecorded([regionSettings], configured(), { regions: ['us-east-1'] });
    expect(run.aws.requests.filter((r) => r.path === '/status/batch/get').map((r) => r.params)).toEqual([{ accountIds: ['123456789012'] }]);
  });

  it('records a denied BatchGetAccountStatus on the whole inspector field, never as disabled', async () => {
    const run = await collectRecorded([regionSettings], configured([deniedRoute('inspector-denied', rest('inspector2', 'POST', '/status/batch/get'), 'User is not authorized to perform: inspector2:BatchGetAccountStatus')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect('inspector' in (region(run)?.data ?? {})).toBe(false);
    expect(region(run)?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['inspector', 'AccessDeniedException', 'inspector2:BatchGetAccountStatus']]);
  });

  it('fails only the scan type an answer leaves out, and an account listed as failed fails every scan type', async () => {
    const partial = await collectRecorded([regionSettings], configured([inspectorRoute({ ec2: { status: 'ENABLED' }, ecr: { status: 'ENABLED' } })]), { regions: ['us-east-1'] });
    expect(partial.problems).toEqual([]);
    expect(region(partial)?.data.inspector).toEqual({ ec2: 'ENABLED', ecr: 'ENABLED' });
    expect(region(partial)?.errors?.map((e) => [e.path, e.code])).toEqual([['inspector.lambda', 'IncompleteResponse'], ['inspector.lambdaCode', 'IncompleteResponse']]);

    const failedAccount: Route = { name: 'inspector-failed-account', match: rest('inspector2', 'POST', '/status/batch/get'),
      respond: json({ accounts: [], failedAccounts: [{ accountId: '123456789012', errorCode: 'ACCESS_DENIED', errorMessage: 'denied' }] }) };
    const failed = await collectRecorded([regionSettings], configured([failedAccount]), { regions: ['us-east-1'] });
    expect(failed.problems).toEqual([]);
    expect(region(failed)?.errors?.map((e) => e.path)).toEqual(['inspector.ec2', 'inspector.ecr', 'inspector.lambda', 'inspector.lambdaCode']);
  });

  it('reads "Macie is not enabled" as off, but a denied GetMacieSession as unknown', async () => {
    const off = await collectRecorded([regionSettings], configured([macieNotEnabled]), { regions: ['us-east-1'] });
    expect(off.problems).toEqual([]);
    expect(region(off)?.data.macie).toEqual({ status: null, automatedDiscovery: null });
    expect(region(off)?.errors).toBeUndefined();
    expect(off.aws.count('GetAutomatedDiscoveryConfiguration')).toBe(0);

    const noSession = await collectRecorded([regionSettings], configured([{ name: 'macie-no-session', match: rest('macie2', 'GET', '/macie'), respond: jsonError('ResourceNotFoundException', "The request failed because the specified resource doesn't exist.", 404) }]), { regions: ['us-east-1'] });
    expect(noSession.problems).toEqual([]);
    expect(region(noSession)?.data.macie).toEqual({ status: null, automatedDiscovery: null });
    expect(region(noSession)?.errors).toBeUndefined();

    const denied = await collectRecorded([regionSettings], configured([deniedRoute('macie-denied', rest('macie2', 'GET', '/macie'), 'User is not authorized to perform: macie2:GetMacieSession')]), { regions: ['us-east-1'] });
    expect(denied.problems).toEqual([]);
    expect('macie' in (region(denied)?.data ?? {})).toBe(false);
    expect(region(denied)?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['macie', 'AccessDeniedException', 'macie2:GetMacieSession']]);
  });

  it('records a denied GetAutomatedDiscoveryConfiguration on that leaf only', async () => {
    const run = await collectRecorded([regionSettings], configured([deniedRoute('discovery-denied', rest('macie2', 'GET', '/automated-discovery/configuration'), 'not allowed')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(region(run)?.data.macie).toEqual({ status: 'ENABLED' });
    expect(region(run)?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['macie.automatedDiscovery', 'AccessDeniedException', 'macie2:GetAutomatedDiscoveryConfiguration']]);
  });
});

describe('regionSettings call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(regionSettings)).toEqual([]);
  });
});
