/** gt, gte, lt, lte: numeric order. A value that is not a number (null included) never satisfies them. */
import { Type } from '@sinclair/typebox';
import { defineComparison, type ComparisonOperator } from './define.js';
import { fieldType } from './fit.js';

function ordering(name: string, description: string, holds: (value: number, operand: number) => boolean): ComparisonOperator {
  return defineComparison({
    name,
    description,
    operand: Type.Number(),
    compile(operand, field) {
      const type = fieldType(field);
      if (type !== undefined && type !== 'number' && type !== 'integer') return { ok: false, message: `${name} compares numbers, but this field holds ${type}` };
      const bound = operand as number;
      return { ok: true, test: (value) => typeof value === 'number' && holds(value, bound) };
    },
  });
}

export const gt = ordering('gt', 'The value is a number greater than the operand.', (v, o) => v > o);
export const gte = ordering('gte', 'The value is a number greater than or equal to the operand.', (v, o) => v >= o);
export const lt = ordering('lt', 'The value is a number less than the operand.', (v, o) => v < o);
export const lte = ordering('lte', 'The value is a number less than or equal to the operand.', (v, o) => v <= o);
