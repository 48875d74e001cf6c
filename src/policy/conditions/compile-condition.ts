/**
 * Compiles one condition node (YAML data) into a closure, reporting every
 * problem at its place in the file. The forms:
 *
 *   { all: [c…] }   { any: [c…] }   { not: c }
 *       a member may be { when: true|false|{ param }|{ arg }, then: c }: switched off, it is left out
 *   { path: p, <comparison>: operand }          equals, in, gte, matches …
 *   { path: p, every|some|none: c }              over a list field
 *   { path: p, count: { where?: c, equals|gt|gte|lt|lte: n } }
 *   { related: { type, on?, within?, ifNone? }, every|some|none|count: … }
 *   { fn: name, path?: p, with?: { options } }   a built-in function
 *   { use: name, with?: { arguments } }          a named condition from a library
 *   { account: c }  { region: c }                the account's (region's) settings:
 *       related aws.account (aws.region) in this account (region), some: c, none found is ERROR
 *
 * Operands may be `{ param: name }`. Paths are checked against the schema of
 * the value they apply to.
 */
import type { TSchema } from '@sinclair/typebox';
import { didYouMean } from '../../diagnostics/suggest.js';
import { unwrapNullable } from '../../resources/paths.js';
import { UNKNOWN, joinPath, type CompiledCondition } from '../evaluation.js';
import { compilePath, UNREADABLE } from '../path.js';
import { allOf } from './all.js';
import { anyOf } from './any.js';
import { comparisonLeaf } from './comparison.js';
import { operandProblem } from './comparisons/fit.js';
import { comparisonsByName } from './comparisons/index.js';
import { isRecord, report, resolveOperand, type CompileContext } from './context.js';
import { compileFunctionCall } from './function-call.js';
import { negation } from './not.js';
import { decideOverList, listElements, quantify, type CountTest, type QuantifierKind } from './quantifiers.js';
import { compileRelated } from './related.js';
import { compileUse } from './use.js';

const quantifierNames: readonly QuantifierKind[] = ['every', 'some', 'none', 'count'];
const countOps = ['equals', 'gt', 'gte', 'lt', 'lte'] as const;

export const conditionKeywords: readonly string[] = ['all', 'any', 'not', 'path', 'related', 'fn', 'use', 'account', 'region', ...quantifierNames, ...comparisonsByName.keys()];

/** Resource types holding one account's and one region's settings, for the `account:` and `region:` shorthands. */
const settingsTypes = { account: 'aws.account', region: 'aws.region' } as const;

/** `{ account: c }` is `{ related: { type: aws.account, within: account, ifNone: error }, some: c }`; `region:` likewise. */
function compileSettings(scope: keyof typeof settingsTypes, node: Record<string, unknown>, pointer: string, schema: TSchema | undefined, cc: CompileContext): CompiledCondition | undefined {
  const others = Object.keys(node).filter((k) => k !== scope);
  if (others.length > 0) return report(cc, 'POLICY_CONDITION', pointer, `${scope} must stand alone in its condition; found also ${others.join(', ')}`);
  return compileRelated({ related: { type: settingsTypes[scope], within: scope, ifNone: 'error' } }, pointer, schema, cc, 'some',
    (elementSchema) => cc.compile(node[scope], `${pointer}/${scope}`, elementSchema), undefined);
}

/** A member of an all/any list: compiled, and whether a `when` leaves it in the list. */
interface Member {
  readonly compiled: CompiledCondition | undefined;
  readonly present: boolean;
}

/**
 * `{ when: true|false|{ param }|{ arg }, then: c }`, a member of an all/any
 * list that a pack or a caller switches on or off (an alerting path a pack
 * accepts). Decided when the policy compiles: a member switched off is not in
 * the list at all, so it neither decides nor explains a verdict. It is
 * compiled either way, so its mistakes are reported whatever the switch says.
 */
function compileMember(child: unknown, pointer: string, schema: TSchema | undefined, cc: CompileContext): Member {
  if (!isRecord(child) || !('when' in child)) return { compiled: cc.compile(child, pointer, schema), present: true };
  const others = Object.keys(child).filter((k) => k !== 'when' && k !== 'then');
  if (others.length > 0 || !('then' in child)) {
    return { compiled: report(cc, 'POLICY_CONDITION', pointer, `when takes exactly { when: true|false|{ param: name }|{ arg: name }, then: condition }${others.length > 0 ? `; found also ${others.join(', ')}` : '; then is missing'}`), present: false };
  }
  const switched = resolveOperand(cc, child.when, `${pointer}/when`);
  const compiled = cc.compile(child.then, `${pointer}/then`, schema);
  if (!switched.ok) return { compiled: undefined, present: false };
  if (typeof switched.value !== 'boolean') return { compiled: report(cc, 'POLICY_CONDITION', `${pointer}/when`, `when must be true or false (or a parameter or argument holding one); found ${JSON.stringify(switched.value)}`), present: false };
  return { compiled, present: switched.value };
}

