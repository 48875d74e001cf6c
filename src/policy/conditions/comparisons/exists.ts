import { Type } from '@sinclair/typebox';
import { defineComparison } from './define.js';

export const exists = defineComparison({
  name: 'exists',
  description: 'With true: the value is set (not null, not absent). With false: it is null or absent.',
  operand: Type.Boolean(),
  compile(operand) {
    const wanted = operand === true;
    return { ok: true, test: (value) => (value !== null && value !== undefined) === wanted };
  },
});
