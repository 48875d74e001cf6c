/**
 * Wording shared by the text and Markdown views of a comparison, so both
 * say the same thing about a change. Returns raw (unescaped) text: each
 * renderer escapes for its medium.
 */
import type { ComparedFinding, Comparison, ScanInfo } from '../../findings/comparison.js';

/** `sha256:` and the first 12 hex digits: enough to tell scans apart at a glance. */
export function shortDigest(digest: string): string {
  const match = /^([a-z0-9-]+:)?([0-9a-f]{12})[0-9a-f]+$/.exec(digest);
  return match === null ? digest : `${match[1] ?? ''}${match[2] ?? ''}`;
}

export function scanLine(scan: ScanInfo): string {
  return `${shortDigest(scan.digest)} · collected ${scan.collectedAt} · ${scan.generator}`;
}

const absentBefore = { resource: 'not in the earlier scan', policy: 'policy not run before', scope: 'account or region not scanned before', unlisted: 'type could not be listed before' } as const;
const absentAfter = { resource: 'gone', policy: 'policy no longer run', scope: 'account or region no longer scanned', unlisted: 'type could not be listed' } as const;

/** What the finding was in the earlier scan, e.g. `PASS` or `policy not run before`. */
export function beforeLabel(entry: ComparedFinding): string {
  return entry.before?.status ?? absentBefore[entry.absent ?? 'resource'];
}

/** What the finding is in the later scan, e.g. `PASS` or `gone` (the resource disappeared). */
export function afterLabel(entry: ComparedFinding): string {
  return entry.after?.status ?? absentAfter[entry.absent ?? 'resource'];
}

/** The resource as a person finds it: type, id, name when it differs, account/region. */
export function resourceLabel(entry: ComparedFinding): string {
  const r = entry.resource;
  const id = r.id === '*' ? '(all)' : r.id;
  const name = r.name !== undefined && r.name !== r.id ? ` "${r.name}"` : '';
  return `${r.type} ${id}${name} · ${r.account}/${r.region}`;
}

/** The most telling line of detail: why it could not be decided, who waived it, else the latest message. */
export function detail(entry: ComparedFinding): string {
  const reasons = entry.after?.reasons ?? [];
  if (entry.after?.status === 'ERROR' && reasons.length > 0) return reasons.map((r) => r.message).join('; ');
  const waiver = entry.after?.waiver;
  if (waiver !== undefined) return `waived until ${waiver.expires} (owner ${waiver.owner}): ${waiver.reason}`;
  return (entry.after ?? entry.before)?.message ?? '';
}

/** A value read, as JSON, cut short: a whole bucket policy would drown the line. */
function shown(value: unknown): string {
  const json = (JSON.stringify(value) as string | undefined) ?? 'null';
  return json.length > 80 ? `${json.slice(0, 79)}…` : json;
}

/** The failing reads of a FAIL, as `path is actual, expected op value` (first two). */
export function evidenceSummary(entry: ComparedFinding): string {
  const failing = (entry.after?.status === 'FAIL' ? entry.after.evidence : []).filter((e) => e.result !== 'pass').slice(0, 2);
  return failing.map((e) => `${e.resource === undefined ? '' : `${e.resource}: `}${e.path} is ${shown(e.actual)}, expected ${e.op} ${shown(e.expected)}`).join('; ');
}

/** A sentence on how the policy sets differ, or undefined when both scans ran the same policies. */
export function policyChangeNote(comparison: Comparison): string | undefined {
  const { added, removed } = comparison.policies;
  const parts = [
    ...(added.length > 0 ? [`${added.length} added (${added.join(', ')})`] : []),
    ...(removed.length > 0 ? [`${removed.length} removed (${removed.join(', ')})`] : []),
  ];
  if (parts.length > 0) return `policies: ${parts.join('; ')}`;
  if (comparison.before.policySet !== comparison.after.policySet) return 'policies: same ids, but definitions or parameters changed';
  return undefined;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
