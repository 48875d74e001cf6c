import { isDeepStrictEqual } from 'node:util';
import { Type } from '@sinclair/typebox';
import { defineComparison } from './define.js';
import { misfit } from './fit.js';

export const equals = defineComparison({
  name: 'equals',
  description: 'The value equals the operand (lists and objects compared deeply; null matches only null).',
  operand: Type.Unknown(),
  compile(operand, field) {
    const problem = misfit(operand, field);
    if (problem !== undefined) return { ok: false, message: problem };
    if (typeof operand !== 'object' || operand === null) return { ok: true, test: (value) => value === operand };
    return { ok: true, test: (value) => isDeepStrictEqual(value, operand) };
  },
});
