/** fullAdminGrants: Allow "*" on "*", as CIS 2.14 (v7) / 1.15 (v5) audits it. */
import { describe, expect, it } from 'vitest';
import { fullAdminGrants } from './full-admin.js';

const policy = (...statements: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement: statements });

describe('fullAdminGrants', () => {
  it.each([
    ['Action "*" on Resource "*"', { Effect: 'Allow', Action: '*', Resource: '*' }],
    ['Action "*:*"', { Effect: 'Allow', Action: '*:*', Resource: '*' }],
    ['"*" in an Action list', { Effect: 'Allow', Action: ['s3:GetObject', '*'], Resource: '*' }],
    ['"*" in a Resource list', { Effect: 'Allow', Action: '*', Resource: ['arn:aws:s3:::example-bucket', '*'] }],
    ['a conditioned grant (MFA)', { Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }],
    ['a conditioned grant (addresses)', { Effect: 'Allow', Action: '*', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }],
  ])('%s is full administrator', (_name, statement) => {
    expect(fullAdminGrants(policy(statement))).toHaveLength(1);
  });

  it.each([
    ['a service wildcard', { Effect: 'Allow', Action: 's3:*', Resource: '*' }],
    ['every service wildcard listed', { Effect: 'Allow', Action: ['iam:*', 'ec2:*', 's3:*'], Resource: '*' }],
    ['"*" on one resource', { Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::example-bucket/*' }],
    ['a Deny of everything', { Effect: 'Deny', Action: '*', Resource: '*' }],
    ['NotAction (nearly full, not counted by CIS)', { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }],
    ['NotResource', { Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::secrets/*' }],
    ['no Resource', { Effect: 'Allow', Action: '*' }],
    ['a prefix wildcard', { Effect: 'Allow', Action: 'iam:*', Resource: '*' }],
  ])('%s is not', (_name, statement) => {
    expect(fullAdminGrants(policy(statement))).toEqual([]);
  });

  it('reports the statement, its actions, resources and condition as written', () => {
    const document = policy(
      { Sid: 'ReadOnly', Effect: 'Allow', Action: 's3:Get*', Resource: '*' },
      { Effect: 'Allow', Action: ['*'], Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } },
      { Sid: 'Admin', Effect: 'Allow', Action: '*', Resource: '*' },
    );
    expect(fullAdminGrants(document)).toEqual([
      { statement: 'Statement[1]', actions: ['*'], resources: '*', condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } },
      { statement: 'Admin', actions: '*', resources: '*' },
    ]);
  });

  it('finds nothing in a single non-admin statement object or a non-document', () => {
    expect(fullAdminGrants({ Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' } })).toEqual([]);
    expect(fullAdminGrants(null)).toEqual([]);
  });
});
