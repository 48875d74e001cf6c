/** A leaf: `{ path, <operator>: <operand> }`. */
import { labelled, resultOf, TRUE, FALSE, UNKNOWN, type CompiledCondition } from '../evaluation.js';
import { evidencePath, UNREADABLE, type CompiledPath } from '../path.js';
import type { SourceLocation } from '../../diagnostics/error.js';
import type { ComparisonTest } from './comparisons/define.js';

export function comparisonLeaf(path: CompiledPath, op: string, expected: unknown, test: ComparisonTest, location: SourceLocation): CompiledCondition {
  return {
    location,
    evaluate(scope) {
      if (scope.trace === undefined) {
        // Deciding alone (most evaluations): the value, without the reason an explanation would need.
        const value = path.get(scope);
        return value === UNREADABLE ? UNKNOWN : test(value, scope.ctx.now) ? TRUE : FALSE;
      }
      const read = path.read(scope);
      if (read.unknown !== undefined) {
        scope.trace.unknowns.push(read.unknown);
        scope.trace.evidence.push({ path: read.unknown.path, actual: null, op, expected, result: 'unknown', ...labelled(scope) });
        return UNKNOWN;
      }
      const result = test(read.value, scope.ctx.now) ? TRUE : FALSE;
      scope.trace.evidence.push({
        path: evidencePath(path, scope.basePath),
        actual: read.value === undefined ? null : read.value,
        op,
        expected,
        result: resultOf(result),
        ...labelled(scope),
      });
      return result;
    },
  };
}
