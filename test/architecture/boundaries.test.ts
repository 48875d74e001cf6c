/**
 * The pure middle of the pipeline must stay pure: this proves the lint
 * rules that enforce it actually fire, by linting small offending files as
 * if they sat in each folder.
 */
import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// Type-aware rules need files on disk in the TS project; the boundary rules do not.
const eslint = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

/** Which rule said what, to tell the spread rule from the clock rule (both are no-restricted-syntax). */
async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

// Every folder under src/, read from disk so a new one is covered without editing this test.
const allFolders = readdirSync('src', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

const pureFolders = ['policy', 'engine', 'report', 'remediate', 'resources', 'diagnostics', 'text'];

describe('architecture boundaries (lint)', () => {
  it.each(pureFolders)('src/%s may not do file I/O, call AWS or read the clock', async (folder) => {
    const file = `src/${folder}/probe.ts`;
    expect(await ruleIds(file, "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toContain('no-restricted-imports');
    expect(await ruleIds(file, "import { S3Client } from '@aws-sdk/client-s3';\nexport const x = S3Client;\n")).toContain('no-restricted-imports');
    expect(await ruleIds(file, 'export const now = Date.now();\n')).toContain('no-restricted-syntax');
    expect(await ruleIds(file, 'export const now = new Date();\n')).toContain('no-restricted-syntax');
    expect(await ruleIds(file, 'export const env = process.env;\n')).toContain('no-restricted-globals');
  });

  it('lets pure code parse a date it was given', async () => {
    expect(await ruleIds('src/engine/probe.ts', "export const parse = (s: string): Date => new Date(s);\n")).toEqual([]);
  });

  it('keeps lower layers from importing higher ones', async () => {
    expect(await ruleIds('src/resources/probe.ts', "import { run } from '../cli/program.js';\nexport const x = run;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('src/snapshot/probe.ts', "import { x } from '../engine/evaluate.js';\nexport const y = x;\n")).toContain('no-restricted-imports');
  });

  it('keeps text safety below every layer: src/text/ imports nothing else from src/, and anyone may import it', async () => {
    for (const folder of ['report', 'diagnostics', 'cli', 'policy']) {
      expect(await ruleIds('src/text/probe.ts', `import { x } from '../${folder}/x.js';\nexport const y = x;\n`), folder).toContain('no-restricted-imports');
    }
    for (const folder of ['report', 'remediate', 'diagnostics', 'policy', 'docs', 'action', 'cli']) {
      expect(await ruleIds(`src/${folder}/probe.ts`, "import { terminalText } from '../text/terminal.js';\nexport const y = terminalText;\n"), folder).toEqual([]);
    }
  });

  // Issue 14: `findings.splice(0, n, ...all)` overflowed the call stack on a 75k-resource scan (DESIGN.md rule 8).
  it.each(allFolders)('src/%s may not spread an array into call or constructor arguments', async (folder) => {
    const file = `src/${folder}/probe.ts`;
    const spread = /^no-restricted-syntax: Spreading into call arguments/;
    expect(await messages(file, 'export const f = (xs: number[]): number => Math.max(...xs);\n')).toEqual([expect.stringMatching(spread)]);
    expect(await messages(file, 'export const f = (xs: number[], all: number[]): void => { xs.splice(0, 1, ...all); };\n')).toEqual([expect.stringMatching(spread)]);
    expect(await messages(file, 'export const f = (xs: [number, number]): Date => new Date(...xs);\n')).toEqual([expect.stringMatching(spread)]);
    // An array literal builds on the heap, so it stays allowed.
    expect(await messages(file, 'export const f = (a: number[], b: number[]): Set<number> => new Set([...a, ...b]);\n')).toEqual([]);
  });

  it('keeps the clock rule in pure folders alongside the spread rule (a later no-restricted-syntax replaces an earlier one)', async () => {
    expect(allFolders).toEqual(expect.arrayContaining(pureFolders));
    for (const folder of pureFolders) {
      const found = await messages(`src/${folder}/probe.ts`, 'export const f = (xs: number[]): number => Math.max(Date.now(), ...xs);\n');
      expect(found, folder).toHaveLength(2);
      expect(found, folder).toEqual(expect.arrayContaining([expect.stringMatching(/Spreading into call arguments/), expect.stringMatching(/never reads the clock/)]));
    }
  });

  it('keeps argv, env and console to the CLI', async () => {
    expect(await ruleIds('src/snapshot/probe.ts', 'export const argv = process.argv;\n')).toContain('no-restricted-globals');
    expect(await ruleIds('src/collect/probe.ts', "console.log('x');\n")).toContain('no-console');
    expect(await ruleIds('src/cli/probe.ts', "export const argv = process.argv;\nconsole.log('x');\n")).toEqual([]);
  });
});
