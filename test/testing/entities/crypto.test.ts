import { createHash } from 'node:crypto';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitcoinAddress, ethereumAddress } from '../../../src/testing/index';
import { base58check, segwitAddress } from '../../../src/testing/entities/crypto';

const hex = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));

/** Decodes Base58 and checks the 4-byte double-SHA-256 checksum: the reverse of what is tested. */
function base58checkValid(address: string): boolean {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let n = 0n;
  for (const c of address) n = n * 58n + BigInt(alphabet.indexOf(c));
  let body = n.toString(16);
  if (body.length % 2) body = '0' + body;
  const bytes = Buffer.concat([Buffer.alloc(address.length - address.replace(/^1+/, '').length), Buffer.from(body, 'hex')]);
  const sha = (b: Buffer) => createHash('sha256').update(b).digest();
  return sha(sha(bytes.subarray(0, -4))).subarray(0, 4).equals(bytes.subarray(-4));
}

describe('bitcoinAddress', () => {
  it('encodes the BIP-173 and BIP-350 test vectors', () => {
    expect(segwitAddress(0, hex('751e76e8199196d454941c45d1b3a323f1433bd6'))).toBe('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4');
    expect(segwitAddress(1, hex('79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798'))).toBe('bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0');
  });

  it('encodes Base58Check like Bitcoin: the all-zero hash is 1111111111111111111114oLvT2', () => {
    expect(base58check(new Uint8Array(21))).toBe('1111111111111111111114oLvT2');
  });

  it('legacy and script addresses carry a valid Base58Check checksum', () => {
    fc.assert(
      fc.property(bitcoinAddress({ kind: ['p2pkh', 'p2sh'] }), (a) => {
        expect(a).toMatch(/^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/);
        expect(base58checkValid(a)).toBe(true);
      }),
    );
  });

  it('segwit and taproot addresses have the bech32 shapes', () => {
    fc.assert(
      fc.property(bitcoinAddress({ kind: ['p2wpkh', 'p2tr'] }), (a) => {
        expect(a).toMatch(/^bc1q[02-9ac-hj-np-z]{38}$|^bc1p[02-9ac-hj-np-z]{58}$/);
      }),
    );
  });
});

describe('ethereumAddress', () => {
  it('is 0x and 40 hex digits in one case', () => {
    fc.assert(
      fc.property(ethereumAddress(), (a) => {
        expect(a).toMatch(/^0x([0-9a-f]{40}|[0-9A-F]{40})$/);
      }),
    );
  });
});
