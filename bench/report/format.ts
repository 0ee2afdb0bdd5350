import { ratio, type Tally } from '../measure/accuracy';

/** Numbers as the report shows them: 3 significant digits, no false precision. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return '–';
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  if (x >= 1) return x.toFixed(2);
  return x.toPrecision(2);
}

export function pct(t: Tally): string {
  const r = ratio(t);
  if (Number.isNaN(r)) return '–';
  if (r === 1) return '100';
  // Never round a miss up to 100: 99.96 % shows as 99.9.
  return (Math.floor(r * 1000) / 10).toFixed(1);
}

export function ms(x: number | undefined): string {
  if (x === undefined) return 'skipped';
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${num(x)} ms`;
}
