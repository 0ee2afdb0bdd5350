import { overall } from '../measure/accuracy';
import { num, pct } from './format';
import type { ContenderResult } from './results';

/** The compact table printed while the bench runs: a header, then one row per finished contender. */
const COLUMNS: readonly [string, number][] = [
  ['contender', 30],
  ['MB/s', 8],
  ['× naive', 8],
  ['µs/300B', 8],
  ['recall', 7],
  ['kept', 7],
  ['clean Δ', 8],
  ['128 KB', 9],
];

const row = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(COLUMNS[i]![1]) : c.padStart(COLUMNS[i]![1]))).join(' ');

export function header(): string {
  return `${row(COLUMNS.map(([h]) => h))}\n${'-'.repeat(COLUMNS.reduce((a, [, w]) => a + w + 1, -1))}`;
}

export function line(c: ContenderResult, naiveMbps: number): string {
  const last = c.scaling[c.scaling.length - 1]?.ms;
  return row([
    c.name.slice(0, 30),
    num(c.throughput.mbps),
    num(c.throughput.mbps / naiveMbps),
    num(c.smallUs),
    `${pct(overall(c.accuracy.recall))}%`,
    `${pct(overall(c.accuracy.kept))}%`,
    `${pct(c.accuracy.cleanAltered)}%`,
    last === undefined ? 'skipped' : `${num(last)}ms`,
  ]);
}

/** A transient status line on a terminal; nothing in CI logs, where only finished rows matter. */
export function status(text: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${text}`);
}

export function clearStatus(): void {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
}
