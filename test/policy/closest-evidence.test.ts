/**
 * A failed disjunction is explained by the alternative that came closest
 * (src/policy/conditions/trace.ts): the `any` branch or `some` element with
 * the fewest failing reads, an absence (empty list, nothing related) counting
 * as farther than any number of them. Unknown reads are never dropped, and a
 * read stated twice is kept once.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/schema.js';
import { compileSpec, findingFor, resource, type ResourceSpec } from './harness.js';

const BUCKET = 'aws.s3.bucket';
const SG = 'aws.ec2.security-group';

function rule(protocol: string, fromPort: number, toPort: number): Record<string, unknown> {
  return { protocol, fromPort, toPort, ipv4Ranges: [{ cidr: '10.0.0.0/8', description: null }], ipv6Ranges: [], prefixListIds: [], referencedGroups: [] };
}

function explain(resourceType: string, check: unknown, spec: ResourceSpec): Finding {
  return findingFor(compileSpec({ resource: resourceType, check }), resource(resourceType, spec));
}

const reads = (finding: Finding): [string, unknown, string][] => finding.evidence.map((e) => [e.path, e.actual, e.result]);

describe('a failed any keeps the branch that came closest', () => {
  it('one failing read beats two: the farther branch is not shown', () => {
    const finding = explain(BUCKET, {
      any: [
        { all: [{ path: 'name', equals: 'other' }, { path: 'versioning.status', equals: 'Enabled' }] },
        { all: [{ path: 'name', equals: 'b' }, { path: 'objectLock.enabled', equals: true }] },
      ],
    }, { data: { name: 'b', versioning: { status: 'Suspended' }, objectLock: { enabled: false } } });
    expect(finding.status).toBe('FAIL');
    expect(reads(finding)).toEqual([['objectLock.enabled', false, 'fail']]);
  });

  it('the closest branch is chosen on the reads inside it, not on the evidence it kept', () => {
    // The first branch keeps one item (its `some` says it tried two rules) but its closest rule fails once;
    // the second fails twice. Counting kept items would tie them.
    const finding = explain(SG, {
      any: [
        { path: 'ingress', some: { all: [{ path: 'protocol', equals: 'udp' }, { path: 'fromPort', equals: 22 }] } },
        { all: [{ path: 'groupName', equals: 'x' }, { path: 'isDefault', equals: true }] },
      ],
    }, { data: { groupName: 'web', isDefault: false, ingress: [rule('tcp', 22, 22), rule('tcp', 443, 443)] } });
    expect(finding.status).toBe('FAIL');
    expect(reads(finding)).toEqual([['ingress', 2, 'fail'], ['ingress[0].protocol', 'tcp', 'fail']]);
  });

  it('an empty list is farther than a configured alternative with several faults (classic vs advanced selectors)', () => {
    const finding = explain(SG, {
      any: [
        { path: 'egress', some: { path: 'fromPort', equals: 22 } },
        { all: [{ path: 'groupName', equals: 'x' }, { path: 'isDefault', equals: true }] },
      ],
    }, { data: { groupName: 'web', isDefault: false, egress: [] } });
    expect(finding.status).toBe('FAIL');
    expect(reads(finding)).toEqual([['groupName', 'web', 'fail'], ['isDefault', false, 'fail']]);
  });

  it('a negation counts the reads that held inside it as failing', () => {
    // not(all [T, T]) fails on two restated reads; the other branch on one.
    const finding = explain(BUCKET, {
      any: [
        { not: { all: [{ path: 'name', equals: 'b' }, { path: 'versioning.status', equals: 'Suspended' }] } },
        { path: 'objectLock.enabled', equals: true },
      ],
    }, { data: { name: 'b', versioning: { status: 'Suspended' }, objectLock: { enabled: false } } });
    expect(finding.status).toBe('FAIL');
    expect(reads(finding)).toEqual([['objectLock.enabled', false, 'fail']]);
  });

  it('a read that could not be made is kept from a branch that was not the closest', () => {
    const finding = explain(BUCKET, {
      any: [
        { all: [{ path: 'name', equals: 'other' }, { path: 'versioning.status', equals: 'Enabled' }, { path: 'logging', exists: true }] },
        { path: 'objectLock.enabled', equals: true },
      ],
    }, { data: { name: 'b', versioning: { status: 'Suspended' }, objectLock: { enabled: false } }, errors: [{ path: 'logging', code: 'AccessDenied' }] });
    expect(finding.status).toBe('FAIL');
    expect(reads(finding)).toEqual([['logging', null, 'unknown'], ['objectLock.enabled', false, 'fail']]);
  });
});

describe('a failed some keeps the closest element', () => {
  it('the element with the fewest failing reads, with how many were tried', () => {
    const finding = explain(SG, { path: 'ingress', some: { all: [{ path: 'protocol', equals: 'tcp' }, { path: 'fromPort', equals: 22 }, { path: 'toPort', equals: 22 }] } },
      { data: { ingress: [rule('udp', 53, 53), rule('tcp', 22, 23), rule('udp', 22, 22)] } });
    expect(finding.status).toBe('FAIL');
    expect(reads(finding)).toEqual([['ingress', 3, 'fail'], ['ingress[1].toPort', 23, 'fail']]);
  });

  it('an unknown read in another element is kept', () => {
    const finding = explain(SG, { path: 'ingress', some: { all: [{ path: 'protocol', equals: 'tcp' }, { path: 'fromPort', equals: 22 }, { path: 'toPort', equals: 22 }] } },
      { data: { ingress: [rule('udp', 53, 53), rule('tcp', 443, 22)] }, errors: [{ path: 'ingress[0].fromPort', code: 'Throttling' }] });
    // Element 0 is false (udp, to port 53) whatever its from port; element 1 fails on one read.
    expect(finding.status).toBe('FAIL');
    expect(reads(finding)).toEqual([['ingress', 2, 'fail'], ['ingress[0].fromPort', null, 'unknown'], ['ingress[1].fromPort', 443, 'fail']]);
  });
});

describe('unknown reads are never dropped', () => {
  it('an unknown any keeps the unknown read inside a false branch too', () => {
    const finding = explain(BUCKET, {
      any: [
        { all: [{ path: 'name', equals: 'other' }, { path: 'logging', exists: true }] },
        { path: 'logging.targetBucket', exists: true },
      ],
    }, { data: { name: 'b' }, errors: [{ path: 'logging', code: 'AccessDenied' }] });
    expect(finding.status).toBe('ERROR');
    expect(finding.evidence.filter((e) => e.result === 'unknown').map((e) => e.path)).toEqual(['logging', 'logging.targetBucket']);
  });

  it('a failed all keeps the unknown read inside a branch that held', () => {
    const finding = explain(BUCKET, {
      all: [
        { any: [{ path: 'name', equals: 'b' }, { path: 'logging', exists: true }] },
        { path: 'versioning.status', equals: 'Enabled' },
      ],
    }, { data: { name: 'b', versioning: { status: 'Suspended' } }, errors: [{ path: 'logging', code: 'AccessDenied' }] });
    expect(finding.status).toBe('FAIL');
    expect(reads(finding)).toEqual([['logging', null, 'unknown'], ['versioning.status', 'Suspended', 'fail']]);
  });
});

it('a read two conditions state the same way is kept once', () => {
  const finding = explain(BUCKET, {
    all: [
      { path: 'versioning.status', equals: 'Enabled' },
      { any: [{ path: 'versioning.status', equals: 'Enabled' }, { path: 'objectLock.enabled', equals: true }] },
    ],
  }, { data: { versioning: { status: 'Suspended' }, objectLock: { enabled: false } } });
  expect(reads(finding)).toEqual([['versioning.status', 'Suspended', 'fail'], ['objectLock.enabled', false, 'fail']]);
});
