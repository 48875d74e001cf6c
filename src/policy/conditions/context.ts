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
import type { Locator } from '../yaml.js';

export interface CompileContext {
  readonly locate: Locator;
  /** Effective parameter values (defaults overridden by packs and config). */
  readonly params: ReadonlyMap<string, unknown>;
  readonly usedParams: Set<string>;
  readonly problems: AssayError[];
  readonly findType: (name: string) => ResourceTypeDefinition | undefined;
  /** Compiles a nested condition; passed in to break the module cycle. */
  readonly compile: (node: unknown, pointer: string, schema: TSchema | undefined) => CompiledCondition | undefined;
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

/** Replaces `{ param: name }` with the parameter's value; reports unknown parameters. */
export function resolveOperand(cc: CompileContext, operand: unknown, pointer: string): { ok: true; value: unknown } | { ok: false } {
  if (isParamRef(operand)) {
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
