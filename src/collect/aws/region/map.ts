/**
 * Pure mapping from EC2, AWS Config, IAM Access Analyzer and Security Hub
 * answers to aws.region fields, one reader per field (answers.ts). A
 * recorder, delivery channel, analyzer or standard AWS answered without
 * what it always sends fails at its own index, so the others still decide.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - A recorder status's `recording`, and a recording group's allSupported
 *   and includeGlobalResourceTypes, absent are false: Config's service model
 *   gives each the default false (config-service-2014-11-12).
 * - A recording group's resourceTypes and exclusionByResourceTypes absent
 *   are empty: they list types only under the inclusion and exclusion
 *   strategies (RecordingGroup: "either omit this field or don't specify any
 *   resource types"); recordingStrategy and recordingMode absent are null.
 * - A recorder status's lastStatus absent is null: no recording event has
 *   been processed yet (ConfigurationRecorderStatus: "the status of the
 *   latest recording event processed"); its times and last error are null
 *   when there was none.
 * - A delivery channel's key prefix, KMS key, SNS topic and delivery
 *   frequency absent are null: each is optional when the channel is created.
 * - A delivery channel status's snapshot or history lastStatus absent is
 *   null: no delivery was attempted yet (ConfigExportDeliveryInfo, every
 *   member optional); its last error and last success are null when none.
 * - DescribeHub's AutoEnableControls absent is null, as the schema has it.
 * - A Systems Manager service setting without its SettingValue or Status is
 *   unknown: GetServiceSetting answers a setting never changed with its
 *   default value and the status Default, so nothing absent means "off".
 * A recorder DescribeConfigurationRecorderStatus says nothing about has an
 * unknown status, never "not recording" and never "no status".
 */
import { eachOf, iso, isoOrNull, knownValue, required, text, UnreadableAnswer, WithGaps, type ReadersOf, type Gap } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { AnalyzerSummary } from '@aws-sdk/client-accessanalyzer';
import type { ConfigExportDeliveryInfo, ConfigurationRecorder, ConfigurationRecorderStatus, DeliveryChannel, DeliveryChannelStatus } from '@aws-sdk/client-config-service';
import type { Region, VpcBlockPublicAccessOptions } from '@aws-sdk/client-ec2';
import type { DescribeHubCommandOutput, StandardsSubscription } from '@aws-sdk/client-securityhub';
import type { ServiceSetting } from '@aws-sdk/client-ssm';
import type { BlockPublicAccessConfiguration } from '@aws-sdk/client-emr';

type RegionData = CatalogData['aws.region'];
type Recorder = RegionData['configRecorders'][number];
type Channel = RegionData['deliveryChannels'][number];

/** The region's opt-in status from DescribeRegions (AllRegions), or undefined when AWS did not list the region. */
export function optInStatus(regions: readonly Region[] | undefined, region: string): RegionData['optInStatus'] | undefined {
  // As EC2 answers it; a value the catalog does not list fails snapshot validation.
  return regions?.find((r) => r.RegionName === region)?.OptInStatus as RegionData['optInStatus'] | undefined;
}

const recorderStatuses = ['Pending', 'Success', 'Failure', 'NotApplicable'] as const;

/** Config spells recorder statuses "Success"; some emulators answer "SUCCESS". A value Config does not document is unreadable. */
function lastStatus(value: string | undefined): (typeof recorderStatuses)[number] | null {
  if (value === undefined) return null;
  const known = recorderStatuses.find((s) => s.toLowerCase() === value.toLowerCase());
  if (known === undefined) throw new UnreadableAnswer('IncompleteResponse', `the recorder's lastStatus "${value}" is not one this version of Assay knows`);
  return known;
}

function recorderStatus(status: ConfigurationRecorderStatus): Recorder['status'] {
  return {
    recording: status.recording ?? false,
    lastStatus: lastStatus(status.lastStatus),
    lastStartTime: status.lastStartTime === undefined ? null : status.lastStartTime.toISOString(),
    lastStopTime: status.lastStopTime === undefined ? null : status.lastStopTime.toISOString(),
    lastErrorCode: status.lastErrorCode === undefined || status.lastErrorCode === '' ? null : status.lastErrorCode,
    lastErrorMessage: status.lastErrorMessage === undefined || status.lastErrorMessage === '' ? null : status.lastErrorMessage,
  };
}

