/**
 * JUnit XML for CI test views (GitLab unit test reports, Jenkins, GitHub
 * test-report actions). Every finding is one test case, so a CI shows the
 * passing resources next to the failing ones:
 *
 *   PASS            passes
 *   FAIL            <failure message="finding message" type="severity">
 *   ERROR           <error message="finding message" type="reason codes">
 *   NOT_APPLICABLE  <skipped message="not applicable">
 *   MANUAL          <skipped message="manual control: control title">
 *   WAIVED          <skipped message="waived: reason"> (the failure's evidence kept in the body)
 *
 * One <testsuite> per policy (name = policy id; every policy run gets one,
 * even with no findings, so the report shows what was checked). The test
 * case `classname` is also the policy id: GitLab shows `classname` as the
 * suite column and ignores <testsuite name>, and it keys cases by classname
 * + name, keeping only the first of duplicates, so names are made unique
 * within a policy. `name` is the resource label (type id, account/region).
 * The body of <failure>/<error>/<skipped> repeats the message, because
 * GitLab shows the element's text rather than its `message` attribute.
 *
 * Deterministic: suites sorted by policy id (code-unit order, not locale),
 * cases in the engine's order, and `time="0"`: a formatter has no clock.
 * The snapshot digest and time ride along as suite properties.
 */
import type { Finding, PolicyInfo, ScanResult } from '../findings/schema.js';
import { defineFormatter } from './formatter.js';
import { xmlAttrs, xmlLegal, xmlText } from '../text/xml.js';
import { reportFormat } from './formats.js';

interface Counts { tests: number; failures: number; errors: number; skipped: number }

const zero = (): Counts => ({ tests: 0, failures: 0, errors: 0, skipped: 0 });

function add(counts: Counts, status: Finding['status']): void {
  counts.tests += 1;
  if (status === 'FAIL') counts.failures += 1;
  else if (status === 'ERROR') counts.errors += 1;
  else if (status !== 'PASS') counts.skipped += 1;
}

const countAttrs = (c: Counts): [string, number][] =>
  [['tests', c.tests], ['failures', c.failures], ['errors', c.errors], ['skipped', c.skipped], ['time', 0]];

/** The test case name: `type id "name" (account/region)`, unique per policy as findings are. */
export function resourceLabel(finding: Finding): string {
  const r = finding.resource;
  const named = r.name !== undefined && r.name !== r.id ? ` "${r.name}"` : '';
  return `${r.type} ${r.id === '*' ? '(all)' : r.id}${named} (${r.account}/${r.region})`;
}

/** JSON text of a value read; `undefined` (a read of nothing, in-process) shows as null. */
function json(value: unknown): string {
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** The text of a failure, error or skip: what a CI shows when the case is opened. */
function details(finding: Finding): string {
  const r = finding.resource;
  const lines = [finding.message, `resource: ${r.arn ?? `${r.type} ${r.id}`} (${r.account}/${r.region})`];
  if (finding.waiver !== undefined) {
    const w = finding.waiver;
    lines.push(`waived until ${w.expires} by ${w.owner}: ${w.reason}`);
  }
  if (finding.reasons !== undefined && finding.reasons.length > 0) {
    lines.push('reasons:');
    for (const x of finding.reasons) lines.push(`  ${x.code} at ${x.resource === undefined ? '' : `${x.resource} `}${x.path}: ${x.message}`);
  }
  if (finding.evidence.length > 0) {
    lines.push('evidence:');
    for (const e of finding.evidence) lines.push(`  [${e.result}] ${e.resource === undefined ? '' : `${e.resource} `}${e.path}: ${json(e.actual)} → ${e.op} ${json(e.expected)}`);
  }
  // How to fix is for failures (waived ones too); an ERROR needs access, not a fix.
  if (finding.remediation !== undefined && (finding.status === 'FAIL' || finding.status === 'WAIVED')) {
    lines.push(`remediation: ${finding.remediation.text}`);
    for (const c of finding.remediation.cli) lines.push(`  $ ${c}`);
  }
  if (finding.controls.length > 0) lines.push(`controls: ${finding.controls.join(', ')}`);
  lines.push(`severity: ${finding.severity}`, `fingerprint: ${finding.fingerprint}`);
  return lines.join('\n');
}

/** The child element that gives the case its outcome; empty for PASS. */
function outcome(finding: Finding): string {
  const element = (tag: string, attributes: [string, string][]): string =>
    `\n      <${tag}${xmlAttrs(attributes)}>${xmlText(details(finding))}</${tag}>\n    `;
  switch (finding.status) {
    case 'PASS': return '';
    case 'FAIL': return element('failure', [['message', finding.message], ['type', finding.severity]]);
    case 'ERROR': {
      const codes = [...new Set((finding.reasons ?? []).map((r) => r.code))];
      return element('error', [['message', finding.message], ['type', codes.length > 0 ? codes.join(', ') : 'Error']]);
    }
    case 'NOT_APPLICABLE': return element('skipped', [['message', 'not applicable']]);
    case 'MANUAL': return element('skipped', [['message', `manual control: ${finding.title}`]]);
    case 'WAIVED': return element('skipped', [['message', `waived: ${finding.waiver?.reason ?? 'no reason recorded'}`]]);
  }
}

function testSuite(id: string, info: PolicyInfo | undefined, findings: readonly Finding[], result: ScanResult, total: Counts): string {
  const counts = zero();
  const seen = new Set<string>();
  const cases = findings.map((finding) => {
    add(counts, finding.status);
    add(total, finding.status);
    // Compared as written: ids that differ only in a character and its visible escape would collide.
    let name = xmlLegal(resourceLabel(finding));
    if (seen.has(name)) name = `${name} #${finding.fingerprint}`;
    seen.add(name);
    const body = outcome(finding);
    const attrs = xmlAttrs([['classname', id], ['name', name], ['time', 0]]);
    return body === '' ? `    <testcase${attrs}/>` : `    <testcase${attrs}>${body}</testcase>`;
  });
  const first = findings[0];
  const properties: [string, string][] = [
    ['title', info?.title ?? first?.title ?? ''],
    ['severity', info?.severity ?? first?.severity ?? ''],
    ['resource_type', info?.resourceType ?? first?.resource.type ?? ''],
    ['snapshot_digest', result.snapshot.digest],
    ['snapshot_collected_at', result.snapshot.collectedAt],
    ['policy_set_digest', result.policySet.digest],
  ];
  return [
    `  <testsuite${xmlAttrs([['name', id], ...countAttrs(counts)])}>`,
    '    <properties>',
    ...properties.map(([name, value]) => `      <property${xmlAttrs([['name', name], ['value', value]])}/>`),
    '    </properties>',
    ...cases,
    '  </testsuite>',
  ].join('\n');
}

export function renderJunit(result: ScanResult): string {
  const byPolicy = new Map<string, Finding[]>(result.policies.map((p) => [p.id, []]));
  for (const finding of result.findings) {
    const list = byPolicy.get(finding.policy) ?? [];
    list.push(finding);
    byPolicy.set(finding.policy, list);
  }
  const info = new Map(result.policies.map((p) => [p.id, p]));
  const ids = [...byPolicy.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const total = zero();
  const suites = ids.map((id) => testSuite(id, info.get(id), byPolicy.get(id) ?? [], result, total));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${xmlAttrs([['name', 'assay'], ...countAttrs(total)])}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

export const junitFormatter = defineFormatter({
  ...reportFormat('junit'),
  render: (result) => renderJunit(result),
});
