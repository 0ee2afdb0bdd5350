import * as fc from 'fast-check';
import { charsOf, DIGITS, oneOf, UPPER } from '../tokens';
import { luhnCheckDigit } from './cards';

const without = (chars: string, drop: string) => [...chars].filter((c) => !drop.includes(c));

/**
 * UK National Insurance numbers (HMRC rules): the first letter is not D, F, I, Q, U or V, the second
 * not D, F, I, O, Q, U or V, the prefixes BG, GB, KN, NK, NT, TN and ZZ are never issued, the suffix
 * is A-D. Written `AB123456C` or `AB 12 34 56 C`.
 */
export function ukNino(): fc.Arbitrary<string> {
  const banned = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
  return fc
    .tuple(
      fc.constantFrom(...without(UPPER, 'DFIQUV')),
      fc.constantFrom(...without(UPPER, 'DFIOQUV')),
      charsOf(DIGITS, 6),
      fc.constantFrom('A', 'B', 'C', 'D'),
      fc.boolean(),
    )
    .filter(([a, b]) => !banned.has(a + b))
    .map(([a, b, d, s, spaced]) => (spaced ? `${a}${b} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${a}${b}${d}${s}`));
}

/** The NHS number check digit (weights 10..2, mod 11), or undefined when the body can have none. */
export function nhsCheckDigit(body: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (body.charCodeAt(i) - 48) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return check === 11 ? 0 : check;
}

/** NHS numbers with a valid mod-11 check digit, `943 476 5919` or `9434765919`. */
export function ukNhs(): fc.Arbitrary<string> {
  return fc
    .tuple(charsOf(DIGITS, 9), fc.boolean())
    .filter(([body]) => nhsCheckDigit(body) !== undefined)
    .map(([body, spaced]) => {
      const n = body + String(nhsCheckDigit(body));
      return spaced ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n;
    });
}

/** Canadian SINs: nine digits, Luhn-valid, first digit 1-7 or 9 (0 and 8 are not assigned to people). */
export function caSin(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...'12345679'), charsOf(DIGITS, 7), oneOf([' ', '-', '']))
    .map(([first, rest, sep]) => {
      const n = first + rest + String(luhnCheckDigit(first + rest));
      return [n.slice(0, 3), n.slice(3, 6), n.slice(6)].join(sep);
    });
}
