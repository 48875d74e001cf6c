/**
 * What compiling a condition needs: where the condition sits in its file,
 * the effective parameters, the function and type registries, and a list to
 * report problems into (all problems, not just the first).
 */
import type { TSchema } from '@sinclair/typebox';
import { AssayError } from '../../diagnostics/error.js';
import type { DiagnosticCode } from '../../diagnostics/codes.js';
import type { ResourceTypeDefinition } from '../../resources/define.js';
import type { CompiledCondition } from '../evaluation.js';
import type { ConditionLibrary } from '../library.js';
import type { Locator } from '../yaml.js';

export interface CompileContext {
  readonly locate: Locator;
  /** Effective parameter values (defaults overridden by packs and config). */
  readonly params: ReadonlyMap<string, unknown>;
  readonly usedParams: Set<string>;
  readonly problems: AssayError[];
  readonly findType: (name: string) => ResourceTypeDefinition | undefined;
  /** Named conditions policies may `use:`. */
  readonly library: ConditionLibrary;
  /** Inside a named condition: its argument values; undefined in a policy's own conditions. */
  readonly args: ReadonlyMap<string, unknown> | undefined;
  /** Named conditions being compiled, outermost first: a name already here is a cycle. */
  readonly using: readonly string[];
  /** Compiles a nested condition in this context; passed in to break the module cycle. */
  readonly compile: (node: unknown, pointer: string, schema: TSchema | undefined) => CompiledCondition | undefined;
  /** The same, in another context (a named condition's body): depth is counted across both. */
  readonly compileIn: (cc: CompileContext, node: unknown, pointer: string, schema: TSchema | undefined) => CompiledCondition | undefined;
}

/** A context for compiling elsewhere (a named condition's body), sharing the depth guard. */
export function deriveContext(cc: CompileContext, changes: Partial<Omit<CompileContext, 'compile' | 'compileIn'>>): CompileContext {
  const derived: CompileContext = {
    ...cc,
    ...changes,
    compile: (node, pointer, schema) => cc.compileIn(derived, node, pointer, schema),
  };
  return derived;
}

export function report(cc: CompileContext, code: DiagnosticCode, pointer: string, message: string, options: { atKey?: boolean; hint?: string } = {}): undefined {
  cc.problems.push(new AssayError(code, message, { location: cc.locate(pointer, options.atKey), hint: options.hint }));
  return undefined;
}


export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ param: name }` in an operand position. */
export function isParamRef(value: unknown): value is { param: string } {
  return isRecord(value) && Object.keys(value).length === 1 && typeof value.param === 'string';
}

/** `{ arg: name }` in an operand position, inside a named condition. */
export function isArgRef(value: unknown): value is { arg: string } {
  return isRecord(value) && Object.keys(value).length === 1 && typeof value.arg === 'string';
}

/** Replaces `{ param: name }` (`{ arg: name }` in a named condition) with its value; reports unknown names. */
export function resolveOperand(cc: CompileContext, operand: unknown, pointer: string): { ok: true; value: unknown } | { ok: false } {
  if (isArgRef(operand)) {
    const args = cc.args;
    if (args === undefined) {
      report(cc, 'POLICY_CONDITION', `${pointer}/arg`, `{ arg: ${operand.arg} } reads an argument of a named condition; a policy's own conditions read parameters with { param: name }`);
      return { ok: false };
    }
    if (!args.has(operand.arg)) {
      report(cc, 'POLICY_NAMED_CONDITION', `${pointer}/arg`, `unknown argument "${operand.arg}"${args.size === 0 ? '; this named condition declares no arguments' : ` (declared: ${[...args.keys()].join(', ')})`}`);
      return { ok: false };
    }
    return { ok: true, value: args.get(operand.arg) };
  }
  if (isParamRef(operand)) {
    if (cc.args !== undefined) {
      report(cc, 'POLICY_NAMED_CONDITION', `${pointer}/param`, `a named condition cannot read the parameters of the policies that use it; declare an argument "${operand.param}", read it with { arg: ${operand.param} }, and pass { param: ${operand.param} } in each use's with:`);
      return { ok: false };
    }
    if (!cc.params.has(operand.param)) {
      report(cc, 'POLICY_PARAMETER', `${pointer}/param`, `unknown parameter "${operand.param}"${cc.params.size === 0 ? '; this policy declares no parameters' : ` (declared: ${[...cc.params.keys()].join(', ')})`}`);
      return { ok: false };
    }
    cc.usedParams.add(operand.param);
    return { ok: true, value: cc.params.get(operand.param) };
  }
  if (Array.isArray(operand)) {
    const values: unknown[] = [];
    for (const [i, item] of operand.entries()) {
      const resolved = resolveOperand(cc, item, `${pointer}/${i}`);
      if (!resolved.ok) return resolved;
      values.push(resolved.value);
    }
    return { ok: true, value: values };
  }
  return { ok: true, value: operand };
}
