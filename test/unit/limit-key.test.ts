import { describe, expect, it } from 'vitest';
import { limitKey, UNREADABLE_ADDRESS_KEY } from '../../server/auth/client-ip.js';

/** Who an IP-based limit counts against: a whole IPv6 /64, since anyone given one can rotate inside it. */
describe('the key an address is limited by', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(limitKey('192.0.2.7')).toBe('192.0.2.7');
  });

  it('counts an IPv4-mapped IPv6 address as its IPv4 address', () => {
    expect(limitKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(limitKey('::FFFF:c000:0207')).toBe('192.0.2.7');
  });

  it('counts every IPv6 address of one /64 alike, however it is written', () => {
    const key = limitKey('2001:db8:1:2::1');
    expect(key).toBe('2001:db8:1:2::/64');
    for (const same of [
      '2001:0db8:0001:0002:0000:0000:0000:0001',
      '2001:db8:1:2:ffff:ffff:ffff:ffff',
      '2001:DB8:1:2:a:b:c:d',
      '2001:db8:1:2::9%eth0',
    ])
      expect(limitKey(same), same).toBe(key);
    expect(limitKey('2001:db8:1:3::1')).not.toBe(key);
    expect(limitKey('2001:db8:0:2::1')).not.toBe(key);
  });

  it('keeps loopback apart from the rest', () => {
    expect(limitKey('::1')).toBe('::/64');
    expect(limitKey('::1')).not.toBe(limitKey('127.0.0.1'));
  });

  it('reads an address with the port or brackets a proxy may write', () => {
    expect(limitKey('192.0.2.7:5555')).toBe('192.0.2.7');
    expect(limitKey('[2001:db8:1:2::1]:443')).toBe('2001:db8:1:2::/64');
    expect(limitKey('[2001:db8:1:2::1]')).toBe('2001:db8:1:2::/64');
  });

  it('counts everything it cannot read against one shared key, never one key each', () => {
    for (const odd of ['unknown', '192.0.2.7:1:2', 'not an address', '999.1.1.1', ''])
      expect(limitKey(odd), odd).toBe(UNREADABLE_ADDRESS_KEY);
  });
});
