/**
 * The policies that ran, as the auditor needs them to judge a result
 * without the policy files: what each checks and why, the framework
 * controls it evidences, the full remediation and the documentation links.
 */
import type { PolicyInfo } from '../../findings/schema.js';
import { htmlText } from '../../text/html.js';
import { linkOrText } from './values.js';
import type { ReportModel } from './model.js';
import { severityBadge } from './policy-block.js';

function frameworks(info: PolicyInfo): string {
  const entries = Object.entries(info.frameworks).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return '';
  const items = entries.map(([framework, ids]) => `<li><code>${htmlText(framework)}</code>: ${ids.map(htmlText).join(', ')}</li>`);
  return `<div class="label">Frameworks</div><ul class="frameworks">${items.join('')}</ul>`;
}

function remediation(info: PolicyInfo): string {
  const r = info.remediation;
  return [
    `<div class="label">Remediation</div><p class="prose">${htmlText(r.text)}</p>`,
    r.cli.length === 0 ? '' : `<div class="label">Command templates (filled in for each failing resource above)</div><pre><code>${r.cli.map(htmlText).join('\n')}</code></pre>`,
    r.terraform === undefined ? '' : `<div class="label">Terraform</div><pre><code>${htmlText(r.terraform.trimEnd())}</code></pre>`,
    r.disruption === undefined ? '' : `<p class="prose disruption"><span class="label">Disruption</span> ${htmlText(r.disruption)}</p>`,
  ].join('');
}

/** Where the policy's verdict rules depart from the benchmark, the AWS Config rule or the Security Hub control. */
function differences(info: PolicyInfo): string {
  const benchmark = info.benchmark;
  if (benchmark === undefined) return '';
  const compared = `<p class="prose">Compared with: ${benchmark.comparedWith.map(htmlText).join('; ')}.</p>`;
  const items = benchmark.differences.map((d) => [
    `<li><strong>${htmlText(d.topic)}.</strong> <em>${htmlText(d.authority)}:</em> ${htmlText(d.reads)}`,
    ` <em>Assay:</em> ${htmlText(d.assay)} <em>Follows ${htmlText(d.follows)}:</em> ${htmlText(d.why)}</li>`,
  ].join(''));
  return `<div class="label">Differences from the benchmark</div>${compared}${items.length === 0 ? '<p class="prose">None.</p>' : `<ul class="differences">${items.join('')}</ul>`}`;
}

function renderPolicyInfo(info: PolicyInfo, anchor: string): string {
  const references = info.references.length === 0
    ? ''
    : `<div class="label">References</div><ul class="references">${info.references.map((url) => `<li>${linkOrText(url)}</li>`).join('')}</ul>`;
  return [
    `<article class="policy-info" id="${anchor}">`,
    `<h3>${htmlText(info.title)}</h3>`,
    `<p class="pmeta">${severityBadge(info.severity)} <code>${htmlText(info.id)}</code> · <code>${htmlText(info.resourceType)}</code> · ${info.origin === 'user' ? 'user policy' : 'bundled policy'}</p>`,
    `<p class="prose">${htmlText(info.description)}</p>`,
    `<div class="label">Rationale</div><p class="prose">${htmlText(info.rationale)}</p>`,
    frameworks(info),
    differences(info),
    remediation(info),
    references,
    '</article>',
  ].filter((part) => part !== '').join('\n');
}

export function renderAppendix(model: ReportModel, anchor: string): string {
  if (model.result.policies.length === 0) return '';
  return [
    `<section class="appendix" id="${anchor}">`,
    `<h2>Policies run (${model.result.policies.length})</h2>`,
    ...model.result.policies.map((info) => renderPolicyInfo(info, model.policyAnchors.get(info.id) ?? '')),
    '</section>',
  ].join('\n');
}
