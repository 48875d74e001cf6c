/** `{ fn: <name>, path?: <field>, with?: { options } }`: calls a built-in function on a value. */
import type { TSchema } from '@sinclair/typebox';
import { didYouMean } from '../../diagnostics/suggest.js';
import { explainSchemaErrors } from '../../diagnostics/schema-errors.js';
import { optionsValidatorName, precompiledValidator } from '../../resources/precompiled.js';
import { schemaValidator } from '../../resources/validate-data.js';
import { FALSE, TRUE, UNKNOWN, labelled, resultOf, type CompiledCondition } from '../evaluation.js';
import { functionsByName } from '../functions/index.js';
import { compilePath, evidencePath, unknownFrom, unreadableBecause, UNREADABLE, type CompiledPath } from '../path.js';
import { isRecord, report, resolveOperand, type CompileContext } from './context.js';


export function compileFunctionCall(node: Record<string, unknown>, pointer: string, schema: TSchema | undefined, cc: CompileContext): CompiledCondition | undefined {
  for (const key of Object.keys(node)) {
    if (!['fn', 'path', 'with'].includes(key)) return report(cc, 'POLICY_CONDITION', `${pointer}/${key}`, `a function call takes only fn, path and with; found "${key}"`, { atKey: true });
  }
  const name = node.fn;
  if (typeof name !== 'string') return report(cc, 'POLICY_FUNCTION', `${pointer}/fn`, 'fn must name a built-in function');
  const fn = functionsByName.get(name);
  if (fn === undefined) {
    return report(cc, 'POLICY_FUNCTION', `${pointer}/fn`, `unknown function "${name}"${didYouMean(name, functionsByName.keys())}`, { hint: `built-in functions: ${[...functionsByName.keys()].join(', ')}` });
  }
  let path: CompiledPath | undefined;
  if (node.path !== undefined) {
    if (typeof node.path !== 'string') return report(cc, 'POLICY_CONDITION', `${pointer}/path`, 'path must be a string');
    const compiled = compilePath(node.path, schema);
    if (!compiled.ok) return report(cc, 'POLICY_CONDITION', `${pointer}/path`, compiled.message);
    path = compiled.path;
  }
  const rawOptions = node.with ?? {};
  if (!isRecord(rawOptions)) return report(cc, 'POLICY_FUNCTION', `${pointer}/with`, `options of ${name} must be an object`);
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rawOptions)) {
    const resolved = resolveOperand(cc, value, `${pointer}/with/${key}`);
    if (!resolved.ok) return undefined;
    options[key] = resolved.value;
  }
  const validate = precompiledValidator(optionsValidatorName(name), fn.options) ?? schemaValidator(fn.options);
  if (!validate(options)) {
    for (const problem of explainSchemaErrors(validate.errors ?? [])) {
      report(cc, 'POLICY_FUNCTION', `${pointer}/with${problem.pointer}`, `${name} option ${problem.field === '' ? '' : `"${problem.field}" `}${problem.problem}`, { atKey: problem.atKey });
    }
    return undefined;
  }
  const test = fn.compile(options);
  const expected = fn.expected === undefined ? options : fn.expected(options);
  const location = cc.locate(pointer);
  return {
    location,
    evaluate(scope) {
      if (scope.trace === undefined) {
        // Deciding alone: the same reads as below, without building the reason or the evidence.
        if (path === undefined) {
          const errors = scope.resource.errors;
          if (errors !== undefined && scope.basePath !== '' && unreadableBecause(errors, scope.basePath) !== undefined) return UNKNOWN;
          return test(scope.value).result ? TRUE : FALSE;
        }
        const value = path.get(scope);
        return value === UNREADABLE ? UNKNOWN : test(value).result ? TRUE : FALSE;
      }
      let value: unknown = scope.value;
      let at = scope.basePath;
      const errors = scope.resource.errors;
      if (path === undefined && errors !== undefined && at !== '') {
        // A function given the value in scope (a list element) reads all of it: a part that could not be collected makes it unknown.
        const error = unreadableBecause(errors, at);
        if (error !== undefined) {
          const reason = unknownFrom(error, at);
          const unknown = scope.related ? { ...reason, ...labelled(scope) } : reason;
          scope.trace.unknowns.push(unknown);
          scope.trace.evidence.push({ path: at, actual: null, op: name, expected, result: 'unknown' });
          return UNKNOWN;
        }
      }
      if (path !== undefined) {
        const read = path.read(scope);
        if (read.unknown !== undefined) {
          scope.trace.unknowns.push(read.unknown);
          scope.trace.evidence.push({ path: read.unknown.path, actual: null, op: name, expected, result: 'unknown' });
          return UNKNOWN;
        }
        value = read.value;
        at = evidencePath(path, scope.basePath);
      }
      const outcome = test(value);
      const result = outcome.result ? TRUE : FALSE;
      scope.trace.evidence.push({
        path: at === '' ? '(resource)' : at,
        actual: outcome.actual ?? value ?? null,
        op: name,
        expected,
        result: resultOf(result),
        ...labelled(scope),
      });
      return result;
    },
  };
}
