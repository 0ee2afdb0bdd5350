/**
 * A small deterministic text source for the logger and record benches: the same records on every
 * run, so runs compare. (The full bench uses the labelled corpus in bench/corpus/ instead.)
 */
export interface SampleText {
  random(): number;
  pick<T>(xs: readonly T[]): T;
  digits(n: number): string;
  /** One planted value: an email, a phone number, a card or an IP address. */
  value(): string;
  email(): string;
  /** About `chars` characters of prose, with a planted value at `rate` of the words. */
  prose(chars: number, rate: number): string;
}

export function sampleText(seed: number, words: string): SampleText {
  let state = seed;
  // mulberry32
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const vocabulary = words.split(' ');
  const email = (): string => `${pick(['jane', 'omar', 'li', 'sven'])}.${digits(3)}@${pick(['example.com', 'mail.example.org'])}`;
  const values = [
    email,
    () => `+1 415-555-${digits(4)}`,
    () => '4111 1111 1111 1111',
    () => `203.0.113.${Math.floor(random() * 255)}`,
  ];
  const value = (): string => pick(values)();
  const prose = (chars: number, rate: number): string => {
    let out = '';
    while (out.length < chars) out += random() < rate ? `${value()} ` : `${pick(vocabulary)} `;
    return out.trimEnd();
  };
  return { random, pick, digits, value, email, prose };
}
