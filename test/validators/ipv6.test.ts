import { describe, expect, it } from 'vitest';
import { ipv6 } from '../../src/validators/ipv6';

// Forms from RFC 4291 section 2.2 and RFC 5952.
describe('ipv6', () => {
  it.each([
    '2001:DB8:0:0:8:800:200C:417A',
    '2001:db8::8:800:200c:417a',
    'FF01::101',
    '::1',
    '1::',
    '1:2:3:4:5:6:7::',
    '::2:3:4:5:6:7:8',
    '0:0:0:0:0:0:13.1.68.3',
    '::FFFF:129.144.52.38',
    '::13.1.68.3',
    'fe80::1%eth0',
    '2001:db8::/32',
    '::/0',
  ])('accepts %s', (v) => expect(ipv6(v)).toBe(true));

  it.each([
    ['the bare unspecified address (it names nobody)', '::'],
    ['two ::', '2001::db8::1'],
    ['nine groups', '1::2:3:4:5:6:7:8'],
    ['seven groups without ::', '1:2:3:4:5:6:7'],
    ['a five-digit group', '12345::1'],
    ['a bad embedded IPv4', '::ffff:256.0.0.1'],
    ['a prefix above 128', '2001:db8::/129'],
    ['an empty zone', 'fe80::1%'],
    ['a time of day', '12:34:56'],
  ])('refuses %s', (_, v) => expect(ipv6(v)).toBe(false));
});
