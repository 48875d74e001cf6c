/** `{ not: condition }`: negation; unknown stays unknown. Evidence inside is restated as negated. */
import { not, type CompiledCondition } from '../evaluation.js';
import type { SourceLocation } from '../../diagnostics/error.js';
import { childTrace, negated, negatedProgress, progressOf, withTrace } from './trace.js';

export function negation(child: CompiledCondition, location: SourceLocation): CompiledCondition {
  return {
    location,
    evaluate(scope) {
      if (scope.trace === undefined) return not(child.evaluate(scope));
      const trace = childTrace(scope.trace);
      const value = not(child.evaluate(withTrace(scope, trace)));
      for (const item of trace.evidence) scope.trace.evidence.push(negated(item));
      scope.trace.progress = negatedProgress(progressOf(trace));
      return value;
    },
  };
}
