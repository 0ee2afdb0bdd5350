import { describe, expect, it } from 'vitest';
import { macAddress } from '../../src/validators/mac-address';

describe('macAddress', () => {
  it.each(['00:1A:2B:3C:4D:5E', '0d-b3-4a-6a-d9-cf', '0012.3456.789A', '12:34:56:78:90:12'])('accepts %s', (v) => expect(macAddress(v)).toBe(true));
  it.each([
    ['all zero', '00:00:00:00:00:00'],
    ['broadcast', 'ff:ff:ff:ff:ff:ff'],
    ['dotted form without a hex letter (a build number)', '2024.0105.1234'],
    ['five groups', '00:1A:2B:3C:4D'],
  ])('refuses: %s', (_, v) => expect(macAddress(v)).toBe(false));
});
