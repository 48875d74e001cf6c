/** `{ any: [conditions] }`: true when at least one condition is; true wins over unknown. */
import { FALSE, TRUE, UNKNOWN, type CompiledCondition, type Truth } from '../evaluation.js';
import type { SourceLocation } from '../../diagnostics/error.js';
import { childTrace, keepExplaining, withTrace, type Collected } from './trace.js';

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
        collected.push({ result: value, evidence: trace.evidence });
        if (value === TRUE) result = TRUE;
        else if (value === UNKNOWN && result === FALSE) result = UNKNOWN;
      }
      keepExplaining(scope.trace, result, collected);
      return result;
    },
  };
}
