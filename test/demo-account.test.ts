/**
 * The demo account is the product's first impression and the engine's
 * fixture: it must stay valid, cover the whole catalog, and keep the edge
 * cases that scanners get wrong. Each edge case is checked on the data, so
 * removing one by accident fails here.
 */
import type { Static, TObject } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { buildDemoSnapshot } from '../examples/demo-account/build.js';
import { resourceTypes } from '../src/resources/catalog.js';
import type { ResourceTypeDefinition } from '../src/resources/define.js';
import type { Resource } from '../src/resources/resource.js';
import { account } from '../src/resources/types/account.js';
import { cloudtrailTrail } from '../src/resources/types/cloudtrail-trail.js';
import { ec2SecurityGroup } from '../src/resources/types/ec2-security-group.js';
import { iamUser } from '../src/resources/types/iam-user.js';
import { logsLogGroup } from '../src/resources/types/logs-log-group.js';
import { region } from '../src/resources/types/region.js';
import { s3Bucket } from '../src/resources/types/s3-bucket.js';
import { createLocator } from '../src/snapshot/locate.js';
import { validateSnapshot } from '../src/snapshot/validate.js';

const snapshot = buildDemoSnapshot();
const ofType = (type: string): Resource[] => snapshot.resources.filter((r) => r.type === type);
/** The data of every resource of a type; the snapshot validated, so the static type holds. */
const dataOf = <S extends TObject>(definition: ResourceTypeDefinition<S>): Static<S>[] => ofType(definition.type).map((r) => r.data as Static<S>);
const DAY = 86_400_000;
const ageInDays = (iso: string): number => (Date.parse(snapshot.collectedAt) - Date.parse(iso)) / DAY;

describe('demo account', () => {
  it('is a valid snapshot', () => {
    const result = validateSnapshot(snapshot, createLocator('demo', undefined));
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(buildDemoSnapshot()).toEqual(snapshot);
  });

  it('has at least 80 resources covering every catalog type, regional ones in both regions', () => {
    expect(snapshot.resources.length).toBeGreaterThanOrEqual(80);
    for (const definition of resourceTypes) {
      const regions = new Set(ofType(definition.type).map((r) => r.region));
      expect(regions.size, definition.type).toBeGreaterThan(0);
    }
    for (const type of ['aws.s3.bucket', 'aws.ec2.security-group', 'aws.cloudtrail.trail', 'aws.kms.key', 'aws.region']) {
      expect(new Set(ofType(type).map((r) => r.region))).toEqual(new Set(['us-east-1', 'eu-west-1']));
    }
  });

  it('1: has a multi-region trail that is not logging', () => {
    expect(dataOf(cloudtrailTrail).some((t) => t.isMultiRegionTrail && !t.status.isLogging)).toBe(true);
  });

  it('2: has a trail whose advanced selectors log only read-only management events', () => {
    const readOnlyOnly = dataOf(cloudtrailTrail).filter((t) => {
      const selectors = t.advancedEventSelectors;
      return selectors.length > 0 && selectors.every((s) =>
        s.fieldSelectors.some((f) => f.field === 'eventCategory' && f.equals.includes('Management'))
        && s.fieldSelectors.some((f) => f.field === 'readOnly' && f.equals.length === 1 && f.equals[0] === 'true'));
    });
    expect(readOnlyOnly.length).toBeGreaterThan(0);
  });

  it('3: has a Principal "*" bucket policy covered by account-level Block Public Access', () => {
    const accountBpa = dataOf(account)[0]!.s3PublicAccessBlock;
    expect(accountBpa).toEqual({ blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true });
    const starBuckets = dataOf(s3Bucket).filter((b) => {
      const statements = (b.policy?.Statement ?? []) as { Effect: string; Principal: unknown; Condition?: unknown }[];
      return statements.some((s) => s.Effect === 'Allow' && (s.Principal === '*' || JSON.stringify(s.Principal) === '{"AWS":"*"}') && s.Condition === undefined);
    });
    expect(starBuckets.length).toBeGreaterThan(0);
  });

  it('4: has a Principal "*" statement restricted by aws:SourceVpce', () => {
    expect(dataOf(s3Bucket).some((b) => JSON.stringify(b.policy ?? {}).includes('"aws:SourceVpce"'))).toBe(true);
  });

  it('5 and 6: has security groups open to ::/0 on 0-65535 and to 0.0.0.0/0 on protocol -1', () => {
    const ingress = dataOf(ec2SecurityGroup).flatMap((g) => g.ingress);
    expect(ingress.some((r) => r.protocol === 'tcp' && r.fromPort === 0 && r.toPort === 65535 && r.ipv6Ranges.some((x) => x.cidr === '::/0'))).toBe(true);
    expect(ingress.some((r) => r.protocol === '-1' && r.ipv4Ranges.some((x) => x.cidr === '0.0.0.0/0'))).toBe(true);
  });

  it('7 and 8: has a console user without MFA and an active access key about 200 days old', () => {
    const users = dataOf(iamUser);
    expect(users.some((u) => u.loginProfile !== null && u.mfaDevices.length === 0 && u.credentialReport?.mfaActive === false)).toBe(true);
    const keys = users.flatMap((u) => u.accessKeys);
    expect(keys.some((k) => k.status === 'Active' && Math.round(ageInDays(k.createDate)) === 200)).toBe(true);
  });

  it('9 and 10: has a log group that never expires and a Config recorder that is not recording', () => {
    expect(dataOf(logsLogGroup).some((g) => g.retentionInDays === null)).toBe(true);
    expect(dataOf(region).some((r) => r.configRecorders.some((c) => c.status?.recording === false))).toBe(true);
  });

  it('11: has a bucket whose policy could not be read, recorded on the bucket and in the snapshot errors', () => {
    const unreadable = ofType('aws.s3.bucket').find((b) => (b.errors ?? []).some((e) => e.path === 'policy' && e.code === 'AccessDenied'));
    expect(unreadable).toBeDefined();
    expect('policy' in unreadable!.data).toBe(false);
    expect(snapshot.errors.some((e) => e.operation === 'GetBucketPolicy' && e.resource === unreadable!.id && e.code === 'AccessDenied')).toBe(true);
  });

  it('records a failed listing in coverage with its error', () => {
    const failed = snapshot.coverage.filter((c) => c.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const entry of failed) {
      expect(snapshot.errors.some((e) => e.type === entry.type && e.region === entry.region)).toBe(true);
      expect(snapshot.resources.some((r) => r.type === entry.type && r.region === entry.region)).toBe(false);
    }
  });
});
