/** in and notIn: membership in a list of values, each checked against the field's possible values. */
import { isDeepStrictEqual } from 'node:util';
import { Type } from '@sinclair/typebox';
import { defineComparison, type ComparisonOperator } from './define.js';
import { misfit } from './fit.js';

function membership(name: string, description: string, wanted: boolean): ComparisonOperator {
  return defineComparison({
    name,
    description,
    // Empty is allowed: a parameter listing no accepted values (nothing allowed) is a real setting.
    operand: Type.Array(Type.Unknown()),
    compile(operand, field) {
      const values = operand as unknown[];
      for (const value of values) {
        const problem = misfit(value, field);
        if (problem !== undefined) return { ok: false, message: problem };
      }
      return { ok: true, test: (value) => values.some((candidate) => isDeepStrictEqual(value, candidate)) === wanted };
    },
  });
}

export const inList = membership('in', 'The value is one of the listed values (none, when the list is empty).', true);
export const notIn = membership('notIn', 'The value is none of the listed values.', false);
