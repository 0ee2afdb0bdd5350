import * as fc from 'fast-check';
import { luhnSum } from '../../validators/luhn';
import { digits, oneOf, listOf } from '../tokens';

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'jcb' | 'diners' | 'unionpay';
export type CardFormat = 'plain' | 'spaced' | 'dashed';

export interface CardOptions {
  readonly brand?: CardBrand | readonly CardBrand[];
  readonly format?: CardFormat | readonly CardFormat[];
}

/** IIN prefixes and lengths per brand, from the networks' published ranges. */
const BRANDS: Record<CardBrand, { readonly prefixes: readonly string[]; readonly lengths: readonly number[] }> = {
  visa: { prefixes: ['4'], lengths: [16, 13, 19] },
  mastercard: {
    prefixes: ['51', '52', '53', '54', '55', '2221', '2299', '23', '24', '25', '26', '270', '2720'],
    lengths: [16],
  },
  amex: { prefixes: ['34', '37'], lengths: [15] },
  discover: { prefixes: ['6011', '644', '645', '646', '647', '648', '649', '65'], lengths: [16, 19] },
  jcb: { prefixes: ['3528', '3530', '3545', '3566', '3589'], lengths: [16] },
  diners: { prefixes: ['300', '301', '302', '303', '304', '305', '36', '38'], lengths: [14] },
  unionpay: { prefixes: ['62'], lengths: [16, 17, 18, 19] },
};

export const CARD_BRANDS = Object.keys(BRANDS) as CardBrand[];
export const CARD_FORMATS: readonly CardFormat[] = ['plain', 'spaced', 'dashed'];

/** How cards are printed: Amex 4-6-5, Diners 4-6-4, everything else in fours. */
function groupSizes(length: number, brand: CardBrand): number[] {
  if (brand === 'amex') return [4, 6, 5];
  if (brand === 'diners') return [4, 6, 4];
  const sizes: number[] = [];
  for (let left = length; left > 0; left -= 4) sizes.push(Math.min(4, left));
  return sizes;
}

/** The Luhn check digit that makes `body` + digit valid. */
export function luhnCheckDigit(body: string): number {
  // With a 0 appended, the body's digits take the places they will have next to the check digit.
  return (10 - (luhnSum(`${body}0`) % 10)) % 10;
}

function format(number: string, brand: CardBrand, style: CardFormat): string {
  if (style === 'plain') return number;
  const out: string[] = [];
  let at = 0;
  for (const size of groupSizes(number.length, brand)) {
    out.push(number.slice(at, at + size));
    at += size;
  }
  return out.join(style === 'spaced' ? ' ' : '-');
}


/** Card numbers with a wrong check digit (`offset` 1-9 added to the right one) or the right one (0). */
function cardNumber(opts: CardOptions, wrongBy: fc.Arbitrary<number>): fc.Arbitrary<string> {
  const brands = listOf(opts.brand, CARD_BRANDS);
  const formats = listOf(opts.format, CARD_FORMATS);
  return oneOf(brands).chain((brand) => {
    const { prefixes, lengths } = BRANDS[brand];
    return fc
      .tuple(oneOf(prefixes), oneOf(lengths))
      .chain(([prefix, length]) => fc.tuple(fc.constant(prefix), digits(length - prefix.length - 1), wrongBy, oneOf(formats)))
      .map(([prefix, body, offset, style]) => {
        const check = (luhnCheckDigit(prefix + body) + offset) % 10;
        return format(prefix + body + String(check), brand, style);
      });
  });
}

/** Luhn-valid card numbers of the major brands, plain, spaced or dashed. */
export function creditCard(opts: CardOptions = {}): fc.Arbitrary<string> {
  return cardNumber(opts, fc.constant(0));
}

/** Lookalike: card-shaped numbers (brand prefix, length, grouping) that fail Luhn, like order numbers. */
export function luhnInvalidCard(opts: CardOptions = {}): fc.Arbitrary<string> {
  return cardNumber(opts, fc.integer({ min: 1, max: 9 }));
}
