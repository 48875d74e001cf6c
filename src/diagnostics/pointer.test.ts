import { describe, expect, it } from 'vitest';
import { pointerSegments } from './pointer.js';

describe('JSON pointers', () => {
  it('unescape ~1 before ~0, as RFC 6901 says, so "~01" is the key "~1"', () => {
    expect(pointerSegments('/resources/0/data/a~1b')).toEqual(['resources', '0', 'data', 'a/b']);
    expect(pointerSegments('/a~01')).toEqual(['a~1']);
    expect(pointerSegments('')).toEqual([]);
    expect(pointerSegments('/')).toEqual(['']);
  });
});
