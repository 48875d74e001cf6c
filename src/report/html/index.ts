/**
 * The auditor's report: one self-contained HTML file — inline CSS and SVG,
 * no script, nothing fetched, printable — per pack and control with the
 * evidence of every finding. Pure and deterministic like every formatter.
 */
import type { ScanResult } from '../../findings/schema.js';
import { defineFormatter } from '../formatter.js';
import { renderAppendix } from './appendix.js';
import { renderByPolicy } from './by-policy.js';
import { buildModel } from './model.js';
import { renderPack } from './pack.js';
import { renderPage, type TocEntry } from './page.js';
import { renderWaivers } from './waivers.js';
import { reportFormat } from '../formats.js';

export function renderHtml(result: ScanResult): string {
  const model = buildModel(result);
  const toc: TocEntry[] = [];
  const sections: string[] = [];
  if (result.packs.length === 0) {
    toc.push({ anchor: 'pack-1', label: 'Policies' });
    sections.push(renderByPolicy(model, 'pack-1'));
  } else {
    result.packs.forEach((pack, i) => {
      toc.push({ anchor: `pack-${i + 1}`, label: `${pack.title} ${pack.version}` });
      sections.push(renderPack(model, pack, `pack-${i + 1}`));
    });
  }
  const waivers = renderWaivers(result, 'waivers');
  if (waivers !== '') {
    toc.push({ anchor: 'waivers', label: 'Waivers' });
    sections.push(waivers);
  }
  const appendix = renderAppendix(model, 'policies');
  if (appendix !== '') {
    toc.push({ anchor: 'policies', label: 'Policies run' });
    sections.push(appendix);
  }
  return renderPage(result, toc, sections);
}

export const htmlFormatter = defineFormatter({
  ...reportFormat('html'),
  render: (result) => renderHtml(result),
});
