/** publicGrants: which statements of a resource policy grant everyone access, and why. */
import { describe, expect, it } from 'vitest';
import { publicGrants } from './public-grants.js';

const policy = (...statements: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement: statements });
const read = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-bucket/*' };

describe('publicGrants: public', () => {
  it.each([
    ['Principal "*"', { ...read, Principal: '*' }],
    ['{"AWS": "*"}', { ...read, Principal: { AWS: '*' } }],
    ['{"AWS": ["*", …]}', { ...read, Principal: { AWS: ['arn:aws:iam::111122223333:root', '*'] } }],
    ['{"CanonicalUser": "*"}', { ...read, Principal: { CanonicalUser: '*' } }],
    ['a wildcard account ARN', { ...read, Principal: { AWS: 'arn:aws:iam::*:root' } }],
    ['a web identity provider', { ...read, Principal: { Federated: 'graph.facebook.com' } }],
    ['NotPrincipal in an Allow', { ...read, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }],
    ['a condition that does not limit callers', { ...read, Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }],
    ['IfExists on a VPC endpoint', { ...read, Principal: '*', Condition: { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } }],
    ['a negated operator', { ...read, Principal: '*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } }],
    ['StringLike aws:SourceAccount "*"', { ...read, Principal: '*', Condition: { StringLike: { 'aws:SourceAccount': '*' } } }],
    ['the whole internet', { ...read, Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } }],
    ['a very wide range', { ...read, Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/1' } } }],
    ['a wildcard VPC (S3\'s own example)', { ...read, Principal: '*', Condition: { StringLike: { 'aws:SourceVpc': 'vpc-*' } } }],
    ['NotAction in an Allow', { Effect: 'Allow', Principal: '*', NotAction: 's3:DeleteBucket', Resource: '*' }],
  ])('%s', (_name, statement) => {
    expect(publicGrants(policy(statement))).toHaveLength(1);
  });
});

describe('publicGrants: not public', () => {
  it.each([
    ['a Deny to everyone', { ...read, Effect: 'Deny', Principal: '*' }],
    ['NotPrincipal in a Deny', { ...read, Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }],
    ['an account principal', { ...read, Principal: { AWS: 'arn:aws:iam::111122223333:root' } }],
    ['a service principal', { ...read, Principal: { Service: 'cloudtrail.amazonaws.com' } }],
    ['no principal (an identity policy)', { ...read }],
    ['a fixed VPC endpoint', { ...read, Principal: '*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } }],
    ['an organization', { ...read, Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }],
    ['a source account', { ...read, Principal: { Service: '*' }, Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } }],
    ['an office range', { ...read, Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }],
    ['the KMS caller account', { Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': '111122223333', 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }],
    ['the SNS default policy', { Effect: 'Allow', Principal: { AWS: '*' }, Action: ['SNS:Publish', 'SNS:Subscribe'], Resource: 'arn:aws:sns:us-east-1:111122223333:alerts', Condition: { StringEquals: { 'AWS:SourceOwner': '111122223333' } } }],
    ['a limiting condition beside one that does not limit', { ...read, Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' }, StringEquals: { 'aws:SourceVpc': 'vpc-111bbb22' } } }],
    ['an Allow with an unknown Effect spelling', { ...read, Effect: 'allow ', Principal: '*' }],
  ])('%s', (_name, statement) => {
    expect(publicGrants(policy(statement))).toEqual([]);
  });

  it('finds nothing in an empty or missing document', () => {
    expect(publicGrants(policy())).toEqual([]);
    expect(publicGrants({})).toEqual([]);
    expect(publicGrants(null)).toEqual([]);
  });
});

describe('publicGrants: actions asked about', () => {
  const actions = ['s3:GetObject', 's3:PutObject'];

  it.each([
    ['a listed action', { Action: 's3:GetObject' }, true],
    ['a service wildcard', { Action: 's3:*' }, true],
    ['every action', { Action: '*' }, true],
    ['a prefix wildcard', { Action: 's3:Put*' }, true],
    ['another action only', { Action: 's3:ListBucket' }, false],
    ['NotAction leaving one of them', { NotAction: 's3:PutObject' }, true],
    ['NotAction excluding both', { NotAction: ['s3:GetObject', 's3:PutObject'] }, false],
  ])('%s', (_name, fields, expected) => {
    const grants = publicGrants(policy({ Effect: 'Allow', Principal: '*', Resource: '*', ...fields }), actions);
    expect(grants.length > 0).toBe(expected);
  });
});

describe('publicGrants: what a grant reports', () => {
  it('names the statement by Sid, its principal and actions, and why', () => {
    expect(publicGrants(policy({ Sid: 'PublicRead', ...read, Principal: '*' }))).toEqual([
      { statement: 'PublicRead', principal: '*', actions: 's3:GetObject', reason: 'Principal * with no condition' },
    ]);
  });

  it('names a statement without Sid by position and explains each condition', () => {
    const statement = { ...read, Principal: { AWS: '*' }, Condition: { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1a2b3c4d' }, IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } };
    expect(publicGrants(policy({ ...read, Principal: { AWS: 'arn:aws:iam::111122223333:root' } }, statement))).toEqual([{
      statement: 'Statement[1]',
      principal: { AWS: '*' },
      actions: 's3:GetObject',
      reason: 'Principal AWS: * with no limiting condition (StringEqualsIfExists aws:SourceVpce: IfExists is true when the key is absent; IpAddress aws:SourceIp: 0.0.0.0/0 is broader than /8 (IPv4) or /32 (IPv6))',
    }]);
  });

  it('reports NotPrincipal and NotAction as written', () => {
    const [grant] = publicGrants(policy({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, NotAction: 's3:DeleteBucket', Resource: '*' }));
    expect(grant).toEqual({
      statement: 'Statement[0]',
      principal: { NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } },
      actions: { NotAction: 's3:DeleteBucket' },
      reason: 'NotPrincipal grants everyone not listed with no condition',
    });
  });

  it('lists every public statement in document order', () => {
    const grants = publicGrants(policy({ Sid: 'A', ...read, Principal: '*' }, { Sid: 'B', ...read, Principal: { AWS: 'arn:aws:iam::111122223333:root' } }, { Sid: 'C', ...read, Principal: { AWS: '*' } }));
    expect(grants.map((g) => g.statement)).toEqual(['A', 'C']);
  });
});
