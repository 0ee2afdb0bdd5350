import { base58check, bech32Address, ibanCheckDigits, luhnCheckDigit, nhsCheckDigit } from './checksums';
import { ALNUM, HEX, type Rng, UPPER } from './rng';
import { around, whole, type Snippet } from './snippet';

/** Personal data as it shows up in prompts and requests, valid by the checks real detectors use. */
export const FIRST = ['jane', 'omar', 'li', 'sofia', 'lukas', 'amara', 'kenji', 'priya', 'mateo', 'chloe', 'noah', 'fatima', 'erik', 'aiko', 'diego', 'hannah'];
const LAST = ['doe', 'haddad', 'wei', 'rossi', 'schmidt', 'okafor', 'tanaka', 'sharma', 'garcia', 'martin', 'berg', 'nakamura', 'silva', 'kowalski', 'dubois', 'jansen'];
export const DOMAINS = ['gmail.com', 'outlook.com', 'fastmail.fm', 'proton.me', 'acme-corp.io', 'northwind.co.uk', 'globex.de', 'initech.fr', 'umbrella.nl', 'hooli.com.br', 'yahoo.co.jp', 'mail.example-bank.es'];

export function email(rng: Rng): Snippet {
  const local = `${rng.pick(FIRST)}${rng.pick(['.', '_', '', '-'])}${rng.pick(LAST)}${rng.chance(0.3) ? String(rng.int(1, 999)) : ''}${rng.chance(0.15) ? '+' + rng.pick(['news', 'billing', 'ai']) : ''}`;
  const value = `${local}@${rng.pick(DOMAINS)}`;
  const form = rng.int(0, 9);
  if (form === 0) return around('mailto:', value);
  if (form === 1) {
    const encoded = value.replace('@', '%40').replace('+', '%2B');
    return around('https://app.acme-corp.io/invite?email=', encoded, '&ref=ai');
  }
  return whole(value);
}

/** National formats with the calling code, by country; `#` is a random digit. */
const PHONE_FORMATS: readonly [string, readonly string[]][] = [
  ['1', ['+1 ###-###-####', '(###) ###-####', '###-###-####', '+1 (###) ###-####', '###.###.#### ext. ###']],
  ['44', ['+44 20 #### ####', '020 #### ####', '+44 7### ######', '07### ######']],
  ['49', ['+49 30 ########', '030 ########', '+49 151 ########']],
  ['33', ['+33 1 ## ## ## ##', '01 ## ## ## ##', '+33 6 ## ## ## ##']],
  ['31', ['+31 20 ### ####', '020 ### ####', '+31 6 ########']],
  ['34', ['+34 91# ### ###', '91# ### ###', '+34 6## ### ###']],
  ['39', ['+39 06 #### ####', '06 #### ####', '+39 3## ### ####']],
  ['81', ['+81 3-####-####', '03-####-####', '+81 90-####-####']],
  ['61', ['+61 2 #### ####', '(02) #### ####', '+61 4## ### ###']],
  ['91', ['+91 9#### #####', '+91 22 #### ####']],
  ['55', ['+55 11 9####-####', '(11) 9####-####']],
];

export function phone(rng: Rng): Snippet {
  const [, formats] = rng.pick(PHONE_FORMATS);
  // The first subscriber digit is never 0 or 1: no numbering plan starts a local number with them.
  let first = true;
  const value = rng.pick(formats).replace(/#/g, () => {
    const d = first ? String(rng.int(2, 9)) : String(rng.int(0, 9));
    first = false;
    return d;
  });
  return rng.chance(0.1) ? around('tel:', value.replace(/ ext\. \d+$/, '').replace(/[ ()]/g, '')) : whole(value);
}

const CARD_BRANDS: readonly { prefixes: readonly string[]; length: number; groups: readonly number[] }[] = [
  { prefixes: ['4'], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ['51', '52', '53', '54', '55', '2221', '2500', '2720'], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ['34', '37'], length: 15, groups: [4, 6, 5] },
  { prefixes: ['6011', '65'], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ['3528', '3589'], length: 16, groups: [4, 4, 4, 4] },
  { prefixes: ['36'], length: 14, groups: [4, 6, 4] },
  { prefixes: ['62'], length: 16, groups: [4, 4, 4, 4] },
];

export function cardDigits(rng: Rng): { digits: string; groups: readonly number[] } {
  const brand = rng.pick(CARD_BRANDS);
  const prefix = rng.pick(brand.prefixes);
  const payload = prefix + rng.digits(brand.length - prefix.length - 1);
  return { digits: payload + luhnCheckDigit(payload), groups: brand.groups };
}

function grouped(digits: string, groups: readonly number[], sep: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const g of groups) {
    parts.push(digits.slice(at, at + g));
    at += g;
  }
  return parts.join(sep);
}

export function creditCard(rng: Rng): Snippet {
  const { digits, groups } = cardDigits(rng);
  return whole(grouped(digits, groups, rng.pick(['', '', ' ', '-'])));
}

/** BBAN shapes: n digits, a upper-case letters, c alphanumerics (upper case). */
const IBAN_SPECS: readonly [string, string][] = [
  ['DE', '18n'],
  ['GB', '4a14n'],
  ['FR', '10n11c2n'],
  ['NL', '4a10n'],
  ['ES', '20n'],
  ['IT', '1a10n12c'],
  ['BE', '12n'],
  ['CH', '5n12c'],
  ['PL', '24n'],
  ['AT', '16n'],
  ['SE', '20n'],
  ['IE', '4a14n'],
];

