import { describe, expect, it } from 'vitest';
import { AssayErrors } from '../diagnostics/error.js';
import { isInlineAccountList, parseAccountList } from './account-list.js';

describe('--accounts lists', () => {
  it('reads ids separated by commas, spaces and lines, with comments, each once', () => {
    expect(parseAccountList('# shard 1\n111111111111, 222222222222\n\n333333333333 # logging\n111111111111\n', 'group-1.txt')).toEqual(['111111111111', '222222222222', '333333333333']);
    expect(parseAccountList('111111111111,222222222222')).toEqual(['111111111111', '222222222222']);
  });

  it('locates every token that is not an account id', () => {
    let caught: unknown;
    try { parseAccountList('111111111111\n  22222222222, prod\n', 'group.txt'); } catch (error) { caught = error; }
    expect(caught).toBeInstanceOf(AssayErrors);
    expect((caught as AssayErrors).errors.map((e) => [e.location?.line, e.location?.column, e.message])).toEqual([
      [2, 3, '"22222222222" is not an AWS account id (12 digits)'],
      [2, 16, '"prod" is not an AWS account id (12 digits)'],
    ]);
  });

  it('refuses a list with no account in it', () => {
    expect(() => parseAccountList('# nothing yet\n', 'empty.txt')).toThrow('--accounts names no account (empty.txt lists none)');
  });

  it('tells ids on the command line from a file name', () => {
    expect(isInlineAccountList('111111111111,222222222222')).toBe(true);
    expect(isInlineAccountList('shards/group-1.txt')).toBe(false);
  });
});
