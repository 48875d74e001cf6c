/**
 * Runs a parsed filter pattern (parse.ts) against one JSON log event, as
 * CloudWatch Logs would when deciding whether a metric filter counts it.
 *
 * Semantics, with where each comes from (AWS CloudWatch Logs User Guide,
 * "Filter pattern syntax for metric filters", JSON section, unless noted):
 * - A selector walks property names and explicit `[n]` indexes only. A
 *   property step on an array, an index on a non-array, or an index past the
 *   end finds nothing ("If arrayKey is not an array this will be false"). There
 *   is no "any element" reading: `$.users = 1` against `"users": [1, 2, 3]`
 *   does not match.
 * - `=` and `!=` apply only when the selector reaches a value node. A selector
 *   that reaches an array or object matches neither ("both {$.users = 1} and
 *   {$.users != 1} will fail to match … where users is an array"). A selector
 *   that reaches nothing matches neither either: a `!=` on a missing field is
 *   false, so `$.additionalEventData.MFAUsed != "Yes"` does not match an event
 *   without MFAUsed. AWS does not document this; it was observed with the
 *   console's "Test pattern" and reported in DataBiosphere/azul#5884
 *   (`$.userIdentity.invokedBy != "…"` failed to match events without
 *   invokedBy). JSON null is not a value node either, for the same reason.
 * - Value nodes are strings and numbers, as documented; booleans are compared
 *   by their JSON text ("true"/"false") too, an undocumented choice (IS TRUE /
 *   IS FALSE is the documented form).
 * - String values compare by exact, case-sensitive text ("Filter patterns are
 *   case sensitive"), with a leading and/or trailing `*` as a wildcard and any
 *   other `*` literal. A number is compared through its text, so `4*` matches
 *   404 and `$.latency = *` matches any number or string.
 * - An unquoted numeric value with `=`/`!=` compares numerically against a
 *   number and by exact text against a string (`= 400` matches 400, 400.0 and
 *   "400", not "400.0"). `<`, `>`, `<=`, `>=` compare numbers, and strings that
 *   read as numbers; anything else does not match.
 * - `%regex%` searches the value's text (unanchored, like the documented
 *   standalone `%AUTHORIZED%` matching "UNAUTHORIZED REQUEST"), using
 *   RE2 (policy/regex.ts) for AWS's subset, in time linear in the text.
 * - IS NULL: present and null. IS TRUE / IS FALSE: present and that boolean.
 *   NOT EXISTS: the selector reaches nothing (a null value exists).
 * - && binds tighter than ||; the empty pattern matches every event.
 */
import { isNumberText, type ComparisonOperator, type Expression, type FilterPattern, type PatternValue } from './parse.js';

type Found = { readonly found: true; readonly value: unknown } | { readonly found: false };

const NOTHING: Found = { found: false };

export function matchesEvent(pattern: FilterPattern, event: unknown): boolean {
  return pattern.kind === 'all' || evaluateExpression(pattern.expression, event);
}

export function evaluateExpression(expression: Expression, event: unknown): boolean {
  switch (expression.type) {
    case 'or':
      return expression.operands.some((operand) => evaluateExpression(operand, event));
    case 'and':
      return expression.operands.every((operand) => evaluateExpression(operand, event));
    case 'test': {
      const at = resolve(event, expression.selector.steps);
      if (expression.test === 'notExists') return !at.found;
      if (!at.found) return false;
      return at.value === (expression.test === 'null' ? null : expression.test === 'true');
    }
    case 'compare': {
      const at = resolve(event, expression.selector.steps);
      return at.found && compare(at.value, expression.operator, expression.value);
    }
  }
}

function resolve(event: unknown, steps: readonly (string | number)[]): Found {
  let current: unknown = event;
  for (const step of steps) {
    if (typeof step === 'number') {
      if (!Array.isArray(current) || step >= current.length) return NOTHING;
      current = current[step];
    } else {
      if (typeof current !== 'object' || current === null || Array.isArray(current) || !Object.hasOwn(current, step)) return NOTHING;
      current = (current as Record<string, unknown>)[step];
    }
  }
  return current === undefined ? NOTHING : { found: true, value: current };
}

function compare(actual: unknown, operator: ComparisonOperator, value: PatternValue): boolean {
  if (typeof actual !== 'string' && typeof actual !== 'number' && typeof actual !== 'boolean') return false;
  const text = String(actual);
  if (operator === '=' || operator === '!=') {
    const equal = value.kind === 'regex' ? value.regex.test(text)
      : value.kind === 'number' ? (typeof actual === 'number' ? actual === value.value : text === value.text)
        : wildcardEquals(value, text);
    return operator === '=' ? equal : !equal;
  }
  if (value.kind !== 'number') return false;
  const number = typeof actual === 'number' ? actual : typeof actual === 'string' && isNumberText(actual) ? Number(actual) : undefined;
  if (number === undefined) return false;
  switch (operator) {
    case '<': return number < value.value;
    case '>': return number > value.value;
    case '<=': return number <= value.value;
    case '>=': return number >= value.value;
  }
}

function wildcardEquals(value: Extract<PatternValue, { kind: 'string' }>, text: string): boolean {
  if (value.anyBefore && value.anyAfter) return text.includes(value.core);
  if (value.anyBefore) return text.endsWith(value.core);
  if (value.anyAfter) return text.startsWith(value.core);
  return text === value.core;
}
