/** How much of a pack Assay checks by itself: the figures of the README's coverage table and each pack page. */
import type { PackDocument } from '../pack/schema.js';
import { markdownCode as code, markdownTable as table, markdownText as text } from '../text/markdown.js';

export interface Coverage {
  readonly automated: number;
  readonly manual: number;
  readonly total: number;
}

export function coverageOf(pack: PackDocument, level?: number): Coverage {
  const controls = pack.controls.filter((c) => level === undefined || c.level === undefined || c.level <= level);
  const automated = controls.filter((c) => c.policies !== undefined).length;
  return { automated, manual: controls.length - automated, total: controls.length };
}

/** One row per pack, in the order given. */
export function renderCoverageTable(packs: readonly PackDocument[]): string {
  return table(['Pack', 'Framework', 'Automated', 'Manual', 'Total'], packs.map((pack) => {
    const c = coverageOf(pack);
    return [`[${code(pack.id)}](docs/packs/${pack.id}.md)`, text(`${pack.title} ${pack.version}`), String(c.automated), String(c.manual), String(c.total)];
  }));
}
