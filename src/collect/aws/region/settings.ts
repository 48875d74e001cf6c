/**
 * aws.region: one resource per account and region holding the region-wide
 * settings CIS-style controls read — opt-in, EBS encryption by default, VPC
 * Block Public Access, AWS
 * Config recorders and delivery channels, IAM Access Analyzer analyzers,
 * Security Hub, the Systems Manager service settings FSBP judges, Amazon
 * Inspector's scan types, Amazon Macie and EMR block public access. Each setting is its own call and fails on its own, recorded
 * on its field; "not configured" answers are data (empty lists, a disabled
 * hub), never failures.
 */
import { AccessAnalyzerClient, paginateListAnalyzers } from '@aws-sdk/client-accessanalyzer';
import { ConfigServiceClient, DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand, DescribeDeliveryChannelsCommand, DescribeDeliveryChannelStatusCommand } from '@aws-sdk/client-config-service';
import { DescribeVpcBlockPublicAccessOptionsCommand, EC2Client, GetEbsDefaultKmsKeyIdCommand, GetEbsEncryptionByDefaultCommand } from '@aws-sdk/client-ec2';
import { BatchGetAccountStatusCommand, Inspector2Client } from '@aws-sdk/client-inspector2';
import { GetAutomatedDiscoveryConfigurationCommand, GetMacieSessionCommand, Macie2Client } from '@aws-sdk/client-macie2';
import { DescribeHubCommand, paginateGetEnabledStandards, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { GetServiceSettingCommand, SSMClient } from '@aws-sdk/client-ssm';
import { EMRClient, GetBlockPublicAccessConfigurationCommand } from '@aws-sdk/client-emr';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { asIs, failureOf, mapped, required, setFields } from '../../answers.js';
import { readPages } from '../../listing.js';
import { describeAllRegions } from '../../regions.js';
import { accessAnalyzers, configRecorders, customerManaged, deliveryChannels, emrBlockPublicAccess, optInStatus, securityHub, securityHubNotEnabled, ssmDocumentPublicSharing, ssmAutomationLogDestination, SSM_SETTINGS, vpcBlockPublicAccess } from './map.js';
import { automatedDiscovery, inspectorScans, macieNotEnabled, macieOff, macieStatus } from './map-scanners.js';

export const regionCalls = {
  ec2: callTable('EC2', 'ec2', {
    DescribeRegions: { iam: 'ec2:DescribeRegions', fills: ['regionName', 'optInStatus'] },
    GetEbsEncryptionByDefault: { iam: 'ec2:GetEbsEncryptionByDefault', fills: ['ebsEncryptionByDefault'] },
    GetEbsDefaultKmsKeyId: { iam: 'ec2:GetEbsDefaultKmsKeyId', fills: ['ebsDefaultKmsKeyId'] },
    DescribeVpcBlockPublicAccessOptions: { iam: 'ec2:DescribeVpcBlockPublicAccessOptions', fills: ['vpcBlockPublicAccess'] },
  }),
  config: callTable('ConfigService', 'config', {
    DescribeConfigurationRecorders: { iam: 'config:DescribeConfigurationRecorders', fills: ['configRecorders'] },
    DescribeConfigurationRecorderStatus: { iam: 'config:DescribeConfigurationRecorderStatus', fills: ['configRecorders'] },
    DescribeDeliveryChannels: { iam: 'config:DescribeDeliveryChannels', fills: ['deliveryChannels'] },
    DescribeDeliveryChannelStatus: { iam: 'config:DescribeDeliveryChannelStatus', fills: ['deliveryChannels'] },
  }),
  accessAnalyzer: callTable('AccessAnalyzer', 'access-analyzer', { ListAnalyzers: { iam: 'access-analyzer:ListAnalyzers', fills: ['accessAnalyzers'] } }),
  securityHub: callTable('SecurityHub', 'securityhub', {
    // Not subscribed to Security Hub: the hub is off, not unknown.
    DescribeHub: { iam: 'securityhub:DescribeHub', absentOn: ['InvalidAccessException', 'ResourceNotFoundException'], fills: ['securityHub'] },
    GetEnabledStandards: { iam: 'securityhub:GetEnabledStandards', fills: ['securityHub'] },
  }),
  // A setting never changed answers its default value, so no error code means "not configured".
  ssm: callTable('SSM', 'ssm', { GetServiceSetting: { iam: 'ssm:GetServiceSetting', fills: ['ssmAutomationLogDestination', 'ssmDocumentPublicSharing'] } }),
  inspector: callTable('Inspector2', 'inspector2', { BatchGetAccountStatus: { iam: 'inspector2:BatchGetAccountStatus', fills: ['inspector'] } }),
  // "Macie is not enabled" shares AccessDeniedException with a denied permission, so the collector tells them apart by message (map-scanners.ts).
  macie: callTable('Macie2', 'macie2', {
    // No session resource: Macie is off, as "Macie is not enabled" says.
    GetMacieSession: { iam: 'macie2:GetMacieSession', absentOn: ['ResourceNotFoundException'], fills: ['macie'] },
    GetAutomatedDiscoveryConfiguration: { iam: 'macie2:GetAutomatedDiscoveryConfiguration', fills: ['macie'] },
  }),
  emr: callTable('EMR', 'elasticmapreduce', {
    GetBlockPublicAccessConfiguration: { iam: 'elasticmapreduce:GetBlockPublicAccessConfiguration', fills: ['emrBlockPublicAccess'] },
  }),
};

export const regionSettings = defineCollector({
  type: 'aws.region',
  scope: 'regional',
  calls: [regionCalls.ec2, regionCalls.config, regionCalls.accessAnalyzer, regionCalls.securityHub, regionCalls.ssm, regionCalls.inspector, regionCalls.macie, regionCalls.emr],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    const config = ctx.clients.get(ConfigServiceClient, ctx.region);
    const analyzer = ctx.clients.get(AccessAnalyzerClient, ctx.region);
    const hub = ctx.clients.get(SecurityHubClient, ctx.region);
    const ssm = ctx.clients.get(SSMClient, ctx.region);
    const readSetting = (settingId: string) => ctx.call(regionCalls.ssm.GetServiceSetting, () => ssm.send(new GetServiceSettingCommand({ SettingId: settingId })));
    const inspector = ctx.clients.get(Inspector2Client, ctx.region);
    const macie = ctx.clients.get(Macie2Client, ctx.region);
    const emr = ctx.clients.get(EMRClient, ctx.region);

    const readRecorders = async () => {
      const recorders = mapped(await ctx.call(regionCalls.config.DescribeConfigurationRecorders, () => config.send(new DescribeConfigurationRecordersCommand({}))),
        (answer) => customerManaged(answer.ConfigurationRecorders), regionCalls.config.DescribeConfigurationRecorders.label);
      const customer = recorders.kind === 'ok' ? recorders.value : [];
      // Without a recorder there is no status to read.
      const statuses = customer.length === 0 ? undefined : await ctx.call(regionCalls.config.DescribeConfigurationRecorderStatus, () => config.send(new DescribeConfigurationRecorderStatusCommand({})));
      return { recorders, customer, statuses };
    };
    const readChannels = async () => {
      const channels = await ctx.call(regionCalls.config.DescribeDeliveryChannels, () => config.send(new DescribeDeliveryChannelsCommand({})));
      // Without a channel there is no status to read.
      const listed = channels.kind === 'ok' ? channels.value.DeliveryChannels ?? [] : [];
      const statuses = listed.length === 0 ? undefined : await ctx.call(regionCalls.config.DescribeDeliveryChannelStatus, () => config.send(new DescribeDeliveryChannelStatusCommand({})));
      return { channels, statuses };
    };
    const readHub = async () => {
      const described = await ctx.call(regionCalls.securityHub.DescribeHub, () => hub.send(new DescribeHubCommand({})));
      const standards = described.kind === 'ok'
        ? await readPages(regionCalls.securityHub.GetEnabledStandards, paginateGetEnabledStandards({ client: hub, pageSize: 100 }, {}), (page) => page.StandardsSubscriptions)
        : undefined;
      return { described, standards };
    };
    const readMacie = async () => {
      const session = await ctx.call(regionCalls.macie.GetMacieSession, () => macie.send(new GetMacieSessionCommand({})));
      // Without a session there is no discovery configuration to read.
      const discovery = session.kind === 'ok' ? await ctx.call(regionCalls.macie.GetAutomatedDiscoveryConfiguration, () => macie.send(new GetAutomatedDiscoveryConfigurationCommand({}))) : undefined;
      return { session, discovery };
    };

    const [regions, encryption, kmsKey, blockPublicAccess, recorderAnswers, channelAnswers, analyzers, hubAnswers, automationLogs, publicSharing, inspectorStatus, macieAnswers, emrAccess] = await Promise.all([
      // The run's own answer for every region (it planned the run with it), not one more call per region.
      ctx.call(regionCalls.ec2.DescribeRegions, () => describeAllRegions(ctx.clients, ctx.partition)),
      ctx.call(regionCalls.ec2.GetEbsEncryptionByDefault, () => ec2.send(new GetEbsEncryptionByDefaultCommand({}))),
      ctx.call(regionCalls.ec2.GetEbsDefaultKmsKeyId, () => ec2.send(new GetEbsDefaultKmsKeyIdCommand({}))),
      ctx.call(regionCalls.ec2.DescribeVpcBlockPublicAccessOptions, () => ec2.send(new DescribeVpcBlockPublicAccessOptionsCommand({}))),
      readRecorders(),
      readChannels(),
      readPages(regionCalls.accessAnalyzer.ListAnalyzers, paginateListAnalyzers({ client: analyzer, pageSize: 100 }, {}), (page) => page.analyzers),
      readHub(),
      readSetting(SSM_SETTINGS.automationLogDestination),
      readSetting(SSM_SETTINGS.documentPublicSharing),
      ctx.call(regionCalls.inspector.BatchGetAccountStatus, () => inspector.send(new BatchGetAccountStatusCommand({ accountIds: [ctx.account] }))),
      readMacie(),
      ctx.call(regionCalls.emr.GetBlockPublicAccessConfiguration, () => emr.send(new GetBlockPublicAccessConfigurationCommand({}))),
    ]);

    // Fields are filled in catalog order once every answer is in, so the resource reads the same however the calls raced.
    const draft = ctx.draft({ type: 'aws.region', id: ctx.region }).set('regionName', ctx.region);
    const status = regions.kind === 'ok' ? optInStatus(regions.value.Regions, ctx.region) : undefined;
    if (regions.kind === 'failed') draft.fail('optInStatus', regions.failure);
    else if (status === undefined) draft.fail('optInStatus', { code: 'IncompleteResponse', message: `DescribeRegions did not report the opt-in status of ${ctx.region}`, operation: regionCalls.ec2.DescribeRegions.label });
    else draft.set('optInStatus', status);
    // GetEbsEncryptionByDefault and GetEbsDefaultKmsKeyId always answer their one value: without it the setting is unknown, not off.
    draft.field('ebsEncryptionByDefault', mapped(encryption, (answer) => required(answer.EbsEncryptionByDefault, 'EbsEncryptionByDefault'), regionCalls.ec2.GetEbsEncryptionByDefault.label), asIs);
    draft.field('ebsDefaultKmsKeyId', mapped(kmsKey, (answer) => required(answer.KmsKeyId, 'KmsKeyId'), regionCalls.ec2.GetEbsDefaultKmsKeyId.label), asIs);
    draft.field('vpcBlockPublicAccess', mapped(blockPublicAccess, (answer) => vpcBlockPublicAccess(answer.VpcBlockPublicAccessOptions), regionCalls.ec2.DescribeVpcBlockPublicAccessOptions.label), asIs);

    const { recorders, customer, statuses } = recorderAnswers;
    if (recorders.kind === 'failed') draft.fail('configRecorders', recorders.failure);
    else if (statuses?.kind === 'failed') {
      setFields(draft, { configRecorders: () => configRecorders(customer, undefined) }, regionCalls.config.DescribeConfigurationRecorders.label);
      draft.fail('configRecorders[].status', statuses.failure);
    } else {
      // No status call without a customer managed recorder; with one, the answer must carry its list.
      setFields(draft, {
        configRecorders: () => configRecorders(customer, statuses?.kind === 'ok' ? required(statuses.value.ConfigurationRecordersStatus, 'ConfigurationRecordersStatus') : []),
      }, regionCalls.config.DescribeConfigurationRecorderStatus.label);
    }
    const { channels, statuses: channelStatuses } = channelAnswers;
    if (channels.kind !== 'ok') draft.fail('deliveryChannels', failureOf(channels, regionCalls.config.DescribeDeliveryChannels.label));
    else if (channelStatuses?.kind === 'failed') {
      setFields(draft, { deliveryChannels: () => deliveryChannels(channels.value.DeliveryChannels, undefined) }, regionCalls.config.DescribeDeliveryChannels.label);
      draft.fail('deliveryChannels[].status', channelStatuses.failure);
    } else {
      // No status call without a channel; with one, the answer must carry its list.
      setFields(draft, {
        deliveryChannels: () => deliveryChannels(channels.value.DeliveryChannels, channelStatuses?.kind === 'ok' ? required(channelStatuses.value.DeliveryChannelsStatus, 'DeliveryChannelsStatus') : []),
      }, regionCalls.config.DescribeDeliveryChannelStatus.label);
    }
    if (analyzers.failure !== undefined) draft.fail('accessAnalyzers', analyzers.failure);
    else setFields(draft, { accessAnalyzers: () => accessAnalyzers(analyzers.items) }, regionCalls.accessAnalyzer.ListAnalyzers.label);

    const { described, standards } = hubAnswers;
    if (described.kind === 'absent') draft.set('securityHub', { ...securityHubNotEnabled, standards: [] });
    else if (described.kind === 'failed') draft.fail('securityHub', described.failure);
    else {
      setFields(draft, securityHub(described.value, standards?.failure === undefined ? standards?.items ?? [] : undefined), regionCalls.securityHub.DescribeHub.label);
      if (standards?.failure !== undefined) draft.fail('securityHub.standards', standards.failure);
    }
    const ssmLabel = regionCalls.ssm.GetServiceSetting.label;
    draft.field('ssmAutomationLogDestination', mapped(automationLogs, (answer) => ssmAutomationLogDestination(answer.ServiceSetting), ssmLabel), asIs);
    draft.field('ssmDocumentPublicSharing', mapped(publicSharing, (answer) => ssmDocumentPublicSharing(answer.ServiceSetting), ssmLabel), asIs);

    if (inspectorStatus.kind === 'ok') setFields(draft, inspectorScans(inspectorStatus.value, ctx.account), regionCalls.inspector.BatchGetAccountStatus.label);
    else draft.fail('inspector', failureOf(inspectorStatus, regionCalls.inspector.BatchGetAccountStatus.label));

    const { session, discovery } = macieAnswers;
    if (session.kind === 'absent' || (session.kind === 'failed' && macieNotEnabled(session.failure))) draft.set('macie', macieOff);
    else if (session.kind === 'failed') draft.fail('macie', session.failure);
    else {
      // One setFields for both leaves: a second would replace the macie object the first set.
      setFields(draft, {
        'macie.status': () => macieStatus(session.value),
        ...(discovery?.kind === 'ok' ? { 'macie.automatedDiscovery': () => automatedDiscovery(discovery.value) } : {}),
      }, regionCalls.macie.GetMacieSession.label);
      if (discovery !== undefined && discovery.kind !== 'ok') draft.fail('macie.automatedDiscovery', failureOf(discovery, regionCalls.macie.GetAutomatedDiscoveryConfiguration.label));
    }
    draft.field('emrBlockPublicAccess', mapped(emrAccess, (answer) => emrBlockPublicAccess(answer.BlockPublicAccessConfiguration), regionCalls.emr.GetBlockPublicAccessConfiguration.label), asIs);
    ctx.emit(draft.build());
  },
});
