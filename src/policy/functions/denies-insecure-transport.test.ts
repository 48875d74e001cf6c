/** deniesInsecureTransport: the exact Deny form AWS documents, read through the shared policy reader. */
import { describe, expect, it } from 'vitest';
import { deniesInsecureTransport } from './denies-insecure-transport.js';

const test = deniesInsecureTransport.compile({ service: 's3' });
const deny = { Sid: 'DenyHttp', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
const policy = (...statements: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement: statements });

describe('deniesInsecureTransport', () => {
  it.each([
    ['the documented statement', policy(deny)],
    ['a single statement object', { Statement: deny }],
    ['{"AWS": "*"} and Action "*"', policy({ ...deny, Principal: { AWS: ['*'] }, Action: '*' })],
    ['a JSON boolean false', policy({ ...deny, Condition: { Bool: { 'aws:SecureTransport': false } } })],
    ['an action spelled in capitals, as IAM compares actions without case', policy({ ...deny, Action: 'S3:*' })],
  ])('is true for %s', (_name, document) => {
    expect(test(document).result).toBe(true);
  });

  it.each([
    ['no policy', null],
    ['an Allow', policy({ ...deny, Effect: 'Allow' })],
    ['some actions only', policy({ ...deny, Action: 's3:GetObject' })],
    ['another service', policy({ ...deny, Action: 'sns:*' })],
    ['a named principal', policy({ ...deny, Principal: { AWS: 'arn:aws:iam::111122223333:root' } })],
    ['a NotPrincipal beside it', policy({ ...deny, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } })],
    ['a second condition', policy({ ...deny, Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } })],
    ['the condition on true', policy({ ...deny, Condition: { Bool: { 'aws:SecureTransport': 'true' } } })],
    ['no condition', policy({ ...deny, Condition: undefined })],
  ])('is false for %s', (_name, document) => {
    expect(test(document).result).toBe(false);
  });

  it('shows the denying statement as written, or what is missing', () => {
    expect(test(policy(deny)).actual).toEqual(deny);
    expect(test(policy()).actual).toBe('no statement denies s3:* when aws:SecureTransport is false');
    expect(bucketAndObjects(policy()).actual).toBe('no statement denies s3:* on the bucket and objects when aws:SecureTransport is false');
  });

  // A plain-HTTP request has no TLS version; IAM evaluates NumericLessThan on a key the
  // request lacks as false, so this Deny never applies to the requests it is meant to stop.
  it('does not take a NumericLessThan s3:TlsVersion Deny for a plain-HTTP deny', () => {
    expect(test(policy({ ...deny, Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } })).result).toBe(false);
  });
});

const bucketAndObjects = deniesInsecureTransport.compile({ service: 's3', covers: ['bucket', 'objects'] });

describe('deniesInsecureTransport with covers: [bucket, objects]', () => {
  it.each([
    ['the bucket and its objects', ['arn:aws:s3:::b', 'arn:aws:s3:::b/*']],
    ['"*"', '*'],
    ['a name ending in a wildcard, which matches the bucket and every key', 'arn:aws:s3:::b*'],
    ['another partition', ['arn:aws-us-gov:s3:::b', 'arn:aws-us-gov:s3:::b/*']],
  ])('is true for a Resource of %s', (_name, resource) => {
    expect(bucketAndObjects(policy({ ...deny, Resource: resource })).result).toBe(true);
  });

  it.each([
    ['the objects only', 'arn:aws:s3:::b/*'],
    ['the bucket only', 'arn:aws:s3:::b'],
    ['one prefix of objects', ['arn:aws:s3:::b', 'arn:aws:s3:::b/logs/*']],
    ['no Resource at all', undefined],
  ])('is false for a Resource of %s', (_name, resource) => {
    expect(bucketAndObjects(policy({ ...deny, Resource: resource })).result).toBe(false);
  });

  it('is false for NotResource, which denies everything but what it names', () => {
    expect(bucketAndObjects(policy({ ...deny, Resource: undefined, NotResource: 'arn:aws:s3:::b/public/*' })).result).toBe(false);
  });

  it('takes the covering statement when an earlier one covers less', () => {
    const objectsOnly = { ...deny, Sid: 'ObjectsOnly', Resource: 'arn:aws:s3:::b/*' };
    expect(bucketAndObjects(policy(objectsOnly, deny)).actual).toEqual(deny);
  });
});