/** Recorders that a service (Security Hub, Control Tower …) links and manages carry its principal; the catalog lists customer managed ones. */
export function customerManaged(recorders: readonly ConfigurationRecorder[] | undefined): ConfigurationRecorder[] {
  return required(recorders, 'ConfigurationRecorders').filter((r) => r.servicePrincipal === undefined || r.servicePrincipal === '');
}

function recorder(r: ConfigurationRecorder): Omit<Recorder, 'status'> & Partial<Pick<Recorder, 'status'>> {
  const group = required(r.recordingGroup, 'recordingGroup');
  return {
    name: text(r.name, 'name'),
    roleArn: text(r.roleARN, 'roleARN'),
    recordingGroup: {
      allSupported: group.allSupported ?? false,
      includeGlobalResourceTypes: group.includeGlobalResourceTypes ?? false,
      resourceTypes: group.resourceTypes ?? [],
      exclusionResourceTypes: group.exclusionByResourceTypes?.resourceTypes ?? [],
      recordingStrategy: group.recordingStrategy?.useOnly === undefined ? null : knownValue(group.recordingStrategy.useOnly, ['ALL_SUPPORTED_RESOURCE_TYPES', 'INCLUSION_BY_RESOURCE_TYPES', 'EXCLUSION_BY_RESOURCE_TYPES'], 'recordingStrategy.useOnly'),
    },
    recordingFrequency: r.recordingMode?.recordingFrequency === undefined ? null : knownValue(r.recordingMode.recordingFrequency, ['CONTINUOUS', 'DAILY'], 'recordingMode.recordingFrequency'),
  };
}

/**
 * Recorders joined by name with their status. `statuses` undefined means the
 * status call failed: `status` is then left out, and the caller records the
 * failure at configRecorders[].status. A recorder the status answer does not
 * name, or names with a status that cannot be read, fails at its own
 * `[i].status`.
 */
export function configRecorders(recorders: readonly ConfigurationRecorder[], statuses: readonly ConfigurationRecorderStatus[] | undefined): WithGaps<RegionData['configRecorders']> {
  const mapped = eachOf(recorders, 'ConfigurationRecorders', recorder);
  // Without the status answer, `status` is left out and failed by the caller.
  if (statuses === undefined) return mapped as WithGaps<RegionData['configRecorders']>;
  return withStatuses(mapped, recorders, statuses, recorderStatus, 'DescribeConfigurationRecorderStatus', 'recorder') as WithGaps<RegionData['configRecorders']>;
}

/**
 * Each mapped element given the status its name has in `statuses`. An element
 * the answer does not name, or names with a status that cannot be read, fails
 * at its own `[i].status`, never a default; elements that already failed are
 * left as they are.
 */
function withStatuses<E extends { status?: unknown }, S extends { name?: string | undefined }>(
  mapped: WithGaps<E[]>, answered: readonly { name?: string | undefined }[], statuses: readonly S[],
  read: (status: S) => E['status'], operation: string, what: string,
): WithGaps<E[]> {
  const values = mapped.value;
  const gaps: Gap[] = [...mapped.gaps];
  answered.forEach((item, i) => {
    const element = values[i];
    if (element === undefined || mapped.gaps.some((g) => g.at === `[${i}]`)) return;
    const status = statuses.find((s) => s.name === item.name);
    if (status === undefined) {
      gaps.push({ at: `[${i}].status`, code: 'IncompleteResponse', message: `${operation} answered no status for ${what} ${String(item.name)}` });
      return;
    }
    try {
      element.status = read(status);
    } catch (error) {
      if (!(error instanceof UnreadableAnswer)) throw error;
      gaps.push({ at: `[${i}].status`, code: error.code, message: error.message });
    }
  });
  // Each element has its status now, or fails at [i].status.
  return new WithGaps(values, gaps);
}

const deliveryStatuses = ['Success', 'Failure', 'Not_Applicable'] as const;

/** Config spells delivery statuses "Success"; its CLI examples show "SUCCESS". A value Config does not document is unreadable. */
function deliveryStatus(value: string | undefined, what: string): (typeof deliveryStatuses)[number] | null {
  if (value === undefined) return null;
  const known = deliveryStatuses.find((s) => s.toLowerCase() === value.toLowerCase());
  if (known === undefined) throw new UnreadableAnswer('IncompleteResponse', `the delivery channel's ${what}.lastStatus "${value}" is not one this version of Assay knows`);
  return known;
}

const orNull = (value: string | undefined): string | null => (value === undefined || value === '' ? null : value);

