/**
 * The SARIF of the demo account scan (every bundled policy) against the
 * official OASIS schema and against GitHub code scanning's rules, plus the
 * cases GitHub is strict about: hostile resource ids, several accounts, and
 * results beyond its limits.
 */
import ajvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import schema from '../../../test/fixtures/sarif-schema-2.1.0.json' with { type: 'json' };
import { runCli } from '../../../test/support/cli.js';
import { lintSarifForGithub } from '../../../test/support/sarif-github-lint.js';
import type { Finding, ScanResult } from '../../findings/schema.js';
import { githubLimits, gzipSize } from './limits.js';
import { sarifFormatter, sarifReport } from './sarif.js';

// Both packages are CommonJS: under NodeNext the default import is the module object.
const Ajv04 = ajvDraft04.default;
const addFormats = addFormatsModule as unknown as (ajv: InstanceType<typeof Ajv04>) => unknown;
const ajv = new Ajv04({ allErrors: true, strict: false });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

interface Log {
  runs: {
    automationDetails: { id: string };
    tool: { driver: { name: string; version: string; semanticVersion?: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; helpUri?: string; defaultConfiguration: { level: string }; properties: { tags: string[]; precision: string; 'security-severity': string } }[] } };
    invocations: { toolExecutionNotifications?: { message: { text: string } }[] }[];
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; logicalLocations: { fullyQualifiedName: string; kind: string }[] }[]; partialFingerprints: { primaryLocationLineHash: string }; properties: Record<string, unknown> }[];
    properties: Record<string, unknown>;
  }[];
}

function check(text: string): Log {
  const log = JSON.parse(text) as unknown;
  expect(validateSchema(log), JSON.stringify(validateSchema.errors?.slice(0, 5), null, 1)).toBe(true);
  expect(lintSarifForGithub(log)).toEqual([]);
  return log as Log;
}

const scan = await runCli(['scan', '--snapshot', 'examples/demo-account.json', '--format', 'json']);
const demo = JSON.parse(scan.stdout) as ScanResult;
const reported = demo.findings.filter((f) => f.status === 'FAIL' || f.status === 'ERROR');
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The demo result with its findings replaced. */
const withFindings = (findings: Finding[], accounts = demo.snapshot.accounts): ScanResult => ({ ...demo, findings, snapshot: { ...demo.snapshot, accounts } });

