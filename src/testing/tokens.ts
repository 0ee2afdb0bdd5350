import * as fc from 'fast-check';
import { shannonEntropy } from '../validators/entropy';

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = '0123456789abcdef';
export const BASE64URL = ALNUM + '-_';

/**
 * Random-looking strings over an alphabet. Real tokens are random, so candidates (and the values
 * fast-check shrinks towards) must stay random-looking too: a floor on the Shannon entropy keeps
 * shrinking from turning a key into `AAAA…`, which an entropy-gated rule rightly ignores and which
 * would make the minimal counterexample lie.
 */
export function randomToken(alphabet: string, minLength: number, maxLength: number = minLength): fc.Arbitrary<string> {
  const size = [...alphabet].length;
  const floor = (length: number) => 0.75 * Math.log2(Math.min(length, size));
  return charsOf(alphabet, minLength, maxLength).filter((s) => shannonEntropy(s) >= floor(s.length));
}

/**
 * Strings of the alphabet's characters. Not `fc.string({ unit })`: that one mixes in property names
 * such as `toString` and `__proto__` to shake out prototype bugs, which no token or number contains.
 */
export function charsOf(alphabet: string, minLength: number, maxLength: number = minLength): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...alphabet), { minLength, maxLength }).map((c) => c.join(''));
}

/** One of the values, chosen uniformly; shrinks towards the first. */
export function oneOf<const T>(values: readonly T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...values);
}

/** Decimal digits, the first one from `first` (default any digit). */
export function digits(length: number, first: string = DIGITS): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...first), charsOf(DIGITS, length - 1)).map(([a, b]) => a + b);
}

export function base64url(bytes: Uint8Array | string): string {
  return Buffer.from(bytes).toString('base64url');
}

/** An option that takes one value or several: always a list, `all` when left out. */
export function listOf<T>(value: T | readonly T[] | undefined, all: readonly T[]): readonly T[] {
  if (value === undefined) return all;
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}
