import type { Contender } from '../contenders/types';
import { median, now, runLines } from './clock';

export interface Throughput {
  /** Median over the timed runs, in MB/s (10^6 bytes of UTF-8 a second). */
  readonly mbps: number;
  readonly runs: number;
  /** Bytes in the slice that was timed: slow contenders run on a prefix of the corpus. */
  readonly bytes: number;
  readonly records: number;
}

/**
 * How many records (a prefix of the corpus, which is in random order, so a fair sample) one timed
 * run covers so it takes about `runMs` at `mbps`, the rate seen in the accuracy pass.
 */
export function prefixFor(bytes: readonly number[], mbps: number, runMs: number): { records: number; bytes: number } {
  const limit = mbps * 1e3 * runMs;
  let records = 0;
  let size = 0;
  while (records < bytes.length && (size < limit || records < 50)) size += bytes[records++]!;
  return { records, bytes: size };
}

/** One timed run over `lines` (`size` bytes): MB/s. */
export async function rate(c: Contender, lines: readonly string[], size: number): Promise<number> {
  const { ms } = await runLines(c.redact, lines);
  return size / 1e3 / ms;
}

/** One timed pass over small records: µs per record. */
export async function usPerRecord(c: Contender, lines: readonly string[]): Promise<number> {
  const { ms } = await runLines(c.redact, lines);
  return (ms * 1e3) / lines.length;
}

export interface ScalePoint {
  readonly kb: number;
  /** Median ms for one call on the blob record; undefined when skipped (the series ran over budget). */
  readonly ms: number | undefined;
}

/**
 * Time for one call on a record holding a base64 blob of each size. A contender whose call takes
 * longer than `stopMs` is not run on the larger sizes: the report says so rather than waiting
 * minutes for a quadratic curve to finish.
 */
export async function scaling(c: Contender, blobs: readonly { kb: number; line: string }[], stopMs: number): Promise<ScalePoint[]> {
  const out: ScalePoint[] = [];
  let stopped = false;
  for (const { kb, line } of blobs) {
    if (stopped) {
      out.push({ kb, ms: undefined });
      continue;
    }
    const times: number[] = [];
    const started = now();
    // Calls for about 300 ms (at least three; the first only warms caches; at most 50), so
    // sub-millisecond times get a steady median; one call over the budget ends the series.
    while (times.length < 50) {
      const t0 = now();
      const res = c.redact(line);
      if (typeof res !== 'string') await res;
      times.push(now() - t0);
      if (times[times.length - 1]! > stopMs) break;
      if (times.length >= 3 && now() - started > Math.min(300, stopMs / 2)) break;
    }
    const ms = median(times.length > 1 ? times.slice(1) : times);
    out.push({ kb, ms });
    if (ms > stopMs) stopped = true;
  }
  return out;
}
