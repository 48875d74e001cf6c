/**
 * Every call table Assay has: each collector's (API and AWS Config
 * sources), and the calls made outside collectors (identity, region
 * discovery, the organization listing, the Config aggregator, and
 * `assay trail verify`'s reads of a trail's bucket). The read-only
 * allowlist is their union.
 */
import { collectors } from './aws/index.js';
import { callsOf, type Call, type CallTable } from './calls.js';
import { aggregatorCalls } from './config/aggregator.js';
import { configCollectors } from './config/collectors.js';
import { configMappers } from './config/mappers/index.js';
import { identityCalls } from './identity.js';
import { organizationCalls } from './organization.js';
import { regionDiscoveryCalls } from './run.js';
import { trailVerifyCalls } from './trail/calls.js';

export function everyCallTable(): CallTable[] {
  return [
    identityCalls, regionDiscoveryCalls, organizationCalls, aggregatorCalls, ...trailVerifyCalls,
    ...collectors.flatMap((c) => c.calls),
    ...configCollectors(configMappers).flatMap((c) => c.calls),
  ];
}

let index: ReadonlyMap<string, Call> | undefined;

/** Every call by its allowlist key (`S3:GetBucketPolicy`); a key in several tables needs the same IAM actions in each (a test checks it). */
export function callIndex(): ReadonlyMap<string, Call> {
  index ??= new Map(callsOf(everyCallTable()).map((call) => [call.key, call]));
  return index;
}
