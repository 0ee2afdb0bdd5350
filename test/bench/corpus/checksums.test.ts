import { describe, expect, it } from 'vitest';
import { base58check, bech32Address, ibanCheckDigits, luhnCheckDigit, nhsCheckDigit } from '../../../bench/corpus/checksums';

// Published examples, so the check-digit code is tested against the world, not against itself.
describe('check digits', () => {
  it('Luhn: the classic test card numbers', () => {
    expect(luhnCheckDigit('411111111111111')).toBe('1');
    expect(luhnCheckDigit('555555555555444')).toBe('4');
    expect(luhnCheckDigit('37828224631000')).toBe('5');
    expect(luhnCheckDigit('04645428')).toBe('6'); // 046 454 286, the Canadian SIN used in examples
  });

  it('IBAN: the registry examples', () => {
    expect(ibanCheckDigits('DE', '370400440532013000')).toBe('89');
    expect(ibanCheckDigits('GB', 'WEST12345698765432')).toBe('82');
    expect(ibanCheckDigits('FR', '20041010050500013M02606')).toBe('14');
  });

  it('NHS: a valid number and a payload with no check digit', () => {
    expect(nhsCheckDigit('943476591')).toBe('9'); // 943 476 5919, NHS Digital's example
    expect(nhsCheckDigit('123456789')).toBeUndefined();
  });

  it('Bitcoin: base58check and bech32 reproduce known addresses', () => {
    expect(base58check(0, Buffer.from('751e76e8199196d454941c45d1b3a323f1433bd6', 'hex'))).toBe('1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH');
    expect(bech32Address('bc', Buffer.from('751e76e8199196d454941c45d1b3a323f1433bd6', 'hex'))).toBe('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4');
  });
});
