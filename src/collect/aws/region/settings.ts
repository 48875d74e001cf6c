/**
 * aws.region: one resource per account and region holding the region-wide
 * settings CIS-style controls read — opt-in, EBS encryption by default, AWS
 * Config recorders and delivery channels, IAM Access Analyzer analyzers and
 * Security Hub. Each setting is its own call and fails on its own, recorded
 * on its field; "not configured" answers are data (empty lists, a disabled
 * hub), never failures.
 */
import { AccessAnalyzerClient, paginateListAnalyzers } from '@aws-sdk/client-accessanalyzer';
import { ConfigServiceClient, DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand, DescribeDeliveryChannelsCommand } from '@aws-sdk/client-config-service';
import { DescribeRegionsCommand, EC2Client, GetEbsDefaultKmsKeyIdCommand, GetEbsEncryptionByDefaultCommand } from '@aws-sdk/client-ec2';
import { DescribeHubCommand, paginateGetEnabledStandards, SecurityHubClient } from '@aws-sdk/client-securityhub';
import type { CallOptions, Fetch } from '../../context.js';
import { defineCollector } from '../../define.js';
import { asIs, mapped, required, setField, setFields } from '../../answers.js';
import { readPages } from '../../listing.js';
import { accessAnalyzers, configRecorders, customerManaged, deliveryChannels, optInStatus, securityHub, securityHubNotEnabled } from './map.js';

export const regionSettings = defineCollector({
  type: 'aws.region',
  scope: 'regional',
  permissions: [
    'ec2:DescribeRegions', 'ec2:GetEbsEncryptionByDefault', 'ec2:GetEbsDefaultKmsKeyId',
    'config:DescribeConfigurationRecorders', 'config:DescribeConfigurationRecorderStatus', 'config:DescribeDeliveryChannels',
    'access-analyzer:ListAnalyzers', 'securityhub:DescribeHub', 'securityhub:GetEnabledStandards',
  ],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    const config = ctx.clients.get(ConfigServiceClient, ctx.region);
    const analyzer = ctx.clients.get(AccessAnalyzerClient, ctx.region);
    const hub = ctx.clients.get(SecurityHubClient, ctx.region);
    const call = <T>(operation: string, send: () => Promise<T>, options?: CallOptions): Promise<Fetch<T>> => ctx.limit(() => ctx.call(operation, send, options));

    const readRecorders = async () => {
      const recorders = mapped(await call('config:DescribeConfigurationRecorders', () => config.send(new DescribeConfigurationRecordersCommand({}))),
        (answer) => customerManaged(answer.ConfigurationRecorders), 'config:DescribeConfigurationRecorders');
      const customer = recorders.kind === 'ok' ? recorders.value : [];
      // Without a recorder there is no status to read.
      const statuses = customer.length === 0 ? undefined : await call('config:DescribeConfigurationRecorderStatus', () => config.send(new DescribeConfigurationRecorderStatusCommand({})));
      return { recorders, customer, statuses };
    };
    const readHub = async () => {
      const described = await call('securityhub:DescribeHub', () => hub.send(new DescribeHubCommand({})), { absentOn: ['InvalidAccessException', 'ResourceNotFoundException'] });
      const standards = described.kind === 'ok'
        ? await ctx.limit(() => readPages('securityhub:GetEnabledStandards', paginateGetEnabledStandards({ client: hub, pageSize: 100 }, {}), (page) => page.StandardsSubscriptions))
        : undefined;
      return { described, standards };
    };

    const [regions, encryption, kmsKey, recorderAnswers, channels, analyzers, hubAnswers] = await Promise.all([
      call('ec2:DescribeRegions', () => ec2.send(new DescribeRegionsCommand({ RegionNames: [ctx.region], AllRegions: true }))),
      call('ec2:GetEbsEncryptionByDefault', () => ec2.send(new GetEbsEncryptionByDefaultCommand({}))),
      call('ec2:GetEbsDefaultKmsKeyId', () => ec2.send(new GetEbsDefaultKmsKeyIdCommand({}))),
      readRecorders(),
      call('config:DescribeDeliveryChannels', () => config.send(new DescribeDeliveryChannelsCommand({}))),
      ctx.limit(() => readPages('access-analyzer:ListAnalyzers', paginateListAnalyzers({ client: analyzer, pageSize: 100 }, {}), (page) => page.analyzers)),
      readHub(),
    ]);

    // Fields are filled in catalog order once every answer is in, so the resource reads the same however the calls raced.
    const draft = ctx.draft({ type: 'aws.region', id: ctx.region }).set('regionName', ctx.region);
    const status = regions.kind === 'ok' ? optInStatus(regions.value.Regions, ctx.region) : undefined;
    if (regions.kind === 'failed') draft.fail('optInStatus', regions.failure);
    else if (status === undefined) draft.fail('optInStatus', { code: 'IncompleteResponse', message: `DescribeRegions did not report the opt-in status of ${ctx.region}`, operation: 'ec2:DescribeRegions' });
    else draft.set('optInStatus', status);
    // GetEbsEncryptionByDefault and GetEbsDefaultKmsKeyId always answer their one value: without it the setting is unknown, not off.
    draft.field('ebsEncryptionByDefault', mapped(encryption, (answer) => required(answer.EbsEncryptionByDefault, 'EbsEncryptionByDefault'), 'ec2:GetEbsEncryptionByDefault'), asIs);
    draft.field('ebsDefaultKmsKeyId', mapped(kmsKey, (answer) => required(answer.KmsKeyId, 'KmsKeyId'), 'ec2:GetEbsDefaultKmsKeyId'), asIs);

    const { recorders, customer, statuses } = recorderAnswers;
    if (recorders.kind === 'failed') draft.fail('configRecorders', recorders.failure);
    else if (statuses?.kind === 'failed') {
      setFields(draft, { configRecorders: () => configRecorders(customer, undefined) }, 'config:DescribeConfigurationRecorders');
      draft.fail('configRecorders[].status', statuses.failure);
    } else {
      // No status call without a customer managed recorder; with one, the answer must carry its list.
      setFields(draft, {
        configRecorders: () => configRecorders(customer, statuses?.kind === 'ok' ? required(statuses.value.ConfigurationRecordersStatus, 'ConfigurationRecordersStatus') : []),
      }, 'config:DescribeConfigurationRecorderStatus');
    }
    setField(draft, 'deliveryChannels', channels, (answer) => deliveryChannels(answer.DeliveryChannels), 'config:DescribeDeliveryChannels');
    if (analyzers.failure !== undefined) draft.fail('accessAnalyzers', analyzers.failure);
    else setFields(draft, { accessAnalyzers: () => accessAnalyzers(analyzers.items) }, 'access-analyzer:ListAnalyzers');

    const { described, standards } = hubAnswers;
    if (described.kind === 'absent') draft.set('securityHub', { ...securityHubNotEnabled, standards: [] });
    else if (described.kind === 'failed') draft.fail('securityHub', described.failure);
    else {
      setFields(draft, securityHub(described.value, standards?.failure === undefined ? standards?.items ?? [] : undefined), 'securityhub:DescribeHub');
      if (standards?.failure !== undefined) draft.fail('securityHub.standards', standards.failure);
    }
    ctx.emit(draft.build());
  },
});
