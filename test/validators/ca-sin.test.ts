import { describe, expect, it } from 'vitest';
import { caSin } from '../../src/validators/ca-sin';

describe('caSin', () => {
  it.each(['130 692 544', '130-692-544', '435418165', '948584792'])('accepts %s', (v) =>
    expect(caSin(v)).toBe(true),
  );
  it.each([
    ['Luhn fails', '130 692 545'],
    ['first digit 0 is never issued', '046 454 286'],
    ['first digit 8 is for business numbers', '812 345 678'],
    ['one digit repeated', '999 999 999'],
    ['eight digits', '13069254'],
  ])('refuses: %s', (_, v) => expect(caSin(v)).toBe(false));
});
