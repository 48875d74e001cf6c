import { describe, expect, it } from 'vitest';
import { codeBlock, escapeMarkdown, plainText, safeUrl, truncate } from './text.js';

describe('SARIF text helpers', () => {
  it('escapes Markdown so prose renders literally', () => {
    expect(escapeMarkdown('kms:Encrypt*, <partition> & [x](y) `z` a_b #1 |t| ~s~ !')).toBe(
      'kms:Encrypt\\*, \\<partition\\> \\& \\[x\\](y) \\`z\\` a\\_b \\#1 \\|t\\| \\~s\\~ \\!');
    expect(escapeMarkdown('- item\n    code\n1. one\n+ plus')).toBe('\\- item\ncode\n1\\. one\n\\+ plus');
  });

  it('fences code with more backticks than the code holds', () => {
    expect(codeBlock('echo hi', 'sh')).toBe('```sh\necho hi\n```');
    expect(codeBlock('a ```` b', 'sh')).toBe('`````sh\na ```` b\n`````');
  });

  it('accepts only plain http(s) URLs', () => {
    expect(safeUrl('https://docs.aws.amazon.com/x.html#y')).toBe('https://docs.aws.amazon.com/x.html#y');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://x.example/a b')).toBeUndefined();
    expect(safeUrl('see the docs')).toBeUndefined();
  });

  it('truncates within the limit, at a sentence when it can, never splitting a surrogate pair', () => {
    const long = `${'First sentence here. '.repeat(60)}end`;
    const cut = truncate(long, 1024);
    expect(cut.length).toBeLessThanOrEqual(1024);
    expect(cut.endsWith('. …')).toBe(true);
    const emoji = '😀'.repeat(600);
    const hard = truncate(emoji, 1024);
    expect(hard.length).toBeLessThanOrEqual(1024);
    expect(hard.endsWith('…')).toBe(true);
    expect(/[\uD800-\uDBFF]…$/.test(hard)).toBe(false);
    expect(truncate('short', 1024)).toBe('short');
  });

  it('keeps untrusted text from forming embedded links', () => {
    expect(plainText('bucket [click](1) here')).toBe('bucket [click] (1) here');
  });
});
