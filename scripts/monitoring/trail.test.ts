/**
 * One definition of "records all read and write management events": CIS 4.1
 * (hand-written YAML) and the fifteen generated 5.x chains must say the same,
 * or a trail passes one and fails the others.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { monitoringPolicyFiles } from './policies.js';
import { allowedExclusionsParameter, ALLOWED_EXCLUSIONS, recordsAllManagementEvents } from './trail.js';

interface TrailPolicy {
  check: { some: { all: unknown[] } };
  parameters: Record<string, unknown>;
}

const read = (text: string): TrailPolicy => parse(text) as TrailPolicy;
const cis41 = read(readFileSync(new URL('../../policies/aws/cloudtrail/aws-cloudtrail-multi-region-logging.yaml', import.meta.url), 'utf8'));

describe('a trail that records all management events', () => {
  it('is the same condition and parameter in CIS 4.1 as in the shared definition', () => {
    expect(cis41.check.some.all).toContainEqual(recordsAllManagementEvents);
    expect(cis41.parameters[ALLOWED_EXCLUSIONS]).toEqual(allowedExclusionsParameter);
  });

  it.each(monitoringPolicyFiles().map((f) => [f.path, f.contents] as const))('is the same in %s', (_path, contents) => {
    const policy = read(contents);
    expect(policy.check.some.all).toContainEqual(recordsAllManagementEvents);
    expect(policy.parameters[ALLOWED_EXCLUSIONS]).toEqual(allowedExclusionsParameter);
  });
});
