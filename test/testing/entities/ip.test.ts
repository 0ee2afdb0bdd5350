import { isIPv4, isIPv6 } from 'node:net';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipv4, ipv4Lookalike, ipv6, ipv6Lookalike, macAddress } from '../../../src/testing/index';
import { ipv4 as validIpv4 } from '../../../src/validators/ipv4';

describe('ipv4', () => {
  it('is an address by node:net and by our validator', () => {
    fc.assert(
      fc.property(ipv4(), (ip) => {
        expect(isIPv4(ip)).toBe(true);
        expect(validIpv4(ip)).toBe(true);
      }),
    );
  });

  it('lookalikes are not addresses', () => {
    fc.assert(
      fc.property(ipv4Lookalike(), (v) => {
        expect(isIPv4(v)).toBe(false);
        expect(validIpv4(v)).toBe(false);
      }),
    );
  });
});

describe('ipv6', () => {
  it.each(['full', 'suppressed', 'compressed', 'mixed', 'zone'] as const)('%s notation is an address by node:net', (notation) => {
    fc.assert(
      fc.property(ipv6({ notation }), (ip) => {
        expect(isIPv6(ip)).toBe(true);
      }),
    );
  });

  it('each notation has its shape', () => {
    const one = (notation: 'full' | 'compressed' | 'mixed' | 'zone') => fc.sample(ipv6({ notation }), 30);
    expect(one('full').every((ip) => /^([0-9a-f]{4}:){7}[0-9a-f]{4}$/i.test(ip))).toBe(true);
    expect(one('compressed').some((ip) => ip.includes('::'))).toBe(true);
    expect(one('mixed').every((ip) => /:\d+\.\d+\.\d+\.\d+$/.test(ip))).toBe(true);
    expect(one('zone').every((ip) => /^fe80::/i.test(ip) && /%[a-z0-9]+$/.test(ip))).toBe(true);
  });

  it('lookalikes are not addresses', () => {
    fc.assert(
      fc.property(ipv6Lookalike(), (v) => {
        expect(isIPv6(v)).toBe(false);
      }),
    );
  });
});

describe('macAddress', () => {
  it('is six octets in colon, dash or Cisco dot notation', () => {
    fc.assert(
      fc.property(macAddress(), (mac) => {
        expect(mac).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$|^([0-9a-f]{2}-){5}[0-9a-f]{2}$|^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/i);
      }),
    );
  });
});
