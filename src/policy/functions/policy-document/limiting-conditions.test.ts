/** Which condition tests limit a grant to known callers or networks, and why the others do not. */
import { describe, expect, it } from 'vitest';
import { limitingCondition, whyNotLimiting } from './limiting-conditions.js';
import { readStatements } from './read.js';

function tests(condition: Record<string, unknown>) {
  return readStatements({ Statement: { Condition: condition } })[0]?.conditions ?? [];
}

function why(condition: Record<string, unknown>): string | undefined {
  const [test, ...others] = tests(condition);
  if (test === undefined || others.length > 0) throw new Error('give exactly one operator and key');
  return whyNotLimiting(test);
}

describe('whyNotLimiting: conditions that limit', () => {
  it.each([
    ['a VPC endpoint', { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }],
    ['a VPC', { StringEquals: { 'aws:SourceVpc': ['vpc-111bbb22', 'vpc-333ccc44'] } }],
    ['an organization', { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }],
    ['an organization, ForAnyValue', { 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }],
    ['an organization path with a fixed organization', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*' } }],
    ['the caller account', { StringEquals: { 'aws:PrincipalAccount': '111122223333' } }],
    ['the source account', { StringEquals: { 'aws:SourceAccount': '111122223333' } }],
    ['the source owner, as SNS spells it', { StringEquals: { 'AWS:SourceOwner': '111122223333' } }],
    ['a fixed user id', { StringEquals: { 'aws:userid': 'AIDACKCEVSQ6C2EXAMPLE' } }],
    ['the KMS caller account', { StringEquals: { 'kms:CallerAccount': '111122223333' } }],
    ['an access point account', { StringEquals: { 's3:DataAccessPointAccount': '111122223333' } }],
    ['a fixed principal ARN', { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/reader' } }],
    ['principal ARNs of one account', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/*' } }],
    ['a fixed source ARN', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::example-logs' } }],
    ['access points of one account', { StringLike: { 's3:DataAccessPointArn': 'arn:aws:s3:us-west-2:111122223333:accesspoint/*' } }],
    ['a /24', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }],
    ['several narrow ranges', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/48'] } }],
    ['exactly /8', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }],
    ['an operator in another case', { stringequals: { 'aws:sourcevpce': 'vpce-1a2b3c4d' } }],
    ['StringEqualsIgnoreCase', { StringEqualsIgnoreCase: { 'aws:SourceVpce': 'VPCE-1A2B3C4D' } }],
  ])('%s', (_name, condition) => {
    expect(why(condition)).toBeUndefined();
  });
});

describe('whyNotLimiting: conditions that do not limit', () => {
  it.each([
    ['IfExists on a VPC endpoint', { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }, 'IfExists is true when the key is absent'],
    ['IfExists on an organization', { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }, 'IfExists is true when the key is absent'],
    ['IfExists on addresses', { IpAddressIfExists: { 'aws:SourceIp': '203.0.113.0/24' } }, 'IfExists is true when the key is absent'],
    ['ForAllValues', { 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }, 'ForAllValues is true when the key is absent'],
    ['a negated operator', { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }, 'StringNotEquals does not match fixed values'],
    ['NotIpAddress', { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, 'NotIpAddress does not match source addresses'],
    ['Null', { Null: { 'aws:SourceVpce': 'false' } }, 'Null does not match fixed values'],
    ['Bool', { Bool: { 'aws:SecureTransport': 'true' } }, 'aws:SecureTransport does not identify the caller or its network'],
    ['a wildcard VPC', { StringLike: { 'aws:SourceVpc': 'vpc-*' } }, '"vpc-*" is not a fixed value'],
    ['any source account', { StringLike: { 'aws:SourceAccount': '*' } }, '"*" is not a fixed value'],
    ['one wildcard among fixed values', { StringLike: { 'aws:SourceAccount': ['111122223333', '*'] } }, '"*" is not a fixed value'],
    ['a wildcard organization', { StringLike: { 'aws:PrincipalOrgID': 'o-*' } }, '"o-*" is not a fixed value'],
    ['a role-session user id pattern', { StringLike: { 'aws:userid': 'AROAEXAMPLEID:*' } }, '"AROAEXAMPLEID:*" is not a fixed value'],
    ['a policy variable', { StringEquals: { 'aws:SourceAccount': '${aws:PrincipalAccount}' } }, '"${aws:PrincipalAccount}" is not a fixed value'],
    ['principal ARNs of any account', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/reader' } }, '"arn:aws:iam::*:role/reader" is not a fixed value'],
    ['bucket ARNs by prefix (no account field)', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::logs-*' } }, '"arn:aws:s3:::logs-*" is not a fixed value'],
    ['any organization path', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': '*/r-ab12/*' } }, '"*/r-ab12/*" is not a fixed value'],
    ['the whole internet', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }, '0.0.0.0/0 is broader than /8 (IPv4) or /32 (IPv6)'],
    ['the whole IPv6 internet', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '::/0'] } }, '::/0 is broader than /8 (IPv4) or /32 (IPv6)'],
    ['a range broader than /8', { IpAddress: { 'aws:SourceIp': '0.0.0.0/1' } }, '0.0.0.0/1 is broader than /8 (IPv4) or /32 (IPv6)'],
    ['a user name (any account can have one)', { StringEquals: { 'aws:username': 'alice' } }, 'aws:username does not identify the caller or its network'],
    ['kms:ViaService (any account calls through it)', { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }, 'kms:ViaService does not identify the caller or its network'],
    ['StringEquals on aws:SourceIp', { StringEquals: { 'aws:SourceIp': '203.0.113.7' } }, 'StringEquals does not match source addresses'],
    ['IpAddress on an account key', { IpAddress: { 'aws:SourceAccount': '111122223333' } }, 'IpAddress does not match fixed values'],
    ['no values', { StringEquals: { 'aws:SourceVpce': [] } }, 'no values'],
  ])('%s', (_name, condition, reason) => {
    expect(why(condition)).toBe(reason);
  });
});

describe('limitingCondition', () => {
  it('finds one limiting test among others (tests are ANDed)', () => {
    const found = limitingCondition(tests({ Bool: { 'aws:SecureTransport': 'true' }, StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }));
    expect(found?.key).toBe('aws:SourceVpce');
  });

  it('finds none when no test limits', () => {
    expect(limitingCondition(tests({ StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1a2b3c4d' }, Bool: { 'aws:SecureTransport': 'true' } }))).toBeUndefined();
    expect(limitingCondition([])).toBeUndefined();
  });
});
