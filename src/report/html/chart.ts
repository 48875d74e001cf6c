/**
 * The pass-rate chart: one horizontal bar per section, split into segments
 * by control status, with "passed/total" beside it. Plain inline SVG with
 * colours as attributes, so it needs no script, no font download and prints
 * as drawn. Coordinates are rounded to one decimal for byte-stable output.
 */
import { htmlAttr, htmlText } from '../../text/html.js';
import { statusStyle } from './status.js';
import { statusPrecedence } from '../../findings/vocabulary.js';

/** Worst first, the order bar segments and legends are shown in. */
const statusOrder: readonly string[] = statusPrecedence;

export interface ChartRow {
  readonly label: string;
  /** In-page anchor of the section the row summarizes. */
  readonly anchor: string;
  /** Units (controls or policies) by status, display order. */
  readonly counts: readonly (readonly [string, number])[];
}

const WIDTH = 960;
const BAR_WIDTH = 740;
const BAR_HEIGHT = 14;
const ROW_HEIGHT = 42;
const LEGEND_HEIGHT = 26;
/** Labels sit above their bars; beyond this many characters they are cut and kept whole in the tooltip. */
const MAX_LABEL = 96;

const num = (n: number): string => (Math.round(n * 10) / 10).toString();

function legend(statuses: readonly string[]): string {
  let x = 0;
  return statuses.map((status) => {
    const style = statusStyle(status);
    const item = `<rect x="${x}" y="4" width="12" height="12" rx="2" fill="${style.colour}"/><text x="${x + 16}" y="14" class="legend">${htmlText(style.label)}</text>`;
    x += 26 + style.label.length * 8;
    return item;
  }).join('');
}

function bar(row: ChartRow, y: number, unit: string): string {
  const total = row.counts.reduce((sum, [, n]) => sum + n, 0);
  const passed = row.counts.find(([s]) => s === 'PASS')?.[1] ?? 0;
  const label = row.label.length > MAX_LABEL ? `${row.label.slice(0, MAX_LABEL - 1)}…` : row.label;
  const parts = [
    `<a href="#${htmlAttr(row.anchor)}"><text x="0" y="${y + 13}" class="sec">${htmlText(label)}<title>${htmlText(row.label)}</title></text></a>`,
    `<rect x="0" y="${y + 19}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" rx="2" fill="#eaeef2"/>`,
  ];
  // Cumulative rounding: segments meet exactly and always fill the bar.
  let done = 0;
  for (const [status, n] of row.counts) {
    if (total === 0 || n === 0) continue;
    const x0 = (done / total) * BAR_WIDTH;
    done += n;
    const x1 = (done / total) * BAR_WIDTH;
    const style = statusStyle(status);
    parts.push(`<rect x="${num(x0)}" y="${y + 19}" width="${num(x1 - x0)}" height="${BAR_HEIGHT}" fill="${style.colour}"><title>${n} ${htmlText(style.label)}</title></rect>`);
  }
  const rate = total === 0 ? '' : ` · ${Math.round((passed / total) * 100)}%`;
  parts.push(`<text x="${BAR_WIDTH + 10}" y="${y + 31}" class="rate">${passed}/${total} ${unit} passed${rate}</text>`);
  return parts.join('');
}

/** `unit` names what is counted ("controls", "policies"); `title` is read by screen readers. */
export function renderChart(title: string, rows: readonly ChartRow[], unit: string): string {
  const present = new Set(rows.flatMap((r) => r.counts.filter(([, n]) => n > 0).map(([s]) => s)));
  const statuses = [...statusOrder.filter((s) => present.has(s)), ...[...present].filter((s) => !statusOrder.includes(s)).sort()];
  const height = LEGEND_HEIGHT + rows.length * ROW_HEIGHT;
  const body = rows.map((row, i) => bar(row, LEGEND_HEIGHT + i * ROW_HEIGHT, unit)).join('\n');
  return [
    `<svg class="chart" role="img" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">`,
    `<title>${htmlText(title)}</title>`,
    `<g>${legend(statuses)}</g>`,
    body,
    '</svg>',
  ].join('\n');
}
