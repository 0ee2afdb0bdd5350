import { digitsOf } from './digits';
import { luhn } from './luhn';

/**
 * Canadian Social Insurance Number: nine digits, Luhn. The first digit names the region; 0 is
 * never issued and 8 is used for business numbers, and a number of one repeated digit is a
 * placeholder.
 */
export function caSin(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 9 || d[0] === '0' || d[0] === '8') return false;
  return d !== d[0]!.repeat(9) && luhn(d);
}
