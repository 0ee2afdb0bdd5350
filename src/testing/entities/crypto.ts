import { createHash } from 'node:crypto';
import * as fc from 'fast-check';
import { HEX, listOf, oneOf, randomToken } from '../tokens';

// Base58Check and bech32 are written here, not taken from bs58check/bech32: together about forty lines
// fixed by BIP-173/350, checked against their test vectors, and the kit keeps fast-check its only dependency.
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest();

/** Base58Check (Bitcoin's address encoding): payload + the first 4 bytes of a double SHA-256. */
export function base58check(payload: Uint8Array): string {
  const bytes = Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)]);
  let n = BigInt('0x' + bytes.toString('hex'));
  let out = '';
  while (n > 0n) {
    out = BASE58[Number(n % 58n)]! + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = '1' + out;
  }
  return out;
}

/** BIP-173 checksum polymod; `constant` is 1 for bech32 (segwit v0) and 0x2bc830a3 for bech32m (v1+). */
function bech32Checksum(hrp: string, data: readonly number[], constant: number): number[] {
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  const values = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data, 0, 0, 0, 0, 0, 0];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i]!;
  }
  chk ^= constant;
  return Array.from({ length: 6 }, (_, i) => (chk >>> (5 * (5 - i))) & 31);
}

/** 8-bit bytes regrouped as 5-bit words, padded. */
function toWords(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out.push((acc >>> bits) & 31);
    }
  }
  if (bits > 0) out.push((acc << (5 - bits)) & 31);
  return out;
}

export function segwitAddress(version: number, program: Uint8Array): string {
  const data = [version, ...toWords(program)];
  const checksum = bech32Checksum('bc', data, version === 0 ? 1 : 0x2bc830a3);
  return 'bc1' + [...data, ...checksum].map((w) => BECH32[w]).join('');
}

/** Random bytes that do not shrink to all zeros (an all-zero hash is not an address anyone has). */
const hashBytes = (length: number) => randomToken(HEX, 2 * length).map((h) => Uint8Array.from(Buffer.from(h, 'hex')));

export type BitcoinKind = 'p2pkh' | 'p2sh' | 'p2wpkh' | 'p2tr';

/** Bitcoin mainnet addresses with valid checksums: legacy `1…`, script `3…` (Base58Check), segwit `bc1q…` (bech32), taproot `bc1p…` (bech32m). */
export function bitcoinAddress(opts: { readonly kind?: BitcoinKind | readonly BitcoinKind[] } = {}): fc.Arbitrary<string> {
  const kinds = listOf<BitcoinKind>(opts.kind, ['p2pkh', 'p2sh', 'p2wpkh', 'p2tr']);
  return oneOf(kinds).chain((kind): fc.Arbitrary<string> => {
    switch (kind) {
      case 'p2pkh':
        return hashBytes(20).map((h) => base58check(Uint8Array.from([0x00, ...h])));
      case 'p2sh':
        return hashBytes(20).map((h) => base58check(Uint8Array.from([0x05, ...h])));
      case 'p2wpkh':
        return hashBytes(20).map((h) => segwitAddress(0, h));
      case 'p2tr':
        return hashBytes(32).map((h) => segwitAddress(1, h));
    }
  });
}

/**
 * Ethereum addresses: `0x` and 40 hex digits, all lower or all upper case. Mixed-case EIP-55
 * checksums need Keccak-256, which node:crypto does not offer; single-case addresses are valid
 * without a checksum, so these are real addresses all the same.
 */
export function ethereumAddress(): fc.Arbitrary<string> {
  return fc.tuple(randomToken(HEX, 40), fc.boolean()).map(([h, upper]) => `0x${upper ? h.toUpperCase() : h}`);
}

/** A wallet address of either chain. */
export function cryptoAddress(): fc.Arbitrary<string> {
  return fc.oneof(bitcoinAddress(), ethereumAddress());
}