function bban(rng: Rng, spec: string): string {
  let out = '';
  for (const [, count, kind] of spec.matchAll(/(\d+)([nac])/g)) {
    const n = Number(count);
    out += kind === 'n' ? rng.digits(n) : kind === 'a' ? rng.chars(UPPER, n) : rng.chars(UPPER + '0123456789', n);
  }
  return out;
}

export function ibanParts(rng: Rng): { country: string; check: string; bban: string } {
  const [country, spec] = rng.pick(IBAN_SPECS);
  const b = bban(rng, spec);
  return { country, check: ibanCheckDigits(country, b), bban: b };
}

export function printIban(compact: string, spaced: boolean): string {
  return spaced ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact;
}

export function iban(rng: Rng): Snippet {
  const p = ibanParts(rng);
  return whole(printIban(p.country + p.check + p.bban, rng.chance(0.4)));
}

function ssnArea(rng: Rng): string {
  for (;;) {
    const a = rng.int(1, 899);
    if (a !== 666) return String(a).padStart(3, '0');
  }
}

/** Numbers the SSA published and never issued: real detectors reject them, so they are not PII. */
const NEVER_ISSUED = new Set(['078-05-1120', '219-09-9999', '123-45-6789']);

export function usSsn(rng: Rng): Snippet {
  for (;;) {
    const ssn = `${ssnArea(rng)}-${String(rng.int(1, 99)).padStart(2, '0')}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
    if (!NEVER_ISSUED.has(ssn) && !/^(\d)\1\1-\1\1-\1\1\1\1$/.test(ssn)) return whole(ssn);
  }
}

export function usItin(rng: Rng): Snippet {
  const group = rng.pick([...range(70, 88), ...range(90, 92), ...range(94, 99)]);
  return whole(`9${rng.digits(2)}-${group}-${String(rng.int(1, 9999)).padStart(4, '0')}`);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function ipv4Address(rng: Rng): string {
  return `${rng.pick([rng.int(11, 126), rng.int(128, 223)])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

export function ipv4(rng: Rng): Snippet {
  const value = ipv4Address(rng);
  return rng.chance(0.2) ? around('', value, `:${rng.int(1024, 65535)}`) : whole(value);
}

export function ipv6(rng: Rng): Snippet {
  const groups = Array.from({ length: 8 }, () => rng.int(0, 0xffff).toString(16));
  groups[0] = rng.pick(['2001', '2a02', '2600', 'fe80', '2607']);
  const form = rng.int(0, 5);
  if (form === 0) return whole(groups.join(':'));
  if (form === 1) return whole(`${groups.slice(0, 3).join(':')}::${groups.slice(6).join(':')}`);
  if (form === 2) return whole(`fe80::${groups.slice(4).join(':')}%eth0`);
  if (form === 3) return whole(`::ffff:${ipv4Address(rng)}`);
  if (form === 4) return around('[', `${groups.slice(0, 2).join(':')}::${groups[7]}`, `]:${rng.int(1024, 65535)}`);
  return whole(`${groups.slice(0, 4).join(':')}::${groups[7]}`);
}

export function mac(rng: Rng): Snippet {
  const sep = rng.pick([':', '-']);
  const bytes = Array.from({ length: 6 }, () => rng.chars(HEX, 2));
  const value = bytes.join(sep);
  return whole(rng.chance(0.5) ? value.toUpperCase() : value);
}

export function ukNino(rng: Rng): Snippet {
  const firstOk = 'ABCEGHJKLMNOPRSTWXYZ';
  const secondOk = 'ABCEGHJKLMNPRSTWXYZ';
  let prefix: string;
  do prefix = rng.pick([...firstOk]) + rng.pick([...secondOk]);
  while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix));
  const digits = rng.digits(6);
  const suffix = rng.pick(['A', 'B', 'C', 'D']);
  return whole(rng.chance(0.5) ? `${prefix}${digits}${suffix}` : `${prefix} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} ${suffix}`);
}

export function ukNhs(rng: Rng): Snippet {
  for (;;) {
    const payload = String(rng.int(4, 9)) + rng.digits(8);
    const check = nhsCheckDigit(payload);
    if (check === undefined) continue;
    const n = payload + check;
    return whole(rng.chance(0.6) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n);
  }
}

export function caSin(rng: Rng): Snippet {
  const payload = String(rng.pick([1, 2, 3, 4, 5, 6, 7, 9])) + rng.digits(7);
  const n = payload + luhnCheckDigit(payload);
  return whole(rng.chance(0.6) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`);
}

function randomBytes(rng: Rng, n: number): Buffer {
  return Buffer.from(Array.from({ length: n }, () => rng.int(0, 255)));
}

export function btc(rng: Rng): Snippet {
  return whole(rng.chance(0.5) ? base58check(rng.pick([0x00, 0x05]), randomBytes(rng, 20)) : bech32Address('bc', randomBytes(rng, 20)));
}

export function eth(rng: Rng): Snippet {
  return whole('0x' + rng.chars(HEX, 40));
}

export function urlCredentials(rng: Rng): Snippet {
  const password = rng.chars(ALNUM, rng.int(6, 10)) + rng.pick(['!', '*', '$', '~']) + rng.chars(ALNUM, rng.int(2, 6));
  const scheme = rng.pick(['postgres', 'mysql', 'redis', 'amqp', 'https', 'mongodb+srv']);
  return around(`${scheme}://${rng.pick(['svc_app', 'admin', 'etl', 'readonly'])}:`, password, `@${rng.pick(['db-3.internal', 'cache.prod.svc', 'mq.acme-corp.io'])}:${rng.int(1024, 9999)}/app`);
}

