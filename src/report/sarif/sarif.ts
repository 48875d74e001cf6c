/**
 * SARIF 2.1.0 for GitHub code scanning (`--format sarif`).
 *
 * - One run per AWS account, with `automationDetails.id` "assay/<account>/":
 *   GitHub reads the part before the last '/' as the analysis category, so
 *   each account is its own analysis. Scanning accounts in separate jobs then
 *   never closes another account's alerts, and a scanned account with no
 *   problems still has its (empty) run, which closes its fixed alerts. An
 *   `automationDetails.id` in the file wins over upload-sarif's `category`.
 * - Every run carries the rules of every policy the scan ran (rules.ts).
 * - Results are the FAIL and ERROR findings (results.ts), each with one
 *   location: a relative path standing for the resource (location.ts).
 * - Within GitHub's limits (limits.ts), keeping the most severe results.
 * - Deterministic: runs by account, rules by id, results by severity then
 *   the engine's order; no clock, only the scan's own times and digests.
 */
import type { Finding, ScanResult } from '../../findings/schema.js';
import { sarifText } from '../../text/sarif.js';
import { defineFormatter } from '../formatter.js';
import { encodeSegment } from './location.js';
import { fitCount, githubLimits, gzipSize, type SarifLimits } from './limits.js';
import { isReported, resultOf, resultRank } from './results.js';
import { rulesOf } from './rules.js';
import type { SarifLog, SarifRule, SarifRun } from './types.js';
import { reportFormat } from '../formats.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const TOOL_NAME = 'Assay';
// No project site is published yet; kept in one place so it changes once.
export const INFORMATION_URI = 'https://assay.dev';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export interface SarifReport {
  readonly text: string;
  /** Set when results were left out to meet the limits; `message` is for the CLI to print. */
  readonly truncated: { readonly dropped: number; readonly message: string } | undefined;
  /** Limits that leaving results out cannot meet (more accounts than GitHub accepts runs). */
  readonly warnings: readonly string[];
}

interface Candidate {
  readonly finding: Finding;
  readonly rank: number;
  /** Position in the engine's (sorted) findings: the tie-break that keeps output stable. */
  readonly order: number;
}

const byRank = (a: Candidate, b: Candidate): number => a.rank - b.rank || a.order - b.order;

export function automationId(account: string): string {
  return `assay/${encodeSegment(account)}/`;
}

function accountsOf(result: ScanResult, reported: readonly Candidate[]): string[] {
  const accounts = new Set([...result.snapshot.accounts, ...reported.map((c) => c.finding.resource.account)]);
  return [...accounts].sort();
}

function truncationNote(dropped: number, total: number, limits: SarifLimits): string {
  return `${dropped} of ${total} results were left out to stay within GitHub code scanning's limits `
    + `(${limits.maxResultsPerRun} results per run, ${limits.maxGzipBytes} bytes gzip-compressed per file); `
    + 'the least severe were dropped first. GitHub closes alerts missing from an upload, so the JSON report is the complete record.';
}

function buildRun(result: ScanResult, account: string, rules: readonly SarifRule[], ruleIndex: ReadonlyMap<string, number>,
  kept: readonly Candidate[], total: number, limits: SarifLimits): SarifRun {
  const dropped = total - kept.length;
  const version = result.generator.version;
  return {
    tool: {
      driver: {
        name: TOOL_NAME,
        version,
        ...(SEMVER.test(version) ? { semanticVersion: version } : {}),
        informationUri: INFORMATION_URI,
        rules,
      },
    },
    automationDetails: { id: automationId(account), description: { text: sarifText(`Assay scan of AWS account ${account}`) } },
    invocations: [{
      executionSuccessful: true,
      ...(dropped > 0
        ? { toolExecutionNotifications: [{ level: 'warning', message: { text: truncationNote(dropped, total, limits) }, descriptor: { id: 'assay/results-truncated' } }] }
        : {}),
    }],
    results: kept.map((c) => resultOf(c.finding, ruleIndex.get(c.finding.policy) ?? 0)),
    properties: {
      account,
      partition: result.snapshot.partition,
      snapshotDigest: result.snapshot.digest,
      collectedAt: result.snapshot.collectedAt,
      policySetDigest: result.policySet.digest,
      packs: result.packs.map((p) => `${p.id}@${p.version}`),
      truncated: dropped > 0,
      ...(dropped > 0 ? { droppedResults: dropped } : {}),
    },
  };
}

/** The SARIF text, and what was left out to meet `limits` (GitHub's by default). */
export function sarifReport(result: ScanResult, limits: SarifLimits = githubLimits): SarifReport {
  const reported = result.findings
    .map((finding, order) => ({ finding, order, rank: resultRank(finding) }))
    .filter((c) => isReported(c.finding));
  const rules = rulesOf(result.policies, reported.map((c) => c.finding));
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const accounts = accountsOf(result, reported);
  const byAccount = new Map(accounts.map((a): [string, Candidate[]] => [a, []]));
  for (const candidate of reported) byAccount.get(candidate.finding.resource.account)?.push(candidate);
  for (const list of byAccount.values()) list.sort(byRank);

  // First the per-run cap, then, across the file, the most severe that fit the compressed size.
  const capped = [...byAccount.values()].flatMap((list) => list.slice(0, limits.maxResultsPerRun)).sort(byRank);
  const render = (count: number): string => {
    const keep = new Set(capped.slice(0, count));
    const log: SarifLog = {
      $schema: SARIF_SCHEMA_URI,
      version: '2.1.0',
      runs: accounts.map((account) => {
        const list = byAccount.get(account) ?? [];
        return buildRun(result, account, rules, ruleIndex, list.filter((c) => keep.has(c)), list.length, limits);
      }),
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  };
  let text = render(capped.length);
  let kept = capped.length;
  if (gzipSize(text) > limits.maxGzipBytes) {
    kept = fitCount(capped.length, limits.maxGzipBytes, (count) => gzipSize(render(count)));
    text = render(kept);
  }
  const dropped = reported.length - kept;
  const warnings = accounts.length > limits.maxRuns
    ? [`the scan covers ${accounts.length} accounts, one SARIF run each, but GitHub code scanning accepts at most ${limits.maxRuns} runs per file: scan and upload the accounts in smaller groups`]
    : [];
  return {
    text,
    truncated: dropped > 0 ? { dropped, message: truncationNote(dropped, reported.length, limits) } : undefined,
    warnings,
  };
}

/** render and notices see the same result: build the report once for both. */
const reports = new WeakMap<ScanResult, SarifReport>();
function reportOf(result: ScanResult): SarifReport {
  let report = reports.get(result);
  if (report === undefined) reports.set(result, (report = sarifReport(result)));
  return report;
}

export const sarifFormatter = defineFormatter({
  ...reportFormat('sarif'),
  render: (result) => reportOf(result).text,
  notices: (result) => {
    const report = reportOf(result);
    return [...(report.truncated === undefined ? [] : [report.truncated.message]), ...report.warnings];
  },
});
