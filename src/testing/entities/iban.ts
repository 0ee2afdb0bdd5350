import * as fc from 'fast-check';
import { charsOf, DIGITS, listOf, oneOf, UPPER } from '../tokens';
import { BBAN_STRUCTURE, parseStructure, type BbanClass } from './iban-registry';

export type IbanFormat = 'compact' | 'printed';

export interface IbanOptions {
  /** ISO country codes; default every country of the IBAN registry. */
  readonly country?: string | readonly string[];
  /** `compact` (`DE89370400440532013000`) or `printed` in groups of four. Default both. */
  readonly format?: IbanFormat | readonly IbanFormat[];
}

export const IBAN_COUNTRY_CODES = Object.keys(BBAN_STRUCTURE).sort();

const CLASS_CHARS: Record<BbanClass, string> = { n: DIGITS, a: UPPER, c: DIGITS + UPPER };

function bban(country: string): fc.Arbitrary<string> {
  const parts = parseStructure(BBAN_STRUCTURE[country]!).map(([cls, length]) =>
    charsOf(CLASS_CHARS[cls], length),
  );
  return fc.tuple(...parts).map((p) => p.join(''));
}

/** ISO 7064 mod 97-10 over `text`, letters counting as 10-35. */
function mod97(text: string): number {
  let rem = 0;
  for (const ch of text) {
    const v = parseInt(ch, 36);
    rem = v > 9 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem;
}

/** The two check digits that make `country` + digits + `bban` pass mod-97. */
export function ibanCheckDigits(country: string, bbanText: string): string {
  return String(98 - mod97(bbanText + country + '00')).padStart(2, '0');
}

/** Groups of four, as IBANs are printed on paper and in e-mails. */
function printed(compact: string): string {
  const groups: string[] = [];
  for (let i = 0; i < compact.length; i += 4) groups.push(compact.slice(i, i + 4));
  return groups.join(' ');
}


function build(opts: IbanOptions, checkOffset: fc.Arbitrary<number>): fc.Arbitrary<string> {
  const countries = listOf(opts.country, IBAN_COUNTRY_CODES);
  for (const c of countries) if (BBAN_STRUCTURE[c] === undefined) throw new Error(`iban(): '${c}' is not an IBAN country`);
  const formats = listOf(opts.format, ['compact', 'printed'] as const);
  return oneOf(countries)
    .chain((country) => fc.tuple(fc.constant(country), bban(country), checkOffset, oneOf(formats)))
    .map(([country, body, offset, style]) => {
      const right = Number(ibanCheckDigits(country, body));
      // Any offset 1-96 gives check digits of another residue mod 97, so the checksum fails.
      const check = String((right + offset) % 97).padStart(2, '0');
      const compact = country + (offset === 0 ? String(right).padStart(2, '0') : check) + body;
      return style === 'compact' ? compact : printed(compact);
    });
}

/** IBANs with their country's registered length and BBAN structure and valid mod-97 check digits. */
export function iban(opts: IbanOptions = {}): fc.Arbitrary<string> {
  return build(opts, fc.constant(0));
}

/** Lookalike: IBAN-shaped strings whose check digits are wrong. */
export function badChecksumIban(opts: IbanOptions = {}): fc.Arbitrary<string> {
  return build(opts, fc.integer({ min: 1, max: 96 }));
}
