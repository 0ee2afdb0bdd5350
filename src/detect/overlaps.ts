import type { Candidate } from './scan';

/** One redacted region: which rule and entity type, and where (UTF-16 offsets; never the value). */
export interface Finding {
  readonly rule: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** A resolved region with the candidate whose rule masks it. */
export interface Resolved {
  readonly winner: Candidate;
  readonly start: number;
  readonly end: number;
}

/**
 * Overlapping candidates merge into one region covering all of them, so no part of any value is
 * left behind; the region takes the rule of its longest candidate, then highest priority, then
 * the rule listed first. The result is sorted and disjoint, and independent of candidate order.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Resolved[] {
  if (candidates.length === 0) return [];
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end || beats(a, b));
  const out: Resolved[] = [];
  let winner = sorted[0]!;
  let start = winner.start;
  let end = winner.end;
  for (let i = 1; i < sorted.length; i++) {
    const c = sorted[i]!;
    if (c.start < end) {
      if (beats(c, winner) < 0) winner = c;
      end = Math.max(end, c.end);
      continue;
    }
    out.push({ winner, start, end });
    winner = c;
    start = c.start;
    end = c.end;
  }
  out.push({ winner, start, end });
  return out;
}

/** Negative when `a` should mask a region rather than `b`. */
function beats(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start) || b.rule.priority - a.rule.priority || a.rule.order - b.rule.order || a.start - b.start;
}
