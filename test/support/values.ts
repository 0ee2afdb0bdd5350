import fc from 'fast-check';

/** Generators of valid values for the starter packs' rules, each labelled with its entity type. */

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });

function luhnComplete(body: number[]): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body[body.length - 1 - i]!;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body.join('') + String((10 - (sum % 10)) % 10);
}

function ibanComplete(country: string, bban: string): string {
  const rearranged = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of rearranged) rem = (rem * 10 + Number(ch)) % 97;
  return `${country}${String(98 - rem).padStart(2, '0')}${bban}`;
}

const lower = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');
const alnum = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789');
const b32 = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
const word = (unit: fc.Arbitrary<string>, min: number, max: number) => fc.string({ unit, minLength: min, maxLength: max });

export const planted: Record<string, fc.Arbitrary<string>> = {
  EMAIL: fc.tuple(word(lower, 1, 12), word(lower, 1, 10), fc.constantFrom('com', 'org', 'io', 'co.uk')).map(([u, d, t]) => `${u}@${d}.${t}`),
  CREDIT_CARD: fc
    .tuple(fc.constantFrom([4], [5, 1], [5, 5], [3, 4]), digits(14), fc.constantFrom('', ' ', '-'))
    .map(([prefix, rest, sep]) => {
      const card = luhnComplete([...prefix, ...rest].slice(0, 15));
      return sep === '' ? card : card.match(/.{1,4}/g)!.join(sep);
    }),
  US_SSN: fc
    .tuple(fc.integer({ min: 1, max: 665 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
    .filter(([a, g, s]) => !(a === 123 && g === 45 && s === 6789) && !(a === 78 && g === 5 && s === 1120))
    .map(([a, g, s]) => `${String(a).padStart(3, '0')}-${String(g).padStart(2, '0')}-${String(s).padStart(4, '0')}`),
  IPV4: fc.tuple(fc.integer({ min: 1, max: 255 }), fc.nat(255), fc.nat(255), fc.integer({ min: 1, max: 254 })).map((o) => o.join('.')),
  IBAN: digits(18).map((d) => ibanComplete('DE', d.join(''))),
  AWS_ACCESS_KEY: word(b32, 16, 16).map((s) => `AKIA${s}`),
  GITHUB_TOKEN: word(alnum, 36, 36).map((s) => `ghp_${s}`),
};

export const TYPES = Object.keys(planted);

/** Text that no starter-pack rule can match: no digits, no `@`, but emoji, accents, CJK, NUL. */
export const filler = fc.string({
  unit: fc.constantFrom(...'abcdefghij klmnop qrstuv wxyz ABC DEF .,;:!?()"\'-_/\n\t', 'é', 'Å', '中', '😀', '👍🏽', '\u0000'),
  maxLength: 40,
}).filter((s) => !s.includes('::')); // `a::`, `cafe::` are IPv6 addresses: filler must hold no value

/** A value of a random type. */
export const anyPlanted = fc.constantFrom(...TYPES).chain((type) => planted[type]!.map((value) => ({ type, value })));

/** Filler and planted values, each value set apart by spaces; with the values' offsets. */
export const document = fc.tuple(filler, fc.array(fc.tuple(anyPlanted, filler), { maxLength: 5 })).map(([head, parts]) => {
  let text = head;
  const values: { type: string; value: string; start: number; end: number }[] = [];
  for (const [{ type, value }, tail] of parts) {
    text += ' ';
    values.push({ type, value, start: text.length, end: text.length + value.length });
    text += `${value} ${tail}`;
  }
  return { text, values };
});