function channelStatus(status: DeliveryChannelStatus): NonNullable<Channel['status']> {
  const snapshot: ConfigExportDeliveryInfo = status.configSnapshotDeliveryInfo ?? {};
  const history: ConfigExportDeliveryInfo = status.configHistoryDeliveryInfo ?? {};
  return {
    lastSnapshotDeliveryStatus: deliveryStatus(snapshot.lastStatus, 'configSnapshotDeliveryInfo'),
    lastSnapshotErrorCode: orNull(snapshot.lastErrorCode),
    lastSnapshotSuccessfulTime: isoOrNull(snapshot.lastSuccessfulTime),
    lastHistoryDeliveryStatus: deliveryStatus(history.lastStatus, 'configHistoryDeliveryInfo'),
    lastHistoryErrorCode: orNull(history.lastErrorCode),
    lastHistorySuccessfulTime: isoOrNull(history.lastSuccessfulTime),
  };
}

/**
 * Delivery channels joined by name with their status. `statuses` undefined
 * means the status call failed: `status` is then left out, and the caller
 * records the failure at deliveryChannels[].status. A channel the status
 * answer does not name, or names with a status that cannot be read, fails at
 * its own `[i].status` — never a default.
 */
export function deliveryChannels(channels: readonly DeliveryChannel[] | undefined, statuses: readonly DeliveryChannelStatus[] | undefined): WithGaps<RegionData['deliveryChannels']> {
  const mapped = eachOf(channels, 'DeliveryChannels', channel);
  if (statuses === undefined) return mapped as WithGaps<RegionData['deliveryChannels']>;
  return withStatuses(mapped, channels ?? [], statuses, channelStatus, 'DescribeDeliveryChannelStatus', 'delivery channel') as WithGaps<RegionData['deliveryChannels']>;
}

function channel(channel: DeliveryChannel): Omit<Channel, 'status'> & Partial<Pick<Channel, 'status'>> {
  return {
    name: text(channel.name, 'name'),
    s3BucketName: text(channel.s3BucketName, 's3BucketName'),
    s3KeyPrefix: channel.s3KeyPrefix === undefined || channel.s3KeyPrefix === '' ? null : channel.s3KeyPrefix,
    s3KmsKeyArn: channel.s3KmsKeyArn === undefined || channel.s3KmsKeyArn === '' ? null : channel.s3KmsKeyArn,
    snsTopicArn: channel.snsTopicARN === undefined || channel.snsTopicARN === '' ? null : channel.snsTopicARN,
    deliveryFrequency: channel.configSnapshotDeliveryProperties?.deliveryFrequency === undefined ? null
      : knownValue(channel.configSnapshotDeliveryProperties.deliveryFrequency, ['One_Hour', 'Three_Hours', 'Six_Hours', 'Twelve_Hours', 'TwentyFour_Hours'], 'deliveryFrequency'),
  };
}

/** An analyzer without its type or status is unknown, never an ACCOUNT analyzer or a FAILED one. */
export function accessAnalyzers(analyzers: readonly AnalyzerSummary[]): WithGaps<RegionData['accessAnalyzers']> {
  return eachOf(analyzers, 'analyzers', (a) => ({
    name: text(a.name, 'name'),
    arn: text(a.arn, 'arn'),
    type: knownValue(a.type, ['ACCOUNT', 'ORGANIZATION', 'ACCOUNT_UNUSED_ACCESS', 'ORGANIZATION_UNUSED_ACCESS', 'ACCOUNT_INTERNAL_ACCESS', 'ORGANIZATION_INTERNAL_ACCESS'], 'type'),
    status: knownValue(a.status, ['ACTIVE', 'CREATING', 'DISABLED', 'FAILED'], 'status'),
  }));
}

/** DescribeHub answered "not subscribed" (InvalidAccessException) or "no hub" (ResourceNotFoundException). */
export const securityHubNotEnabled = { enabled: false, hubArn: null, subscribedAt: null, autoEnableControls: null, standards: [] } as const;

/**
 * An enabled hub, one reader per leaf. `standards` undefined means
 * GetEnabledStandards failed: it is left out, and the caller records the
 * failure at securityHub.standards.
 */
