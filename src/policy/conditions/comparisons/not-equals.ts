import { isDeepStrictEqual } from 'node:util';
import { Type } from '@sinclair/typebox';
import { defineComparison } from './define.js';
import { misfit } from './fit.js';

export const notEquals = defineComparison({
  name: 'notEquals',
  description: 'The value differs from the operand.',
  operand: Type.Unknown(),
  compile(operand, field) {
    const problem = misfit(operand, field);
    if (problem !== undefined) return { ok: false, message: problem };
    return { ok: true, test: (value) => !isDeepStrictEqual(value, operand) };
  },
});