describe('SARIF of the demo scan', () => {
  const text = sarifFormatter.render(demo, { style: { bold: String, dim: String, red: String, yellow: String, green: String, cyan: String } });
  const log = check(text);
  const run = log.runs[0]!;

  it('is valid against the OASIS schema and GitHub rules, is deterministic, and needs no truncation', () => {
    expect(demo.findings.length).toBeGreaterThan(0);
    expect(reported.length).toBeGreaterThan(50);
    expect(sarifReport(demo).text).toBe(text);
    expect(sarifReport(demo).truncated).toBeUndefined();
    expect(gzipSize(text)).toBeLessThan(githubLimits.maxGzipBytes);
    expect(sarifFormatter).toMatchObject({ id: 'sarif', extension: '.sarif' });
  });

  it('has one run per account, categorised by account, with the tool and scan identified', () => {
    expect(log.runs).toHaveLength(1);
    expect(run.automationDetails.id).toBe('assay/123456789012/');
    expect(run.tool.driver).toMatchObject({ name: 'Assay', version: demo.generator.version, semanticVersion: demo.generator.version });
    expect(run.properties).toMatchObject({ account: '123456789012', snapshotDigest: demo.snapshot.digest, collectedAt: demo.snapshot.collectedAt, truncated: false });
  });

  it('has a complete rule for every policy run', () => {
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(demo.policies.map((p) => p.id).sort());
    for (const policy of demo.policies) {
      const rule = rules.find((r) => r.id === policy.id)!;
      expect(rule.shortDescription.text).toBe(policy.title);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.help.text).toContain(policy.description);
      expect(rule.help.text).toContain(policy.rationale);
      if (policy.remediation.cli.length > 0) expect(rule.help.markdown).toContain('```sh\n');
      if (policy.remediation.terraform !== undefined) expect(rule.help.markdown).toContain('```hcl\n');
      expect(rule.properties.tags).toEqual(['security', policy.resourceType, ...Object.keys(policy.frameworks).sort()].slice(0, 10));
      expect(rule.properties.precision).toBe('high');
      expect(rule.properties['security-severity']).toBe({ critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '0.0' }[policy.severity]);
      expect(rule.defaultConfiguration.level).toBe({ critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' }[policy.severity]);
      expect(rule.helpUri).toBe(policy.references[0]);
    }
    // Some descriptions are longer than GitHub's 1024 characters: cut in fullDescription, whole in help.
    expect(demo.policies.some((p) => p.description.length > 1024)).toBe(true);
  });

  it('reports exactly the FAIL and ERROR findings, most severe first, each at its resource', () => {
    expect(run.results).toHaveLength(reported.length);
    const bySeverity = run.results.map((r) => ({ critical: 0, high: 1, medium: 2, low: 3, info: 4 }[r.properties.severity as string] ?? 9));
    expect(bySeverity).toEqual([...bySeverity].sort((a, b) => a - b));
    for (const result of run.results) {
      const finding = reported.find((f) => f.fingerprint === result.partialFingerprints.primaryLocationLineHash.replace(/:1$/, ''))!;
      expect(finding.policy).toBe(result.ruleId);
      expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      const [location] = result.locations;
      expect(location!.physicalLocation.artifactLocation.uri).toMatch(/^aws\/123456789012\/[^/]+\/[^/]+\/[^/]+\/[^/]+$/);
      expect(location!.physicalLocation.artifactLocation.uri).not.toMatch(SCHEME);
      expect(location!.logicalLocations[0]).toMatchObject({ fullyQualifiedName: finding.resource.arn ?? expect.any(String) as string, kind: 'resource' });
      expect(result.message.text).toContain(finding.message.replaceAll('](', '] ('));
      if (finding.resource.arn !== undefined) expect(result.message.text).toContain(finding.resource.arn);
      expect(result.properties.assayStatus).toBe(finding.status);
    }
  });

  it('reports ERROR findings as warnings that say what could not be read', () => {
    const errors = run.results.filter((r) => r.properties.assayStatus === 'ERROR');
    expect(errors).toHaveLength(demo.findings.filter((f) => f.status === 'ERROR').length);
    const denied = errors.find((r) => r.ruleId === 'aws-s3-bucket-denies-http')!;
    expect(denied.level).toBe('warning');
    expect(denied.message.text).toContain('Not read: policy (AccessDenied)');
    const efs = errors.find((r) => r.ruleId === 'aws-efs-file-system-encrypted')!;
    expect(efs.locations[0]!.physicalLocation.artifactLocation.uri).toBe('aws/123456789012/eu-west-1/efs/file-system/%2A');
  });

  it('gives FAIL results the level of their severity and evidence in the message', () => {
    const fail = run.results.find((r) => r.properties.assayStatus === 'FAIL' && r.properties.severity === 'high')!;
    expect(fail.level).toBe('error');
    expect(fail.message.text).toMatch(/\nEvidence: /);
  });
});

describe('SARIF of hostile input', () => {
  const template = reported.find((f) => f.status === 'FAIL')!;
  const hostile = ['a/b c:d?e#f', 'ünïcødé/日本語 ☃', 'arn:aws:s3:::x', '', '..', 'x\uD800y', '%2F', 'C:\\Windows', 'http://evil.example/'];
  const findings = hostile.map((id, i): Finding => ({
    ...template,
    resource: { type: template.resource.type, id, account: template.resource.account, region: template.resource.region, name: `[click](${i}) <b>bold</b> {0}` },
    fingerprint: `${template.fingerprint.slice(0, 30)}${String(i).padStart(2, '0')}`,
  }));
  const log = check(sarifReport(withFindings(findings)).text);

  it('turns every id into a valid, relative, scheme-less path that decodes back to it', () => {
    const uris = log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(new Set(uris).size).toBe(hostile.length);
    for (const [i, uri] of uris.entries()) {
      expect(uri).not.toMatch(SCHEME);
      expect(uri.startsWith('aws/')).toBe(true);
      const id = hostile[log.runs[0]!.results.findIndex((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === uri)] ?? '';
      const segment = uri.split('/')[5]!;
      if (!['', '..'].includes(id) && !id.includes('\uD800')) expect(decodeURIComponent(segment), `uri ${i}`).toBe(id);
    }
  });

  it('keeps resource names from forming embedded links in messages', () => {
    for (const result of log.runs[0]!.results) expect(result.message.text).not.toMatch(/\]\(/);
  });
});

describe('SARIF of several accounts', () => {
  const other = '210987654321';
  const moved = reported.slice(0, 5).map((f): Finding => ({ ...f, resource: { ...f.resource, account: other, ...(f.resource.arn === undefined ? {} : { arn: f.resource.arn.replace('123456789012', other) }) }, fingerprint: `${f.fingerprint.slice(0, 31)}x` }));
  const quiet = '555555555555';

  it('writes one run per account, including a scanned account without problems, with distinct categories', () => {
    const log = check(sarifReport(withFindings([...reported, ...moved], ['123456789012', other, quiet])).text);
    expect(log.runs.map((r) => r.automationDetails.id)).toEqual([`assay/123456789012/`, `assay/${other}/`, `assay/${quiet}/`]);
    expect(log.runs.map((r) => r.results.length)).toEqual([reported.length, 5, 0]);
    expect(log.runs[1]!.results.every((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.startsWith(`aws/${other}/`))).toBe(true);
  });

  it('warns when there are more accounts than GitHub accepts runs in one file', () => {
    const accounts = Array.from({ length: 21 }, (_, i) => String(100000000000 + i));
    const report = sarifReport(withFindings([], accounts));
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toContain('21 accounts');
    expect(lintSarifForGithub(JSON.parse(report.text))).toContain('runs: 21 runs, GitHub accepts 20');
  });
});

describe('SARIF rules for policies the document does not describe', () => {
  it('describes them from the finding, so every result still has its rule', () => {
    const finding: Finding = { ...reported[0]!, policy: 'user-policy-not-recorded', severity: 'info' };
    const log = check(sarifReport({ ...withFindings([finding]), policies: [] }).text);
    const rule = log.runs[0]!.tool.driver.rules[0]!;
    expect(rule).toMatchObject({ id: 'user-policy-not-recorded', defaultConfiguration: { level: 'note' }, properties: { 'security-severity': '0.0' } });
  });
});

describe('SARIF beyond GitHub limits', () => {
  const rank = (r: Log['runs'][number]['results'][number]): number => ({ critical: 0, high: 1, medium: 2, low: 3, info: 4 }[r.properties.severity as string] ?? 9) * 2 + (r.properties.assayStatus === 'FAIL' ? 0 : 1);
  const full = JSON.parse(sarifReport(demo).text) as Log;
  const allRanks = full.runs[0]!.results.map(rank);

  it('keeps the most severe results per run and says how many it left out', () => {
    const report = sarifReport(demo, { ...githubLimits, maxResultsPerRun: 10 });
    const log = check(report.text);
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(10);
    expect(run.results.map(rank)).toEqual(allRanks.slice(0, 10));
    expect(run.properties).toMatchObject({ truncated: true, droppedResults: reported.length - 10 });
    expect(run.invocations[0]!.toolExecutionNotifications?.[0]?.message.text).toContain(`${reported.length - 10} of ${reported.length} results were left out`);
    expect(report.truncated).toEqual({ dropped: reported.length - 10, message: expect.stringContaining('least severe') as string });
    expect(sarifReport(demo, { ...githubLimits, maxResultsPerRun: 10 }).text).toBe(report.text);
  });

  it('drops the least severe results until the compressed file fits', () => {
    const empty = gzipSize(sarifReport(demo, { ...githubLimits, maxResultsPerRun: 0 }).text);
    const whole = gzipSize(sarifReport(demo).text);
    const limit = Math.floor(empty + (whole - empty) / 2);
    const report = sarifReport(demo, { ...githubLimits, maxGzipBytes: limit });
    expect(gzipSize(report.text)).toBeLessThanOrEqual(limit);
    const run = check(report.text).runs[0]!;
    expect(run.results.length).toBeGreaterThan(0);
    expect(run.results.length).toBeLessThan(reported.length);
    expect(run.results.map(rank)).toEqual(allRanks.slice(0, run.results.length));
    expect(report.truncated?.dropped).toBe(reported.length - run.results.length);
  });
});
