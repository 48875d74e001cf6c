/** Every collector, in one explicit sorted index (no registration by side effect). */
import type { Collector } from '../define.js';
import { kmsKeys } from './kms/keys.js';

export const collectors: readonly Collector[] = [kmsKeys];
