/**
 * A validated policy document to a compiled policy: parameters resolved
 * (defaults, then pack/config overrides), `where` and `check` compiled
 * against the resource type's schema, templates checked. Compile once per
 * scan; evaluation never looks at the YAML again.
 */
import type { TSchema } from '@sinclair/typebox';
import { AssayError, compareErrors, type SourceLocation } from '../diagnostics/error.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { findResourceType, resourceTypeNames } from '../resources/catalog.js';
import type { ResourceTypeDefinition } from '../resources/define.js';
import { compileCondition } from './conditions/compile-condition.js';
import { report, type CompileContext } from './conditions/context.js';
import type { CompiledCondition } from './evaluation.js';
import { benchmarkWithConditions } from './library.js';
import type { LoadedPolicy } from './load.js';
import type { Severity } from '../findings/vocabulary.js';
import { fitsParameterType } from './parameter-types.js';
import type { PolicyDocument } from './schema.js';
import { compileTemplate, type CompiledTemplate } from './template.js';

export interface ParameterOverride {
  readonly value: unknown;
  /** Where the override was written (pack or config), for errors. */
  readonly location?: SourceLocation;
}

export interface CompiledPolicy {
  readonly id: string;
  readonly file: string;
  readonly origin: LoadedPolicy['origin'];
  readonly document: PolicyDocument;
  readonly severity: Severity;
  /** The policy's comparison with the authorities, with the differences its named conditions bring. */
  readonly benchmark: PolicyDocument['benchmark'];
  readonly resourceType: ResourceTypeDefinition;
  /** The catalog types the policy reads: its own and every type its conditions look up. A live scan collects exactly their union. */
  readonly readsTypes: readonly string[];
  readonly params: ReadonlyMap<string, unknown>;
  readonly where: CompiledCondition | undefined;
  readonly check: CompiledCondition;
  readonly messages: { readonly fail: CompiledTemplate; readonly pass: CompiledTemplate | undefined; readonly notApplicable: CompiledTemplate | undefined };
  readonly remediation: {
    readonly text: CompiledTemplate;
    readonly cli: readonly CompiledTemplate[];
    readonly verify: readonly CompiledTemplate[];
    readonly rollback: { readonly text: CompiledTemplate; readonly cli: readonly CompiledTemplate[] } | undefined;
  };
}

/**
 * How deep conditions may nest: every all, any, not, quantifier, count's
 * where and related body is one level. Compiling and evaluating recurse once
 * per level, so a policy nesting 10,000 `not`s would exhaust the call stack;
 * no real condition comes near this.
 */
export const MAX_CONDITION_DEPTH = 64;

function templateOrReport(source: string, declared: ReadonlySet<string>, pointer: string, loaded: LoadedPolicy, problems: AssayError[]): CompiledTemplate | undefined {
  const template = compileTemplate(source, declared);
  if ('problems' in template) {
    for (const problem of template.problems) problems.push(new AssayError('POLICY_MESSAGE', problem, { location: loaded.locate(pointer) }));
    return undefined;
  }
  return template;
}

