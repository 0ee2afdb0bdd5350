import { describe, expect, it } from 'vitest';
import { ipv4 } from '../../src/validators/ipv4';

describe('ipv4', () => {
  it.each(['192.168.1.1', '0.0.0.0', '255.255.255.255', '10.0.0.0/8', '0.0.0.0/0', '192.168.1.1/32'])('accepts %s', (v) => expect(ipv4(v)).toBe(true));
  it.each([
    ['an octet above 255', '192.168.1.256'],
    ['a leading zero (versions, not addresses)', '1.2.3.04'],
    ['three parts', '192.168.1'],
    ['five parts (an OID or a long version)', '1.3.6.1.4'],
    ['a prefix above 32', '10.0.0.0/33'],
    ['an empty prefix', '10.0.0.0/'],
  ])('refuses %s', (_, v) => expect(ipv4(v)).toBe(false));
});
