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
  });
});