function compileList(kind: 'all' | 'any', value: unknown, pointer: string, schema: TSchema | undefined, cc: CompileContext): CompiledCondition | undefined {
  if (!Array.isArray(value) || value.length === 0) return report(cc, 'POLICY_CONDITION', `${pointer}/${kind}`, `${kind} takes a non-empty list of conditions`);
  const members = value.map((child, i) => compileMember(child, `${pointer}/${kind}/${i}`, schema, cc));
  if (members.some((m) => m.compiled === undefined)) return undefined;
  const compiled = members.filter((m) => m.present).map((m) => m.compiled as CompiledCondition);
  if (compiled.length === 0) return report(cc, 'POLICY_CONDITION', `${pointer}/${kind}`, `every member of this ${kind} is switched off by its when; at least one must be on`);
  // One member left: it is the condition (its evidence unchanged by a wrapper around it).
  if (compiled.length === 1 && members.length > 1) return compiled[0];
  return kind === 'all' ? allOf(compiled, cc.locate(pointer)) : anyOf(compiled, cc.locate(pointer));
}

/** `count: { where?: c, gte: 1 }`: the count test and the optional element condition's source. */
function parseCount(value: unknown, pointer: string, cc: CompileContext): { test: CountTest; where: unknown } | undefined {
  if (!isRecord(value)) return report(cc, 'POLICY_CONDITION', pointer, 'count takes { where?: condition, and one of equals, gt, gte, lt, lte: number }');
  const ops = Object.keys(value).filter((k) => k !== 'where');
  const [op] = ops;
  if (ops.length !== 1 || op === undefined || !(countOps as readonly string[]).includes(op)) {
    return report(cc, 'POLICY_CONDITION', pointer, `count needs exactly one of ${countOps.join(', ')}${op === undefined ? '' : `; found ${ops.map((o) => `"${o}"`).join(', ')}`}`);
  }
  const resolved = resolveOperand(cc, value[op], `${pointer}/${op}`);
  if (!resolved.ok) return undefined;
  if (typeof resolved.value !== 'number' || !Number.isInteger(resolved.value) || resolved.value < 0) {
    return report(cc, 'POLICY_CONDITION', `${pointer}/${op}`, `count ${op} needs a whole number; found ${JSON.stringify(resolved.value)}`);
  }
  return { test: { op: op as CountTest['op'], value: resolved.value }, where: value.where };
}

/**
 * The element condition of a quantifier: compiled against the element schema;
 * null for a bare `count` (every element counts).
 */
function elementCondition(kind: QuantifierKind, node: Record<string, unknown>, pointer: string, cc: CompileContext, elementSchema: TSchema | undefined, countWhere: unknown): CompiledCondition | undefined | null {
  if (kind === 'count') return countWhere === undefined ? null : cc.compile(countWhere, `${pointer}/count/where`, elementSchema);
  return cc.compile(node[kind], `${pointer}/${kind}`, elementSchema);
}

