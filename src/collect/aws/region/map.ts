/** Pure mapping from EC2, AWS Config, IAM Access Analyzer and Security Hub answers to aws.region fields. */
import { emptyToNull, isoOrNull } from '../../answers.js';
import type { AnalyzerSummary } from '@aws-sdk/client-accessanalyzer';
import type { ConfigurationRecorder, ConfigurationRecorderStatus, DeliveryChannel } from '@aws-sdk/client-config-service';
import type { Region } from '@aws-sdk/client-ec2';
import type { DescribeHubCommandOutput, StandardsSubscription } from '@aws-sdk/client-securityhub';


/** The region's opt-in status from DescribeRegions (AllRegions), or undefined when AWS did not list the region. */
export function optInStatus(regions: readonly Region[] | undefined, region: string): string | undefined {
  return regions?.find((r) => r.RegionName === region)?.OptInStatus;
}

const recorderStatuses = ['Pending', 'Success', 'Failure', 'NotApplicable'];

/** Config spells recorder statuses "Success"; some emulators answer "SUCCESS". Unknown values are kept as sent. */
function lastStatus(value: string | undefined): string | null {
  if (value === undefined) return null;
  return recorderStatuses.find((s) => s.toLowerCase() === value.toLowerCase()) ?? value;
}

function recorderStatus(status: ConfigurationRecorderStatus): Record<string, unknown> {
  return {
    recording: status.recording ?? false,
    lastStatus: lastStatus(status.lastStatus),
    lastStartTime: isoOrNull(status.lastStartTime),
    lastStopTime: isoOrNull(status.lastStopTime),
    lastErrorCode: emptyToNull(status.lastErrorCode),
    lastErrorMessage: emptyToNull(status.lastErrorMessage),
  };
}

/** Recorders that a service (Security Hub, Control Tower …) links and manages carry its principal; the catalog lists customer managed ones. */
export function customerManaged(recorders: readonly ConfigurationRecorder[] | undefined): ConfigurationRecorder[] {
  return (recorders ?? []).filter((r) => r.servicePrincipal === undefined || r.servicePrincipal === '');
}

/**
 * Recorders joined by name with their status. `statuses` undefined means the
 * status call failed: `status` is then left out, and the caller records the
 * failure at configRecorders[].status.
 */
export function configRecorders(recorders: readonly ConfigurationRecorder[], statuses: readonly ConfigurationRecorderStatus[] | undefined): Record<string, unknown>[] {
  return recorders.map((recorder) => {
    const group = recorder.recordingGroup;
    const status = statuses?.find((s) => s.name === recorder.name);
    return {
      name: recorder.name ?? '',
      roleArn: recorder.roleARN ?? '',
      recordingGroup: {
        allSupported: group?.allSupported ?? false,
        includeGlobalResourceTypes: group?.includeGlobalResourceTypes ?? false,
        resourceTypes: group?.resourceTypes ?? [],
        exclusionResourceTypes: group?.exclusionByResourceTypes?.resourceTypes ?? [],
        recordingStrategy: group?.recordingStrategy?.useOnly ?? null,
      },
      recordingFrequency: recorder.recordingMode?.recordingFrequency ?? null,
      ...(statuses === undefined ? {} : { status: status === undefined ? null : recorderStatus(status) }),
    };
  });
}

export function deliveryChannels(channels: readonly DeliveryChannel[] | undefined): Record<string, unknown>[] {
  return (channels ?? []).map((channel) => ({
    name: channel.name ?? '',
    s3BucketName: channel.s3BucketName ?? '',
    s3KeyPrefix: emptyToNull(channel.s3KeyPrefix),
    s3KmsKeyArn: emptyToNull(channel.s3KmsKeyArn),
    snsTopicArn: emptyToNull(channel.snsTopicARN),
    deliveryFrequency: channel.configSnapshotDeliveryProperties?.deliveryFrequency ?? null,
  }));
}

export function accessAnalyzers(analyzers: readonly AnalyzerSummary[]): Record<string, unknown>[] {
  return analyzers.map((a) => ({ name: a.name ?? '', arn: a.arn ?? '', type: a.type ?? 'ACCOUNT', status: a.status ?? 'FAILED' }));
}

/** DescribeHub answered "not subscribed" (InvalidAccessException) or "no hub" (ResourceNotFoundException). */
export const securityHubNotEnabled = { enabled: false, hubArn: null, subscribedAt: null, autoEnableControls: null, standards: [] } as const;

/**
 * An enabled hub. `standards` undefined means GetEnabledStandards failed: it
 * is left out, and the caller records the failure at securityHub.standards.
 */
export function securityHub(hub: DescribeHubCommandOutput, standards: readonly StandardsSubscription[] | undefined): Record<string, unknown> {
  // SubscribedAt is a string; AWS sends ISO 8601, sometimes with microseconds, which the snapshot normalizes to milliseconds.
  const subscribed = hub.SubscribedAt === undefined ? Number.NaN : Date.parse(hub.SubscribedAt);
  return {
    enabled: true,
    hubArn: emptyToNull(hub.HubArn),
    subscribedAt: Number.isNaN(subscribed) ? null : new Date(subscribed).toISOString(),
    autoEnableControls: hub.AutoEnableControls ?? null,
    ...(standards === undefined ? {} : { standards: standards.map((s) => ({ standardsArn: s.StandardsArn ?? '', status: s.StandardsStatus ?? 'PENDING' })) }),
  };
}
