/** startsWith and endsWith: plain string prefix and suffix tests. */
import { Type } from '@sinclair/typebox';
import { defineComparison, type ComparisonOperator } from './define.js';
import { fieldType } from './fit.js';

function affix(name: string, description: string, holds: (value: string, operand: string) => boolean): ComparisonOperator {
  return defineComparison({
    name,
    description,
    operand: Type.String(),
    compile(operand, field) {
      const type = fieldType(field);
      if (type !== undefined && type !== 'string') return { ok: false, message: `${name} tests strings, but this field holds ${type}` };
      const text = operand as string;
      return { ok: true, test: (value) => typeof value === 'string' && holds(value, text) };
    },
  });
}

export const startsWith = affix('startsWith', 'The value is a string that starts with the operand.', (v, o) => v.startsWith(o));
export const endsWith = affix('endsWith', 'The value is a string that ends with the operand.', (v, o) => v.endsWith(o));
