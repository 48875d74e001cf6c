/** A leaf: `{ path, <operator>: <operand> }`. */
import { resultOf, TRUE, FALSE, UNKNOWN, type CompiledCondition } from '../evaluation.js';
import { evidencePath, type CompiledPath } from '../path.js';
import type { SourceLocation } from '../../diagnostics/error.js';
import type { ComparisonTest } from './comparisons/define.js';

export function comparisonLeaf(path: CompiledPath, op: string, expected: unknown, test: ComparisonTest, location: SourceLocation): CompiledCondition {
  return {
    location,
    evaluate(scope) {
      const read = path.read(scope);
      if (read.unknown !== undefined) {
        if (scope.trace !== undefined) {
          scope.trace.unknowns.push(read.unknown);
          scope.trace.evidence.push({ path: read.unknown.path, actual: null, op, expected, result: 'unknown', ...(scope.relatedLabel === undefined ? {} : { resource: scope.relatedLabel }) });
        }
        return UNKNOWN;
      }
      const result = test(read.value, scope.ctx.now) ? TRUE : FALSE;
      if (scope.trace !== undefined) {
        scope.trace.evidence.push({
          path: evidencePath(path, scope.basePath),
          actual: read.value === undefined ? null : read.value,
          op,
          expected,
          result: resultOf(result),
          ...(scope.relatedLabel === undefined ? {} : { resource: scope.relatedLabel }),
        });
      }
      return result;
    },
  };
}
