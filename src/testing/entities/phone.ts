import * as fc from 'fast-check';
import { oneOf, listOf } from '../tokens';

export type PhoneCountry = 'US' | 'CA' | 'GB' | 'DE' | 'FR' | 'NL' | 'ES' | 'IT' | 'JP' | 'AU' | 'IN' | 'BR';
export type PhoneFormat = 'e164' | 'international' | 'national';

export interface PhoneOptions {
  readonly country?: PhoneCountry | readonly PhoneCountry[];
  /** `e164` `+14155550132`; `international` `+1 415-555-0132`; `national` `(415) 555-0132`. Default all. */
  readonly format?: PhoneFormat | readonly PhoneFormat[];
}

/**
 * Numbering plans, simplified to the shapes people write. A template is the national significant
 * number in groups: `N` is 2-9, `M` is 1-9, `#` any digit, other characters are literal.
 */
interface Plan {
  readonly cc: string;
  readonly numbers: readonly string[];
  /** Ways the number is written at home, from its groups. */
  readonly national: readonly ((g: readonly string[]) => string)[];
  /** Ways it is written with the country code, from its groups. */
  readonly international: readonly ((g: readonly string[]) => string)[];
}

const spaced = (prefix: string) => (g: readonly string[]) => prefix + g.join(' ');
const dashed = (prefix: string) => (g: readonly string[]) => prefix + g.join('-');
const intl = (cc: string) => [spaced(`+${cc} `), dashed(`+${cc}-`)];

const NANP: Plan = {
  cc: '1',
  numbers: ['N## N## ####'],
  national: [(g) => `(${g[0]}) ${g[1]}-${g[2]}`, dashed(''), (g) => g.join('.')],
  international: [spaced('+1 '), dashed('+1-'), (g) => `+1 (${g[0]}) ${g[1]}-${g[2]}`],
};

const PLANS: Record<PhoneCountry, Plan> = {
  US: NANP,
  CA: NANP,
  GB: { cc: '44', numbers: ['7### ######', '20 #### ####', '161 ### ####'], national: [spaced('0')], international: [spaced('+44 ')] },
  DE: {
    cc: '49',
    numbers: ['15# ########', '17# #######', '30 ########', '89 #######'],
    national: [spaced('0'), (g) => `0${g[0]}/${g.slice(1).join('')}`],
    international: [spaced('+49 ')],
  },
  FR: {
    cc: '33',
    numbers: ['6 ## ## ## ##', '7 ## ## ## ##', '1 ## ## ## ##'],
    national: [spaced('0'), (g) => '0' + g.join('.')],
    international: [spaced('+33 ')],
  },
  NL: { cc: '31', numbers: ['6 ########', '20 ### ####'], national: [spaced('0'), dashed('0')], international: [spaced('+31 ')] },
  ES: { cc: '34', numbers: ['6## ### ###', '7## ## ## ##', '9## ### ###'], national: [spaced('')], international: [spaced('+34 ')] },
  // Italian landlines keep their leading 0 after the country code.
  IT: { cc: '39', numbers: ['3## ### ####', '06 #### ####', '02 #### ####'], national: [spaced('')], international: [spaced('+39 ')] },
  JP: { cc: '81', numbers: ['90 #### ####', '80 #### ####', '3 #### ####'], national: [dashed('0')], international: intl('81') },
  AU: {
    cc: '61',
    numbers: ['4## ### ###', '2 #### ####', '3 #### ####'],
    national: [spaced('0'), (g) => `(0${g[0]}) ${g.slice(1).join(' ')}`],
    international: [spaced('+61 ')],
  },
  IN: { cc: '91', numbers: ['9#### #####', '8#### #####', '7#### #####', '6#### #####'], national: [spaced('0'), spaced('')], international: intl('91') },
  BR: {
    cc: '55',
    numbers: ['M# 9####-####', 'M# N###-####'],
    national: [(g) => `(${g[0]}) ${g[1]}`],
    international: [spaced('+55 ')],
  },
};

export const PHONE_COUNTRIES = Object.keys(PLANS) as PhoneCountry[];
export const PHONE_FORMATS: readonly PhoneFormat[] = ['e164', 'international', 'national'];

const CLASS: Record<string, string> = { N: '23456789', M: '123456789', '#': '0123456789' };

/** One group of a template, its placeholders filled in. */
function fill(template: string): fc.Arbitrary<string> {
  const parts = [...template].map((ch) => (CLASS[ch] === undefined ? fc.constant(ch) : fc.constantFrom(...CLASS[ch]!)));
  return fc.tuple(...parts).map((p) => p.join(''));
}


/** Phone numbers of real numbering plans, as E.164, international or national text. */
export function phone(opts: PhoneOptions = {}): fc.Arbitrary<string> {
  const countries = listOf(opts.country, PHONE_COUNTRIES);
  const formats = listOf(opts.format, PHONE_FORMATS);
  return oneOf(countries)
    .chain((country) => {
      const plan = PLANS[country];
      return fc.tuple(fc.constant(plan), oneOf(plan.numbers).chain((t) => fc.tuple(...t.split(' ').map(fill))), oneOf(formats), fc.nat());
    })
    .map(([plan, groups, style, pick]) => {
      if (style === 'e164') return `+${plan.cc}${groups.join('').split('-').join('')}`;
      const ways = style === 'national' ? plan.national : plan.international;
      return ways[pick % ways.length]!(groups);
    });
}
