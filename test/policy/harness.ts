/**
 * Shared plumbing for the policy-language tests: policy YAML in, findings or
 * diagnostics out, always through the real parse → compile → evaluate path.
 * Each test states only the condition (and the resource fields) it is about.
 */
import type { AssayError } from '../../src/diagnostics/error.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { Finding } from '../../src/findings/schema.js';
import { compilePolicy, type CompiledPolicy, type ParameterOverride } from '../../src/policy/compile.js';
import { parsePolicy } from '../../src/policy/load.js';
import { buildResource, type BuildOptions } from '../../src/resources/build.js';
import { findResourceType, resourceTypes } from '../../src/resources/catalog.js';
import { GLOBAL_REGION } from '../../src/resources/define.js';
import type { Resource, ResourceError } from '../../src/resources/resource.js';
import type { CoverageEntry, Snapshot } from '../../src/snapshot/schema.js';
import type { TObject } from '@sinclair/typebox';

export const ACCOUNT = '123456789012';
export const OTHER_ACCOUNT = '210987654321';
export const REGIONS = ['eu-west-1', 'us-east-1'] as const;
/** The snapshot's collectedAt: the only "now" age operators see. */
export const NOW = '2026-06-01T12:00:00.000Z';

export interface PolicySpec {
  readonly id?: string;
  readonly resource: string;
  readonly check: unknown;
  readonly where?: unknown;
  readonly parameters?: Record<string, { type: string; default: unknown; description?: string }>;
  readonly fail?: string;
  readonly cli?: readonly string[];
}

/**
 * A complete policy file whose conditions are written as JSON (which is YAML
 * flow syntax), so a test states a condition as a plain object.
 */
export function policyYaml(spec: PolicySpec): string {
  const lines = [
    `id: ${spec.id ?? 'test-policy'}`,
    'title: The thing under test is compliant',
    'severity: medium',
    `resource: ${spec.resource}`,
    'description: A policy written by a language test.',
    'rationale: Tests need a policy.',
  ];
  if (spec.where !== undefined) lines.push(`where: ${JSON.stringify(spec.where)}`);
  lines.push(`check: ${JSON.stringify(spec.check)}`);
  if (spec.parameters !== undefined) {
    lines.push('parameters:');
    for (const [name, p] of Object.entries(spec.parameters)) {
      lines.push(`  ${name}: { type: ${p.type}, default: ${JSON.stringify(p.default)}, description: ${JSON.stringify(p.description ?? 'A parameter.')} }`);
    }
  }
  lines.push('messages:', `  fail: ${JSON.stringify(spec.fail ?? '{{resource.id}} is not compliant.')}`);
  lines.push('remediation:', '  text: Fix it.');
  if (spec.cli !== undefined) {
    lines.push('  cli:');
    for (const command of spec.cli) lines.push(`    - ${JSON.stringify(command)}`);
  }
  lines.push('tests:', '  - { name: placeholder, resource: {}, expect: PASS }', '');
  return lines.join('\n');
}

/** Parse + compile `text` as file `policies/<id>.yaml`; the diagnostics, or [] when it compiled. */
export function diagnose(text: string, file = 'policies/test-policy.yaml', overrides: ReadonlyMap<string, ParameterOverride> = new Map()): AssayError[] {
  const loaded = parsePolicy({ file, text, origin: 'user' });
  if (Array.isArray(loaded)) return loaded;
  const compiled = compilePolicy(loaded, overrides);
  return Array.isArray(compiled) ? compiled : [];
}

export function compileText(text: string, file = 'policies/test-policy.yaml', overrides: ReadonlyMap<string, ParameterOverride> = new Map()): CompiledPolicy {
  const loaded = parsePolicy({ file, text, origin: 'user' });
  if (Array.isArray(loaded)) throw new Error(`policy did not load: ${loaded.map((e) => e.message).join('; ')}`);
  const compiled = compilePolicy(loaded, overrides);
  if (Array.isArray(compiled)) throw new Error(`policy did not compile: ${compiled.map((e) => e.message).join('; ')}`);
  return compiled;
}

export function compileSpec(spec: PolicySpec): CompiledPolicy {
  return compileText(policyYaml(spec), `policies/${spec.id ?? 'test-policy'}.yaml`);
}

/** The diagnostics of a policy built from `spec` (expects at least one). */
export function diagnoseSpec(spec: PolicySpec): AssayError[] {
  return diagnose(policyYaml(spec), `policies/${spec.id ?? 'test-policy'}.yaml`);
}

export interface ResourceSpec {
  readonly type?: string;
  readonly id?: string;
  readonly account?: string;
  readonly region?: string;
  readonly arn?: string;
  readonly name?: string;
  readonly tags?: Record<string, string>;
  readonly data?: Record<string, unknown>;
  readonly errors?: readonly { path: string; code: string; message?: string }[];
}

