/**
 * The bundled library as the CLI loads it — every policy with the condition
 * libraries beside it — read once per test file, for tests that judge
 * collected data with one real policy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { compilePolicy, type CompiledPolicy } from '../../src/policy/compile.js';
import { loadPolicies, type PolicyLoad } from '../../src/policy/load.js';

let loaded: PolicyLoad | undefined;

export function bundledPolicies(): PolicyLoad {
  loaded ??= loadPolicies(readdirSync('policies', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ file: `policies/${f}`, text: readFileSync(`policies/${f}`, 'utf8'), origin: 'bundled' as const })));
  return loaded;
}

/** One bundled policy, compiled with its default parameters. */
export function compileBundled(id: string): CompiledPolicy {
  const { policies, errors } = bundledPolicies();
  if (errors.length > 0) throw new Error(`the bundled library does not load: ${errors.map((e) => e.message).join('; ')}`);
  const policy = policies.find((p) => p.document.id === id);
  if (policy === undefined) throw new Error(`no bundled policy ${id}`);
  const compiled = compilePolicy(policy);
  if (Array.isArray(compiled)) throw new Error(`${id} does not compile: ${compiled.map((e) => e.message).join('; ')}`);
  return compiled;
}
