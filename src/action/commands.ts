/**
 * GitHub workflow commands and files: annotations (`::error …::`), step
 * outputs (GITHUB_OUTPUT) and the job summary (GITHUB_STEP_SUMMARY). Values
 * come from scanned resources, so everything is escaped as the runner
 * unescapes it (src/text/github-command.ts): a resource name must not end an
 * annotation or add an output. The job summary is the Markdown report,
 * escaped by src/text/markdown.ts like every Markdown output.
 */
import type { Finding } from '../findings/schema.js';
import { commandData, commandProperty } from '../text/github-command.js';
import { bySeverity } from '../findings/vocabulary.js';

const level: Record<Finding['severity'], 'error' | 'warning' | 'notice'> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice', info: 'notice' };

/** GitHub shows ten annotations per step: nine for the most severe failures, one pointing to the summary. */
export const MAX_FINDING_ANNOTATIONS = 9;

export function annotations(findings: readonly Finding[]): string[] {
  const failing = findings.filter((f) => f.status === 'FAIL').sort((a, b) => bySeverity(a.severity, b.severity));
  const shown = failing.slice(0, MAX_FINDING_ANNOTATIONS).map((f) => {
    const where = f.resource.arn ?? `${f.resource.type} ${f.resource.id} (${f.resource.account}/${f.resource.region})`;
    return `::${level[f.severity]} title=${commandProperty(`${f.severity.toUpperCase()} ${f.policy}`)}::${commandData(`${f.message} [${where}]`)}`;
  });
  const rest = failing.length - shown.length;
  const pointer = failing.length === 0
    ? '::notice title=Assay::No failing findings; the job summary has the full report.'
    : `::notice title=Assay::${failing.length} failing finding${failing.length === 1 ? '' : 's'}${rest > 0 ? ` (${rest} not annotated)` : ''}: see the job summary and the HTML report for all of them with evidence.`;
  return [...shown, pointer];
}

/** `name=value` lines for GITHUB_OUTPUT; values are single-line by construction, and a newline would be refused. */
export function outputLines(outputs: Readonly<Record<string, string>>): string {
  return Object.entries(outputs).map(([name, value]) => {
    if (/[\r\n]/.test(value)) throw new Error(`output ${name} would span lines`);
    return `${name}=${value}\n`;
  }).join('');
}
