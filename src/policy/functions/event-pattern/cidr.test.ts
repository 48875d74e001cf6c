/**
 * IP address and CIDR reading for the `cidr` operator: the IPv4 and IPv6
 * spellings an event may carry, the ones that are not addresses, and block
 * membership at the edges.
 */
import { describe, expect, it } from 'vitest';
import { cidrContains, parseCidr, parseIpAddress } from './cidr.js';

describe('parseIpAddress', () => {
  const rows: readonly (readonly [text: string, value: bigint | undefined])[] = [
    ['0.0.0.0', 0n],
    ['255.255.255.255', 0xffffffffn],
    ['203.0.113.10', 0xcb00710an],
    ['256.0.0.1', undefined],
    ['1.2.3', undefined],
    ['1.2.3.4.5', undefined],
    ['01.2.3.4', undefined],
    [' 1.2.3.4', undefined],
    ['::', 0n],
    ['::1', 1n],
    ['1::', 1n << 112n],
    ['1:2:3:4:5:6:7:8', 0x00010002000300040005000600070008n],
    ['1:2:3:4:5:6:7::', 0x00010002000300040005000600070000n],
    ['1:2:3:4:5:6:7:8:9', undefined],
    ['1:2:3:4:5:6:7:8::', undefined],
    ['1:2:3:4:5:6:7', undefined],
    ['::ffff:192.0.2.1', (0xffffn << 32n) | 0xc0000201n],
    ['0:0:0:0:0:ffff:192.0.2.1', (0xffffn << 32n) | 0xc0000201n],
    ['192.0.2.1::', undefined],
    ['fe80::1%eth0', undefined],
    ['12345::', undefined],
    ['1:::2', undefined],
    ['g::1', undefined],
  ];
  it.each(rows)('%s', (text, value) => {
    expect(parseIpAddress(text)?.value).toBe(value);
  });

  it('tells the versions apart', () => {
    expect(parseIpAddress('10.0.0.1')?.version).toBe(4);
    expect(parseIpAddress('::ffff:10.0.0.1')?.version).toBe(6);
  });
});

describe('cidrContains', () => {
  const rows: readonly (readonly [block: string, address: string, contained: boolean])[] = [
    ['10.0.0.0/24', '10.0.0.0', true],
    ['10.0.0.0/24', '10.0.0.255', true],
    ['10.0.0.0/24', '10.0.1.0', false],
    ['10.0.0.0/24', '9.255.255.255', false],
    ['10.0.0.128/25', '10.0.0.127', false],
    ['10.0.0.128/25', '10.0.0.128', true],
    ['0.0.0.0/0', '255.255.255.255', true],
    ['203.0.113.10/32', '203.0.113.10', true],
    ['203.0.113.10/32', '203.0.113.11', false],
    ['2001:db8::/32', '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff', true],
    ['2001:db8::/32', '2001:db9::', false],
    ['::/0', '::1', true],
    ['::/0', '10.0.0.1', false],
    ['::ffff:0:0/96', '10.0.0.1', false],
  ];
  it.each(rows)('%s ∋ %s → %s', (block, address, contained) => {
    const b = parseCidr(block);
    const a = parseIpAddress(address);
    expect(b !== undefined && a !== undefined && cidrContains(b, a)).toBe(contained);
  });

  it('refuses lengths past the address size and malformed lengths', () => {
    for (const text of ['10.0.0.0/33', '::/129', '10.0.0.0/', '10.0.0.0/024', '10.0.0.0/-1', '10.0.0.0/8/8']) expect(parseCidr(text), text).toBeUndefined();
  });
});
