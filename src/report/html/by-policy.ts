/**
 * A scan without --pack has no controls to report against: the policies
 * themselves are the units, grouped by the AWS service of their resource
 * type, each with the worst status among its findings.
 */
import type { Finding } from '../../findings/schema.js';
import { renderChart, type ChartRow } from './chart.js';
import { htmlText } from '../../text/html.js';
import { groupBySection, type ReportModel } from './model.js';
import { renderPolicyFindings, severityBadge } from './policy-block.js';
import { badge, countLine, countStatuses, statusStyle } from './status.js';
import { worstStatus } from '../../findings/vocabulary.js';

/** FAIL over ERROR over WAIVED over PASS; a policy without findings had nothing to check. */
export function policyStatus(findings: readonly Finding[]): string {
  return worstStatus(findings.map((f) => f.status));
}

/** Display names of the services policies are filed under (policies/aws/<service>/). */
const serviceNames: Readonly<Record<string, string>> = {
  accessanalyzer: 'IAM Access Analyzer', account: 'Account', cloudtrail: 'CloudTrail', cloudwatch: 'CloudWatch',
  config: 'AWS Config', ec2: 'EC2', efs: 'EFS', iam: 'IAM', kms: 'KMS', logs: 'CloudWatch Logs',
  organizations: 'Organizations', rds: 'RDS', s3: 'S3', securityhub: 'Security Hub', sns: 'SNS',
};

/**
 * The service a policy is about: bundled ids are `aws-<service>-…` (an
 * account-level CloudTrail check is still CloudTrail's); other ids fall back
 * to the resource type's service (`aws.s3.bucket` → s3).
 */
function service(policyId: string, resourceType: string): string {
  const fromId = /^aws-([a-z0-9]+)-./.exec(policyId)?.[1];
  const key = fromId ?? resourceType.split('.')[1] ?? resourceType;
  return serviceNames[key] ?? key;
}

export function renderByPolicy(model: ReportModel, anchor: string): string {
  const ids = [...new Set([...model.policies.keys(), ...model.findingsByPolicy.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const units = ids.map((id) => {
    const findings = model.findingsByPolicy.get(id) ?? [];
    const resourceType = model.policies.get(id)?.resourceType ?? findings[0]?.resource.type ?? 'other';
    return { id, findings, status: policyStatus(findings), section: service(id, resourceType) };
  });
  const sections = groupBySection(units, (u) => u.section).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const rows: ChartRow[] = sections.map(([label, list], i) => ({
    label, anchor: `${anchor}-s${i + 1}`, counts: countStatuses(list.map((u) => u.status)),
  }));
  let unitNumber = 0;
  const body = sections.map(([label, list], i) => [
    `<section class="section" id="${anchor}-s${i + 1}">`,
    `<h3>${htmlText(label)}</h3>`,
    ...list.map((unit) => {
      const info = model.policies.get(unit.id);
      return [
        `<details open class="control s-${statusStyle(unit.status).key}" id="${anchor}-p${++unitNumber}">`,
        `<summary>${badge(unit.status)} <span class="ctitle">${htmlText(info?.title ?? unit.findings[0]?.title ?? unit.id)}</span> ${severityBadge(info?.severity ?? 'info')} <span class="counts">${countLine(countStatuses(unit.findings.map((f) => f.status)))}</span></summary>`,
        `<div class="control-body">\n${renderPolicyFindings(model, unit.id, unit.findings)}\n</div>`,
        '</details>',
      ].join('\n');
    }),
    '</section>',
  ].join('\n'));
  return [
    `<section class="pack" id="${anchor}">`,
    '<h2>Policies</h2>',
    `<p class="pack-meta">No pack was selected: ${units.length} policies, grouped by service: ${countLine(countStatuses(units.map((u) => u.status)))}</p>`,
    '<h3 class="chart-title">Pass rate by service</h3>',
    renderChart('Policies passed, by service', rows, 'policies'),
    ...body,
    '</section>',
  ].join('\n');
}
