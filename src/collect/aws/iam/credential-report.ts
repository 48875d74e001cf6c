/**
 * Reading the IAM credential report: GenerateCredentialReport until IAM says
 * COMPLETE, then GetCredentialReport, polling a bounded number of times
 * (ReportInProgress, ReportNotPresent and ReportExpired mean "not yet"). The
 * account and user collectors both need it; it is fetched once per run and
 * account, shared through a cache keyed on the run's ClientPool (a WeakMap,
 * so it lives exactly as long as the pool), never through a module singleton.
 */
import { GenerateCredentialReportCommand, GetCredentialReportCommand, IAMClient } from '@aws-sdk/client-iam';
import { callTable } from '../../calls.js';
import type { CollectContext, Fetch } from '../../context.js';
import type { ClientPool } from '../../clients.js';
import type { CallFailure } from '../../failure.js';
import type { CredentialReportRow } from '../../../resources/types/shared-credential-report.js';
import { CredentialReportFormatError, parseCredentialReport, type CredentialReport } from './credential-report-csv.js';

export interface ReportPolling {
  /** Most GenerateCredentialReport/GetCredentialReport rounds before giving up. */
  readonly attempts: number;
  /** Waits between rounds; injected so tests do not wait. */
  readonly sleep: (milliseconds: number) => Promise<void>;
}

/** Up to ten rounds, waiting 0.5 s, 1 s, 2 s, then 4 s (about 28 s in all): IAM usually needs a few seconds. */
export const defaultPolling: ReportPolling = {
  attempts: 10,
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
};

/** The report's calls, for a collector whose `field` holds (its share of) the report: aws.account and aws.iam.user each list it among their tables. */
export function credentialReportCalls<const F extends string>(field: F) {
  return callTable('IAM', 'iam', {
    // Asks IAM to build the report; it changes no configuration and is how every scanner reads it.
    GenerateCredentialReport: { iam: 'iam:GenerateCredentialReport' },
    GetCredentialReport: { iam: 'iam:GetCredentialReport', fills: [field] },
  });
}

const reportCalls = credentialReportCalls('credentialReport');

const waitBefore = (round: number): number => Math.min(4_000, 500 * 2 ** (round - 1));

// The wire codes, and the SDK's names for them (what describeError reports for modelled errors).
const notReadyCodes = new Set([
  'ReportInProgress', 'CredentialReportNotReadyException', 'ReportNotPresent', 'CredentialReportNotPresentException', 'ReportExpired', 'CredentialReportExpiredException',
]);

const reports = new WeakMap<ClientPool, Map<string, Promise<Fetch<CredentialReport>>>>();

/** The account's credential report, fetched on first use in this run and shared after. */
export function credentialReport(ctx: CollectContext, polling: ReportPolling = defaultPolling): Promise<Fetch<CredentialReport>> {
  let byAccount = reports.get(ctx.clients);
  if (byAccount === undefined) reports.set(ctx.clients, (byAccount = new Map<string, Promise<Fetch<CredentialReport>>>()));
  let report = byAccount.get(ctx.account);
  if (report === undefined) {
    report = fetchReport(ctx, polling);
    // Collectors await it after other work; a rejection (a bug) must reach them, not crash the process as unhandled first.
    report.catch(() => undefined);
    byAccount.set(ctx.account, report);
  }
  return report;
}

async function fetchReport(ctx: CollectContext, polling: ReportPolling): Promise<Fetch<CredentialReport>> {
  const iam = ctx.clients.get(IAMClient, ctx.region);
  let last: CallFailure | undefined;
  for (let round = 0; round < polling.attempts; round++) {
    if (round > 0) await polling.sleep(waitBefore(round));
    const generated = await ctx.call(reportCalls.GenerateCredentialReport, () => iam.send(new GenerateCredentialReportCommand({})));
    if (generated.kind === 'ok' && generated.value.State !== 'COMPLETE') {
      last = { code: 'ReportInProgress', message: `IAM is still generating the credential report (State ${generated.value.State ?? 'missing'})`, operation: reportCalls.GenerateCredentialReport.label };
      continue;
    }
    // Generation may be refused (no iam:GenerateCredentialReport) while a recent report can still be read.
    const got = await ctx.call(reportCalls.GetCredentialReport, () => iam.send(new GetCredentialReportCommand({})));
    if (got.kind === 'ok') return decode(got.value.Content);
    if (got.kind === 'absent') return got;
    if (generated.kind === 'failed') return generated;
    if (!notReadyCodes.has(got.failure.code)) return got;
    last = got.failure;
  }
  return {
    kind: 'failed',
    failure: {
      code: 'CredentialReportNotReady',
      message: `the credential report was not ready after ${polling.attempts} attempts${last === undefined ? '' : ` (last: ${last.code}: ${last.message})`}`,
      operation: reportCalls.GetCredentialReport.label,
    },
  };
}

function decode(content: Uint8Array | undefined): Fetch<CredentialReport> {
  const failed = (message: string): Fetch<CredentialReport> => ({ kind: 'failed', failure: { code: 'InvalidCredentialReport', message, operation: reportCalls.GetCredentialReport.label } });
  if (content === undefined) return failed('GetCredentialReport answered without Content');
  // The SDK has already decoded the base64 in the XML answer into bytes.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return failed('the credential report is not UTF-8 text');
  }
  try {
    return { kind: 'ok', value: parseCredentialReport(text) };
  } catch (error) {
    if (error instanceof CredentialReportFormatError) return failed(error.message);
    throw error;
  }
}

/** One user's row: null when the report has none (e.g. the user is newer than the report), a failure when unreadable. */
export function reportRow(report: Fetch<CredentialReport>, user: string): Fetch<CredentialReportRow | null> {
  if (report.kind !== 'ok') return report;
  const parsed = report.value.get(user);
  if (parsed === undefined) return { kind: 'ok', value: null };
  if (!parsed.ok) return { kind: 'failed', failure: { code: 'InvalidCredentialReport', message: parsed.problem, operation: reportCalls.GetCredentialReport.label } };
  return { kind: 'ok', value: parsed.row };
}
