/**
 * One pack as the framework reads: its controls in the framework's order,
 * grouped by section, each with its status, manual guidance, and the
 * findings of the policies that evidence it; a pass-rate chart on top.
 */
import type { ControlResult, ScanResult } from '../../findings/schema.js';
import { renderChart, type ChartRow } from './chart.js';
import { htmlText } from '../../text/html.js';
import { controlKey, groupBySection, type ReportModel } from './model.js';
import { renderPolicyFindings } from './policy-block.js';
import { badge, countLine, countStatuses, sortCounts, statusStyle } from './status.js';

type Pack = ScanResult['packs'][number];

const UNSECTIONED = 'Controls';

function renderControl(model: ReportModel, control: ControlResult, anchor: string): string {
  const findings = model.findingsByControl.get(controlKey(control)) ?? [];
  const level = control.level === undefined ? '' : ` <span class="level">Level ${control.level}</span>`;
  const guidance = control.guidance === undefined
    ? ''
    : `<div class="guidance"><div class="label">Manual check</div><p class="prose">${htmlText(control.guidance)}</p></div>`;
  const note = control.note === undefined ? '' : `<p class="note">${htmlText(control.note)}</p>`;
  const policies = control.policies.map((policy) => renderPolicyFindings(model, policy, findings.filter((f) => f.policy === policy)));
  const empty = control.policies.length === 0 && control.guidance === undefined ? '<p class="none">No policy evidences this control.</p>' : '';
  return [
    `<details open class="control s-${statusStyle(control.status).key}" id="${anchor}">`,
    `<summary>${badge(control.status)} <span class="cid">${htmlText(control.id)}</span> <span class="ctitle">${htmlText(control.title)}</span>${level} <span class="counts">${countLine(sortCounts(Object.entries(control.counts)))}</span></summary>`,
    '<div class="control-body">',
    guidance,
    note,
    ...policies,
    empty,
    '</div>',
    '</details>',
  ].filter((part) => part !== '').join('\n');
}

export function renderPack(model: ReportModel, pack: Pack, anchor: string): string {
  const controls = model.result.controls.filter((c) => c.pack === pack.id);
  const sections = groupBySection(controls, (c) => c.section ?? UNSECTIONED);
  const rows: ChartRow[] = sections.map(([label, list], i) => ({
    label, anchor: `${anchor}-s${i + 1}`, counts: countStatuses(list.map((c) => c.status)),
  }));
  let controlNumber = 0;
  const body = sections.map(([label, list], i) => [
    `<section class="section" id="${anchor}-s${i + 1}">`,
    `<h3>${htmlText(label)}</h3>`,
    ...list.map((control) => renderControl(model, control, `${anchor}-c${++controlNumber}`)),
    '</section>',
  ].join('\n'));
  const level = pack.level === undefined ? '' : ` · level ${pack.level}`;
  return [
    `<section class="pack" id="${anchor}">`,
    `<h2>${htmlText(pack.title)}</h2>`,
    `<p class="pack-meta"><code>${htmlText(pack.id)}</code> · version ${htmlText(pack.version)}${level} · ${controls.length} controls: ${countLine(countStatuses(controls.map((c) => c.status)))}</p>`,
    '<h3 class="chart-title">Pass rate by section</h3>',
    renderChart(`Controls of ${pack.title} passed, by section`, rows, 'controls'),
    ...body,
    '</section>',
  ].join('\n');
}
