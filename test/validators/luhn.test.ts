import { describe, expect, it } from 'vitest';
import { luhn } from '../../src/validators/luhn';

describe('luhn', () => {
  // Network test numbers published by the card schemes.
  it.each(['4111 1111 1111 1111', '5555-5555-5555-4444', '378282246310005', '6011111111111117', '3530111333300000', '30569309025904'])('accepts %s', (v) =>
    expect(luhn(v)).toBe(true),
  );
  it.each(['4111 1111 1111 1112', '1234567812345678', '0'])('refuses %s', (v) => expect(luhn(v)).toBe(false));
});
