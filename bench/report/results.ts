import type { PathologicalResult } from '../measure/pathological';
import type { Contender, Unavailable } from '../contenders/types';
import type { Accuracy } from '../measure/accuracy';
import type { LoggerOverhead } from '../measure/loggers';
import type { ScalePoint, Throughput } from '../measure/speed';

export interface ContenderResult {
  readonly name: string;
  readonly group: Contender['group'];
  readonly config: string;
  readonly accuracy: Accuracy;
  /** The very first call, cold: what a short-lived process (a CLI, a lambda) pays once. */
  readonly firstCallMs: number;
  readonly throughput: Throughput;
  /** µs per ~300 B record, median. */
  readonly smallUs: number;
  readonly scaling: readonly ScalePoint[];
}

export interface CorpusStats {
  readonly seed: number;
  readonly records: number;
  readonly bytes: number;
  readonly piiRecords: number;
  readonly planted: number;
  readonly lookalikes: number;
  readonly smallRecords: number;
  readonly smallAvgBytes: number;
}

/** Everything one run measured: what the report, the chart and results.json are made from. */
export interface Results {
  readonly mode: 'full' | 'quick';
  readonly date: string;
  readonly machine: { readonly node: string; readonly cpu: string; readonly cores: number };
  readonly corpus: CorpusStats;
  readonly contenders: readonly ContenderResult[];
  readonly unavailable: readonly Unavailable[];
  readonly loggers: readonly LoggerOverhead[];
  readonly pathological: readonly PathologicalResult[];
}

export const NAIVE = 'V8 20 regexes, one by one';
export const ALTERNATION = 'V8 one alternation';

export function find(results: Results, name: string): ContenderResult | undefined {
  return results.contenders.find((c) => c.name === name);
}

/** Speed relative to the naive baseline measured in the same run. */
export function vsNaive(results: Results, c: ContenderResult): number {
  const naive = find(results, NAIVE);
  return naive === undefined ? NaN : c.throughput.mbps / naive.throughput.mbps;
}

/** Largest ratio between the times of two consecutive sizes: 2 is linear, 4 quadratic. */
export function worstDoubling(points: readonly ScalePoint[]): number {
  let worst = NaN;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!.ms;
    const b = points[i]!.ms;
    if (a === undefined || b === undefined) continue;
    const r = b / a;
    if (!(r <= worst)) worst = r;
  }
  return worst;
}
