import { describe, expect, it } from 'vitest';
import { phone } from '../../src/validators/phone';
import { phoneNational } from '../../src/validators/phone-national';

describe('phone', () => {
  it('takes 7 to 15 digits (E.164), not counting an extension', () => {
    expect(phone('+1 415-555-0132')).toBe(true);
    expect(phone('+1 415-555-0132 ext. 123456')).toBe(true);
    expect(phone('555-0132')).toBe(true);
    expect(phone('+123 456')).toBe(false);
    expect(phone('+1234567890123456')).toBe(false);
  });
  it('refuses one repeated digit', () => expect(phone('+1 111 111 1111')).toBe(false));
});

describe('phoneNational', () => {
  it('takes 9 to 12 digits with the trunk 0', () => {
    expect(phoneNational('09-7625400')).toBe(true);
    expect(phoneNational('020 7123 4567')).toBe(true);
    expect(phoneNational('0049 1234 5678 90')).toBe(false);
    expect(phoneNational('01-02-2024')).toBe(false);
  });
});
