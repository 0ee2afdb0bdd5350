import { digitsOf } from './digits';

/** Luhn mod-10 over the value's digits (cards, Canadian SINs, IMEIs). */
export function luhn(value: string): boolean {
  const d = digitsOf(value);
  return d.length >= 2 && luhnSum(d) % 10 === 0;
}

/** The Luhn sum of a digit string: every second digit from the right doubled, digits of products added. */
export function luhnSum(d: string): number {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum;
}
