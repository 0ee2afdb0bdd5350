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

export interface Budget {
  readonly runs: number;
  /** Rough time one timed run may take: sets the size of the slice for slow contenders. */
  readonly runMs: number;
}

/**
 * MB/s over a prefix of `lines` sized so one run takes about `budget.runMs` at `rateHint` MB/s
 * (the rate seen in the accuracy pass), median of `budget.runs` runs. The corpus is in random
 * order, so any prefix is a fair sample.
 */
export async function throughput(c: Contender, lines: readonly string[], bytes: readonly number[], rateHint: number, budget: Budget): Promise<Throughput> {
  const limit = Math.max(rateHint * 1e3 * budget.runMs, 1);
  let take = 0;
  let size = 0;
  while (take < lines.length && (size < limit || take < 50)) size += bytes[take++]!;
  const slice = lines.slice(0, take);
  const rates: number[] = [];
  for (let r = 0; r < budget.runs; r++) {
    const { ms } = await runLines(c.redact, slice);
    rates.push(size / 1e3 / ms);
  }
  return { mbps: median(rates), runs: budget.runs, bytes: size, records: take };
}

/** Microseconds per record on small (~300 B) records: median of `runs` passes over `lines`. */
export async function perRecord(c: Contender, lines: readonly string[], runs: number): Promise<number> {
  await runLines(c.redact, lines);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) times.push(((await runLines(c.redact, lines)).ms * 1e3) / lines.length);
  return median(times);
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
    // At least three calls (the first warms caches) unless one call is already slow; at most seven.
    while (times.length < 7) {
      const t0 = now();
      const res = c.redact(line);
      if (typeof res !== 'string') await res;
      times.push(now() - t0);
      if (times.length >= 3 && now() - started > stopMs / 2) break;
      if (times[times.length - 1]! > stopMs) break;
    }
    const ms = median(times.length > 1 ? times.slice(1) : times);
    out.push({ kb, ms });
    if (ms > stopMs) stopped = true;
  }
  return out;
}
