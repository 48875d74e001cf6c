/**
 * Whether AWS Config records a resource type in a region. An advanced query
 * over a type Config does not record answers "no resources" — which would
 * read as a pass — so every type read from Config is first checked against
 * the region's recorder: it must exist, be recording, and include the type.
 */
import type { ConfigurationRecorder, ConfigurationRecorderStatus } from '@aws-sdk/client-config-service';

export type Recording = { readonly recorded: true } | { readonly recorded: false; readonly reason: string };

export function recordsType(recorders: readonly ConfigurationRecorder[], statuses: readonly ConfigurationRecorderStatus[], configType: string, region: string): Recording {
  // Service-linked recorders record only for their service; the customer managed one is what inventories resources.
  const recorder = recorders.find((r) => r.servicePrincipal === undefined || r.servicePrincipal === '');
  if (recorder === undefined) return { recorded: false, reason: `AWS Config has no configuration recorder in ${region}` };
  const status = statuses.find((s) => s.name === recorder.name);
  if (status?.recording !== true) return { recorded: false, reason: `AWS Config's recorder "${recorder.name ?? ''}" is not recording in ${region}` };
  const group = recorder.recordingGroup;
  const strategy = group?.recordingStrategy?.useOnly;
  const named = (types: readonly string[] | undefined): boolean => (types ?? []).some((t) => t === configType);
  const included = strategy === 'EXCLUSION_BY_RESOURCE_TYPES'
    ? !named(group?.exclusionByResourceTypes?.resourceTypes)
    : group?.allSupported === true || named(group?.resourceTypes);
  return included ? { recorded: true } : { recorded: false, reason: `AWS Config in ${region} does not record ${configType}` };
}
