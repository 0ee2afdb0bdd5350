import { describe, expect, it } from 'vitest';
import { btcAddress } from '../../src/validators/btc-address';

// Addresses from BIP-173, BIP-350 and the Bitcoin wiki, and one-character corruptions of them.
describe('btcAddress', () => {
  it.each([
    '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2',
    '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
    '1BoatSLRHtKNngkdXEeobR76b53LETtpyT',
    'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4',
    'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3',
    'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
  ])('accepts %s', (a) => expect(btcAddress(a)).toBe(true));

  it.each([
    ['bad base58 checksum', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3'],
    ['one character too many', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN22'],
    ['not base58 (0)', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN0'],
    ['version byte of neither P2PKH nor P2SH', '2MzQwSSnBHWHqSAqtTVQ6v47XtaisrJa1Vc'],
    ['bad bech32 checksum', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5'],
    ['mixed case', 'bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
    ['v0 program of a bech32m checksum', 'bc1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqz4e2hf'],
    ['a hex digest', '8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189'],
  ])('refuses %s', (_, a) => expect(btcAddress(a)).toBe(false));
});
