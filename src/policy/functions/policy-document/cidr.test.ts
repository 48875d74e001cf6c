/** aws:SourceIp values: which are narrow enough to limit callers. */
import { describe, expect, it } from 'vitest';
import { isNarrowSourceIp, parseCidr } from './cidr.js';

describe('parseCidr', () => {
  it.each([
    ['203.0.113.0/24', { family: 'v4', prefix: 24 }],
    ['203.0.113.7', { family: 'v4', prefix: 32 }],
    ['0.0.0.0/0', { family: 'v4', prefix: 0 }],
    ['2001:db8::/32', { family: 'v6', prefix: 32 }],
    ['::/0', { family: 'v6', prefix: 0 }],
    ['2001:db8::1', { family: 'v6', prefix: 128 }],
    ['256.0.0.0/8', undefined],
    ['10.0.0.0/33', undefined],
    ['10.0.0.0/8/1', undefined],
    ['10.0.0.0/x', undefined],
    ['example.com', undefined],
  ])('%s', (value, expected) => {
    expect(parseCidr(value)).toEqual(expected);
  });
});

describe('isNarrowSourceIp', () => {
  it.each([
    ['a single address', '203.0.113.7', true],
    ['a /24', '203.0.113.0/24', true],
    ['exactly /8', '10.0.0.0/8', true],
    ['a private /12', '172.16.0.0/12', true],
    ['broader than /8', '0.0.0.0/7', false],
    ['half the internet', '0.0.0.0/1', false],
    ['the whole IPv4 internet', '0.0.0.0/0', false],
    ['an IPv6 /48', '2001:db8:1234::/48', true],
    ['exactly IPv6 /32', '2001:db8::/32', true],
    ['broader than IPv6 /32', '2001::/16', false],
    ['the whole IPv6 internet', '::/0', false],
    ['not an address', 'corp-network', false],
  ])('%s (%s): %s', (_name, value, expected) => {
    expect(isNarrowSourceIp(value)).toBe(expected);
  });
});
