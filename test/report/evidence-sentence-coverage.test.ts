/**
 * Every operator and built-in function the policy language registers has its
 * own wording in evidence sentences (none falls through to "expected <op>").
 * Here, not beside the formatter, because the report layer may not import
 * the policy registries.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/schema.js';
import { comparisonOperators } from '../../src/policy/conditions/comparisons/index.js';
import { functionsByName } from '../../src/policy/functions/index.js';
import { evidenceSentence, type SentenceStyle } from '../../src/report/evidence-sentence.js';

type Evidence = Finding['evidence'][number];

const plain: SentenceStyle = { words: (s) => s, name: (s) => s, value: (s) => s };
const say = (e: Evidence): string => evidenceSentence(e, plain, []);
const fail = (path: string, op: string, actual: unknown, expected: unknown): Evidence => ({ path, op, actual, expected, result: 'fail' });

describe('evidence sentences cover the registries', () => {
  it('every comparison operator, plain and negated, has its own wording', () => {
    for (const { name } of comparisonOperators) {
      for (const op of [name, `not ${name}`]) {
        const operand = name === 'exists' || name === 'empty' ? true : name === 'in' || name === 'notIn' ? ['x'] : 1;
        expect(say(fail('field', op, 'y', operand)), op).not.toContain(`expected ${op}`);
      }
    }
  });

  it('every built-in function has its own wording', () => {
    for (const name of functionsByName.keys()) {
      expect(say(fail('field', name, 'y', {})), name).not.toContain(`expected ${name}`);
      expect(say(fail('field', `not ${name}`, 'y', {})), name).not.toContain(`expected not ${name}`);
    }
  });
});
