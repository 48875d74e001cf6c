/** grantsPublicAccess as policies call it: null, options, and what evidence shows. */
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../resources/validate-data.js';
import { grantsPublicAccess } from './grants-public-access.js';

const publicRead = { Version: '2012-10-17', Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-bucket/*' }] };
const listOnly = { Version: '2012-10-17', Statement: [{ Sid: 'PublicList', Effect: 'Allow', Principal: '*', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::example-bucket' }] };

describe('grantsPublicAccess', () => {
  it('is false for no policy, with the null kept as evidence', () => {
    expect(grantsPublicAccess.compile({})(null)).toEqual({ result: false, actual: null });
  });

  it('is true for a public statement and names it in the evidence', () => {
    expect(grantsPublicAccess.compile({})(publicRead)).toEqual({
      result: true,
      actual: [{ statement: 'PublicRead', principal: '*', actions: 's3:GetObject', reason: 'Principal * with no condition' }],
    });
  });

  it('is false with an empty list of grants when nothing is public', () => {
    const restricted = { Statement: { ...publicRead.Statement[0], Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } } };
    expect(grantsPublicAccess.compile({})(restricted)).toEqual({ result: false, actual: [] });
  });

  it.each([
    ['no actions: any action counts', {}, listOnly, true],
    ['only the actions asked about count', { actions: ['s3:GetObject', 's3:PutObject'] }, listOnly, false],
    ['a matching action counts', { actions: ['s3:GetObject'] }, publicRead, true],
  ])('%s', (_name, options, policy, expected) => {
    expect(grantsPublicAccess.compile(options)(policy).result).toBe(expected);
  });

  it.each([
    [{}, true],
    [{ actions: ['s3:GetObject', 'execute-api:Invoke'] }, true],
    [{ actions: [] }, false],
    [{ actions: ['s3:Get*'] }, false],
    [{ actions: ['GetObject'] }, false],
    [{ action: ['s3:GetObject'] }, false],
    [{ servicePrincipals: ['s3.amazonaws.com'] }, true],
    [{ servicePrincipals: ['arn:aws:iam::123456789012:root'] }, false],
    [{ servicePrincipals: [] }, false],
  ])('options %j valid: %s', (options, valid) => {
    expect(createAjv().compile(grantsPublicAccess.options)(options)).toBe(valid);
  });

  describe('servicePrincipals (the confused deputy)', () => {
    const s3Invoke = (condition?: Record<string, unknown>) => ({
      Version: '2012-10-17',
      Statement: [{ Sid: 's3-invoke', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f', ...(condition === undefined ? {} : { Condition: condition }) }],
    });
    const check = grantsPublicAccess.compile({ servicePrincipals: ['s3.amazonaws.com'] });

    it('counts a grant to a listed service with no source account as public, naming why', () => {
      expect(check(s3Invoke())).toEqual({
        result: true,
        actual: [{ statement: 's3-invoke', principal: { Service: 's3.amazonaws.com' }, actions: 'lambda:InvokeFunction', reason: 'Service s3.amazonaws.com acting for any account with no fixed aws:SourceAccount or aws:SourceOwner condition' }],
      });
      // A source bucket alone does not pin the account: bucket names can be taken by anyone once freed.
      expect(check(s3Invoke({ ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::example-bucket' } })).result).toBe(true);
      expect(check(s3Invoke({ StringLike: { 'AWS:SourceAccount': '12345678901*' } })).result).toBe(true);
    });

    it('accepts a fixed source account, in any spelling of the key', () => {
      expect(check(s3Invoke({ StringEquals: { 'AWS:SourceAccount': '123456789012' } })).result).toBe(false);
      expect(check(s3Invoke({ StringEquals: { 'aws:sourceowner': '123456789012' } })).result).toBe(false);
    });

    it('leaves other service principals, and the default, alone', () => {
      expect(grantsPublicAccess.compile({ servicePrincipals: ['sns.amazonaws.com'] })(s3Invoke()).result).toBe(false);
      expect(grantsPublicAccess.compile({})(s3Invoke()).result).toBe(false);
    });
  });
});
