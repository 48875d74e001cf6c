/** Digest file names and folders as AWS's "CloudTrail digest file structure" lays them out. */
import { describe, expect, it } from 'vitest';
import { dayFolder, dayOfKey, digestFolder, digestNameMatcher, logsRoot } from './layout.js';
import { stringToSign } from './signature.js';

describe('digest layout', () => {
  it('puts digests under the optional prefix, the account (or organization/account) and the region', () => {
    expect(digestFolder(logsRoot(undefined), '111122223333', 'us-east-2')).toBe('AWSLogs/111122223333/CloudTrail-Digest/us-east-2/');
    expect(digestFolder(logsRoot('/central/'), 'o-abcdefghij/111122223333', 'eu-west-1')).toBe('central/AWSLogs/o-abcdefghij/111122223333/CloudTrail-Digest/eu-west-1/');
  });

  it('reads the end time from a digest name of this trail only: whole trail name, no backfill, no other account or region', () => {
    const endOf = digestNameMatcher('111122223333', 'us-east-2', 'a');
    const folder = 'AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/';
    expect(endOf(`${folder}111122223333_CloudTrail-Digest_us-east-2_a_us-east-2_20150817T150131Z.json.gz`)).toBe('2015-08-17T15:01:31Z');
    // A multi-region trail's digests in another region name its home region after the trail.
    expect(endOf(`${folder}111122223333_CloudTrail-Digest_us-east-2_a_us-east-1_20150817T150131Z.json.gz`)).toBe('2015-08-17T15:01:31Z');
    expect(endOf(`${folder}111122223333_CloudTrail-Digest_us-east-2_a_b_us-east-2_20150817T150131Z.json.gz`)).toBeUndefined();
    expect(endOf(`${folder}111122223333_CloudTrail-Digest_us-east-2_a_us-east-2_20150817T150131Z_backfill.json.gz`)).toBeUndefined();
    expect(endOf(`${folder}444455556666_CloudTrail-Digest_us-east-2_a_us-east-2_20150817T150131Z.json.gz`)).toBeUndefined();
    expect(endOf(`${folder}111122223333_CloudTrail-Digest_eu-west-1_a_us-east-2_20150817T150131Z.json.gz`)).toBeUndefined();
  });

  it('names the day folders keys sort by', () => {
    expect(dayFolder('2015-08-17T15:01:31Z')).toBe('2015/08/17');
    expect(dayOfKey('p/', 'p/2015/08/17/x.json.gz')).toBe('2015/08/17');
    expect(dayOfKey('p/', 'p/readme.txt')).toBeUndefined();
  });
});

describe('the string CloudTrail signs', () => {
  it('joins end time, bucket/key, the digest\'s SHA-256 and the previous signature, one per line', () => {
    expect(stringToSign({ digestEndTime: '2015-08-17T15:01:31Z', previousDigestSignature: 'abcd' }, 'b', 'AWSLogs/k.json.gz', 'f'.repeat(64)))
      .toBe(`2015-08-17T15:01:31Z\nb/AWSLogs/k.json.gz\n${'f'.repeat(64)}\nabcd`);
  });

  it('writes null for the first digest of a chain, which has no previous signature', () => {
    expect(stringToSign({ digestEndTime: '2015-08-17T15:01:31Z', previousDigestSignature: null }, 'b', 'k', '0'.repeat(64)).split('\n').pop()).toBe('null');
  });
});
