/** equals and notEquals: deep equality (null matches only null), checked against the field's possible values. */
import { isDeepStrictEqual } from 'node:util';
import { Type } from '@sinclair/typebox';
import { defineComparison, type ComparisonOperator } from './define.js';
import { misfit } from './fit.js';

function equality(name: string, description: string, wanted: boolean): ComparisonOperator {
  return defineComparison({
    name,
    description,
    operand: Type.Unknown(),
    compile(operand, field) {
      const problem = misfit(operand, field);
      if (problem !== undefined) return { ok: false, message: problem };
      if (typeof operand !== 'object' || operand === null) return { ok: true, test: (value) => (value === operand) === wanted };
      return { ok: true, test: (value) => isDeepStrictEqual(value, operand) === wanted };
    },
  });
}

export const equals = equality('equals', 'The value equals the operand (lists and objects compared deeply; null matches only null).', true);
export const notEquals = equality('notEquals', 'The value differs from the operand.', false);
