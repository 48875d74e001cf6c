/**
 * Pure mapping from Systems Manager answers to the aws.ssm.managed-instance
 * and aws.ssm.document catalog shapes, one reader per field (answers.ts).
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - An instance's LastPingDateTime, AgentVersion, PlatformType and
 *   PlatformName absent are null: DescribeInstanceInformation leaves them
 *   out for a node whose agent has not reported them.
 * - An instance the compliance listing of a type does not name has no
 *   summary of that type (null): Systems Manager lists a summary only for a
 *   node that reported compliance data of the type. A summary's
 *   OverallSeverity absent is null.
 * - A summary without its Status, its compliant or non-compliant counts, or
 *   its execution time is unknown, never compliant.
 * - A document's DocumentFormat and DocumentVersion absent are null.
 * - DescribeDocumentPermission without AccountIds is unknown, never "not
 *   shared": its list names "all" for a public document.
 */
import { iso, knownValue, required, text, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { DocumentIdentifier, InstanceInformation, ResourceComplianceSummaryItem } from '@aws-sdk/client-ssm';

type ManagedInstance = CatalogData['aws.ssm.managed-instance'];
type Document = CatalogData['aws.ssm.document'];
type Summary = NonNullable<ManagedInstance['patchCompliance']>;

/** The compliance types ListResourceComplianceSummaries is asked for, with the field each fills. */
export const COMPLIANCE_TYPES = { Patch: 'patchCompliance', Association: 'associationCompliance' } as const;
export type ComplianceType = keyof typeof COMPLIANCE_TYPES;

export const INSTANCE_FIELDS = ['instanceId', 'resourceType', 'pingStatus', 'lastPingDateTime', 'agentVersion', 'platformType', 'platformName'] as const;

const severities = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNSPECIFIED'] as const;

export function instanceFields(info: InstanceInformation): ReadersOf<ManagedInstance> {
  return {
    instanceId: () => text(info.InstanceId, 'InstanceId'),
    resourceType: () => knownValue(info.ResourceType, ['EC2Instance', 'ManagedInstance'], 'ResourceType'),
    pingStatus: () => knownValue(info.PingStatus, ['Online', 'ConnectionLost', 'Inactive'], 'PingStatus'),
    lastPingDateTime: () => (info.LastPingDateTime === undefined ? null : info.LastPingDateTime.toISOString()),
    agentVersion: () => (info.AgentVersion === undefined || info.AgentVersion === '' ? null : info.AgentVersion),
    platformType: () => (info.PlatformType === undefined ? null : knownValue(info.PlatformType, ['Linux', 'MacOS', 'Windows'], 'PlatformType')),
    platformName: () => (info.PlatformName === undefined || info.PlatformName === '' ? null : info.PlatformName),
  };
}

/** One instance's summary of a compliance type; throws UnreadableAnswer when AWS left out what decides it. */
export function complianceSummary(item: ResourceComplianceSummaryItem): Summary {
  return {
    status: knownValue(item.Status, ['COMPLIANT', 'NON_COMPLIANT'], 'Status'),
    overallSeverity: item.OverallSeverity === undefined ? null : knownValue(item.OverallSeverity, severities, 'OverallSeverity'),
    compliantCount: required(item.CompliantSummary?.CompliantCount, 'CompliantSummary.CompliantCount'),
    nonCompliantCount: required(item.NonCompliantSummary?.NonCompliantCount, 'NonCompliantSummary.NonCompliantCount'),
    executionTime: iso(item.ExecutionSummary?.ExecutionTime, 'ExecutionSummary.ExecutionTime'),
  };
}

/**
 * A compliance listing's summaries by the node they are for. A summary
 * without its ResourceId, or of another compliance type, could be any
 * node's: the listing cannot say which nodes have none, so it is unreadable.
 */
export function summariesByResource(items: readonly ResourceComplianceSummaryItem[], type: ComplianceType): Map<string, ResourceComplianceSummaryItem> {
  const byResource = new Map<string, ResourceComplianceSummaryItem>();
  for (const item of items) {
    if (item.ResourceId === undefined || item.ResourceId === '') throw new UnreadableAnswer('IncompleteResponse', `ListResourceComplianceSummaries answered a ${type} summary without ResourceId`);
    if (item.ComplianceType !== type) throw new UnreadableAnswer('UnexpectedResponse', `ListResourceComplianceSummaries answered a ${item.ComplianceType ?? 'untyped'} summary when asked for ${type}`);
    byResource.set(item.ResourceId, item);
  }
  return byResource;
}

export function documentFields(doc: DocumentIdentifier): ReadersOf<Document> {
  return {
    name: () => text(doc.Name, 'Name'),
    documentType: () => text(doc.DocumentType, 'DocumentType'),
    documentFormat: () => (doc.DocumentFormat === undefined ? null : knownValue(doc.DocumentFormat, ['JSON', 'YAML', 'TEXT'], 'DocumentFormat')),
    documentVersion: () => (doc.DocumentVersion === undefined || doc.DocumentVersion === '' ? null : doc.DocumentVersion),
  };
}
