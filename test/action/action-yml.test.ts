/**
 * action.yml against the code: every input the entry point reads is declared
 * and passed to it, every declared output is one the entry point writes, and
 * the defaults are values the scan accepts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gateThresholds } from '../../src/findings/vocabulary.js';

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: { id?: string; env?: Record<string, string> }[] };
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;
const source = readFileSync('src/action/inputs.ts', 'utf8') + readFileSync('src/action/run.ts', 'utf8');
const read = [...source.matchAll(/readInput\(env, '([a-z-]+)'\)/g)].map((m) => m[1]);

describe('action.yml', () => {
  it('declares every input the entry point reads, and passes each as INPUT_<NAME>', () => {
    expect(read.length).toBeGreaterThan(5);
    expect(Object.keys(action.inputs).sort()).toEqual([...new Set(read)].sort());
    const env = action.runs.steps.find((s) => s.id === 'scan')?.env ?? {};
    for (const name of Object.keys(action.inputs)) expect(env[`INPUT_${name.toUpperCase()}`]).toBe(`\${{ inputs.${name} }}`);
  });

  it('has defaults the scan accepts', () => {
    expect(gateThresholds).toContain(action.inputs['fail-on']?.default);
    expect(['true', 'false']).toContain(action.inputs['fail-on-error']?.default);
  });

  // That these are exactly the outputs written is asserted by run.test.ts, which runs the step.
  it('takes every output from the scan step, under the same name', () => {
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['sarif-file', 'json-file', 'html-file', 'max-severity', 'exit-code', 'fail-count', 'high-count']));
    for (const [name, output] of Object.entries(action.outputs)) expect(output.value, name).toBe(`\${{ steps.scan.outputs.${name} }}`);
  });
});
