/** Pack files share the policy files' YAML limits: nesting is a located error, not a stack overflow. */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../src/pack/load.js';
import { parseConfig } from '../../src/config/load.js';
import { MAX_YAML_DEPTH } from '../../src/policy/yaml-depth.js';

const brief = (result: ReturnType<typeof parsePack> | ReturnType<typeof parseConfig>): string[] =>
  (Array.isArray(result) ? result.map((e) => `${e.code} ${String(e.location?.line)}:${String(e.location?.column)} ${e.message}`) : ['loaded']);

describe('deeply nested pack and configuration files', () => {
  it('a pack whose controls nest 10,000 flow maps deep', () => {
    const text = `id: p\ntitle: T\nversion: "1"\nsource: s\ndescription: d\ncontrols: ${'{ a: '.repeat(10_000)}1${' }'.repeat(10_000)}\n`;
    // The root map is level 1, so the brace at level MAX_YAML_DEPTH + 1 is number MAX_YAML_DEPTH.
    expect(brief(parsePack({ file: 'packs/p.yaml', text }, new Set()))).toEqual([
      `YAML_SYNTAX 6:${'controls: '.length + '{ a: '.repeat(MAX_YAML_DEPTH - 1).length + 1} invalid YAML: maps and lists nest deeper than ${MAX_YAML_DEPTH} levels`,
    ]);
  });

  it('a configuration nesting block lists deeper than the limit', () => {
    const lines = ['waivers:'];
    for (let depth = 1; depth <= 300; depth++) lines.push(`${'  '.repeat(depth)}-`);
    expect(brief(parseConfig(`${lines.join('\n')} x\n`, 'assay.config.yaml'))).toEqual([
      // Line 1 is the root map; the list on line n is level n, so line MAX_YAML_DEPTH + 1 crosses the limit.
      `YAML_SYNTAX ${MAX_YAML_DEPTH + 1}:${2 * MAX_YAML_DEPTH + 1} invalid YAML: maps and lists nest deeper than ${MAX_YAML_DEPTH} levels`,
    ]);
  });

  it('aliases cannot build data deeper than the text (a deep list inside a deep list)', () => {
    const half = 200;
    const text = `a: &a ${'['.repeat(half)}${']'.repeat(half)}\nb: ${'['.repeat(half)}*a${']'.repeat(half)}\n`;
    const result = parseConfig(text, 'assay.config.yaml');
    expect(brief(result)).toHaveLength(1);
    expect(brief(result)[0]).toMatch(new RegExp(`^YAML_SYNTAX 2:\\d+ invalid YAML: maps and lists nest deeper than ${MAX_YAML_DEPTH} levels$`));
  });
});