export function compilePolicy(loaded: LoadedPolicy, overrides: ReadonlyMap<string, ParameterOverride> = new Map()): CompiledPolicy | AssayError[] {
  const { document, locate } = loaded;
  const problems: AssayError[] = [];
  const resourceType = findResourceType(document.resource);
  if (resourceType === undefined) {
    return [new AssayError('UNKNOWN_RESOURCE_TYPE', `unknown resource type "${document.resource}"${didYouMean(document.resource, resourceTypeNames())}`, {
      location: locate('/resource'), hint: '`assay types` lists the resource types',
    })];
  }
  const params = new Map<string, unknown>();
  for (const [name, parameter] of Object.entries(document.parameters ?? {})) {
    if (!fitsParameterType(parameter.type, parameter.default)) {
      problems.push(new AssayError('POLICY_PARAMETER', `default of parameter "${name}" must be of type ${parameter.type}; found ${JSON.stringify(parameter.default)}`, { location: locate(`/parameters/${name}/default`) }));
    }
    params.set(name, parameter.default);
  }
  for (const [name, override] of overrides) {
    const parameter = document.parameters?.[name];
    if (parameter === undefined) {
      problems.push(new AssayError('POLICY_PARAMETER', `policy ${document.id} has no parameter "${name}"${didYouMean(name, Object.keys(document.parameters ?? {}))}`, { location: override.location }));
    } else if (!fitsParameterType(parameter.type, override.value)) {
      problems.push(new AssayError('POLICY_PARAMETER', `parameter "${name}" of ${document.id} must be of type ${parameter.type}; found ${JSON.stringify(override.value)}`, { location: override.location }));
    } else {
      params.set(name, override.value);
    }
  }
  const usedParams = new Set<string>();
  let depth = 0;
  let tooDeepReported = false;
  const compileIn = (context: CompileContext, node: unknown, pointer: string, schema: TSchema | undefined): CompiledCondition | undefined => {
    if (depth >= MAX_CONDITION_DEPTH) {
      // Once per policy: every branch of a deep tree would repeat it.
      if (!tooDeepReported) report(context, 'POLICY_CONDITION', pointer, `conditions nest deeper than ${MAX_CONDITION_DEPTH} levels (each all, any, not, quantifier, related and use adds one)`);
      tooDeepReported = true;
      return undefined;
    }
    depth += 1;
    try {
      return compileCondition(node, pointer, schema, context);
    } finally {
      depth -= 1;
    }
  };
  // Every type a condition looks up (related:, account:, region:), named conditions' included: what collection must read.
  const readsTypes = new Set<string>([resourceType.type]);
  const cc: CompileContext = {
    locate,
    params,
    usedParams,
    problems,
    findType: (name) => {
      const found = findResourceType(name);
      if (found !== undefined) readsTypes.add(found.type);
      return found;
    },
    library: loaded.library,
    args: undefined,
    using: [],
    compile: (node, pointer, schema) => compileIn(cc, node, pointer, schema),
    compileIn,
  };
  const where = document.where === undefined ? undefined : cc.compile(document.where, '/where', resourceType.data);
  const check = cc.compile(document.check, '/check', resourceType.data);
  const declared = new Set(params.keys());
  const fail = templateOrReport(document.messages.fail, declared, '/messages/fail', loaded, problems);
  const pass = document.messages.pass === undefined ? undefined : templateOrReport(document.messages.pass, declared, '/messages/pass', loaded, problems);
  const notApplicable = document.messages.notApplicable === undefined ? undefined : templateOrReport(document.messages.notApplicable, declared, '/messages/notApplicable', loaded, problems);
  if (notApplicable !== undefined && document.where === undefined) {
    problems.push(new AssayError('POLICY_MESSAGE', 'messages.notApplicable is never used: only a where clause makes a finding NOT_APPLICABLE', { location: locate('/messages/notApplicable', true) }));
  }
  const text = templateOrReport(document.remediation.text, declared, '/remediation/text', loaded, problems);
  const commands = (list: readonly string[] | undefined, at: string): CompiledTemplate[] => (list ?? []).map((command, i) => {
    // Filled values are shell-quoted already; quotes written around a placeholder would end up inside the argument.
    if (/["']\{\{[^{}]*\}\}["']/.test(command)) {
      problems.push(new AssayError('POLICY_MESSAGE', 'do not quote placeholders in cli commands: Assay shell-quotes every filled value', { location: loaded.locate(`${at}/${i}`) }));
    }
    return templateOrReport(command, declared, `${at}/${i}`, loaded, problems);
  }).filter((c): c is CompiledTemplate => c !== undefined);
  const cli = commands(document.remediation.cli, '/remediation/cli');
  const verify = commands(document.remediation.verify, '/remediation/verify');
  const rollbackSpec = document.remediation.rollback;
  const rollbackText = rollbackSpec === undefined ? undefined : templateOrReport(rollbackSpec.text, declared, '/remediation/rollback/text', loaded, problems);
  const rollback = rollbackSpec === undefined || rollbackText === undefined ? undefined : { text: rollbackText, cli: commands(rollbackSpec.cli, '/remediation/rollback/cli') };
  // Used means named by a condition or by a placeholder: a name that merely contains another
  // (maxUnused inside {{param.maxUnusedDays}}) is not a use.
  const templates = [fail, pass, notApplicable, text, ...cli, ...verify, rollback?.text, ...(rollback?.cli ?? [])];
  for (const template of templates) for (const name of template?.params ?? []) usedParams.add(name);
  for (const name of params.keys()) {
    const mentioned = usedParams.has(name);
    if (!mentioned) problems.push(new AssayError('POLICY_PARAMETER', `parameter "${name}" is declared but never used`, { location: locate(`/parameters/${name}`, true) }));
  }
  if (problems.length > 0 || check === undefined || fail === undefined || text === undefined || (document.where !== undefined && where === undefined)) {
    // In file order, not in the order the compiler happened to find them.
    return problems.sort(compareErrors);
  }
  return {
    id: document.id,
    file: loaded.file,
    origin: loaded.origin,
    document,
    severity: document.severity,
    benchmark: benchmarkWithConditions(document, loaded.library),
    resourceType,
    readsTypes: [...readsTypes].sort(),
    params,
    where,
    check,
    messages: { fail, pass, notApplicable },
    remediation: { text, cli, verify, rollback },
  };
}

