/** `{ not: condition }`: negation; unknown stays unknown. Evidence inside is restated as negated. */
import { not, type CompiledCondition, type Evidence } from '../evaluation.js';
import type { SourceLocation } from '../../diagnostics/error.js';
import { childTrace, withTrace } from './trace.js';

const flipped: Record<Evidence['result'], Evidence['result']> = { pass: 'fail', fail: 'pass', unknown: 'unknown' };

export function negation(child: CompiledCondition, location: SourceLocation): CompiledCondition {
  return {
    location,
    evaluate(scope) {
      if (scope.trace === undefined) return not(child.evaluate(scope));
      const trace = childTrace(scope.trace);
      const value = not(child.evaluate(withTrace(scope, trace)));
      for (const item of trace.evidence) {
        scope.trace.evidence.push({ ...item, op: item.op.startsWith('not ') ? item.op.slice(4) : `not ${item.op}`, result: flipped[item.result] });
      }
      return value;
    },
  };
}
