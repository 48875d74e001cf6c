/** `{ all: [conditions] }`: true when every condition is; false wins over unknown. */
import { FALSE, TRUE, UNKNOWN, type CompiledCondition, type Truth } from '../evaluation.js';
import type { SourceLocation } from '../../diagnostics/error.js';
import { childTrace, collected as collect, keepExplaining, sumProgress, withTrace, type Collected } from './trace.js';

export function allOf(children: readonly CompiledCondition[], location: SourceLocation): CompiledCondition {
  return {
    location,
    evaluate(scope) {
      if (scope.trace === undefined) {
        let result: Truth = TRUE;
        for (const child of children) {
          const value = child.evaluate(scope);
          if (value === FALSE) return FALSE;
          if (value === UNKNOWN) result = UNKNOWN;
        }
        return result;
      }
      const collected: Collected[] = [];
      let result: Truth = TRUE;
      for (const child of children) {
        const trace = childTrace(scope.trace);
        const value = child.evaluate(withTrace(scope, trace));
        collected.push(collect(value, trace));
        if (value === FALSE) result = FALSE;
        else if (value === UNKNOWN && result === TRUE) result = UNKNOWN;
      }
      keepExplaining(scope.trace, result, collected);
      scope.trace.progress = sumProgress(collected);
      return result;
    },
  };
}
