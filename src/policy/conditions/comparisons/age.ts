/**
 * olderThanDays and newerThanDays: the age of a timestamp measured against
 * the snapshot's collectedAt, never the clock, so a scan of an old snapshot
 * gives the verdicts it gave then; moreThanDaysAhead the same distance the
 * other way, for dates in the future (a certificate's expiry). null or
 * unparsable values satisfy none of them.
 */
import { Type } from '@sinclair/typebox';
import { defineComparison, type ComparisonOperator } from './define.js';

const DAY_MS = 86_400_000;

function age(name: string, description: string, holds: (ageMs: number, limitMs: number) => boolean): ComparisonOperator {
  return defineComparison({
    name,
    description,
    operand: Type.Number({ minimum: 0 }),
    compile(operand, field) {
      const format = field === undefined ? undefined : (field as { format?: string; anyOf?: { format?: string }[] });
      const isTimestamp = format === undefined || format.format === 'date-time' || (format.anyOf ?? []).some((b) => b.format === 'date-time');
      if (!isTimestamp) return { ok: false, message: `${name} measures timestamps, but this field is not one` };
      const limit = (operand as number) * DAY_MS;
      return {
        ok: true,
        test: (value, now) => {
          if (typeof value !== 'string') return false;
          const time = Date.parse(value);
          return !Number.isNaN(time) && holds(now - time, limit);
        },
      };
    },
  });
}

export const olderThanDays = age('olderThanDays', 'The value is a timestamp more than N days before the snapshot was collected.', (a, l) => a > l);
export const newerThanDays = age('newerThanDays', 'The value is a timestamp less than N days before the snapshot was collected.', (a, l) => a < l);
// An age is negative for a future date: more than N days ahead is an age below -N.
export const moreThanDaysAhead = age('moreThanDaysAhead', 'The value is a timestamp more than N days after the snapshot was collected.', (a, l) => -a > l);