export function securityHub(hub: DescribeHubCommandOutput, standards: readonly StandardsSubscription[] | undefined): ReadersOf<RegionData> {
  return {
    'securityHub.enabled': () => true,
    'securityHub.hubArn': () => text(hub.HubArn, 'HubArn'),
    // SubscribedAt is a string; AWS sends ISO 8601, sometimes with microseconds, which the snapshot normalizes to milliseconds.
    'securityHub.subscribedAt': () => {
      const subscribed = Date.parse(text(hub.SubscribedAt, 'SubscribedAt'));
      if (Number.isNaN(subscribed)) throw new UnreadableAnswer('IncompleteResponse', `SubscribedAt "${String(hub.SubscribedAt)}" is not a time`);
      return iso(new Date(subscribed), 'SubscribedAt');
    },
    'securityHub.autoEnableControls': () => hub.AutoEnableControls ?? null,
    ...(standards === undefined ? {} : {
      'securityHub.standards': () => eachOf(standards, 'StandardsSubscriptions', (s) => ({
        standardsArn: text(s.StandardsArn, 'StandardsArn'),
        status: knownValue(s.StandardsStatus, ['PENDING', 'READY', 'FAILED', 'DELETING', 'INCOMPLETE'], 'StandardsStatus'),
      })),
    }),
  };
}

/**
 * DescribeVpcBlockPublicAccessOptions always answers the mode and state of
 * the region (off and default-state where it was never set), so their
 * absence is unknown, never "off"; ExclusionsAllowed and ManagedBy absent
 * are null.
 */
export function vpcBlockPublicAccess(options: VpcBlockPublicAccessOptions | undefined): CatalogData['aws.region']['vpcBlockPublicAccess'] {
  const answer = required(options, 'VpcBlockPublicAccessOptions');
  return {
    internetGatewayBlockMode: knownValue(answer.InternetGatewayBlockMode, ['off', 'block-bidirectional', 'block-ingress'], 'InternetGatewayBlockMode'),
    state: knownValue(answer.State, ['default-state', 'update-in-progress', 'update-complete'], 'State'),
    exclusionsAllowed: answer.ExclusionsAllowed === undefined ? null : knownValue(answer.ExclusionsAllowed, ['allowed', 'not-allowed'], 'ExclusionsAllowed'),
    managedBy: answer.ManagedBy === undefined ? null : knownValue(answer.ManagedBy, ['account', 'declarative-policy'], 'ManagedBy'),
  };
}

/** The Systems Manager service settings FSBP judges, by the SettingId GetServiceSetting reads them with. */
export const SSM_SETTINGS = {
  automationLogDestination: '/ssm/automation/customer-script-log-destination',
  documentPublicSharing: '/ssm/documents/console/public-sharing-permission',
} as const;

const settingStatuses = ['Default', 'Customized', 'PendingUpdate'] as const;

export function ssmAutomationLogDestination(setting: ServiceSetting | undefined): RegionData['ssmAutomationLogDestination'] {
  const answered = required(setting, 'ServiceSetting');
  return { settingValue: text(answered.SettingValue, 'ServiceSetting.SettingValue'), status: knownValue(answered.Status, settingStatuses, 'ServiceSetting.Status') };
}

export function ssmDocumentPublicSharing(setting: ServiceSetting | undefined): RegionData['ssmDocumentPublicSharing'] {
  const answered = required(setting, 'ServiceSetting');
  return { settingValue: knownValue(answered.SettingValue, ['Enable', 'Disable'], 'ServiceSetting.SettingValue'), status: knownValue(answered.Status, settingStatuses, 'ServiceSetting.Status') };
}

/**
 * EMR block public access from GetBlockPublicAccessConfiguration. The
 * configuration and its BlockPublicSecurityGroupRules are required members:
 * absent is unknown, never "off". A range without MaxRange is the one port
 * MinRange names (PortRange: MaxRange is optional); no permitted ranges is
 * none.
 */
export function emrBlockPublicAccess(config: BlockPublicAccessConfiguration | undefined): RegionData['emrBlockPublicAccess'] {
  const known = required(config, 'BlockPublicAccessConfiguration');
  return {
    blockPublicSecurityGroupRules: required(known.BlockPublicSecurityGroupRules, 'BlockPublicAccessConfiguration.BlockPublicSecurityGroupRules'),
    permittedPublicPortRanges: (known.PermittedPublicSecurityGroupRuleRanges ?? []).map((range, i) => {
      const min = required(range.MinRange, `PermittedPublicSecurityGroupRuleRanges[${i}].MinRange`);
      return { minRange: min, maxRange: range.MaxRange ?? min };
    }),
  };
}
