/** Which Principal elements name everyone. */
import { describe, expect, it } from 'vitest';
import { everyoneIn } from './principals.js';
import { readStatements } from './read.js';

function everyone(principal: unknown): string | undefined {
  const read = readStatements({ Statement: { Principal: principal } })[0]?.principal;
  if (read === undefined) throw new Error('no principal');
  return everyoneIn(read);
}

describe('everyoneIn', () => {
  it.each([
    ['"*"', '*', '*'],
    ['{"AWS": "*"}', { AWS: '*' }, 'AWS: *'],
    ['"*" among AWS principals', { AWS: ['arn:aws:iam::111122223333:root', '*'] }, 'AWS: *'],
    ['a wildcard account ARN', { AWS: 'arn:aws:iam::*:root' }, 'AWS: arn:aws:iam::*:root'],
    ['CanonicalUser "*"', { CanonicalUser: '*' }, 'CanonicalUser: *'],
    ['Service "*"', { Service: '*' }, 'Service: *'],
    ['a web identity provider', { Federated: 'graph.facebook.com' }, 'Federated: graph.facebook.com'],
    ['Cognito identity pools', { Federated: 'cognito-identity.amazonaws.com' }, 'Federated: cognito-identity.amazonaws.com'],
  ])('%s is everyone', (_name, principal, expected) => {
    expect(everyone(principal)).toBe(expected);
  });

  it.each([
    ['an account root', { AWS: 'arn:aws:iam::111122223333:root' }],
    ['an account id', { AWS: ['111122223333', '444455556666'] }],
    ['a role', { AWS: 'arn:aws:iam::111122223333:role/reader' }],
    ['a service principal', { Service: 'cloudtrail.amazonaws.com' }],
    ['a canonical user', { CanonicalUser: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be' }],
    ['an account SAML provider', { Federated: 'arn:aws:iam::111122223333:saml-provider/corp' }],
    ['an empty map', {}],
  ])('%s is not everyone', (_name, principal) => {
    expect(everyone(principal)).toBeUndefined();
  });
});