/** A resource of `type` from its valid example plus `spec`. */
export function resource(type: string, spec: ResourceSpec = {}): Resource {
  const definition = findResourceType(type);
  if (definition === undefined) throw new Error(`unknown type ${type}`);
  const errors: ResourceError[] | undefined = spec.errors?.map((e) => ({ path: e.path, code: e.code, message: e.message ?? `${e.code} (test)` }));
  const options: BuildOptions<TObject> = {
    id: spec.id ?? 'r-1',
    account: spec.account ?? ACCOUNT,
    region: spec.region ?? 'us-east-1',
    ...(spec.arn === undefined ? {} : { arn: spec.arn }),
    ...(spec.name === undefined ? {} : { name: spec.name }),
    ...(spec.tags === undefined ? {} : { tags: spec.tags }),
    ...(spec.data === undefined ? {} : { data: spec.data }),
    ...(errors === undefined ? {} : { errors }),
  };
  return buildResource(definition, options);
}

export interface CoverageGap {
  readonly type: string;
  readonly status: 'partial' | 'failed' | 'skipped';
  readonly region?: string;
  readonly account?: string;
  readonly reason?: string;
}

/** Coverage: every catalog type complete in every account and region, except the gaps. */
export function coverage(gaps: readonly CoverageGap[] = [], accounts: readonly string[] = [ACCOUNT]): CoverageEntry[] {
  const entries: CoverageEntry[] = [];
  for (const account of accounts) {
    for (const definition of resourceTypes) {
      for (const region of definition.scope === 'global' ? [GLOBAL_REGION] : REGIONS) {
        const gap = gaps.find((g) => g.type === definition.type && (g.region === undefined || g.region === region) && (g.account === undefined || g.account === account));
        entries.push(gap === undefined
          ? { type: definition.type, account, region, status: 'complete' }
          : { type: definition.type, account, region, status: gap.status, ...(gap.reason === undefined ? {} : { reason: gap.reason }) });
      }
    }
  }
  return entries;
}

export interface ScanOptions {
  /** Types whose collection was not complete; all others are. */
  readonly gaps?: readonly CoverageGap[];
  /** The snapshot's collectedAt (default NOW). */
  readonly collectedAt?: string;
}

export function snapshotOf(resources: readonly Resource[], options: ScanOptions = {}): Snapshot {
  const accounts = [...new Set([ACCOUNT, ...resources.map((r) => r.account)])].sort();
  return {
    schemaVersion: 1,
    generator: { name: 'assay', version: '0.0.0-test' },
    collectedAt: options.collectedAt ?? NOW,
    scope: { partition: 'aws', accounts, regions: [...REGIONS] },
    resources: [...resources],
    coverage: coverage(options.gaps ?? [], accounts),
    errors: [],
  };
}

export function scan(policy: CompiledPolicy, resources: readonly Resource[], options: ScanOptions = {}): Finding[] {
  const result = evaluate(snapshotOf(resources, options), [policy], {
    snapshotDigest: 'test',
    generator: { name: 'assay', version: 'test' },
    selection: { policyIds: undefined, controls: [], overrides: new Map(), packs: [] },
    evidenceForPass: true,
  });
  return result.findings;
}

/** The one finding for `subject`; `others` are further resources in the snapshot. */
export function findingFor(policy: CompiledPolicy, subject: Resource, others: readonly Resource[] = [], options: ScanOptions = {}): Finding {
  const findings = scan(policy, [subject, ...others], options);
  const found = findings.filter((f) => f.resource.type === subject.type && f.resource.id === subject.id && f.resource.region === subject.region && f.resource.account === subject.account);
  if (found.length !== 1) throw new Error(`expected one finding for ${subject.type} ${subject.id}, got ${found.length}`);
  return found[0]!;
}

/** Status of `check` (and optional `where`) on one resource of `type` with `data`. */
export function statusOf(type: string, check: unknown, spec: ResourceSpec = {}, where?: unknown): Finding['status'] {
  const policy = compileSpec({ resource: type, check, ...(where === undefined ? {} : { where }) });
  return findingFor(policy, resource(type, spec)).status;
}

/** Short "CODE line:col message" renderings, for exact comparisons that read well on failure. */
export function brief(errors: readonly AssayError[]): string[] {
  return errors.map((e) => `${e.code} ${String(e.location?.line)}:${String(e.location?.column)} ${e.message}`);
}

/** 1-based line and column of the first occurrence of `needle` in `text` (after `from`, if given). */
export function positionOf(text: string, needle: string, from?: string): { line: number; column: number } {
  const start = from === undefined ? 0 : text.indexOf(from);
  if (start < 0) throw new Error(`"${String(from)}" not in text`);
  const offset = text.indexOf(needle, start);
  if (offset < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}
