/**
 * `{ any: [conditions] }`: true when at least one condition is; true wins
 * over unknown. Failed, it is explained by the branch that came closest
 * (trace.ts).
 */
import { FALSE, TRUE, UNKNOWN, type CompiledCondition, type Truth } from '../evaluation.js';
import type { SourceLocation } from '../../diagnostics/error.js';
import { bestProgress, childTrace, collected as collect, keepClosest, keepExplaining, withTrace, type Collected } from './trace.js';

export function anyOf(children: readonly CompiledCondition[], location: SourceLocation): CompiledCondition {
  return {
    location,
    evaluate(scope) {
      if (scope.trace === undefined) {
        let result: Truth = FALSE;
        for (const child of children) {
          const value = child.evaluate(scope);
          if (value === TRUE) return TRUE;
          if (value === UNKNOWN) result = UNKNOWN;
        }
        return result;
      }
      const collected: Collected[] = [];
      let result: Truth = FALSE;
      for (const child of children) {
        const trace = childTrace(scope.trace);
        const value = child.evaluate(withTrace(scope, trace));
        collected.push(collect(value, trace));
        if (value === TRUE) result = TRUE;
        else if (value === UNKNOWN && result === FALSE) result = UNKNOWN;
      }
      if (result === FALSE) keepClosest(scope.trace, collected, 'all');
      else keepExplaining(scope.trace, result, collected);
      scope.trace.progress = bestProgress(collected);
      return result;
    },
  };
}
