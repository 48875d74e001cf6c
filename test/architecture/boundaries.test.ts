/**
 * The lint rules every file of src/ keeps (bounded call arguments; console,
 * argv and env only in the CLI) fire: proved by linting small offending
 * files as if they sat in each folder. Layers and purity are checked over
 * the whole module graph instead (layering.test.ts).
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

/** Which rule said what, with its message: the spread rule is one of possibly several no-restricted-syntax selectors. */
async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

// Every folder under src/, read from disk so a new one is covered without editing this test.
const allFolders = readdirSync('src', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('lint rules for every folder of src/', () => {
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

  it('keeps argv, env and console to the CLI', async () => {
    expect(await ruleIds('src/snapshot/probe.ts', 'export const argv = process.argv;\n')).toContain('no-restricted-globals');
    expect(await ruleIds('src/collect/probe.ts', "console.log('x');\n")).toContain('no-console');
    expect(await ruleIds('src/cli/probe.ts', "export const argv = process.argv;\nconsole.log('x');\n")).toEqual([]);
  });
});
