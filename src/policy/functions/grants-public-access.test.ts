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
  ])('options %j valid: %s', (options, valid) => {
    expect(createAjv().compile(grantsPublicAccess.options)(options)).toBe(valid);
  });
});
