import { describe, expect, it } from 'vitest';
import { formatValue, linkOrText } from './values.js';

describe('values and links in the HTML report', () => {
  it('shows evidence values as JSON, telling null, "" and absent apart', () => {
    expect(formatValue(null)).toBe('null');
    expect(formatValue('')).toBe('""');
    expect(formatValue(undefined)).toBe('undefined');
    expect(formatValue({ a: [1, true] })).toBe('{"a":[1,true]}');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(formatValue(cycle)).toBe('(not serializable)');
  });

  it('links http(s) documentation only; other schemes and broken URLs stay text', () => {
    expect(linkOrText('https://docs.aws.amazon.com/x.html?a=1&b=2')).toBe('<a href="https://docs.aws.amazon.com/x.html?a=1&amp;b=2" rel="noopener noreferrer">https://docs.aws.amazon.com/x.html?a=1&amp;b=2</a>');
    expect(linkOrText('javascript:alert(1)')).toBe('<span class="url">javascript:alert(1)</span>');
    expect(linkOrText('https://x" onmouseover="alert(1)')).toBe('<span class="url">https://x&quot; onmouseover=&quot;alert(1)</span>');
    expect(linkOrText('data:text/html,<script>')).not.toContain('href');
  });
});
