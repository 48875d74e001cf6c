import { describe, expect, it } from 'vitest';
import { renderChart } from './chart.js';

const widths = (svg: string): number[] => [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="14" fill="#(?!eaeef2)/g)].map((m) => Number(m[1]));

describe('the pass-rate chart', () => {
  const svg = renderChart('Controls passed, by section', [
    { label: '1 Identity', anchor: 'p-s1', counts: [['FAIL', 1], ['MANUAL', 1], ['PASS', 1]] },
    { label: '2 Empty', anchor: 'p-s2', counts: [] },
  ], 'controls');

  it('draws one bar per section with passed/total beside it', () => {
    expect(svg.match(/class="sec"/g)).toHaveLength(2);
    expect(svg).toContain('1/3 controls passed · 33%');
    expect(svg).toContain('0/0 controls passed</text>');
    expect(svg).toContain('<a href="#p-s1">');
  });

  it('splits a bar into status segments that fill it exactly', () => {
    const segments = widths(svg);
    expect(segments).toHaveLength(3);
    expect(segments.reduce((a, b) => a + b, 0)).toBeCloseTo(740, 0);
  });

  it('has a legend of the statuses present only, worst first', () => {
    const legend = [...svg.matchAll(/class="legend">([^<]+)</g)].map((m) => m[1]);
    expect(legend).toEqual(['FAIL', 'MANUAL', 'PASS']);
  });

  it('escapes labels, cuts long ones and keeps them whole in the tooltip', () => {
    const label = `<script>alert(1)</script>${'x'.repeat(120)}`;
    const hostile = renderChart('t', [{ label, anchor: 'a', counts: [['WAIVED', 2]] }], 'controls');
    expect(hostile).not.toContain('<script');
    expect(hostile).toContain(`<title>&lt;script&gt;alert(1)&lt;/script&gt;${'x'.repeat(120)}</title>`);
    expect(hostile).toMatch(/x…<title>/);
    expect(hostile).toContain('fill="#8250df"');
  });

  it('is the same bytes for the same rows', () => {
    expect(renderChart('Controls passed, by section', [{ label: '1 Identity', anchor: 'p-s1', counts: [['FAIL', 1], ['MANUAL', 1], ['PASS', 1]] }, { label: '2 Empty', anchor: 'p-s2', counts: [] }], 'controls')).toBe(svg);
  });
});
