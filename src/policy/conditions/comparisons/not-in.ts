import { isDeepStrictEqual } from 'node:util';
import { Type } from '@sinclair/typebox';
import { defineComparison } from './define.js';
import { misfit } from './fit.js';

export const notIn = defineComparison({
  name: 'notIn',
  description: 'The value is none of the listed values.',
  operand: Type.Array(Type.Unknown(), { minItems: 1 }),
  compile(operand, field) {
    const values = operand as unknown[];
    for (const value of values) {
      const problem = misfit(value, field);
      if (problem !== undefined) return { ok: false, message: problem };
    }
    return { ok: true, test: (value) => !values.some((candidate) => isDeepStrictEqual(value, candidate)) };
  },
});
