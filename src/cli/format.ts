import type { LineStats } from './line-stats';
import { findingCount } from './line-stats';

/** `1,234,567`: counts read at a glance. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** `512.0 MB`: decimal units, as file managers and `ls -lh --si` show them. */
export function bytes(n: number): string {
  if (n < 1000) return `${n} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = n / 1000;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v.toFixed(1)} ${units[u]}`;
}

export function rate(byteCount: number, seconds: number): string {
  return seconds <= 0 ? '– MB/s' : `${(byteCount / 1e6 / seconds).toFixed(1)} MB/s`;
}

/** Entity types by count, most frequent first (ties by name, so output is stable). */
export function typesByCount(stats: LineStats): [string, number][] {
  return Object.entries(stats.types).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export interface RunFacts {
  readonly stats: LineStats;
  readonly bytes: number;
  readonly seconds: number;
  readonly engine: string;
  readonly threads: number;
}

/** The end-of-run summary: counts per type, never values. */
export function summaryText(run: RunFacts): string {
  const { stats } = run;
  const found = findingCount(stats);
  const lines = [
    `${count(stats.lines)} lines (${count(stats.records)} JSON records, ${count(stats.lines - stats.records)} text) · ` +
      `${bytes(run.bytes)} in ${run.seconds.toFixed(2)} s (${rate(run.bytes, run.seconds)}) · engine ${run.engine}, ` +
      `${run.threads === 1 ? '1 thread' : `${run.threads} threads`}`,
    `${count(found)} ${found === 1 ? 'finding' : 'findings'}${found === 0 ? '' : ':'}`,
  ];
  const rows = typesByCount(stats);
  const width = Math.max(0, ...rows.map(([t]) => t.length));
  const numWidth = Math.max(0, ...rows.map(([, n]) => count(n).length));
  for (const [type, n] of rows) lines.push(`  ${type.padEnd(width)}  ${count(n).padStart(numWidth)}`);
  if (stats.withheld > 0) lines.push(`${count(stats.withheld)} ${stats.withheld === 1 ? 'line' : 'lines'} withheld as [REDACTION_FAILED] (see the warnings above)`);
  return lines.join('\n');
}