function compilePathCondition(node: Record<string, unknown>, pointer: string, schema: TSchema | undefined, cc: CompileContext): CompiledCondition | undefined {
  const operators = Object.keys(node).filter((k) => k !== 'path');
  if (typeof node.path !== 'string') return report(cc, 'POLICY_CONDITION', `${pointer}/path`, 'path must be a string such as "publicAccessBlock.blockPublicAcls"');
  if (operators.length !== 1) {
    const unknown = operators.find((op) => !comparisonsByName.has(op) && !(quantifierNames as readonly string[]).includes(op));
    if (unknown !== undefined) return report(cc, 'POLICY_CONDITION', `${pointer}/${unknown}`, `unknown operator "${unknown}"${didYouMean(unknown, conditionKeywords)}`, { atKey: true });
    return report(cc, 'POLICY_CONDITION', pointer, operators.length === 0
      ? `condition on "${node.path}" has no operator (equals, in, gte, matches, exists, some, every …)`
      : `a condition takes exactly one operator; found ${operators.join(', ')} (combine several with all or any)`);
  }
  const op = operators[0] ?? '';
  const path = compilePath(node.path, schema);
  if (!path.ok) return report(cc, 'POLICY_CONDITION', `${pointer}/path`, path.message);
  if ((quantifierNames as readonly string[]).includes(op)) {
    const kind = op as QuantifierKind;
    const listSchema = path.path.schema === undefined ? undefined : unwrapNullable(path.path.schema) as { type?: string; items?: TSchema };
    if (listSchema !== undefined && listSchema.type !== 'array') return report(cc, 'POLICY_CONDITION', `${pointer}/${op}`, `${op} needs a list, but "${node.path}" holds ${listSchema.type ?? 'a non-list value'}`);
    const count = kind === 'count' ? parseCount(node.count, `${pointer}/count`, cc) : undefined;
    if (kind === 'count' && count === undefined) return undefined;
    const inner = elementCondition(kind, node, pointer, cc, listSchema?.items, count?.where);
    if (inner === undefined) return undefined;
    const listPath = path.path;
    const elementTest = inner === null ? undefined : inner;
    return {
      location: cc.locate(pointer),
      evaluate(scope) {
        const trace = scope.trace;
        if (trace === undefined) {
          const list = listPath.get(scope, 'elements');
          return list === UNREADABLE ? UNKNOWN : decideOverList(kind, elementTest, list, scope, listPath.text, count?.test);
        }
        const read = listPath.read(scope, 'elements');
        if (read.unknown !== undefined) {
          trace.unknowns.push(read.unknown);
          trace.evidence.push({ path: read.unknown.path, actual: null, op: kind, expected: null, result: 'unknown' });
          return UNKNOWN;
        }
        const elements = listElements(scope, read.value, listPath.text);
        return quantify(kind, elementTest, elements, scope, trace, undefined, count?.test, joinPath(scope.basePath, listPath.text));
      },
    };
  }
  const operator = comparisonsByName.get(op);
  if (operator === undefined) return report(cc, 'POLICY_CONDITION', `${pointer}/${op}`, `unknown operator "${op}"${didYouMean(op, conditionKeywords)}`, { atKey: true });
  const operand = resolveOperand(cc, node[op], `${pointer}/${op}`);
  if (!operand.ok) return undefined;
  const misfitOperand = operandProblem(operand.value, operator.operand);
  if (misfitOperand !== undefined) return report(cc, 'POLICY_CONDITION', `${pointer}/${op}`, `${op} on "${node.path}": ${misfitOperand}`);
  const compiled = operator.compile(operand.value, path.path.schema);
  if (!compiled.ok) return report(cc, 'POLICY_CONDITION', `${pointer}/${op}`, `${op} on "${node.path}": ${compiled.message}`);
  return comparisonLeaf(path.path, op, operand.value, compiled.test, cc.locate(pointer));
}

export function compileCondition(node: unknown, pointer: string, schema: TSchema | undefined, cc: CompileContext): CompiledCondition | undefined {
  if (!isRecord(node)) return report(cc, 'POLICY_CONDITION', pointer, `a condition must be an object such as { path: …, equals: … }; found ${Array.isArray(node) ? 'a list' : JSON.stringify(node)}`);
  const keys = Object.keys(node);
  for (const logical of ['all', 'any', 'not'] as const) {
    if (logical in node) {
      if (keys.length !== 1) return report(cc, 'POLICY_CONDITION', pointer, `${logical} must stand alone in its condition; found also ${keys.filter((k) => k !== logical).join(', ')}`);
      if (logical === 'not') {
        const child = cc.compile(node.not, `${pointer}/not`, schema);
        return child === undefined ? undefined : negation(child, cc.locate(pointer));
      }
      return compileList(logical, node[logical], pointer, schema, cc);
    }
  }
  if ('fn' in node) return compileFunctionCall(node, pointer, schema, cc);
  if ('use' in node) return compileUse(node, pointer, schema, cc);
  if ('account' in node) return compileSettings('account', node, pointer, schema, cc);
  if ('region' in node) return compileSettings('region', node, pointer, schema, cc);
  if ('related' in node) {
    const kinds = keys.filter((k) => k !== 'related');
    const [kind] = kinds;
    if (kinds.length !== 1 || kind === undefined || !(quantifierNames as readonly string[]).includes(kind)) {
      return report(cc, 'POLICY_CONDITION', pointer, `related needs exactly one quantifier: ${quantifierNames.join(', ')}`);
    }
    const quantifier = kind as QuantifierKind;
    const count = quantifier === 'count' ? parseCount(node.count, `${pointer}/count`, cc) : undefined;
    if (quantifier === 'count' && count === undefined) return undefined;
    return compileRelated(node, pointer, schema, cc, quantifier,
      (elementSchema) => elementCondition(quantifier, node, pointer, cc, elementSchema, count?.where), count?.test);
  }
  if ('path' in node) return compilePathCondition(node, pointer, schema, cc);
  const [first = ''] = keys;
  return report(cc, 'POLICY_CONDITION', keys.length === 0 ? pointer : `${pointer}/${first}`, keys.length === 0
    ? 'empty condition'
    : `unknown condition "${first}"${didYouMean(first, conditionKeywords)} (a condition starts with all, any, not, path, related, fn, use, account or region)`, { atKey: keys.length > 0 });
}
