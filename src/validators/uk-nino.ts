import { every, isDigit, isUpper } from './chars';

/** Prefixes HMRC never allocates. */
const NOT_ALLOCATED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** UK National Insurance number: two prefix letters that HMRC allocates, six digits, suffix A-D. */
export function ukNino(value: string): boolean {
  const v = value.split(' ').join('').toUpperCase();
  if (v.length !== 9 || !every(v.slice(0, 2), isUpper) || !every(v.slice(2, 8), isDigit) || !'ABCD'.includes(v[8]!)) return false;
  const [first, second] = [v[0]!, v[1]!];
  return !NOT_ALLOCATED.has(first + second) && !'DFIQUV'.includes(first) && !'DFIOQUV'.includes(second);
}
