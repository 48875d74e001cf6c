/**
 * Systems Manager (AWS JSON 1.1) for the fake account. In each region one
 * managed EC2 node per VPC and one hybrid node: every third node's agent
 * has lost its connection; patch summaries for all but every fourth node,
 * every other one non-compliant; association summaries for every other
 * node, every third of those non-compliant. Two owned documents per region,
 * the second shared with every AWS account. The Automation logging and
 * document sharing settings are set in even regions and on their defaults
 * in odd ones. DescribeInstanceInformation and ListResourceComplianceSummaries
 * page by NextToken, 50 at a time as MaxResults allows.
 */
import { ACCOUNT, ec2Id, type Estate } from './estate.js';
import { json, jsonError, offsetOf, page, pageSize, tokenOf, type Answer, type WireRequest } from './wire.js';

/** Seconds since the epoch, as the JSON protocol sends dates; fixed, so answers never depend on the clock. */
const BASE = 1_790_000_000;

interface NodeModel {
  readonly id: string;
  readonly index: number;
}

function nodeModels(estate: Estate, r: number): NodeModel[] {
  return [...Array.from({ length: estate.size.vpcs }, (_, j) => ({ id: ec2Id('i', r, j), index: j })), { id: `mi-${ec2Id('x', r, 0).slice(2)}`, index: estate.size.vpcs }];
}

function nodeEntry(m: NodeModel): Record<string, unknown> {
  return {
    InstanceId: m.id, PingStatus: m.index % 3 === 2 ? 'ConnectionLost' : 'Online', LastPingDateTime: BASE - m.index * 60, AgentVersion: '3.3.987.0',
    PlatformType: 'Linux', PlatformName: 'Amazon Linux', ResourceType: m.id.startsWith('mi-') ? 'ManagedInstance' : 'EC2Instance',
  };
}

function summary(m: NodeModel, type: string, compliant: boolean): Record<string, unknown> {
  return {
    ComplianceType: type, ResourceType: 'ManagedInstance', ResourceId: m.id, Status: compliant ? 'COMPLIANT' : 'NON_COMPLIANT', OverallSeverity: compliant ? 'UNSPECIFIED' : 'HIGH',
    ExecutionSummary: { ExecutionTime: BASE - 3600 },
    CompliantSummary: { CompliantCount: 100 + m.index }, NonCompliantSummary: { NonCompliantCount: compliant ? 0 : 2 },
  };
}

function summaries(models: readonly NodeModel[], type: unknown): Record<string, unknown>[] {
  if (type === 'Patch') return models.filter((m) => m.index % 4 !== 3).map((m) => summary(m, 'Patch', m.index % 2 === 0));
  if (type === 'Association') return models.filter((m) => m.index % 2 === 0).map((m) => summary(m, 'Association', m.index % 3 !== 2));
  return [];
}

const documentName = (r: number, i: number): string => `Bench-${r}-Runbook-${i}`;

/** The ComplianceType an EQUAL filter asks for. */
function complianceType(filters: unknown): unknown {
  if (!Array.isArray(filters)) return undefined;
  const filter = (filters as { Key?: unknown; Values?: unknown }[]).find((f) => f.Key === 'ComplianceType');
  return Array.isArray(filter?.Values) ? (filter.Values as unknown[])[0] : undefined;
}

export function answerSsm(estate: Estate, request: WireRequest): Answer {
  const { operation, params, region } = request;
  const r = estate.regionIndex(region);
  if (r < 0) return json({});
  if (operation === 'DescribeInstanceInformation') {
    const { items, next } = page(nodeModels(estate, r), offsetOf('n', params.NextToken), pageSize(params.MaxResults, 50, 50));
    return json({ InstanceInformationList: items.map(nodeEntry), ...(next === undefined ? {} : { NextToken: tokenOf('n', next) }) });
  }
  if (operation === 'ListResourceComplianceSummaries') {
    const { items, next } = page(summaries(nodeModels(estate, r), complianceType(params.Filters)), offsetOf('c', params.NextToken), pageSize(params.MaxResults, 50, 50));
    return json({ ResourceComplianceSummaryItems: items, ...(next === undefined ? {} : { NextToken: tokenOf('c', next) }) });
  }
  if (operation === 'ListDocuments') {
    return json({ DocumentIdentifiers: [0, 1].map((i) => ({ Name: documentName(r, i), Owner: ACCOUNT, DocumentType: 'Command', DocumentFormat: 'YAML', DocumentVersion: '1', Tags: [{ Key: 'bench', Value: 'true' }] })) });
  }
  if (operation === 'DescribeDocumentPermission') {
    const name = String(params.Name);
    if (name === documentName(r, 0)) return json({ AccountIds: [], AccountSharingInfoList: [] });
    if (name === documentName(r, 1)) return json({ AccountIds: ['all'], AccountSharingInfoList: [{ AccountId: 'all', SharedDocumentVersion: '$DEFAULT' }] });
    return jsonError('InvalidDocument', `Document ${name} does not exist`);
  }
  if (operation === 'GetServiceSetting') {
    const id = String(params.SettingId);
    const set = r % 2 === 0;
    const value = id.endsWith('/customer-script-log-destination') ? (set ? 'CloudWatch' : 'None') : set ? 'Disable' : 'Enable';
    return json({ ServiceSetting: { SettingId: id, SettingValue: value, Status: set ? 'Customized' : 'Default', ARN: `arn:aws:ssm:${region}:${ACCOUNT}:servicesetting${id}` } });
  }
  return json({});
}
