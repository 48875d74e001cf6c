import { Type } from '@sinclair/typebox';
import { defineComparison } from './define.js';

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

export const empty = defineComparison({
  name: 'empty',
  description: 'With true: the value is null, an empty string, an empty list or an empty object. With false: it has content.',
  operand: Type.Boolean(),
  compile(operand) {
    const wanted = operand === true;
    return { ok: true, test: (value) => isEmpty(value) === wanted };
  },
});
