/**
 * CloudFront distributions collected by `assay collect` from the moto
 * emulator seeded through the SDK, and judged by a scan of that snapshot:
 * a distribution on an S3 origin of the account with HTTPS only, a default
 * root object and logging, and one on a custom origin reached over plain
 * HTTP that viewers may use over HTTP. moto does not keep origin access
 * control on origins, answers no S3OriginConfig for an S3 origin (so the
 * collector sees an origin that is neither S3 nor custom, and names no
 * bucket) and always answers the default certificate, so those controls are
 * covered by the recorded-response tests only.
 */
import { join } from 'node:path';
import { CloudFrontClient, CreateDistributionCommand, type DistributionConfig } from '@aws-sdk/client-cloudfront';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

interface Seeded { hardened: string; legacy: string }

const behavior = (origin: string, policy: 'allow-all' | 'https-only' | 'redirect-to-https'): DistributionConfig['DefaultCacheBehavior'] => ({
  TargetOriginId: origin, ViewerProtocolPolicy: policy, ForwardedValues: { QueryString: false, Cookies: { Forward: 'none' } }, MinTTL: 0,
  TrustedSigners: { Enabled: false, Quantity: 0 },
});

async function seed(moto: Moto): Promise<Seeded> {
  const config = { endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, region: 'us-east-1' };
  const cloudfront = new CloudFrontClient(config);
  const create = async (distribution: DistributionConfig): Promise<string> => (await cloudfront.send(new CreateDistributionCommand({ DistributionConfig: distribution }))).Distribution?.Id ?? '';
  const hardened = await create({
    CallerReference: 'hardened', Comment: 'site', Enabled: true, DefaultRootObject: 'index.html',
    Origins: { Quantity: 1, Items: [{ Id: 'content', DomainName: 'site-content.s3.us-east-1.amazonaws.com', S3OriginConfig: { OriginAccessIdentity: '' } }] },
    DefaultCacheBehavior: behavior('content', 'redirect-to-https'),
    Logging: { Enabled: true, IncludeCookies: false, Bucket: 'site-logs.s3.amazonaws.com', Prefix: 'cf/' },
  });
  const legacy = await create({
    CallerReference: 'legacy', Comment: 'legacy', Enabled: true,
    Origins: { Quantity: 1, Items: [{ Id: 'app', DomainName: 'app.example.com', CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'http-only', OriginSslProtocols: { Quantity: 1, Items: ['TLSv1.2'] } } }] },
    DefaultCacheBehavior: behavior('app', 'allow-all'),
  });
  return { hardened, legacy };
}

describe.skipIf(!ready)('CloudFront distributions against the moto emulator', () => {
  const fixture = useMoto('assay-moto-cloudfront-', seed);
  const snap = (): string => join(fixture.dir, 'snap.json');

  it('assay collect reads each distribution\'s configuration', async () => {
    const run = await assay(['collect', '--regions', 'us-east-1', '--types', 'aws.cloudfront.distribution', '-o', snap(), '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(snap());
    const distributions = snapshot.resources.filter((r) => r.type === 'aws.cloudfront.distribution');
    const { hardened, legacy } = fixture.seeded;
    expect(distributions.map((d) => d.id).sort()).toEqual([hardened, legacy].sort());
    expect(distributions.every((d) => d.region === 'global')).toBe(true);
    const data = (id: string): unknown => distributions.find((d) => d.id === id)?.data;
    expect(data(hardened)).toMatchObject({
      enabled: true, defaultRootObject: 'index.html', defaultCacheBehavior: { targetOriginId: 'content', viewerProtocolPolicy: 'redirect-to-https' },
      // moto drops S3OriginConfig from its answer: the origin reads as neither kind, never guessed into one.
      origins: [{ id: 'content', s3BucketName: null, s3OriginConfig: null, customOriginConfig: null }], logging: { enabled: true },
    });
    expect(data(legacy)).toMatchObject({
      defaultRootObject: null, defaultCacheBehavior: { viewerProtocolPolicy: 'allow-all' },
      origins: [{ id: 'app', domainName: 'app.example.com', customOriginConfig: { originProtocolPolicy: 'http-only', originSslProtocols: ['TLSv1.2'] } }],
    });
  });

  it('a scan of that snapshot judges viewer and origin protocols, the root object and logging', async () => {
    const run = await assay(['scan', '--snapshot', snap(), '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    const { hardened, legacy } = fixture.seeded;
    expect([statusOf('aws-cloudfront-viewer-https', hardened), statusOf('aws-cloudfront-viewer-https', legacy)]).toEqual(['PASS', 'FAIL']);
    // The hardened distribution has no custom origin (moto's S3 origin reads as neither kind): nothing to reach over plain HTTP.
    expect([statusOf('aws-cloudfront-origin-https', hardened), statusOf('aws-cloudfront-origin-https', legacy)]).toEqual(['PASS', 'FAIL']);
    expect([statusOf('aws-cloudfront-default-root-object', hardened), statusOf('aws-cloudfront-default-root-object', legacy)]).toEqual(['PASS', 'FAIL']);
    expect([statusOf('aws-cloudfront-access-logging', hardened), statusOf('aws-cloudfront-access-logging', legacy)]).toEqual(['PASS', 'FAIL']);
  });
});
