/** The comparison operators, in one explicit sorted index (no registration by side effect). */
import type { ComparisonOperator } from './define.js';
import { endsWith, startsWith } from './affixes.js';
import { moreThanDaysAhead, newerThanDays, olderThanDays } from './age.js';
import { contains } from './contains.js';
import { empty } from './empty.js';
import { equals, notEquals } from './equality.js';
import { exists } from './exists.js';
import { matches } from './matches.js';
import { inList, notIn } from './membership.js';
import { gt, gte, lt, lte } from './ordering.js';

export const comparisonOperators: readonly ComparisonOperator[] = [
  contains, empty, endsWith, equals, exists, gt, gte, inList, lt, lte, matches, moreThanDaysAhead, newerThanDays, notEquals, notIn, olderThanDays, startsWith,
];

export const comparisonsByName: ReadonlyMap<string, ComparisonOperator> = new Map(comparisonOperators.map((op) => [op.name, op]));
