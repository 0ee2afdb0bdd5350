import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { hashMask } from '../../src/mask/hash';

describe('hashMask', () => {
  test('is a truncated keyed HMAC-SHA-256, stable for the same key', () => {
    const key = Buffer.from('k1');
    const expected = createHmac('sha256', 'k1').update('jane@example.com').digest('hex').slice(0, 6);
    expect(hashMask(key, 'EMAIL', 6)('jane@example.com')).toBe(`[EMAIL:${expected}]`);
    expect(hashMask(Buffer.from('k1'), 'EMAIL', 6)('jane@example.com')).toBe(`[EMAIL:${expected}]`);
  });

  test('another key gives another pseudonym', () => {
    expect(hashMask(Buffer.from('k1'), 'X', 12)('v')).not.toBe(hashMask(Buffer.from('k2'), 'X', 12)('v'));
  });
});
