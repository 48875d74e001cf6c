/**
 * Accepted risks, for the auditor to review: every waiver in force for the
 * scan, active or expired, with owner, reason and how many failures it
 * covers. Waivers are newer than this report's findings-document type, so
 * they are read by shape; a result without them renders no section.
 */
import type { ScanResult } from '../../findings/schema.js';
import { htmlText } from '../../text/html.js';

interface WaiverRow {
  readonly policy: string;
  readonly resources: readonly string[];
  readonly reason: string;
  readonly owner: string;
  readonly expires: string;
  readonly state: string;
  readonly matched: number;
}

function isWaiver(value: unknown): value is WaiverRow {
  if (typeof value !== 'object' || value === null) return false;
  const w = value as Record<string, unknown>;
  return ['policy', 'reason', 'owner', 'expires', 'state'].every((k) => typeof w[k] === 'string')
    && Array.isArray(w.resources) && w.resources.every((r) => typeof r === 'string') && typeof w.matched === 'number';
}

export function waiversOf(result: ScanResult): WaiverRow[] {
  const value: unknown = (result as { readonly waivers?: unknown }).waivers;
  return Array.isArray(value) ? value.filter(isWaiver) : [];
}

export function renderWaivers(result: ScanResult, anchor: string): string {
  const waivers = waiversOf(result);
  if (waivers.length === 0) return '';
  const rows = waivers.map((w) => [
    `<tr class="${w.state === 'active' ? 'w-active' : 'w-expired'}">`,
    `<td><code>${htmlText(w.policy)}</code></td>`,
    `<td>${w.resources.map((r) => `<code>${htmlText(r)}</code>`).join('<br>')}</td>`,
    `<td>${htmlText(w.reason)}</td><td>${htmlText(w.owner)}</td><td>${htmlText(w.expires)}</td>`,
    `<td>${htmlText(w.state)}</td><td>${w.matched}</td></tr>`,
  ].join(''));
  return [
    `<section class="waivers" id="${anchor}">`,
    `<h2>Waivers (${waivers.length})</h2>`,
    '<p class="pack-meta">Failures accepted as risks, in configuration order. An expired waiver no longer applies: the failures it covered are reported as FAIL again.</p>',
    '<table class="waiver-list"><thead><tr><th>Policy</th><th>Resources</th><th>Reason</th><th>Owner</th><th>Expires</th><th>State</th><th>Failures covered</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
    '</section>',
  ].join('\n');
}
