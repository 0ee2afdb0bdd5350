import { digitsOf } from './digits';

/** Four decimal octets 0-255, no leading zeros (`010.1.1.1` is more often a version than an address). */
export function ipv4(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 4) return false;
  return parts.every(
    (p) => p.length > 0 && p.length <= 3 && digitsOf(p) === p && Number(p) <= 255 && (p.length === 1 || p[0] !== '0'),
  );
}
