/** Every collector, in one explicit sorted index (no registration by side effect). */
import type { Collector } from '../define.js';
import { kmsKeys } from './kms/keys.js';
import { s3Buckets } from './s3/buckets.js';

export const collectors: readonly Collector[] = [kmsKeys, s3Buckets];
