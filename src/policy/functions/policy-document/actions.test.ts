/** Action patterns and what Action/NotAction cover. */
import { describe, expect, it } from 'vitest';
import { actionMatches, coversAnyAction } from './actions.js';
import { readStatements } from './read.js';

describe('actionMatches', () => {
  it.each([
    ['*', 's3:GetObject', true],
    ['s3:*', 's3:GetObject', true],
    ['s3:Get*', 's3:GetObject', true],
    ['s3:Get*', 's3:PutObject', false],
    ['S3:getobject', 's3:GetObject', true],
    ['s3:GetObjec?', 's3:GetObject', true],
    ['s3:GetObject', 's3:GetObjectAcl', false],
    ['sns:*', 's3:GetObject', false],
    ['s3:Get.bject', 's3:GetObject', false],
  ])('%s matches %s: %s', (pattern, action, expected) => {
    expect(actionMatches(pattern, action)).toBe(expected);
  });
});

describe('coversAnyAction', () => {
  const statement = (fields: Record<string, unknown>) => {
    const [read] = readStatements({ Statement: fields });
    if (read === undefined) throw new Error('no statement');
    return read;
  };

  it.each([
    ['Action covers a listed action', { Action: ['s3:GetObject', 'sns:Publish'] }, ['s3:GetObject'], true],
    ['Action wildcard covers it', { Action: 's3:Get*' }, ['s3:PutObject', 's3:GetObject'], true],
    ['Action covers none of them', { Action: 's3:ListBucket' }, ['s3:GetObject', 's3:PutObject'], false],
    ['NotAction covers what it does not list', { NotAction: 's3:DeleteObject' }, ['s3:GetObject'], true],
    ['NotAction excludes every asked action', { NotAction: ['s3:Get*', 's3:Put*'] }, ['s3:GetObject', 's3:PutObject'], false],
    ['no list: any Action counts', { Action: 's3:ListBucket' }, undefined, true],
    ['no list: an empty Action covers nothing', { Action: [] }, undefined, false],
    ['no list: NotAction covers something', { NotAction: 'iam:*' }, undefined, true],
    ['no list: NotAction "*" covers nothing', { NotAction: '*' }, undefined, false],
    ['no list: NotAction "*:*" covers nothing', { NotAction: ['*:*'] }, undefined, false],
    ['neither element covers nothing', {}, undefined, false],
  ])('%s', (_name, fields, actions, expected) => {
    expect(coversAnyAction(statement(fields), actions)).toBe(expected);
  });
});
